/**
 * The Home Office's online NRM / Duty to Notify referral form as data: sections, steps in the
 * form's order, fields with the form's own keys, and the branch conditions between them. The
 * form has no API; Waymark holds the answers and hands over a pack that follows the form
 * question by question. A change of the form is a new version; a referral keeps the version it
 * was answered on.
 */

/** Input kinds the form uses (its HOF mixins). */
export type FormFieldType =
  | 'text'
  | 'textarea'
  | 'email'
  | 'phone'
  | 'number'
  | 'date'
  /** One of `options`. */
  | 'radio'
  /** Any of `options`. */
  | 'checkboxes'
  /** A single tick box (true when ticked). */
  | 'checkbox'
  /** One name from a long Home Office list (`optionList`) Waymark does not copy: held as text. */
  | 'select';

export const TEXT_TYPES: ReadonlySet<FormFieldType> = new Set(['text', 'textarea', 'email', 'phone', 'select']);

/** A condition on the answers: every branch of the form is one of these. */
export type FormCondition =
  | { field: string; is: string | boolean }
  | { field: string; in: ReadonlyArray<string> }
  | { field: string; includes: string }
  | { all: ReadonlyArray<FormCondition> }
  | { any: ReadonlyArray<FormCondition> }
  | { not: FormCondition };

/** Where Waymark already holds the answer: it is read from the case, never entered twice. */
export type HeldBy =
  | 'case.reference'
  | 'case.owningOrganisation'
  | 'case.area'
  | 'case.ageGroup'
  | 'case.consentToNrm'
  | 'case.wantsSupport'
  | 'case.givenName'
  | 'case.familyName'
  | 'case.alias'
  | 'case.dateOfBirth'
  | 'case.gender'
  | 'case.nationality'
  | 'case.interpreterNeeded'
  | 'case.exploitationTypes'
  | 'case.evidence';

export interface FormField {
  /** The form's own field key (its HTML name). */
  key: string;
  /** Waymark's label: the question as a caseworker would ask it. */
  label: string;
  hint?: string;
  type: FormFieldType;
  options?: ReadonlyArray<string>;
  /** For `select`: the Home Office list the value must come from (not copied into Waymark). */
  optionList?: string;
  /** Characters; the form's text inputs and text areas all allow 15,000. */
  maxLength?: number;
  /** true: always required when its step applies; a condition: required only when it holds. */
  required: boolean | FormCondition;
  /** The field applies only when this holds (a branch inside its step). */
  when?: FormCondition;
  /** Identifying: contact details, addresses, phone numbers, birthplace, references, third parties' names. */
  identifying?: boolean;
  /** Names the person (withheld from an anonymised pack). */
  namesThePerson?: boolean;
  heldBy?: HeldBy;
  /**
   * The key is not in the source files read (a 2026 question the coverage review describes):
   * Waymark named it after the form's pattern. Replace it when the form's files are read again.
   */
  keyInferred?: true;
}

export type FormRoute = 'NRM_ADULT' | 'NRM_CHILD' | 'DUTY_TO_NOTIFY';

export interface FormStep {
  /** The form's page path, e.g. `/pv-under-age`. */
  id: string;
  title: string;
  /** Keys of fields, in the page's order. A key may appear on several pages of different routes. */
  fields: ReadonlyArray<string>;
  /** Routes the page is on (all when absent). */
  routes?: ReadonlyArray<FormRoute>;
  /** The page is shown only when this holds. */
  when?: FormCondition;
  /** Tick boxes of which the form requires at least one. */
  atLeastOneOf?: ReadonlyArray<string>;
}

export interface FormSection {
  id: string;
  title: string;
  steps: ReadonlyArray<FormStep>;
}

export interface FormSource {
  repository: string;
  files: ReadonlyArray<string>;
  /** Commits the field keys and steps were read at. */
  commits: ReadonlyArray<string>;
  note: string;
}

export interface ReferralFormDefinition {
  id: string;
  version: number;
  title: string;
  source: FormSource;
  fields: ReadonlyArray<FormField>;
  sections: ReadonlyArray<FormSection>;
}

export type AnswerValue = string | number | boolean | ReadonlyArray<string>;
export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>;

function present(value: AnswerValue | null | undefined): value is AnswerValue {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
export { present as isAnswered };

export function holds(condition: FormCondition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  const value = answers[condition.field];
  if ('is' in condition) return value === condition.is;
  if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
  return Array.isArray(value) && value.includes(condition.includes);
}

/** Fields a condition reads. */
export function conditionFields(condition: FormCondition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionFields);
  if ('any' in condition) return condition.any.flatMap(conditionFields);
  if ('not' in condition) return conditionFields(condition.not);
  return [condition.field];
}
