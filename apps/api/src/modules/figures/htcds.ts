/**
 * The record-level extract in the Human Trafficking Case Data Standard's field names, k-anonymised.
 *
 * Field names: HTCDS 1.0 (UNMigration/HTCDS, September 2021) as the Counter Trafficking Data
 * Collaborative publishes them in its k-anonymised global dataset (`yearOfRegistration`,
 * `gender`, `majorityStatus`, `citizenship`, `isForcedLabour`, `isSexualExploit`, `isOtherExploit`,
 * `isForcedMarriage`, `isOrganRemoval`). Waymark's additions carry a `wmk_` prefix. Values follow
 * the standard's picklists where Waymark records the same thing; where the extract is coarser
 * than the standard, the column says so in EXTRACT_NOTES.
 *
 * Every column is a quasi-identifier: one with several columns in common with a case file could
 * single a person out, so the equivalence classes are over whole rows, each of at least k.
 */
import { kAnonymise, type Anonymised, type QuasiIdentifier } from './k-anonymity.ts';
import type { NationalityGroup } from './nationality-groups.ts';
import { NATIONALITY_GROUP_LABELS } from './nationality-groups.ts';
import { quarterOf } from './periods.ts';

export const HTCDS_VERSION = 'HTCDS 1.0 field names, as in the CTDC global k-anonymised dataset';

export interface VictimRecord {
  openedMonth: string;
  ageGroup: 'CHILD' | 'ADULT' | 'UNKNOWN';
  gender: 'FEMALE' | 'MALE' | 'NON_BINARY' | 'OTHER' | 'NOT_KNOWN';
  nationalityGroup: NationalityGroup;
  exploitationTypes: readonly string[];
  referral: 'NRM' | 'DUTY_TO_NOTIFY' | 'NONE';
}

export const HTCDS_COLUMNS = [
  'yearOfRegistration',
  'gender',
  'majorityStatus',
  'citizenship',
  'isForcedLabour',
  'isSexualExploit',
  'isOtherExploit',
  'isForcedMarriage',
  'isOrganRemoval',
  'wmk_referral',
] as const;

export const EXTRACT_NOTES: Record<string, string> = {
  yearOfRegistration:
    'When the concern was recorded: the month (YYYY-MM) where k allows, else the quarter (YYYY-Qn) or the year; empty when suppressed.',
  citizenship: 'A world region, not an ISO 3166 code: one nationality in one area can point at one person.',
  wmk_referral: 'NRM, DutyToNotify or None: whether the case went on to an NRM referral or a Duty to Notify.',
};

const GENDER: Record<VictimRecord['gender'], string> = {
  FEMALE: 'Female',
  MALE: 'Male',
  NON_BINARY: 'Transgender/NonConforming',
  OTHER: 'Transgender/NonConforming',
  NOT_KNOWN: 'Unknown',
};
const MAJORITY: Record<VictimRecord['ageGroup'], string> = { CHILD: 'Minor', ADULT: 'Adult', UNKNOWN: '' };
const REFERRAL: Record<VictimRecord['referral'], string> = {
  NRM: 'NRM',
  DUTY_TO_NOTIFY: 'DutyToNotify',
  NONE: 'None',
};

/** Waymark's exploitation types under the standard's five flags (child exploitation is sexual or other). */
const FLAGS: Array<[string, readonly string[]]> = [
  ['isForcedLabour', ['LABOUR', 'DOMESTIC_SERVITUDE']],
  ['isSexualExploit', ['SEXUAL', 'CHILD_SEXUAL_EXPLOITATION']],
  ['isOtherExploit', ['CRIMINAL', 'CHILD_CRIMINAL_EXPLOITATION', 'FINANCIAL', 'OTHER']],
  ['isForcedMarriage', ['FORCED_MARRIAGE']],
  ['isOrganRemoval', ['ORGAN_HARVESTING']],
];

const nothing = () => '';

const QUASI_IDENTIFIERS: QuasiIdentifier<VictimRecord>[] = [
  {
    name: 'yearOfRegistration',
    levels: [(r) => r.openedMonth, (r) => quarterOf(r.openedMonth), (r) => r.openedMonth.slice(0, 4), nothing],
  },
  { name: 'gender', levels: [(r) => GENDER[r.gender], nothing] },
  { name: 'majorityStatus', levels: [(r) => MAJORITY[r.ageGroup], nothing] },
  { name: 'citizenship', levels: [(r) => NATIONALITY_GROUP_LABELS[r.nationalityGroup], nothing] },
  {
    name: 'exploitation',
    levels: [
      (r) => FLAGS.map(([, types]) => (types.some((t) => r.exploitationTypes.includes(t)) ? '1' : '0')).join(''),
      nothing,
    ],
  },
  { name: 'wmk_referral', levels: [(r) => REFERRAL[r.referral], nothing] },
];

export interface HtcdsExtract {
  header: string[];
  rows: string[][];
  anonymised: Anonymised;
}

export function htcdsExtract(records: readonly VictimRecord[], k: number): HtcdsExtract {
  const anonymised = kAnonymise(records, QUASI_IDENTIFIERS, { k });
  const rows = anonymised.rows.map((row) => {
    const flags = row.exploitation ?? '';
    return HTCDS_COLUMNS.map((column) => {
      const flag = FLAGS.findIndex(([name]) => name === column);
      if (flag >= 0) return flags === '' ? '' : flags[flag]!;
      return row[column] ?? '';
    });
  });
  return { header: [...HTCDS_COLUMNS], rows, anonymised };
}
