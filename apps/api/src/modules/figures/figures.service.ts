/**
 * The use cases behind `partnershipFigures` and `partnershipFiguresExport`: who may ask for an
 * area's figures, loading the anonymous facts, and the audited export.
 *
 * Loading never selects a name, alias, date of birth or any Duty to Notify identity field: the
 * figures are built from what a case is (kind, when, age group by presumption of age, gender,
 * nationality as a region, exploitation types) and what happened on it, so reading them is not
 * an identifying read. Exporting is audited all the same: a file leaves Waymark.
 */
import { deadlines, isTreatedAsChild } from '@waymark/pathways';
import type { Viewer } from '../../context.ts';
import { prisma } from '../../db.ts';
import { ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { definitionOf, factsOf, trackOf } from '../pathways/engine.ts';
import { toCsv } from './csv.ts';
import {
  buildFigures,
  type CaseFact,
  type ClockFact,
  type DecisionFact,
  type Figures,
  type FiguresInput,
  type ReferralFact,
  type SupportReferralFact,
} from './figures.build.ts';
import { HTCDS_VERSION, htcdsExtract, type VictimRecord } from './htcds.ts';
import { DEFAULT_K } from './k-anonymity.ts';
import { nationalityGroup } from './nationality-groups.ts';
import { monthOf, monthOfDate, periodProblem, type Period } from './periods.ts';
import { DEFAULT_THRESHOLD, MIN_THRESHOLD } from './suppression.ts';

/** The partnership's policy: thresholds a caller may raise, never lower. */
export interface FiguresPolicy {
  threshold: number;
  k: number;
}
let policy: FiguresPolicy = { threshold: DEFAULT_THRESHOLD, k: DEFAULT_K };

export function configureFigures(next: FiguresPolicy): void {
  if (!Number.isInteger(next.threshold) || next.threshold < MIN_THRESHOLD)
    throw new RangeError(`the figures threshold is at least ${MIN_THRESHOLD}`);
  if (!Number.isInteger(next.k) || next.k < next.threshold) throw new RangeError('k is at least the threshold');
  policy = { ...next };
}

export function figuresPolicy(): FiguresPolicy {
  return { ...policy };
}

const FIGURE_ROLES = new Set(['AUDITOR', 'LEAD']);

/**
 * Auditors (the partnership board) and Modern Slavery leads see the figures of the areas their
 * own organisation works in. An organisation that works nationally has no area of its own and
 * sees none: national figures are the Home Office's to publish.
 */
export async function figuresAreaFor(
  viewer: Viewer | null,
  areaCode: string,
): Promise<{ id: string; code: string; name: string } | null> {
  if (!viewer || !viewer.roles.some((role) => FIGURE_ROLES.has(role))) return null;
  return prisma.area.findFirst({
    where: { code: areaCode, organisations: { some: { id: viewer.organisation.id } } },
    select: { id: true, code: true, name: true },
  });
}

export interface FiguresRequest {
  period: Period;
  threshold?: number | null;
  k?: number | null;
}

function checkRequest(request: FiguresRequest): { threshold: number; k: number } {
  const problems: Array<{ path: string[]; message: string }> = [];
  const period = periodProblem(request.period);
  if (period) problems.push({ path: period.field.split('.'), message: period.message });
  const threshold = request.threshold ?? policy.threshold;
  const k = request.k ?? Math.max(policy.k, threshold);
  if (!Number.isInteger(threshold) || threshold < policy.threshold)
    problems.push({
      path: ['threshold'],
      message: `The partnership's threshold is ${policy.threshold}: ask for that or a higher one.`,
    });
  if (!Number.isInteger(k) || k < Math.max(policy.k, threshold))
    problems.push({ path: ['k'], message: `k is at least ${Math.max(policy.k, threshold)}.` });
  if (problems.length) throw new ValidationError(problems);
  return { threshold, k };
}

const DAY_MS = 86_400_000;
export const HIDDEN_SERVICES = 'Services not named (restricted and hidden)';

/** Every fact the figures need about an area's cases, and nothing that names anyone. */
export async function loadFacts(areaId: string, now = new Date()): Promise<FiguresInput & { victims: VictimRecord[] }> {
  const rows = await prisma.case.findMany({
    where: { areaId },
    orderBy: { id: 'asc' },
    select: {
      concernKind: true,
      openedAt: true,
      facts: true,
      gender: true,
      nationality: true,
      exploitationTypes: true,
      owningOrganisation: { select: { name: true } },
      tracks: { select: { pathwayId: true, pathwayVersion: true, step: true, events: true } },
      nrmReferrals: { select: { submittedAt: true, organisationId: true, childNoConsentNeeded: true } },
      dutiesToNotify: { select: { submittedAt: true, organisationId: true } },
      decisions: {
        select: { type: true, result: true, decidedOn: true, recordedAt: true, reconsiderationRequestedAt: true },
        orderBy: [{ decidedOn: 'asc' }, { recordedAt: 'asc' }],
      },
      serviceReferrals: { select: { referredAt: true, service: { select: { name: true, hidden: true } } } },
    },
  });
  const organisationIds = new Set(
    rows.flatMap((r) => [...r.nrmReferrals, ...r.dutiesToNotify].map((x) => x.organisationId)),
  );
  const kinds = new Map(
    (
      await prisma.organisation.findMany({
        where: { id: { in: [...organisationIds] } },
        select: { id: true, kind: true },
      })
    ).map((o) => [o.id, o.kind]),
  );
  const input: { [K in keyof FiguresInput]: Array<FiguresInput[K][number]> } & { victims: VictimRecord[] } = {
    cases: [],
    referrals: [],
    decisions: [],
    clocks: [],
    supportReferrals: [],
    victims: [],
  };
  for (const row of rows) {
    const facts = factsOf(row.facts);
    const child = isTreatedAsChild(facts);
    const fact: CaseFact = {
      concernKind: row.concernKind,
      openedMonth: monthOf(row.openedAt),
      ageGroup: child === undefined ? 'UNKNOWN' : child ? 'CHILD' : 'ADULT',
      gender: row.gender ?? 'NOT_KNOWN',
      nationalityGroup: nationalityGroup(row.nationality),
      exploitationTypes: row.exploitationTypes,
    };
    input.cases.push(fact);
    for (const r of row.nrmReferrals)
      input.referrals.push({
        kind: r.childNoConsentNeeded || child ? 'NRM_CHILD' : 'NRM_ADULT',
        month: monthOf(r.submittedAt),
        organisationKind: kinds.get(r.organisationId) ?? 'OTHER',
      } satisfies ReferralFact);
    for (const d of row.dutiesToNotify)
      input.referrals.push({
        kind: 'DUTY_TO_NOTIFY',
        month: monthOf(d.submittedAt),
        organisationKind: kinds.get(d.organisationId) ?? 'OTHER',
      });
    const firstReferral = row.nrmReferrals.map((r) => r.submittedAt.getTime()).sort((a, b) => a - b)[0];
    row.decisions.forEach((d, i) => {
      const type = d.type === 'REASONABLE_GROUNDS' ? 'RG' : 'CG';
      // The outcome of a reconsideration is the next decision of the same type on the case.
      const next = row.decisions.slice(i + 1).find((later) => later.type === d.type);
      input.decisions.push({
        type,
        result: d.result,
        month: monthOfDate(d.decidedOn),
        daysFromReferral:
          firstReferral !== undefined && d.decidedOn.getTime() >= firstReferral - DAY_MS
            ? Math.max(0, Math.floor((d.decidedOn.getTime() - utcDay(firstReferral)) / DAY_MS))
            : null,
        reconsideration: d.reconsiderationRequestedAt
          ? { month: monthOf(d.reconsiderationRequestedAt), outcome: next ? next.result : 'PENDING' }
          : null,
      } satisfies DecisionFact);
    });
    for (const track of row.tracks) {
      const definition = definitionOf(track);
      for (const clock of deadlines(definition, trackOf(track).events, now, facts)) {
        if (!clock.dueAt || clock.onOverdue.action === 'elapse') continue; // a period, not a deadline
        if (clock.status !== 'met' && clock.status !== 'metLate' && clock.status !== 'overdue') continue;
        input.clocks.push({
          step: `${definition.title}: ${clock.label}`,
          organisation: row.owningOrganisation.name,
          month: monthOf(new Date(clock.dueAt)),
          met: clock.status === 'met',
        } satisfies ClockFact);
      }
    }
    // A hidden service (a refuge, a safe house) is not named to anyone without need, and the
    // figures go to auditors: hidden services count together, unnamed.
    for (const s of row.serviceReferrals)
      input.supportReferrals.push({
        service: s.service.hidden ? HIDDEN_SERVICES : s.service.name,
        month: monthOf(s.referredAt),
      } satisfies SupportReferralFact);
    if (row.concernKind === 'POTENTIAL_VICTIM')
      input.victims.push({
        openedMonth: fact.openedMonth,
        ageGroup: fact.ageGroup,
        gender: fact.gender,
        nationalityGroup: fact.nationalityGroup,
        exploitationTypes: fact.exploitationTypes,
        referral: row.nrmReferrals.length ? 'NRM' : row.dutiesToNotify.length ? 'DUTY_TO_NOTIFY' : 'NONE',
      });
  }
  return input;
}

const utcDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

export interface AreaFigures extends Figures {
  area: { code: string; name: string };
  period: Period;
}

export async function partnershipFigures(
  area: { id: string; code: string; name: string },
  request: FiguresRequest,
  now = new Date(),
): Promise<AreaFigures> {
  const { threshold } = checkRequest(request);
  const facts = await loadFacts(area.id, now);
  return {
    area: { code: area.code, name: area.name },
    period: request.period,
    ...buildFigures(facts, request.period, threshold),
  };
}

export type ExportFormat = 'FIGURES_CSV' | 'HTCDS_CSV';

export interface FiguresExport {
  filename: string;
  mediaType: string;
  content: string;
  /** The HTCDS extract: records released and records dropped to keep every class at k or more. */
  recordsReleased: number | null;
  recordsDropped: number | null;
  standard: string | null;
}

const cellText = (cell: { kind: string; value?: number; threshold?: number } | null) =>
  cell === null
    ? null
    : cell.kind === 'COUNT'
      ? cell.value!
      : cell.kind === 'FEWER_THAN'
        ? `fewer than ${cell.threshold}`
        : 'withheld';

export function figuresCsv(figures: AreaFigures): string {
  const rows: Array<Array<string | number | null>> = [];
  for (const table of figures.tables) {
    const columns = table.columns ?? ['Count'];
    table.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => rows.push([table.id, table.title, table.rows[r]!, columns[c]!, cellText(cell)])),
    );
    table.rowTotals?.forEach((cell, r) => rows.push([table.id, table.title, table.rows[r]!, 'Total', cellText(cell)]));
    table.columnTotals?.forEach((cell, c) => rows.push([table.id, table.title, 'Total', columns[c]!, cellText(cell)]));
    if (table.total) rows.push([table.id, table.title, 'Total', 'Total', cellText(table.total)]);
  }
  for (const time of figures.decisionTimes) {
    const title = `Days from NRM referral to ${time.type === 'RG' ? 'reasonable' : 'conclusive'} grounds decision`;
    rows.push([
      'decisionTimes',
      title,
      time.type,
      'Median',
      time.medianDays ?? `fewer than ${figures.threshold} decisions`,
    ]);
    rows.push([
      'decisionTimes',
      title,
      time.type,
      '90th percentile',
      time.percentile90Days ?? `fewer than ${2 * figures.threshold} decisions`,
    ]);
  }
  return toCsv(['table', 'title', 'row', 'column', 'value'], rows);
}

