/**
 * The partnership's figures (002 section 5) from anonymous facts, with every table protected
 * (suppression.ts). Pure: the service loads the facts, this builds the tables, so the property
 * test can run it on random data sets.
 *
 * Which tables share a count matters: a count published in two tables must have the same label
 * in both, or one table gives away what the other withholds. Shared totals that are not small are
 * `fixed` (published in both, never withheld here). One small shared total is "fewer than N" in
 * each table and each protects it fully: whatever value one table's other cells need it to take,
 * the other table allows too, so together they still allow every value. Two or more small shared
 * totals could be moved together in one table in a way the other cannot follow, so then the
 * second table is withheld.
 */
import { bucketOf, bucketsOf, inPeriod, type Period } from './periods.ts';
import { NATIONALITY_GROUP_LABELS, NATIONALITY_GROUPS, type NationalityGroup } from './nationality-groups.ts';
import { isSmall, protectTable, type CountTable, type ProtectedTable } from './suppression.ts';

export const CONCERN_KINDS = ['POTENTIAL_VICTIM', 'PERPETRATOR', 'LOCATION', 'BUSINESS'] as const;
export const AGE_GROUPS = ['CHILD', 'ADULT', 'UNKNOWN'] as const;
export const GENDERS = ['FEMALE', 'MALE', 'NON_BINARY', 'OTHER', 'NOT_KNOWN'] as const;
export const REFERRAL_KINDS = ['NRM_ADULT', 'NRM_CHILD', 'DUTY_TO_NOTIFY'] as const;
export const ORGANISATION_KINDS = ['COUNCIL', 'POLICE', 'HEALTH', 'CHARITY', 'GOVERNMENT', 'OTHER'] as const;
export const DECISION_ROWS = ['RG_POSITIVE', 'RG_NEGATIVE', 'CG_POSITIVE', 'CG_NEGATIVE'] as const;
export const RECONSIDERATION_OUTCOMES = ['PENDING', 'POSITIVE', 'NEGATIVE'] as const;
export const EXPLOITATION_TYPES = [
  'LABOUR',
  'SEXUAL',
  'CRIMINAL',
  'DOMESTIC_SERVITUDE',
  'ORGAN_HARVESTING',
  'CHILD_CRIMINAL_EXPLOITATION',
  'CHILD_SEXUAL_EXPLOITATION',
  'FORCED_MARRIAGE',
  'FINANCIAL',
  'OTHER',
] as const;

/** One case, as much as the figures need and nothing that names anyone. Months are "YYYY-MM". */
export interface CaseFact {
  concernKind: (typeof CONCERN_KINDS)[number];
  openedMonth: string;
  ageGroup: (typeof AGE_GROUPS)[number];
  gender: (typeof GENDERS)[number];
  nationalityGroup: NationalityGroup;
  exploitationTypes: ReadonlyArray<(typeof EXPLOITATION_TYPES)[number]>;
}

export interface ReferralFact {
  kind: (typeof REFERRAL_KINDS)[number];
  month: string;
  organisationKind: (typeof ORGANISATION_KINDS)[number];
}

export interface DecisionFact {
  type: 'RG' | 'CG';
  result: 'POSITIVE' | 'NEGATIVE';
  month: string;
  /** Whole days from the case's NRM referral to the decision; null without a referral. */
  daysFromReferral: number | null;
  reconsideration: { month: string; outcome: (typeof RECONSIDERATION_OUTCOMES)[number] } | null;
}

/** A pathway clock that fell due: met on time, or missed (met late or still overdue). */
export interface ClockFact {
  step: string;
  organisation: string;
  month: string;
  met: boolean;
}

export interface SupportReferralFact {
  service: string;
  month: string;
}

export interface FiguresInput {
  cases: readonly CaseFact[];
  referrals: readonly ReferralFact[];
  decisions: readonly DecisionFact[];
  clocks: readonly ClockFact[];
  supportReferrals: readonly SupportReferralFact[];
}

export interface FigureTable extends ProtectedTable {
  id: string;
  title: string;
  rowHeading: string;
  columnHeading: string | null;
}

