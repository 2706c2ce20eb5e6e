// What may happen to a track next, and making it happen. Both functions are
// pure: the caller persists the returned track, events and clock changes in one
// transaction, and an error leaves nothing to undo.
import { describeGuard, guardFacts } from '../definition/guards';
import {
  TRACK_STARTED,
  type Actor,
  type Facts,
  type PathwayDefinition,
  type Transition,
  type TransitionKind,
} from '../definition/schema';
import { clockChanges } from './clock-changes';
import { computeClocks } from './clocks';
import { actionBlocks } from './actions';
import { compile, NO_EFFECTS, type Compiled } from './compiled';
import { evaluate, guardContext, type GuardContext } from './evaluate';
import { isValidFactValue } from './facts';
import type {
  ApplyResult,
  BlockReason,
  ClockChange,
  ClockInstance,
  Track,
  TrackEvent,
  TransitionError,
  TransitionOption,
} from './types';

/** A new track at the definition's start step, with its `started` event. */
export function startTrack(
  definition: PathwayDefinition,
  now: Date,
): { track: Track; events: TrackEvent[]; clockChanges: ClockChange[] } {
  const compiled = compile(definition);
  const event: TrackEvent = { name: TRACK_STARTED, at: now.toISOString(), to: definition.start };
  const track: Track = {
    pathwayId: definition.id,
    pathwayVersion: definition.version,
    step: definition.start,
    events: [event],
  };
  return { track, events: [event], clockChanges: clockChanges(compiled, [], [event], now.getTime(), {}) };
}

export function permission(t: { label: string; allow: Transition['allow'] }, actor: Actor): BlockReason | undefined {
  const { roles, firstResponderOnly = false, organisationKinds } = t.allow;
  const roleOk = actor.roles.some((r) => roles.includes(r));
  const frOk = !firstResponderOnly || actor.organisation.isFirstResponder;
  const kindOk = !organisationKinds || organisationKinds.includes(actor.organisation.kind);
  if (roleOk && frOk && kindOk) return undefined;
  const why = !roleOk
    ? `needs one of the roles ${roles.join(', ')}`
    : !frOk
      ? 'only First Responder organisations may do this'
      : `only ${organisationKinds?.join(' or ')} organisations may do this`;
  return {
    code: 'NOT_PERMITTED',
    message: `${t.label}: ${why}`,
    requiredRoles: [...roles],
    firstResponderRequired: firstResponderOnly,
    organisationKinds: organisationKinds ? [...organisationKinds] : null,
  };
}

/** How the caller takes a transition. */
export interface ApplyOptions {
  /**
   * An exceptional-circumstances extension was granted, with a reason the caller records: a
   * deadline whose block is `extendable` no longer refuses the transition. Others still do.
   */
  exceptionalExtension?: boolean;
  /** When it really happened, if earlier than `now` (recorded after the fact); clocks count from it. */
  occurredAt?: Date;
}

function evaluateTransition(
  compiled: Compiled,
  step: string,
  t: Transition,
  facts: Facts,
  actor: Actor,
  clocks: () => ClockInstance[],
  context: () => GuardContext,
  options: ApplyOptions,
): BlockReason[] {
  const reasons: BlockReason[] = [];
  const denied = permission(t, actor);
  if (denied) reasons.push(denied);

  for (const clock of compiled.blockedBy.get(t.name) ?? []) {
    const extendable = clock.onOverdue.action === 'block' && clock.onOverdue.extendable === true;
    if (extendable && options.exceptionalExtension) continue;
    const overdue = clocks().find((c) => c.clock === clock.id && c.status === 'overdue');
    if (overdue?.dueAt) {
      reasons.push({
        code: 'DEADLINE_PASSED',
        message: `${t.label}: ${clock.label} was due by ${overdue.dueAt}${
          extendable ? '; a later request needs an exceptional-circumstances reason' : ''
        }`,
        clock: clock.id,
        dueAt: overdue.dueAt,
        overdueByMs: overdue.overdueByMs,
        extendable,
      });
    }
  }

  const missing = new Set<string>();
  const required = compiled.requiredBy.get(t.name);
  if (required) reasons.push(...actionBlocks(t.label, step, required, context, missing));
  for (const name of t.requiresFacts ?? []) {
    const def = compiled.facts.get(name);
    if (!def || !isValidFactValue(def, facts[name])) missing.add(name);
  }
  if (t.guards && t.guards.length > 0) {
    const ctx = context();
    for (const guard of t.guards) {
      const r = evaluate(guard, ctx);
      if (r.value === false) {
        const text = describeGuard(guard);
        reasons.push({
          code: 'GUARD_FAILED',
          message: `${t.label}: requires that ${text}`,
          guard: text,
          rule: guard.rule ?? null,
          facts: [...guardFacts(guard)],
        });
      } else if (r.value === undefined) {
        for (const f of r.missing) missing.add(f);
      }
    }
  }
  if (missing.size > 0) {
    reasons.push({
      code: 'MISSING_FACTS',
      message: `${t.label}: record ${[...missing].join(', ')} first`,
      facts: [...missing],
    });
  }
  return reasons;
}