/** The export, audited before it is handed over: when the audit cannot be written, no file leaves. */
export async function exportFigures(
  viewer: Viewer,
  requestId: string,
  area: { id: string; code: string; name: string },
  request: FiguresRequest & { format: ExportFormat },
  now = new Date(),
): Promise<FiguresExport> {
  const { threshold, k } = checkRequest(request);
  const stem = `waymark-${area.code}-${request.period.from}-to-${request.period.to}`;
  let result: FiguresExport;
  if (request.format === 'FIGURES_CSV') {
    const figures = await partnershipFigures(area, request, now);
    result = {
      filename: `${stem}-figures.csv`,
      mediaType: 'text/csv',
      content: figuresCsv(figures),
      recordsReleased: null,
      recordsDropped: null,
      standard: null,
    };
  } else {
    const facts = await loadFacts(area.id, now);
    const inPeriod = facts.victims.filter(
      (v) => v.openedMonth >= request.period.from && v.openedMonth <= request.period.to,
    );
    const extract = htcdsExtract(inPeriod, k);
    result = {
      filename: `${stem}-htcds.csv`,
      mediaType: 'text/csv',
      content: toCsv(extract.header, extract.rows),
      recordsReleased: extract.rows.length,
      recordsDropped: extract.anonymised.dropped,
      standard: HTCDS_VERSION,
    };
  }
  await prisma.$transaction((tx) =>
    recordAudit(tx, {
      viewer,
      requestId,
      action: 'figures.export',
      entityType: 'Area',
      entityId: area.id,
      data: {
        format: request.format,
        period: { ...request.period },
        threshold,
        k,
        recordsReleased: result.recordsReleased,
        recordsDropped: result.recordsDropped,
      },
    }),
  );
  return result;
}