export interface DecisionTime {
  type: 'RG' | 'CG';
  /** Null when fewer decisions than the threshold (median) or twice the threshold (90th percentile). */
  medianDays: number | null;
  percentile90Days: number | null;
}

export interface Figures {
  threshold: number;
  buckets: string[];
  tables: FigureTable[];
  decisionTimes: DecisionTime[];
}

const LABELS: Record<string, string> = {
  POTENTIAL_VICTIM: 'Potential victim',
  PERPETRATOR: 'Perpetrator',
  LOCATION: 'Location',
  BUSINESS: 'Business',
  CHILD: 'Child',
  ADULT: 'Adult',
  UNKNOWN: 'Age not known',
  FEMALE: 'Female',
  MALE: 'Male',
  NON_BINARY: 'Non-binary',
  NOT_KNOWN: 'Not known',
  NRM_ADULT: 'NRM referral, adult',
  NRM_CHILD: 'NRM referral, child',
  DUTY_TO_NOTIFY: 'Duty to Notify (adults only)',
  COUNCIL: 'Council',
  POLICE: 'Police',
  HEALTH: 'Health',
  CHARITY: 'Charity',
  GOVERNMENT: 'Government',
  RG_POSITIVE: 'Reasonable grounds, positive',
  RG_NEGATIVE: 'Reasonable grounds, negative',
  CG_POSITIVE: 'Conclusive grounds, positive',
  CG_NEGATIVE: 'Conclusive grounds, negative',
  RG: 'Reasonable grounds',
  CG: 'Conclusive grounds',
  PENDING: 'Awaiting a new decision',
  POSITIVE: 'Positive on reconsideration',
  NEGATIVE: 'Negative upheld',
  LABOUR: 'Labour',
  SEXUAL: 'Sexual',
  CRIMINAL: 'Criminal',
  DOMESTIC_SERVITUDE: 'Domestic servitude',
  ORGAN_HARVESTING: 'Organ harvesting',
  CHILD_CRIMINAL_EXPLOITATION: 'Child criminal exploitation',
  CHILD_SEXUAL_EXPLOITATION: 'Child sexual exploitation',
  FORCED_MARRIAGE: 'Forced marriage',
  FINANCIAL: 'Financial',
  OTHER: 'Other',
  MET: 'Met on time',
  MISSED: 'Missed',
};
const label = (key: string) => LABELS[key] ?? key;
const nationalityLabel = (key: string) => NATIONALITY_GROUP_LABELS[key as NationalityGroup];
const asIs = (key: string) => key;

function count<T>(items: readonly T[], rows: readonly string[], rowOf: (item: T) => string): number[][] {
  const at = new Map(rows.map((r, i) => [r, i]));
  const counts = rows.map(() => [0]);
  for (const item of items) {
    const i = at.get(rowOf(item));
    if (i !== undefined) counts[i]![0]!++;
  }
  return counts;
}

