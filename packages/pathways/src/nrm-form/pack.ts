/**
 * A referral pack: the form's sections, steps and fields in the form's order for one route, each
 * ANSWERED, MISSING, NOT_APPLICABLE (its branch is not taken) or INVALID, with where the answer
 * came from; plus completeness and the rules of 003 / 004 / the Home Office form:
 * - a Duty to Notify is for adults only: "not sure" about age counts as a child;
 * - it names the person only when they will co-operate with the authorities, and Waymark keeps
 *   it anonymised unless they consented to share their details (a disagreement is flagged);
 * - an anonymised pack never carries the person's name, date of birth, contact details or other
 *   identifying answers, and free text that seems to name someone or give an address is held
 *   back with a warning;
 * - every text answer fits the form's limit.
 * Pure: the API gathers the answers and decides what the viewer may see.
 */
import { isAsked, possibleRoutes, valueProblem } from './answers';
import { EXPLOITATION_BOX_KEYS } from './ho-nrm-form-v1';
import {
  holds,
  isAnswered,
  type AnswerValue,
  type Answers,
  type FormRoute,
  type ReferralFormDefinition,
} from './schema';

export type PackKind = 'NRM' | 'DUTY_TO_NOTIFY' | 'RECONSIDERATION';
export type PackFieldStatus = 'ANSWERED' | 'MISSING' | 'NOT_APPLICABLE' | 'INVALID';

export interface PackField {
  key: string;
  label: string;
  type: string;
  required: boolean;
  status: PackFieldStatus;
  /** Null when missing, withheld or redacted. */
  value: AnswerValue | null;
  /** Where the answer came from, e.g. `case.givenName` or `answers`. */
  source: string | null;
  identifying: boolean;
  /** The viewer may not see this identifying value. */
  redacted: boolean;
  /** Left out because the pack is anonymised. */
  withheld: boolean;
  message: string | null;
}

export interface PackStep {
  id: string;
  title: string;
  fields: PackField[];
}
export interface PackSection {
  id: string;
  title: string;
  complete: boolean;
  steps: PackStep[];
}

export type PackWarningCode =
  | 'DTN_NOT_FOR_CHILDREN'
  | 'DTN_AFTER_CONSENT'
  | 'NRM_NEEDS_CONSENT'
  | 'CONSENT_TO_SHARE_MISMATCH'
  | 'SEEMS_IDENTIFYING'
  | 'TEXT_TOO_LONG';

export interface PackWarning {
  code: PackWarningCode;
  key: string | null;
  message: string;
}

export interface ReferralPack {
  kind: PackKind;
  formId: string;
  formVersion: number;
  route: FormRoute | null;
  anonymised: boolean;
  sections: PackSection[];
  complete: boolean;
  missing: Array<{ key: string; label: string; stepId: string }>;
  warnings: PackWarning[];
}

export interface PackInput {
  kind: PackKind;
  form: ReferralFormDefinition;
  /** Every answer: what Waymark reads from the case and what was recorded for the form. */
  answers: Answers;
  /** key -> where the answer came from; absent means recorded answers. */
  sources?: Readonly<Record<string, string>>;
  /** Consent to share details (facts.consentToShareDetails): decides anonymity of a Duty to Notify. */
  consentToShareDetails: boolean | null;
  /** The person's names and aliases, to spot them in free text (never output). */
  personNames: ReadonlyArray<string>;
  /** Whether the viewer may see identifying values. */
  mayReadIdentity: boolean;
}

const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i;
const STREET =
  /\b\d+[a-z]?\s+([A-Z][a-z]+\s+){1,3}(Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Way|Court|Place|Crescent|Terrace|Gardens|Grove|Hill)\b/;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const PHONE = /(\+44|\b0)\s?\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
// "named Jan", "called Mr Nowak", "Mrs Smith": a name introduced as one.
const INTRODUCED_NAME = /\b(named|called|known as|nicknamed)\s+[A-Z][a-z]+|\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+/;