function optionsFrom(
  compiled: Compiled,
  track: Track,
  facts: Facts,
  actor: Actor,
  now: number,
  options: ApplyOptions = {},
): TransitionOption[] {
  const out = compiled.outgoing.get(track.step) ?? [];
  // Only the clocks that can block a transition out of this step are computed.
  const needed = new Set(out.flatMap((t) => (compiled.blockedBy.get(t.name) ?? []).map((c) => c.id)));
  let cached: ClockInstance[] | undefined;
  const clocks = () => (cached ??= needed.size === 0 ? [] : computeClocks(compiled, track.events, now, facts, needed));
  // One pass over the history for all guards of all transitions, and only if a guard needs it.
  let ctx: GuardContext | undefined;
  const context = () => (ctx ??= guardContext(compiled, track.events, facts, now, actor));
  return out.map((t) => {
    const reasons = evaluateTransition(compiled, track.step, t, facts, actor, clocks, context, options);
    const effects = compiled.effects.get(t.name) ?? NO_EFFECTS;
    return {
      name: t.name,
      label: t.label,
      to: t.to ?? track.step,
      kind: t.kind ?? null,
      enabled: reasons.length === 0,
      reasons,
      effects: {
        startsClocks: [...effects.startsClocks],
        restartsClocks: [...effects.restartsClocks],
        stopsClocks: [...effects.stopsClocks],
      },
    };
  });
}

/** Every transition out of the track's current step, enabled or blocked with reasons. */
export function allowedTransitions(
  definition: PathwayDefinition,
  track: Track,
  facts: Facts,
  actor: Actor,
  now: Date,
): TransitionOption[] {
  const compiled = compile(definition);
  if (track.pathwayId !== definition.id || !compiled.steps.has(track.step)) return [];
  return optionsFrom(compiled, track, facts, actor, now.getTime());
}

// Which reason speaks for a refused transition when several apply: the one the
// caller can least fix by recording more facts comes first.
const PRECEDENCE: BlockReason['code'][] = [
  'NOT_PERMITTED',
  'DEADLINE_PASSED',
  'GUARD_FAILED',
  'ACTION_REQUIRED',
  'MISSING_FACTS',
];

/** Take a transition: the new track, the event to record and the clock changes, or a typed error. */
export function applyTransition(
  definition: PathwayDefinition,
  track: Track,
  transition: string,
  facts: Facts,
  actor: Actor,
  now: Date,
  applyOptions: ApplyOptions = {},
): ApplyResult {
  const compiled = compile(definition);
  const nowMs = now.getTime();
  // Rules and deadlines are judged now; only the clocks count from when it really happened.
  const { occurredAt } = applyOptions;
  const real = occurredAt && occurredAt.getTime() < nowMs ? occurredAt : undefined;
  const wrongPathway = track.pathwayId !== definition.id || track.pathwayVersion !== definition.version;
  const options =
    wrongPathway || !compiled.steps.has(track.step)
      ? []
      : optionsFrom(compiled, track, facts, actor, nowMs, applyOptions);
  const option = options.find((o) => o.name === transition);
  if (!option) {
    const where = wrongPathway
      ? `the track follows ${track.pathwayId} v${track.pathwayVersion}, not ${definition.id} v${definition.version}`
      : `"${transition}" is not a way out of step "${track.step}"`;
    return fail({
      code: 'INVALID_TRANSITION',
      message: `Invalid transition: ${where}`,
      transition,
      step: track.step,
      allowedTransitions: options.filter((o) => o.enabled).map((o) => o.name),
    });
  }
  if (!option.enabled) return fail(toError(transition, option.reasons));

  const event: TrackEvent = {
    name: transition,
    at: now.toISOString(),
    ...(real ? { occurredAt: real.toISOString() } : {}),
    from: track.step,
    to: option.to,
  };
  const next: Track = { ...track, step: option.to, events: [...track.events, event] };
  return {
    ok: true,
    track: next,
    events: [event],
    clockChanges: clockChanges(compiled, track.events, [event], nowMs, facts),
  };
}

function fail(error: TransitionError): ApplyResult {
  return { ok: false, error };
}

function toError(transition: string, reasons: BlockReason[]): TransitionError {
  const sorted = [...reasons].sort((a, b) => PRECEDENCE.indexOf(a.code) - PRECEDENCE.indexOf(b.code));
  const first = sorted[0] as BlockReason;
  if (first.code === 'GUARD_FAILED') {
    const guards = sorted.flatMap((r) =>
      r.code === 'GUARD_FAILED' ? [{ guard: r.guard, rule: r.rule, facts: r.facts }] : [],
    );
    return { code: 'GUARD_FAILED', message: first.message, guards, transition, reasons: sorted };
  }
  return { ...first, transition, reasons: sorted };
}

/**
 * Take "the transition of kind K" from the track's current step: the NRM referral, the Duty to
 * Notify, the decision or the reconsideration request. Several transitions of one kind differ
 * only by their guards (a positive or a negative decision), and the facts enable at most one;
 * when none is enabled, the first one's refusal speaks. Returns the transition taken.
 */
export function applyTransitionOfKind(
  definition: PathwayDefinition,
  track: Track,
  kind: TransitionKind,
  facts: Facts,
  actor: Actor,
  now: Date,
  applyOptions: ApplyOptions = {},
): ApplyResult & { transition: string } {
  const compiled = compile(definition);
  const out = compiled.outgoing.get(track.step) ?? [];
  const candidates = out.filter((t) => t.kind === kind);
  if (candidates.length === 0 || track.pathwayId !== definition.id) {
    const options = allowedTransitions(definition, track, facts, actor, now);
    return {
      ...fail({
        code: 'INVALID_TRANSITION',
        message: `Nothing of this kind (${kind}) can happen at step "${track.step}" of ${definition.title}.`,
        transition: kind,
        step: track.step,
        allowedTransitions: options.filter((o) => o.enabled).map((o) => o.name),
      }),
      transition: kind,
    };
  }
  let first: (ApplyResult & { transition: string }) | undefined;
  for (const t of candidates) {
    const result = applyTransition(definition, track, t.name, facts, actor, now, applyOptions);
    if (result.ok) return { ...result, transition: t.name };
    first ??= { ...result, transition: t.name };
  }
  return first as ApplyResult & { transition: string };
}