function crossCount<T>(
  items: readonly T[],
  rows: readonly string[],
  columns: readonly string[],
  rowOf: (item: T) => string,
  columnOf: (item: T) => string,
): number[][] {
  const r = new Map(rows.map((key, i) => [key, i]));
  const c = new Map(columns.map((key, i) => [key, i]));
  const counts = rows.map(() => columns.map(() => 0));
  for (const item of items) {
    const i = r.get(rowOf(item));
    const j = c.get(columnOf(item));
    if (i !== undefined && j !== undefined) counts[i]![j]!++;
  }
  return counts;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Row totals that another table also publishes: fixed unless small (see the file comment). */
function sharedRows(counts: number[][], rows: readonly number[], threshold: number): number[] {
  return rows.filter((r) => !isSmall(sum(counts[r]!), threshold));
}

/** Nearest-rank percentile of whole days. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A table before protection: the true counts. Never leaves this module but for tests. */
export interface FigureSource {
  id: string;
  title: string;
  rowHeading: string;
  columnHeading: string | null;
  table: CountTable;
}

export function buildFigures(input: FiguresInput, period: Period, threshold: number): Figures {
  const { buckets, sources, decisionTimes } = figureSources(input, period, threshold);
  const tables = sources.map(({ table, ...about }) => ({ ...about, ...protectTable(table, threshold) }));
  return { threshold, buckets, tables, decisionTimes };
}

export function figureSources(
  input: FiguresInput,
  period: Period,
  threshold: number,
): { buckets: string[]; sources: FigureSource[]; decisionTimes: DecisionTime[] } {
  const buckets = bucketsOf(period);
  const bucket = (month: string) => bucketOf(month, period.granularity);
  const within = <T extends { month: string }>(items: readonly T[]) => items.filter((i) => inPeriod(i.month, period));
  const sources: FigureSource[] = [];
  const add = (
    id: string,
    title: string,
    rowHeading: string,
    columnHeading: string | null,
    table: CountTable,
    rowLabel: (key: string) => string = label,
  ) => {
    const rows = table.rows.map(rowLabel);
    const columns = table.columns ? table.columns.map(label) : null;
    sources.push({ id, title, rowHeading, columnHeading, table: { ...table, rows, columns } });
  };

  // Concerns, and the people they are about. The number of potential victims is the total of
  // the first row here and of each breakdown below.
  const cases = input.cases.filter((c) => inPeriod(c.openedMonth, period));
  const concernCounts = crossCount(
    cases,
    CONCERN_KINDS,
    buckets,
    (c) => c.concernKind,
    (c) => bucket(c.openedMonth),
  );
  const victimsShared = !isSmall(sum(concernCounts[0]!), threshold);
  add('concerns', 'Concerns raised, by what they are about', 'Concern about', 'Period', {
    rows: CONCERN_KINDS,
    columns: buckets,
    counts: concernCounts,
    totals: 'margins',
    fixed: { rowTotals: victimsShared ? [0] : [] },
  });
  const victims = cases.filter((c) => c.concernKind === 'POTENTIAL_VICTIM');
  const breakdown = (
    id: string,
    title: string,
    heading: string,
    rows: readonly string[],
    of: (c: CaseFact) => string,
    rowLabel = label,
  ) =>
    add(
      id,
      title,
      heading,
      null,
      { rows, columns: null, counts: count(victims, rows, of), totals: 'margins', fixed: { total: victimsShared } },
      rowLabel,
    );
  breakdown('victimsByAgeGroup', 'Potential victims by age group', 'Age group', AGE_GROUPS, (c) => c.ageGroup);
  breakdown('victimsByGender', 'Potential victims by gender', 'Gender', GENDERS, (c) => c.gender);
  breakdown(
    'victimsByNationalityGroup',
    'Potential victims by nationality (world region)',
    'Nationality',
    NATIONALITY_GROUPS,
    (c) => c.nationalityGroup,
    nationalityLabel,
  );
  // A case may show several types: the cells do not add up, so there is no total to protect.
  add('victimsByExploitationType', 'Potential victims by type of exploitation indicated', 'Exploitation type', null, {
    rows: EXPLOITATION_TYPES,
    columns: null,
    counts: EXPLOITATION_TYPES.map((type) => [victims.filter((c) => c.exploitationTypes.includes(type)).length]),
    totals: 'none',
  });

  // NRM referrals and Duty to Notify: by period, and by the kind of organisation that referred.
  // The two tables share their row totals and grand total.
  const referrals = within(input.referrals);
  const byPeriod = crossCount(
    referrals,
    REFERRAL_KINDS,
    buckets,
    (r) => r.kind,
    (r) => bucket(r.month),
  );
  const byOrganisation = crossCount(
    referrals,
    REFERRAL_KINDS,
    ORGANISATION_KINDS,
    (r) => r.kind,
    (r) => r.organisationKind,
  );
  const referralRows = sharedRows(byPeriod, [0, 1, 2], threshold);
  const referralTotal = !isSmall(referrals.length, threshold);
  const smallShared = 3 - referralRows.length + (referralTotal ? 0 : 1);
  add('referrals', 'NRM referrals and Duty to Notify, by period', 'Referral', 'Period', {
    rows: REFERRAL_KINDS,
    columns: buckets,
    counts: byPeriod,
    totals: 'margins',
    fixed: { rowTotals: referralRows, total: referralTotal },
  });
  add(
    'referralsByOrganisationKind',
    'NRM referrals and Duty to Notify, by the kind of organisation referring',
    'Referral',
    'Referring organisation',
    {
      rows: REFERRAL_KINDS,
      columns: ORGANISATION_KINDS,
      counts: byOrganisation,
      totals: 'margins',
      fixed: { rowTotals: referralRows, total: referralTotal },
      withholdAll: smallShared > 1,
    },
  );

  // Decisions, the time they took, reconsiderations and what came of them.
  const decisions = within(input.decisions);
  add('decisions', 'Decisions received, by period', 'Decision', 'Period', {
    rows: DECISION_ROWS,
    columns: buckets,
    counts: crossCount(
      decisions,
      DECISION_ROWS,
      buckets,
      (d) => `${d.type}_${d.result}`,
      (d) => bucket(d.month),
    ),
    totals: 'margins',
  });
  const decisionTimes = (['RG', 'CG'] as const).map((type): DecisionTime => {
    const days = decisions
      .filter((d) => d.type === type && d.daysFromReferral !== null)
      .map((d) => d.daysFromReferral!)
      .sort((a, b) => a - b);
    return {
      type,
      medianDays: days.length >= threshold ? percentile(days, 50) : null,
      // The 90th percentile of a few decisions is nearly the slowest one: it needs twice as many.
      percentile90Days: days.length >= 2 * threshold ? percentile(days, 90) : null,
    };
  });
  const reconsidered = input.decisions.filter((d) => d.reconsideration && inPeriod(d.reconsideration.month, period));
  add('reconsiderations', 'Reconsiderations requested, and their outcomes', 'Decision reconsidered', 'Outcome', {
    rows: ['RG', 'CG'],
    columns: RECONSIDERATION_OUTCOMES,
    counts: crossCount(
      reconsidered,
      ['RG', 'CG'],
      RECONSIDERATION_OUTCOMES,
      (d) => d.type,
      (d) => d.reconsideration!.outcome,
    ),
    totals: 'margins',
  });

  // Clocks met and missed: the Modern Slavery Lead's compliance view, by step and by organisation.
  // Both tables share the met / missed totals and the grand total.
  const clocks = within(input.clocks);
  const outcome = (c: ClockFact) => (c.met ? 'MET' : 'MISSED');
  const steps = [...new Set(clocks.map((c) => c.step))].sort();
  const organisations = [...new Set(clocks.map((c) => c.organisation))].sort();
  const metMissed = ['MET', 'MISSED'];
  const columnTotals = [0, 1].filter(
    (j) => !isSmall(clocks.filter((c) => outcome(c) === metMissed[j]).length, threshold),
  );
  const clockTotal = !isSmall(clocks.length, threshold);
  const smallClockTotals = 2 - columnTotals.length + (clockTotal ? 0 : 1);
  add(
    'clocksByStep',
    'Pathway clocks met and missed, by step',
    'Pathway step',
    'Clock',
    {
      rows: steps,
      columns: metMissed,
      counts: crossCount(clocks, steps, metMissed, (c) => c.step, outcome),
      totals: 'margins',
      fixed: { columnTotals, total: clockTotal },
    },
    asIs,
  );
  add(
    'clocksByOrganisation',
    'Pathway clocks met and missed, by organisation',
    'Organisation',
    'Clock',
    {
      rows: organisations,
      columns: metMissed,
      counts: crossCount(clocks, organisations, metMissed, (c) => c.organisation, outcome),
      totals: 'margins',
      fixed: { columnTotals, total: clockTotal },
      withholdAll: smallClockTotals > 1,
    },
    asIs,
  );

  // Support referrals, by the service referred to.
  const support = within(input.supportReferrals);
  const services = [...new Set(support.map((s) => s.service))].sort();
  add(
    'supportReferrals',
    'Referrals to support services',
    'Service',
    null,
    {
      rows: services,
      columns: null,
      counts: count(support, services, (s) => s.service),
      totals: 'margins',
    },
    asIs,
  );

  return { buckets, sources, decisionTimes };
}
