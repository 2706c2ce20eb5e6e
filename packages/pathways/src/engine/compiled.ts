// Lookup tables derived once per definition. Definitions stay plain data; the
// tables live in a WeakMap so callers never see or serialise them.
import { actionSteps, fromSteps } from '../definition/static-checks';
import type { Action, Clock, FactDefinition, PathwayDefinition, Step, Transition } from '../definition/schema';

export interface Effects {
  startsClocks: string[];
  restartsClocks: string[];
  stopsClocks: string[];
}

export interface Compiled {
  definition: PathwayDefinition;
  steps: Map<string, Step>;
  transitions: Map<string, Transition>;
  outgoing: Map<string, Transition[]>;
  facts: Map<string, FactDefinition>;
  clocksByEvent: Map<string, Clock[]>;
  /** Clocks whose overdue action blocks a transition, by transition name. */
  blockedBy: Map<string, Clock[]>;
  /** Clock effects of each event (transition name or `started`), derived from the clocks. */
  effects: Map<string, Effects>;
  /** Step actions by id, with the step they belong to. */
  actions: Map<string, { action: Action; step: string }>;
  /** Required actions that block a transition, by transition name. */
  requiredBy: Map<string, { action: Action; step: string }[]>;
  /**
   * The actions recordable at each step: those declared there, and those that hold back a
   * transition out of it (an action the document puts before a later move can still be done
   * when the track gets there without it).
   */
  recordableAt: Map<string, Action[]>;
}

const cache = new WeakMap<PathwayDefinition, Compiled>();

export function compile(definition: PathwayDefinition): Compiled {
  const hit = cache.get(definition);
  if (hit) return hit;
  const outgoing = new Map<string, Transition[]>();
  for (const t of definition.transitions) {
    for (const from of fromSteps(t.from)) outgoing.set(from, [...(outgoing.get(from) ?? []), t]);
  }
  const clocksByEvent = new Map<string, Clock[]>();
  const effects = new Map<string, Effects>();
  const blockedBy = new Map<string, Clock[]>();
  const effectOf = (event: string): Effects => {
    let e = effects.get(event);
    if (!e) effects.set(event, (e = { startsClocks: [], restartsClocks: [], stopsClocks: [] }));
    return e;
  };
  for (const clock of definition.clocks) {
    const listen = (event: string) => {
      const list = clocksByEvent.get(event) ?? [];
      if (!list.includes(clock)) clocksByEvent.set(event, [...list, clock]);
    };
    for (const e of clock.startOn) {
      listen(e);
      effectOf(e).startsClocks.push(clock.id);
    }
    for (const e of clock.restartOn ?? []) {
      listen(e);
      effectOf(e).restartsClocks.push(clock.id);
    }
    for (const e of clock.stopOn) {
      listen(e);
      effectOf(e).stopsClocks.push(clock.id);
    }
    if (clock.onOverdue.action === 'block') {
      for (const t of clock.onOverdue.transitions) blockedBy.set(t, [...(blockedBy.get(t) ?? []), clock]);
    }
  }
  const actions = new Map<string, { action: Action; step: string }>();
  const requiredBy = new Map<string, { action: Action; step: string }[]>();
  for (const step of definition.steps) {
    for (const action of step.actions ?? []) {
      const entry = { action, step: step.id };
      actions.set(action.id, entry);
      if (!action.required) continue;
      for (const t of action.blocks ?? []) requiredBy.set(t, [...(requiredBy.get(t) ?? []), entry]);
    }
  }
  const recordableAt = new Map<string, Action[]>();
  for (const { action, steps } of actionSteps(definition).values())
    for (const step of steps) recordableAt.set(step, [...(recordableAt.get(step) ?? []), action]);
  const compiled: Compiled = {
    definition,
    steps: new Map(definition.steps.map((s) => [s.id, s])),
    transitions: new Map(definition.transitions.map((t) => [t.name, t])),
    outgoing,
    facts: new Map(definition.facts.map((f) => [f.name, f])),
    clocksByEvent,
    blockedBy,
    effects,
    actions,
    requiredBy,
    recordableAt,
  };
  cache.set(definition, compiled);
  return compiled;
}

export const NO_EFFECTS: Effects = Object.freeze({ startsClocks: [], restartsClocks: [], stopsClocks: [] }) as Effects;
