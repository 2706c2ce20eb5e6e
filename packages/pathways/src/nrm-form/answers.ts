/**
 * Checks answers against a form definition before anything is written: unknown keys, wrong
 * types, options the form does not offer, text over the limit, answers Waymark holds elsewhere
 * and answers to a branch not taken. Every problem is returned at once, one per field; the
 * messages never quote the submitted value.
 */
import {
  holds,
  isAnswered,
  TEXT_TYPES,
  type AnswerValue,
  type Answers,
  type FormField,
  type FormRoute,
  type ReferralFormDefinition,
} from './schema';

export type AnswerProblemCode =
  'UNKNOWN_FIELD' | 'WRONG_TYPE' | 'NOT_AN_OPTION' | 'TOO_LONG' | 'HELD_BY_WAYMARK' | 'BRANCH_NOT_TAKEN';

export interface AnswerProblem {
  key: string;
  code: AnswerProblemCode;
  message: string;
}

const ALL_ROUTES: FormRoute[] = ['NRM_ADULT', 'NRM_CHILD', 'DUTY_TO_NOTIFY'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The routes still open given the answers: the under-18 answer, then consent, decide it. */
export function possibleRoutes(answers: Answers): FormRoute[] {
  const age = answers['pv-under-age'];
  if (age === 'yes' || age === 'not-sure') return ['NRM_CHILD'];
  const consent = answers['pv-want-to-submit-nrm'];
  const adult: FormRoute[] =
    consent === 'yes' ? ['NRM_ADULT'] : consent === 'no' ? ['DUTY_TO_NOTIFY'] : ['NRM_ADULT', 'DUTY_TO_NOTIFY'];
  return age === 'no' ? adult : ALL_ROUTES;
}

/** Why a value does not fit its field (no value quoted), or null when it fits. */
export function valueProblem(field: FormField, value: AnswerValue): Omit<AnswerProblem, 'key'> | null {
  const wrong = (what: string) => ({ code: 'WRONG_TYPE' as const, message: `must be ${what}` });
  if (TEXT_TYPES.has(field.type)) {
    if (typeof value !== 'string') return wrong('text');
    if (field.maxLength !== undefined && value.length > field.maxLength)
      return { code: 'TOO_LONG', message: `must be at most ${field.maxLength} characters` };
    if (field.type === 'email' && !EMAIL.test(value.trim())) return wrong('an email address');
    if (field.type === 'phone' && !PHONE.test(value.trim())) return wrong('a phone number');
    return null;
  }
  switch (field.type) {
    case 'number':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? null : wrong('a whole number');
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : wrong('a date (YYYY-MM-DD)');
    case 'checkbox':
      return typeof value === 'boolean' ? null : wrong('true or false');
    case 'radio':
      if (typeof value !== 'string') return wrong('one of the options');
      return field.options?.includes(value)
        ? null
        : { code: 'NOT_AN_OPTION', message: `must be one of: ${field.options?.join(', ')}` };
    case 'checkboxes':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return wrong('a list of options');
      return value.every((v) => field.options?.includes(v))
        ? null
        : { code: 'NOT_AN_OPTION', message: `may only contain: ${field.options?.join(', ')}` };
    default:
      return wrong('a known kind of answer');
  }
}

/** Whether the form asks this field at all, given the answers (its step and its own branch). */
export function isAsked(
  form: ReferralFormDefinition,
  field: FormField,
  answers: Answers,
  routes = possibleRoutes(answers),
): boolean {
  if (field.when && !holds(field.when, answers)) return false;
  return form.sections.some((section) =>
    section.steps.some(
      (step) =>
        step.fields.includes(field.key) &&
        (step.routes ?? ALL_ROUTES).some((r) => routes.includes(r)) &&
        (!step.when || holds(step.when, answers)),
    ),
  );
}

/**
 * Problems with `patch` (key -> value, null clears) given the answers already held (`current`,
 * including what Waymark reads from the case). Branches are judged on the answers as they would
 * be after the patch.
 */
export function checkAnswers(
  forms: ReadonlyArray<ReferralFormDefinition>,
  current: Answers,
  patch: Readonly<Record<string, unknown>>,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const after: Record<string, AnswerValue | null | undefined> = { ...current };
  for (const [key, value] of Object.entries(patch)) after[key] = value as AnswerValue | null;
  for (const [key, value] of Object.entries(patch)) {
    const form = forms.find((f) => f.fields.some((field) => field.key === key));
    const field = form?.fields.find((f) => f.key === key);
    if (!form || !field) {
      problems.push({ key, code: 'UNKNOWN_FIELD', message: 'is not a question of the form' });
      continue;
    }
    if (field.heldBy) {
      problems.push({
        key,
        code: 'HELD_BY_WAYMARK',
        message: `is read from the case (${field.heldBy}); record it there, not twice`,
      });
      continue;
    }
    if (value === null) continue;
    const problem = valueProblem(field, value as AnswerValue);
    if (problem) {
      problems.push({ key, ...problem });
      continue;
    }
    if (isAnswered(value as AnswerValue) && !isAsked(form, field, after)) {
      problems.push({
        key,
        code: 'BRANCH_NOT_TAKEN',
        message:
          'is not asked given the other answers (its branch is not taken); answer the question it depends on first',
      });
    }
  }
  return problems;
}
