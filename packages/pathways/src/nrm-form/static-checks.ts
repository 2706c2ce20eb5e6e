/**
 * Meaning checks on a referral form definition, all reported at once (like the pathways'):
 * every field on a step and every step's field defined, keys unique, a key at most once per
 * route, branch conditions on known questions asked earlier and on options those questions
 * offer, text limits present and within the form's 15,000 characters.
 */
import { FORM_TEXT_LIMIT } from './ho-nrm-form-v1';
import {
  conditionFields,
  TEXT_TYPES,
  type FormCondition,
  type FormField,
  type FormRoute,
  type ReferralFormDefinition,
} from './schema';

export interface FormProblem {
  path: string;
  message: string;
}

const ROUTES: FormRoute[] = ['NRM_ADULT', 'NRM_CHILD', 'DUTY_TO_NOTIFY'];

export function checkForm(form: ReferralFormDefinition): FormProblem[] {
  const problems: FormProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (!Number.isInteger(form.version) || form.version < 1) add('version', 'must be a whole number from 1');
  if (!form.source.repository || form.source.files.length === 0) add('source', 'must name where the form was read');

  const fields = new Map<string, FormField>();
  for (const field of form.fields) {
    if (fields.has(field.key)) add(`fields.${field.key}`, 'is defined twice');
    fields.set(field.key, field);
    if (TEXT_TYPES.has(field.type) && (field.maxLength === undefined || field.maxLength > FORM_TEXT_LIMIT))
      add(`fields.${field.key}.maxLength`, `text needs a limit of at most ${FORM_TEXT_LIMIT} characters`);
    if ((field.type === 'radio' || field.type === 'checkboxes') && !field.options?.length)
      add(`fields.${field.key}.options`, 'a choice needs options');
    if (field.type === 'select' && !field.optionList) add(`fields.${field.key}.optionList`, 'a select names its list');
  }

  // Form order: the position of each key's first appearance.
  const order = new Map<string, number>();
  const stepIds = new Set<string>();
  const perRoute = new Map<FormRoute, Set<string>>(ROUTES.map((r) => [r, new Set()]));
  for (const section of form.sections) {
    for (const step of section.steps) {
      if (stepIds.has(step.id)) add(`steps.${step.id}`, 'step id used twice');
      stepIds.add(step.id);
      for (const key of step.fields) {
        if (!fields.has(key)) add(`steps.${step.id}.fields`, `names undefined field "${key}"`);
        if (!order.has(key)) order.set(key, order.size);
        for (const route of step.routes ?? ROUTES) {
          const seen = perRoute.get(route)!;
          if (seen.has(key)) add(`steps.${step.id}.fields`, `"${key}" is asked twice on the ${route} route`);
          seen.add(key);
        }
      }
      for (const key of step.atLeastOneOf ?? [])
        if (!step.fields.includes(key)) add(`steps.${step.id}.atLeastOneOf`, `"${key}" is not on the step`);
      if (step.when) checkCondition(step.when, `steps.${step.id}.when`, null);
    }
  }
  for (const field of form.fields) {
    if (!order.has(field.key)) add(`fields.${field.key}`, 'is on no step');
    if (field.when) checkCondition(field.when, `fields.${field.key}.when`, field.key);
    if (typeof field.required === 'object') checkCondition(field.required, `fields.${field.key}.required`, field.key);
  }
  return problems;

  function checkCondition(condition: FormCondition, path: string, dependent: string | null) {
    for (const key of conditionFields(condition)) {
      const on = fields.get(key);
      if (!on) {
        add(path, `depends on undefined field "${key}"`);
        continue;
      }
      if (dependent && (order.get(key) ?? Infinity) > (order.get(dependent) ?? -1))
        add(path, `depends on "${key}", which the form asks later`);
    }
    visit(condition);
    function visit(c: FormCondition) {
      if ('all' in c) return c.all.forEach(visit);
      if ('any' in c) return c.any.forEach(visit);
      if ('not' in c) return visit(c.not);
      const on = fields.get(c.field);
      if (!on) return;
      const values = 'is' in c ? [c.is] : 'in' in c ? c.in : [c.includes];
      for (const value of values) {
        const offered = on.type === 'checkbox' ? typeof value === 'boolean' : on.options?.includes(value as string);
        if (!offered) add(path, `"${c.field}" does not offer that value`);
      }
    }
  }
}
