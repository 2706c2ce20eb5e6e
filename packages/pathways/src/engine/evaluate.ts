// Guards are evaluated in three-valued (Kleene) logic: true, false, or unknown
// because a fact is not recorded yet. "Child, or consenting adult" is true for a
// child even when consent was never asked, which is exactly rule 1; unknown
// becomes MISSING_FACTS rather than a refusal.
import type { Actor, ActorCondition, FactDefinition, Facts, Guard, TransitionKind } from '../definition/schema';
import type { Compiled } from './compiled';
import { isValidFactValue, presumptionOfAge, withLegacyFacts } from './facts';
import { isPublicAuthorityFirstResponder } from './public-authority';
import { earliestAfter } from './time';
import type { TrackEvent } from './types';

export interface GuardContext {
  compiled: Compiled;
  facts: Facts;
  now: number;
  happened: Set<string>;
  kinds: Set<TransitionKind>;
  /** Last time each event happened, as recorded (parsed only when an elapsed guard asks). */
  lastAt: Map<string, string>;
  /** The person acting; without one (a checklist shown to nobody in particular) actor guards are unknown. */
  actor?: Actor | null;
  /** How many times each event happened (a guard may ask for recurring check-ups). */
  counts: Map<string, number>;
}

const ACTOR_CONDITIONS: Record<ActorCondition, (actor: Actor) => boolean> = {
  publicAuthorityFirstResponder: isPublicAuthorityFirstResponder,
};

export function guardContext(
  compiled: Compiled,
  events: readonly TrackEvent[],
  facts: Facts,
  now: number,
  actor: Actor | null = null,
): GuardContext {
  const happened = new Set<string>();
  const kinds = new Set<TransitionKind>();
  const lastAt = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const e of events) {
    happened.add(e.name);
    counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
    lastAt.set(e.name, e.occurredAt ?? e.at);
    const kind = compiled.transitions.get(e.name)?.kind;
    if (kind) kinds.add(kind);
  }
  return { compiled, facts: withLegacyFacts(compiled.facts, facts), now, happened, kinds, lastAt, counts, actor };
}

export interface Evaluation {
  value: boolean | undefined;
  missing: string[];
}

const TRUE: Evaluation = { value: true, missing: [] };
const FALSE: Evaluation = { value: false, missing: [] };

function factValue(ctx: GuardContext, name: string) {
  const def = ctx.compiled.facts.get(name);
  const value = ctx.facts[name];
  return def && isValidFactValue(def, value) ? value : undefined;
}

export function evaluate(guard: Guard, ctx: GuardContext): Evaluation {
  switch (guard.kind) {
    case 'fact': {
      const v = factValue(ctx, guard.fact);
      if (v === undefined)
        return guard.ifMissing === undefined
          ? { value: undefined, missing: [guard.fact] }
          : { value: guard.ifMissing, missing: [] };
      return v === guard.equals ? TRUE : FALSE;
    }
    case 'oneOf': {
      const v = factValue(ctx, guard.fact);
      if (v === undefined) return { value: undefined, missing: [guard.fact] };
      return guard.values.includes(v) ? TRUE : FALSE;
    }
    case 'range': {
      const v = factValue(ctx, guard.fact);
      if (typeof v !== 'number') return { value: undefined, missing: [guard.fact] };
      return (guard.min === undefined || v >= guard.min) && (guard.max === undefined || v <= guard.max) ? TRUE : FALSE;
    }
    case 'treatedAsChild': {
      const p = presumptionOfAge(ctx.facts);
      return p.value === undefined ? { value: undefined, missing: p.needs } : p.value === guard.equals ? TRUE : FALSE;
    }
    case 'happened':
      if (guard.event !== undefined && !ctx.happened.has(guard.event)) return FALSE;
      if (guard.event !== undefined && (ctx.counts.get(guard.event) ?? 0) < (guard.times ?? 1)) return FALSE;
      if (guard.transitionKind !== undefined && !ctx.kinds.has(guard.transitionKind)) return FALSE;
      return TRUE;
    case 'elapsed': {
      const since = ctx.lastAt.get(guard.since);
      return since !== undefined && ctx.now >= earliestAfter(Date.parse(since), guard.atLeast) ? TRUE : FALSE;
    }
    case 'actor':
      // No fact can settle it, so it names none: unknown only when nobody is acting.
      if (!ctx.actor) return { value: undefined, missing: [] };
      return ACTOR_CONDITIONS[guard.is](ctx.actor) ? TRUE : FALSE;
    case 'not': {
      const inner = evaluate(guard.guard, ctx);
      return inner.value === undefined ? inner : inner.value ? FALSE : TRUE;
    }
    case 'all':
    case 'any': {
      // all: any false decides; any: any true decides. Otherwise unknown wins over the default.
      const decisive = guard.kind === 'any';
      const missing: string[] = [];
      for (const g of guard.guards) {
        const r = evaluate(g, ctx);
        if (r.value === decisive) return decisive ? TRUE : FALSE;
        if (r.value === undefined) missing.push(...r.missing);
      }
      return missing.length > 0 ? { value: undefined, missing: [...new Set(missing)] } : decisive ? FALSE : TRUE;
    }
  }
}

/**
 * A guard over facts alone, outside any pathway (a directory service's referral rules): the
 * facts it may read are given with their definitions; history guards (happened, elapsed) are
 * false here, as nothing has happened on a track.
 */
export function evaluateOnFacts(guard: Guard, facts: Facts, definitions: readonly FactDefinition[]): Evaluation {
  const compiled = { facts: new Map(definitions.map((d) => [d.name, d])) } as Pick<Compiled, 'facts'>;
  // Only `facts` of the compiled definition is read by fact guards.
  return evaluate(guard, {
    compiled: compiled as Compiled,
    facts,
    now: 0,
    happened: new Set(),
    kinds: new Set(),
    lastAt: new Map(),
    counts: new Map(),
  });
}