/** Why free text seems to name someone or give an address (no text quoted), or null. */
export function seemsIdentifying(text: string, personNames: ReadonlyArray<string>): string | null {
  const lower = text.toLowerCase();
  const words = new Set(lower.split(/[^\p{L}'-]+/u).filter(Boolean));
  for (const name of personNames) {
    const parts = name
      .toLowerCase()
      .split(/\s+/)
      .filter((p) => p.length > 1);
    if (parts.length && parts.every((p) => words.has(p))) return "seems to contain the person's name";
  }
  if (POSTCODE.test(text) || STREET.test(text)) return 'seems to contain an address';
  if (EMAIL.test(text) || PHONE.test(text)) return 'seems to contain contact details';
  if (INTRODUCED_NAME.test(text)) return 'seems to name someone';
  return null;
}

function routeFor(kind: PackKind, answers: Answers): FormRoute | null {
  if (kind === 'DUTY_TO_NOTIFY') return 'DUTY_TO_NOTIFY';
  if (kind === 'RECONSIDERATION') return null;
  const age = answers['pv-under-age'];
  if (age === 'yes' || age === 'not-sure') return 'NRM_CHILD';
  return age === 'no' ? 'NRM_ADULT' : 'NRM_CHILD';
}

export function buildPack(input: PackInput): ReferralPack {
  const { kind, form } = input;
  const warnings: PackWarning[] = [];
  const warn = (code: PackWarningCode, message: string, key: string | null = null) =>
    warnings.push({ code, key, message });
  const route = routeFor(kind, input.answers);
  const answers: Record<string, AnswerValue | null | undefined> = { ...input.answers };
  let anonymised = false;

  if (kind === 'DUTY_TO_NOTIFY') {
    if (answers['pv-under-age'] !== 'no')
      warn(
        'DTN_NOT_FOR_CHILDREN',
        'A Duty to Notify is only for adults: a child, or a person whose age is uncertain, is referred to the NRM without consent',
        'pv-under-age',
      );
    if (answers['pv-want-to-submit-nrm'] === 'yes')
      warn(
        'DTN_AFTER_CONSENT',
        'The person consented to the NRM: refer them instead of notifying',
        'pv-want-to-submit-nrm',
      );
    const cooperates = answers['co-operate-with-police'] === 'yes';
    anonymised = input.consentToShareDetails !== true;
    if (cooperates && anonymised)
      warn(
        'CONSENT_TO_SHARE_MISMATCH',
        'They will co-operate with the authorities, which makes the form ask for their name, but they have not consented to share their details: the pack stays anonymised; check with them before naming them',
        'co-operate-with-police',
      );
    if (!cooperates && input.consentToShareDetails === true)
      warn(
        'CONSENT_TO_SHARE_MISMATCH',
        'They consented to share their details but will not co-operate with the authorities, so the form does not ask for their name',
        'co-operate-with-police',
      );
  }
  if (kind === 'NRM' && answers['pv-under-age'] === 'no' && answers['pv-want-to-submit-nrm'] === 'no')
    warn(
      'NRM_NEEDS_CONSENT',
      'The adult did not consent to the NRM: make a Duty to Notify instead',
      'pv-want-to-submit-nrm',
    );

  // The route is the pack's, whatever the consent answer says: judge the branches on it.
  const routes: FormRoute[] = route ? [route] : possibleRoutes(answers);
  const fieldsByKey = new Map(form.fields.map((f) => [f.key, f]));
  const missing: ReferralPack['missing'] = [];
  const sections: PackSection[] = [];

  for (const section of form.sections) {
    const steps: PackStep[] = [];
    for (const step of section.steps) {
      if (step.routes && !step.routes.some((r) => routes.includes(r))) continue;
      const stepApplies = !step.when || holds(step.when, answers);
      const rows: PackField[] = [];
      const noBoxTicked = step.atLeastOneOf && !step.atLeastOneOf.some((k) => answers[k] === true);
      for (const key of step.fields) {
        const field = fieldsByKey.get(key)!;
        const value = answers[key];
        const required =
          field.required === true || (typeof field.required === 'object' && holds(field.required, answers));
        const row: PackField = {
          key,
          label: field.label,
          type: field.type,
          required: stepApplies && required,
          status: 'NOT_APPLICABLE',
          value: null,
          source: null,
          identifying: field.identifying === true,
          redacted: false,
          withheld: false,
          message: null,
        };
        rows.push(row);
        if (!stepApplies || !isAsked(form, field, answers, routes)) continue;
        if (anonymised && (field.namesThePerson || (field.identifying && field.type !== 'textarea'))) {
          row.withheld = true;
          row.message = 'Withheld: the pack is anonymised';
          continue;
        }
        if (!isAnswered(value ?? null)) {
          const firstBox = noBoxTicked && key === step.atLeastOneOf![0];
          if (row.required || firstBox) {
            row.required = true;
            row.status = 'MISSING';
            if (firstBox) row.message = 'Tick at least one type of exploitation';
            missing.push({ key, label: field.label, stepId: step.id });
          } else row.status = 'MISSING';
          continue;
        }
        row.source = input.sources?.[key] ?? 'answers';
        const problem = valueProblem(field, value as AnswerValue);
        if (problem) {
          row.status = 'INVALID';
          row.message = problem.message;
          if (problem.code === 'TOO_LONG') warn('TEXT_TOO_LONG', `${field.label}: ${problem.message}`, key);
          missing.push({ key, label: field.label, stepId: step.id });
          continue;
        }
        if (anonymised && typeof value === 'string' && field.type === 'textarea') {
          const why = seemsIdentifying(value, input.personNames);
          if (why) {
            row.status = 'INVALID';
            row.withheld = true;
            row.message = `Held back: ${why}; an anonymised notice must not name anyone or give an address`;
            warn('SEEMS_IDENTIFYING', `${field.label}: ${why}`, key);
            missing.push({ key, label: field.label, stepId: step.id });
            continue;
          }
        }
        row.status = 'ANSWERED';
        if (field.identifying && !input.mayReadIdentity) row.redacted = true;
        else row.value = value as AnswerValue;
      }
      steps.push({ id: step.id, title: step.title, fields: rows });
    }
    if (steps.length)
      sections.push({
        id: section.id,
        title: section.title,
        steps,
        complete: steps.every((s) =>
          s.fields.every((f) => f.status !== 'INVALID' && !(f.status === 'MISSING' && f.required)),
        ),
      });
  }
  const blocking = warnings.some((w) =>
    ['DTN_NOT_FOR_CHILDREN', 'DTN_AFTER_CONSENT', 'NRM_NEEDS_CONSENT'].includes(w.code),
  );
  return {
    kind,
    formId: form.id,
    formVersion: form.version,
    route,
    anonymised,
    sections,
    complete: missing.length === 0 && !blocking,
    missing,
    warnings,
  };
}

export { EXPLOITATION_BOX_KEYS };
