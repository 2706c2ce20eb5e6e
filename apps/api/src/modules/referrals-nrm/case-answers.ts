/**
 * The referral form's answers for a case: what Waymark already holds on the case (names, date of
 * birth, gender, nationality, interpreter, age, consent, support, exploitation types,
 * evidence) read from it, never entered twice, and the rest as recorded with
 * caseRecordReferralAnswers. Each answer says where it came from.
 */
import { CURRENT_NRM_FORM, presumptionOfAge, type AnswerValue, type Answers, type HeldBy } from '@waymark/pathways';
import type { Transaction } from '../../db/client.ts';

/** The delegates these reads use: a transaction or the client itself. */
export type Reader = Pick<
  Transaction,
  'organisation' | 'area' | 'referralEvidence' | 'referralAnswers' | 'caseIndicator'
>;
import type { Case as CaseRow } from '../../generated/prisma/client.ts';
import type { ExploitationType } from '../../generated/prisma/enums.ts';
import { caseFacts } from '../pathways/engine-adapter.ts';

/** Waymark's coarser types onto the form's boxes (the coverage review lists the differences). */
const BOX_FOR_TYPE: Record<ExploitationType, string> = {
  LABOUR: 'types-of-exploitation-forced-to-work',
  FINANCIAL: 'types-of-exploitation-wages-taken',
  SEXUAL: 'types-of-exploitation-prostitution',
  CHILD_SEXUAL_EXPLOITATION: 'types-of-exploitation-child-exploitation',
  CRIMINAL: 'types-of-exploitation-forced-to-commit-crime',
  CHILD_CRIMINAL_EXPLOITATION: 'types-of-exploitation-forced-to-commit-crime',
  ORGAN_HARVESTING: 'types-of-exploitation-organs-removed',
  DOMESTIC_SERVITUDE: 'types-of-exploitation-unpaid-household-work',
  FORCED_MARRIAGE: 'types-of-exploitation-other',
  OTHER: 'types-of-exploitation-other',
};

const GENDER: Record<string, string | null> = {
  FEMALE: 'female',
  MALE: 'male',
  // The form's third answer is "they do not identify as either"; NOT_KNOWN has no answer there.
  NON_BINARY: 'unknown',
  OTHER: 'unknown',
  NOT_KNOWN: null,
};

const yesNo = (value: unknown) => (value === true ? 'yes' : value === false ? 'no' : null);

export interface CaseAnswerContext {
  row: CaseRow;
  organisationName: string;
  areaCode: string;
  evidenceCount: number;
}

/** The form's under-18 answer: the Home Office treats an uncertain age as a child ("not sure"). */
export function underAgeAnswer(row: CaseRow): 'yes' | 'no' | 'not-sure' | null {
  const facts = caseFacts(row, new Date()); // age as it stands today, not as recorded at opening
  const assessed = facts.ageAssessmentOutcome;
  if (assessed === 'child' || assessed === 'adult') return assessed === 'child' ? 'yes' : 'no';
  if (facts.ageStatus === 'uncertain' || row.ageUncertain) return 'not-sure';
  const presumed = presumptionOfAge(facts).value;
  return presumed === undefined ? null : presumed ? 'yes' : 'no';
}

export function heldAnswers({ row, organisationName, areaCode, evidenceCount }: CaseAnswerContext) {
  const facts = caseFacts(row, new Date());
  const underAge = underAgeAnswer(row);
  const boxes = new Set(row.exploitationTypes.map((t) => BOX_FOR_TYPE[t]));
  const read: Record<HeldBy, () => AnswerValue | null | Record<string, AnswerValue>> = {
    'case.reference': () => row.reference,
    'case.owningOrganisation': () => organisationName,
    'case.area': () => (areaCode === 'wales' ? 'wales' : 'england'),
    'case.ageGroup': () => underAge,
    // A child's referral needs no consent: the form forces the answer to yes.
    'case.consentToNrm': () => (underAge === 'yes' || underAge === 'not-sure' ? 'yes' : yesNo(facts.consentToNrm)),
    'case.wantsSupport': () => yesNo(facts.wantsSupport),
    'case.givenName': () => row.givenName,
    'case.familyName': () => row.familyName,
    'case.alias': () => row.aliases[0] ?? null,
    'case.dateOfBirth': () => row.dateOfBirth?.toISOString().slice(0, 10) ?? null,
    'case.gender': () => (row.gender ? GENDER[row.gender]! : null),
    'case.nationality': () => row.nationality,
    'case.interpreterNeeded': () => (row.interpreterNeeded ? 'yes' : 'no'),
    'case.exploitationTypes': () => null,
    'case.evidence': () => (evidenceCount > 0 ? 'yes' : 'no'),
  };
  const answers: Record<string, AnswerValue> = {};
  const sources: Record<string, string> = {};
  for (const field of CURRENT_NRM_FORM.fields) {
    if (!field.heldBy) continue;
    const value =
      field.heldBy === 'case.exploitationTypes' ? (boxes.has(field.key) ? true : null) : read[field.heldBy]();
    if (value === null || value === undefined) continue;
    answers[field.key] = value as AnswerValue;
    sources[field.key] = field.heldBy;
  }
  return { answers, sources };
}

export async function answerContext(tx: Reader, row: CaseRow): Promise<CaseAnswerContext> {
  const [organisation, area, evidenceCount] = await Promise.all([
    tx.organisation.findUniqueOrThrow({ where: { id: row.owningOrganisationId }, select: { name: true } }),
    tx.area.findUniqueOrThrow({ where: { id: row.areaId }, select: { code: true } }),
    tx.referralEvidence.count({ where: { caseId: row.id } }),
  ]);
  return { row, organisationName: organisation.name, areaCode: area.code, evidenceCount };
}

/** Recorded answers of one form for the case, and the form version they were answered on. */
export async function recordedAnswers(tx: Reader, caseId: string, formId: string) {
  const stored = await tx.referralAnswers.findUnique({ where: { caseId_formId: { caseId, formId } } });
  return {
    answers: (stored?.answers ?? {}) as Record<string, AnswerValue>,
    formVersion: stored?.formVersion ?? null,
  };
}

/** Everything the form needs: recorded answers overlaid by what the case holds. */
export async function allAnswers(tx: Reader, row: CaseRow, formId: string) {
  const [context, recorded] = await Promise.all([answerContext(tx, row), recordedAnswers(tx, row.id, formId)]);
  const held = heldAnswers(context);
  const answers: Answers = { ...recorded.answers, ...held.answers };
  return { answers, sources: held.sources, formVersion: recorded.formVersion };
}
