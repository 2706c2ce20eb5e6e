// Step actions: the things a document asks for at a step that do not move the track (contact
// MASH, alert Housing, copy the form to TSA). Recording one appends an event named after the
// action, so clocks and guards read it like a transition; a required action blocks the
// transitions it names until it is recorded, and the block names the action.
import type { Action, ActionRecordField, Actor, FactValue, Facts, PathwayDefinition } from '../definition/schema';
import { PEOPLE_AROUND_SECTIONS } from '../definition/people-around';
import { clockChanges } from './clock-changes';
import { compile, type Compiled } from './compiled';
import { evaluate, guardContext, type GuardContext } from './evaluate';
import { isValidFactValue } from './facts';
import { permission } from './transitions';
import type { ActionError, BlockReason, ChecklistItem, RecordActionResult, Track, TrackEvent } from './types';

/** Longest free-text value an action records (a reference, whom it went to), in characters. */
export const ACTION_TEXT_MAX = 500;

type Applies = { value: boolean | undefined; missing: string[] };

function applies(action: Action, ctx: () => GuardContext): Applies {
  if (!action.when || action.when.length === 0) return { value: true, missing: [] };
  const missing: string[] = [];
  let value: boolean | undefined = true;
  for (const guard of action.when) {
    const r = evaluate(guard, ctx());
    if (r.value === false) return { value: false, missing: [] };
    if (r.value === undefined) {
      value = undefined;
      missing.push(...r.missing);
    }
  }
  return { value, missing };
}

/**
 * The blocks that required actions put on a transition out of `step`: one ACTION_REQUIRED reason
 * per outstanding action (recordable at `step`, see Compiled.recordableAt). An action whose
 * `when` cannot be decided yet adds its facts to `missing` (the transition then asks for them)
 * instead of blocking.
 */
export function actionBlocks(
  label: string,
  step: string,
  required: readonly { action: Action; step: string }[],
  context: () => GuardContext,
  missing: Set<string>,
): BlockReason[] {
  const reasons: BlockReason[] = [];
  for (const entry of required) {
    if (context().happened.has(entry.action.id)) continue;
    const a = applies(entry.action, context);
    if (a.value === false) continue;
    if (a.value === undefined) {
      for (const f of a.missing) missing.add(f);
      continue;
    }
    reasons.push({
      code: 'ACTION_REQUIRED',
      message: `${label}: first record "${entry.action.title}"`,
      action: entry.action.id,
      actionTitle: entry.action.title,
      step,
    });
  }
  return reasons;
}

function fieldProblem(field: ActionRecordField, value: unknown): string | null {
  if (field.type === 'text') {
    if (typeof value !== 'string' || value.trim() === '') return 'must be text';
    return value.length > ACTION_TEXT_MAX ? `must be at most ${ACTION_TEXT_MAX} characters` : null;
  }
  if (isValidFactValue(field, value)) return null;
  switch (field.type) {
    case 'boolean':
      return 'must be true or false';
    case 'number':
      return 'must be a number';
    case 'date':
      return 'must be a date YYYY-MM-DD';
    case 'enum':
      return `must be one of ${field.values.join(', ')}`;
  }
}

/** Problems with the values an action records; messages name the field, never the value. */
export function actionValueProblems(
  action: Action,
  values: Readonly<Record<string, unknown>>,
): { field: string; message: string }[] {
  const fields = new Map((action.records ?? []).map((f) => [f.name, f]));
  const problems: { field: string; message: string }[] = [];
  for (const [name, value] of Object.entries(values)) {
    const field = fields.get(name);
    if (!field) problems.push({ field: name, message: `${name} is not something "${action.title}" records` });
    else if (value !== null && value !== undefined) {
      const problem = fieldProblem(field, value);
      if (problem) problems.push({ field: name, message: `${field.label} ${problem}` });
    }
  }
  for (const field of fields.values()) {
    const value = values[field.name];
    const condition = field.requiredIf;
    const needed = field.required || (condition !== undefined && values[condition.field] === condition.equals);
    if (needed && (value === null || value === undefined || (field.type === 'text' && value === '')))
      problems.push({
        field: field.name,
        message: field.required
          ? `${field.label} is required`
          : // Named by the field's label only: a message never quotes a value that was sent.
            `${field.label} is required by the ${fields.get(condition!.field)?.label ?? condition!.field} given`,
      });
  }
  return problems;
}

/** The guards that refuse recording the action now (false, or unknown for lack of facts). */
function failedGuards(
  action: Action,
  ctx: () => GuardContext,
): { guard: string; rule: string | null; facts: string[] }[] {
  const failed: { guard: string; rule: string | null; facts: string[] }[] = [];
  for (const guard of action.guards ?? []) {
    const r = evaluate(guard, ctx());
    if (r.value !== true)
      failed.push({ guard: guard.description ?? guard.kind, rule: guard.rule ?? null, facts: [...r.missing] });
  }
  return failed;
}

