/**
 * Every fact the figures need about an area's cases, and nothing that names anyone. Loading
 * never selects a name, alias, date of birth or any Duty to Notify identity field: the figures
 * are built from what a case is (kind, when, age group by presumption of age, gender,
 * nationality as a region, exploitation types) and what happened on it, so reading them is not
 * an identifying read.
 */
import { deadlines, isTreatedAsChild } from '@waymark/pathways';
import { prisma } from '../../db/client.ts';
import { definitionOf, factsOf, trackOf } from '../pathways/engine-adapter.ts';
import type {
  CaseFact,
  ClockFact,
  DecisionFact,
  FiguresInput,
  ReferralFact,
  SupportReferralFact,
} from './figure-tables.ts';
import type { VictimRecord } from './htcds.ts';
import { nationalityGroup } from './nationality-groups.ts';
import { monthOf, monthOfDate } from './periods.ts';

const DAY_MS = 86_400_000;
export const HIDDEN_SERVICES = 'Services not named (restricted and hidden)';

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
