// Small builders so pathway modules read like the flowcharts they encode.
import type { ActorCondition, Duration, FactValue, Guard, TransitionKind } from './schema';

type Meta = { description?: string; rule?: string };

export const is = (fact: string, equals: FactValue, meta: Meta & { ifMissing?: boolean } = {}): Guard => ({
  kind: 'fact',
  fact,
  equals,
  ...meta,
});
export const oneOf = (fact: string, values: FactValue[], meta: Meta = {}): Guard => ({
  kind: 'oneOf',
  fact,
  values,
  ...meta,
});
export const all = (guards: Guard[], meta: Meta = {}): Guard => ({ kind: 'all', guards, ...meta });
export const any = (guards: Guard[], meta: Meta = {}): Guard => ({ kind: 'any', guards, ...meta });
export const not = (guard: Guard, meta: Meta = {}): Guard => ({ kind: 'not', guard, ...meta });
export const treatedAsChild = (equals = true, meta: Meta = {}): Guard => ({ kind: 'treatedAsChild', equals, ...meta });
export const happened = (event: string, meta: Meta & { times?: number } = {}): Guard => ({
  kind: 'happened',
  event,
  ...meta,
});
export const happenedKind = (transitionKind: TransitionKind, meta: Meta = {}): Guard => ({
  kind: 'happened',
  transitionKind,
  ...meta,
});
export const elapsed = (since: string, atLeast: Duration, meta: Meta = {}): Guard => ({
  kind: 'elapsed',
  since,
  atLeast,
  ...meta,
});

/** The organisation of the person acting meets a condition (who acts, not what the case holds). */
export const actorIs = (is: ActorCondition, meta: Meta = {}): Guard => ({ kind: 'actor', is, ...meta });

/** "If X then Y" without inventing a new guard kind: not X, or Y. */
export const whenThen = (when: Guard, then: Guard, meta: Meta = {}): Guard => any([not(when), then], meta);

/** Facts a guard reads, for static checks and error details. */
export function guardFacts(guard: Guard, out: Set<string> = new Set()): Set<string> {
  switch (guard.kind) {
    case 'fact':
    case 'oneOf':
    case 'range':
      out.add(guard.fact);
      break;
    case 'treatedAsChild':
      for (const f of AGE_FACT_NAMES) out.add(f);
      break;
    case 'all':
    case 'any':
      for (const g of guard.guards) guardFacts(g, out);
      break;
    case 'not':
      guardFacts(guard.guard, out);
      break;
    case 'happened':
    case 'elapsed':
    case 'actor':
      break;
  }
  return out;
}

/** The facts the presumption of age reads (003 7.4). */
export const AGE_FACT_NAMES = ['ageStatus', 'reasonToBelieveChild', 'ageAssessmentOutcome'] as const;

const ACTOR_CONDITION_TEXT: Record<ActorCondition, string> = {
  publicAuthorityFirstResponder:
    'your organisation is a First Responder public authority (it has the section 52 Duty to Notify)',
};

/** Plain-words text for a guard, used when a definition gives no description. */
export function describeGuard(guard: Guard): string {
  if (guard.description) return guard.description;
  switch (guard.kind) {
    case 'fact':
      return `${guard.fact} is ${String(guard.equals)}`;
    case 'oneOf':
      return `${guard.fact} is one of ${guard.values.map(String).join(', ')}`;
    case 'range':
      return `${guard.fact} between ${guard.min ?? '-inf'} and ${guard.max ?? 'inf'}`;
    case 'treatedAsChild':
      return guard.equals ? 'the person is treated as a child' : 'the person is treated as an adult';
    case 'happened':
      if (guard.event && guard.times !== undefined) return `${guard.event} has happened at least ${guard.times} times`;
      return guard.event ? `${guard.event} has happened` : `a ${guard.transitionKind} has happened`;
    case 'elapsed':
      return `at least ${JSON.stringify(guard.atLeast)} since ${guard.since}`;
    case 'actor':
      return ACTOR_CONDITION_TEXT[guard.is];
    case 'all':
      return guard.guards.map(describeGuard).join(' and ');
    case 'any':
      return `(${guard.guards.map(describeGuard).join(' or ')})`;
    case 'not':
      return `not (${describeGuard(guard.guard)})`;
  }
}