function stepActions(compiled: Compiled, step: string): Action[] {
  return compiled.recordableAt.get(step) ?? [];
}

/**
 * Record a step action on a track: the new track, the event and the clock changes, or a typed
 * error (unknown action, not at the track's current step, not permitted, invalid values).
 */
export function recordAction(
  definition: PathwayDefinition,
  track: Track,
  actionId: string,
  values: Readonly<Record<string, unknown>>,
  actor: Actor,
  now: Date,
  by: string | undefined,
  // The case's facts: the action's guards read them (required, so no caller can skip a guard).
  facts: Facts,
): RecordActionResult {
  const compiled = compile(definition);
  const fail = (error: ActionError): RecordActionResult => ({ ok: false, error });
  const entry = compiled.actions.get(actionId);
  if (!entry || track.pathwayId !== definition.id)
    return fail({
      code: 'UNKNOWN_ACTION',
      message: `${definition.title} has no action "${actionId}"`,
      action: actionId,
    });
  if (!stepActions(compiled, track.step).includes(entry.action)) {
    return fail({
      code: 'ACTION_NOT_AT_STEP',
      message: `"${entry.action.title}" belongs to step "${entry.step}"; the track is at "${track.step}"`,
      action: actionId,
      step: track.step,
      actionsHere: stepActions(compiled, track.step).map((a) => a.id),
    });
  }
  const denied = permission({ label: entry.action.title, allow: entry.action.recordedBy }, actor);
  if (denied?.code === 'NOT_PERMITTED') return fail({ ...denied, action: actionId });
  const refused = failedGuards(entry.action, () => guardContext(compiled, track.events, facts, now.getTime()));
  if (refused.length > 0)
    return fail({
      code: 'GUARD_FAILED',
      message: `"${entry.action.title}": ${refused.map((g) => g.guard).join('; ')}`,
      action: actionId,
      guards: refused,
      // The section of the rule refusing it, else the action's own (seed number and section).
      section:
        PEOPLE_AROUND_SECTIONS[refused.find((g) => g.rule)?.rule ?? ''] ??
        `${entry.action.source.file.slice(0, 3)} ${entry.action.source.section}`,
    });
  const problems = actionValueProblems(entry.action, values);
  if (problems.length > 0)
    return fail({
      code: 'INVALID_VALUES',
      message: `"${entry.action.title}": ${problems.map((p) => p.message).join('; ')}`,
      action: actionId,
      fields: problems,
    });
  const kept: Record<string, FactValue> = {};
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined) kept[k] = v as FactValue;
  const event: TrackEvent = {
    name: actionId,
    at: now.toISOString(),
    from: track.step,
    to: track.step,
    action: by === undefined ? { values: kept } : { values: kept, by },
  };
  return {
    ok: true,
    track: { ...track, events: [...track.events, event] },
    events: [event],
    clockChanges: clockChanges(compiled, track.events, [event], now.getTime(), {}),
  };
}

/**
 * The checklist of the track's current step: each action recordable there (declared at the step,
 * or holding back a way out of it), whether it applies, whether it is outstanding, and every time
 * it was recorded on the track. `actor` decides `canRecord`.
 */
export function checklist(
  definition: PathwayDefinition,
  track: Track,
  facts: Facts,
  actor: Actor | null,
  now: Date,
): ChecklistItem[] {
  const compiled = compile(definition);
  if (track.pathwayId !== definition.id) return [];
  let ctx: GuardContext | undefined;
  const context = () => (ctx ??= guardContext(compiled, track.events, facts, now.getTime(), actor));
  return stepActions(compiled, track.step).map((action) => {
    const a = applies(action, context);
    const done = track.events
      .filter((e) => e.name === action.id)
      .map((e) => ({ at: e.at, values: e.action?.values ?? {}, by: e.action?.by ?? null }));
    return {
      action: action.id,
      title: action.title,
      description: action.description ?? null,
      step: compiled.actions.get(action.id)?.step ?? track.step,
      required: action.required,
      applies: a.value ?? null,
      missingFacts: a.missing,
      blocks: action.required ? [...(action.blocks ?? [])] : [],
      outstanding: action.required && a.value !== false && done.length === 0,
      canRecord:
        actor !== null &&
        !permission({ label: action.title, allow: action.recordedBy }, actor) &&
        failedGuards(action, context).length === 0,
      clock: action.clock ?? null,
      records: [...(action.records ?? [])],
      source: { ...action.source },
      done,
    };
  });
}
