// Meaning checks on a definition that already has the right shape. Every check
// runs and every problem is reported, so an author fixes a broken definition in
// one pass instead of one error at a time.
import { getResource } from '../resources/catalogue';
import { AGE_FACT_NAMES } from './guards';
import { RECONSIDERATION_MAX_DAYS, REQUIRED_RULES } from './hard-rules';
import {
  TRACK_STARTED,
  type Action,
  type Clock,
  type FactDefinition,
  type Guard,
  type PathwayDefinition,
  type Transition,
} from './schema';

export type ProblemCode =
  | 'SCHEMA'
  | 'DUPLICATE_NAME'
  | 'UNKNOWN_STEP'
  | 'UNREACHABLE_STEP'
  | 'DEAD_END'
  | 'TERMINAL_WITH_EXIT'
  | 'UNDECLARED_FACT'
  | 'FACT_TYPE_MISMATCH'
  | 'UNKNOWN_EVENT'
  | 'UNKNOWN_TRANSITION'
  | 'HARD_RULE'
  | 'UNKNOWN_RESOURCE'
  | 'STUCK_CLOCK'
  | 'ACTION_BLOCK'
  | 'ACTION_CLOCK';

export interface Problem {
  code: ProblemCode;
  message: string;
  /** Where in the definition, e.g. `transitions.submitNrmReferral.guards`. */
  path: string;
}

export const fromSteps = (from: string | string[]): string[] => (Array.isArray(from) ? from : [from]);

export function staticChecks(def: PathwayDefinition): Problem[] {
  const problems: Problem[] = [];
  const add = (code: ProblemCode, path: string, message: string) => problems.push({ code, path, message });

  duplicates(
    def.steps.map((s) => s.id),
    'step',
    'steps',
    add,
  );
  duplicates(
    def.transitions.map((t) => t.name),
    'transition',
    'transitions',
    add,
  );
  duplicates(
    def.facts.map((f) => f.name),
    'fact',
    'facts',
    add,
  );
  duplicates(
    def.clocks.map((c) => c.id),
    'clock',
    'clocks',
    add,
  );

  // Actions share the event namespace with transitions: an action's event is named after it.
  const actions = stepActionsOf(def);
  duplicates(
    actions.map(({ action }) => action.id),
    'action',
    'steps.actions',
    add,
  );
  const eventNames = new Set([TRACK_STARTED, ...def.transitions.map((t) => t.name)]);
  for (const { action, step } of actions)
    if (eventNames.has(action.id))
      add(
        'DUPLICATE_NAME',
        `steps.${step}.actions.${action.id}`,
        `action "${action.id}" shares its name with an event`,
      );

  const steps = new Map(def.steps.map((s) => [s.id, s]));
  const facts = new Map(def.facts.map((f) => [f.name, f]));
  const transitionNames = new Set(def.transitions.map((t) => t.name));
  const events = new Set([TRACK_STARTED, ...transitionNames, ...actions.map(({ action }) => action.id)]);
  for (const { action, step } of actions) checkAction(def, action, step, facts, events, add);

  if (!steps.has(def.start)) add('UNKNOWN_STEP', 'start', `start step "${def.start}" is not a step`);

  for (const s of def.steps)
    for (const id of s.resources ?? [])
      if (!getResource(id))
        add(
          'UNKNOWN_RESOURCE',
          `steps.${s.id}.resources`,
          `step "${s.id}" names resource "${id}", not in the catalogue`,
        );

  const outgoing = new Map<string, string[]>();
  const allExits = new Set<string>();
  for (const t of def.transitions) {
    const path = `transitions.${t.name}`;
    for (const from of fromSteps(t.from)) {
      if (!steps.has(from)) add('UNKNOWN_STEP', `${path}.from`, `transition "${t.name}" leaves unknown step "${from}"`);
      // A stay-action is recorded but leads nowhere, so it is no way out of a step.
      if (t.to !== undefined) outgoing.set(from, [...(outgoing.get(from) ?? []), t.to]);
      else allExits.add(from);
    }
    if ((t.to === undefined) === (t.stays === undefined)) {
      add('SCHEMA', path, `transition "${t.name}" needs exactly one of "to" and "stays"`);
    }
    if (t.to !== undefined && !steps.has(t.to))
      add('UNKNOWN_STEP', `${path}.to`, `transition "${t.name}" goes to unknown step "${t.to}"`);
    for (const fact of t.requiresFacts ?? []) {
      if (!facts.has(fact))
        add('UNDECLARED_FACT', `${path}.requiresFacts`, `transition "${t.name}" requires undeclared fact "${fact}"`);
    }
    (t.guards ?? []).forEach((g, i) => checkGuard(g, `${path}.guards[${i}]`, facts, events, add));
    if (t.kind) checkHardRules(def, t, add);
  }

  // Reachability: walk from the start step over every transition.
  const seen = new Set<string>();
  const queue = steps.has(def.start) ? [def.start] : [];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const to of outgoing.get(id) ?? []) if (steps.has(to)) queue.push(to);
  }
  for (const step of def.steps) {
    const exits = outgoing.get(step.id) ?? [];
    if (!seen.has(step.id))
      add('UNREACHABLE_STEP', `steps.${step.id}`, `step "${step.id}" cannot be reached from "${def.start}"`);
    if (!step.terminal && exits.length === 0)
      add('DEAD_END', `steps.${step.id}`, `non-terminal step "${step.id}" has no way out`);
    if (step.terminal && (exits.length > 0 || allExits.has(step.id)))
      add('TERMINAL_WITH_EXIT', `steps.${step.id}`, `terminal step "${step.id}" has transitions out`);
  }

  for (const c of def.clocks) {
    const path = `clocks.${c.id}`;
    for (const [field, list] of [
      ['startOn', c.startOn],
      ['restartOn', c.restartOn ?? []],
      ['stopOn', c.stopOn],
    ] as const) {
      for (const e of list)
        if (!events.has(e))
          add('UNKNOWN_EVENT', `${path}.${field}`, `clock "${c.id}" listens for unknown event "${e}"`);
    }
    if (c.anchorFact) expectFact(c.anchorFact, 'date', `${path}.anchorFact`, facts, add);
    for (const step of stuckSteps(def, c))
      add(
        'STUCK_CLOCK',
        path,
        `clock "${c.id}" can run at step "${step}", from where nothing that stops it (${[...c.stopOn, ...(c.restartOn ?? [])].join(', ') || 'none'}) can be reached`,
      );
    if ('beforeDateFact' in c.due) expectFact(c.due.beforeDateFact, 'date', `${path}.due`, facts, add);
    if (c.onOverdue.action === 'block') {
      for (const t of c.onOverdue.transitions) {
        if (!transitionNames.has(t))
          add('UNKNOWN_TRANSITION', `${path}.onOverdue`, `clock "${c.id}" blocks unknown transition "${t}"`);
      }
    }
  }
  return problems;
}

/** Every step action with the step it belongs to. */
export function stepActionsOf(def: PathwayDefinition): { action: Action; step: string }[] {
  return def.steps.flatMap((s) => (s.actions ?? []).map((action) => ({ action, step: s.id })));
}

/**
 * Where each action can be recorded: the step that declares it, and every step a transition it
 * blocks leaves from (so a track that got there without it can still do it).
 */
export function actionSteps(def: PathwayDefinition): Map<string, { action: Action; steps: string[] }> {
  const out = new Map<string, { action: Action; steps: string[] }>();
  for (const { action, step } of stepActionsOf(def)) {
    const steps = new Set([step, ...(action.alsoAt ?? [])]);
    if (action.required)
      for (const name of action.blocks ?? [])
        for (const t of def.transitions) if (t.name === name) for (const f of fromSteps(t.from)) steps.add(f);
    out.set(action.id, { action, steps: [...steps] });
  }
  return out;
}

function checkAction(
  def: PathwayDefinition,
  action: Action,
  step: string,
  facts: Map<string, FactDefinition>,
  events: Set<string>,
  add: (c: ProblemCode, p: string, m: string) => void,
) {
  const path = `steps.${step}.actions.${action.id}`;
  duplicates(
    (action.records ?? []).map((r) => r.name),
    'recorded field',
    `${path}.records`,
    add,
  );
  (action.when ?? []).forEach((g, i) => checkGuard(g, `${path}.when[${i}]`, facts, events, add));
  (action.guards ?? []).forEach((g, i) => checkGuard(g, `${path}.guards[${i}]`, facts, events, add));
  for (const other of action.alsoAt ?? [])
    if (!def.steps.some((s) => s.id === other))
      add('UNKNOWN_STEP', `${path}.alsoAt`, `action "${action.id}" names unknown step "${other}"`);
  for (const r of action.records ?? []) {
    const on = r.requiredIf && (action.records ?? []).find((x) => x.name === r.requiredIf!.field);
    if (r.requiredIf && (!on || on === r))
      add(
        'SCHEMA',
        `${path}.records.${r.name}`,
        `"${r.name}" is required if "${r.requiredIf.field}", which the action does not record`,
      );
  }
  if (action.blocks?.length && !action.required)
    add('ACTION_BLOCK', `${path}.blocks`, `optional action "${action.id}" cannot block transitions`);
  // A blocked transition may leave a later step: the action is recordable there too (compiled.ts).
  for (const name of action.blocks ?? []) {
    if (!def.transitions.some((x) => x.name === name))
      add('UNKNOWN_TRANSITION', `${path}.blocks`, `action "${action.id}" blocks unknown transition "${name}"`);
  }
  if (action.clock !== undefined) {
    const clock = def.clocks.find((c) => c.id === action.clock);
    if (!clock) add('ACTION_CLOCK', `${path}.clock`, `action "${action.id}" names unknown clock "${action.clock}"`);
    else if (!clock.stopOn.includes(action.id))
      add('ACTION_CLOCK', `${path}.clock`, `clock "${clock.id}" does not stop when "${action.id}" is recorded`);
  }
}

function duplicates(names: string[], what: string, path: string, add: (c: ProblemCode, p: string, m: string) => void) {
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) add('DUPLICATE_NAME', `${path}.${n}`, `${what} "${n}" is declared more than once`);
    seen.add(n);
  }
}

function expectFact(
  name: string,
  type: FactDefinition['type'],
  path: string,
  facts: Map<string, FactDefinition>,
  add: (c: ProblemCode, p: string, m: string) => void,
) {
  const fact = facts.get(name);
  if (!fact) add('UNDECLARED_FACT', path, `undeclared fact "${name}"`);
  else if (fact.type !== type) add('FACT_TYPE_MISMATCH', path, `fact "${name}" is ${fact.type}, expected ${type}`);
}

function checkGuard(
  g: Guard,
  path: string,
  facts: Map<string, FactDefinition>,
  events: Set<string>,
  add: (c: ProblemCode, p: string, m: string) => void,
) {
  switch (g.kind) {
    case 'fact':
    case 'oneOf': {
      const fact = facts.get(g.fact);
      if (!fact) return add('UNDECLARED_FACT', path, `guard reads undeclared fact "${g.fact}"`);
      for (const v of g.kind === 'fact' ? [g.equals] : g.values) {
        const ok =
          (fact.type === 'boolean' && typeof v === 'boolean') ||
          (fact.type === 'number' && typeof v === 'number') ||
          (fact.type === 'date' && typeof v === 'string') ||
          (fact.type === 'enum' && typeof v === 'string' && fact.values.includes(v));
        if (!ok)
          add('FACT_TYPE_MISMATCH', path, `guard compares ${fact.type} fact "${g.fact}" with ${JSON.stringify(v)}`);
      }
      return;
    }
    case 'range':
      return expectFact(g.fact, 'number', path, facts, add);
    case 'treatedAsChild':
      for (const f of AGE_FACT_NAMES)
        if (!facts.has(f)) add('UNDECLARED_FACT', path, `presumption of age needs fact "${f}"`);
      return;
    case 'happened':
      if (g.event === undefined && g.transitionKind === undefined) {
        add('SCHEMA', path, 'a happened guard names an event or a transition kind');
      }
      if (g.times !== undefined && g.event === undefined)
        add('SCHEMA', path, 'a happened guard counts times of a named event only');
      if (g.event !== undefined && !events.has(g.event))
        add('UNKNOWN_EVENT', path, `guard waits for unknown event "${g.event}"`);
      return;
    case 'elapsed':
      if (!events.has(g.since)) add('UNKNOWN_EVENT', path, `guard counts from unknown event "${g.since}"`);
      return;
    case 'actor':
      return;
    case 'all':
    case 'any':
      g.guards.forEach((c, i) => checkGuard(c, `${path}.guards[${i}]`, facts, events, add));
      return;
    case 'not':
      return checkGuard(g.guard, `${path}.guard`, facts, events, add);
  }
}

function rulesIn(guards: Guard[], out: Set<string> = new Set()): Set<string> {
  for (const g of guards) {
    if (g.rule) out.add(g.rule);
    if (g.kind === 'all' || g.kind === 'any') rulesIn(g.guards, out);
    if (g.kind === 'not') rulesIn([g.guard], out);
  }
  return out;
}

function checkHardRules(def: PathwayDefinition, t: Transition, add: (c: ProblemCode, p: string, m: string) => void) {
  if (!t.kind) return;
  const path = `transitions.${t.name}`;
  const rules = rulesIn(t.guards ?? []);
  for (const rule of REQUIRED_RULES[t.kind]) {
    if (!rules.has(rule))
      add('HARD_RULE', `${path}.guards`, `${t.kind} transition "${t.name}" lacks hard rule "${rule}"`);
  }
  if ((t.kind === 'nrmReferral' || t.kind === 'dutyToNotify') && !t.allow.firstResponderOnly) {
    add(
      'HARD_RULE',
      `${path}.allow`,
      `${t.kind} transition "${t.name}" must be limited to First Responder organisations`,
    );
  }
  if (t.kind === 'reconsiderationRequest') {
    if (t.allow.firstResponderOnly || t.allow.organisationKinds) {
      add('HARD_RULE', `${path}.allow`, `any organisation may request a reconsideration (003 8.9), not only some`);
    }
    // A deadline: a block where the document states a limit (002), else a clock the request
    // stops, warning when the national 30 days have passed (000, 001, 003 state no limit).
    const window = def.clocks.find(
      (c) =>
        (c.onOverdue.action === 'block' ? c.onOverdue.transitions.includes(t.name) : c.stopOn.includes(t.name)) &&
        'calendarDays' in c.due &&
        c.due.calendarDays <= RECONSIDERATION_MAX_DAYS,
    );
    if (!window) {
      add(
        'HARD_RULE',
        path,
        `reconsideration "${t.name}" needs a deadline of at most ${RECONSIDERATION_MAX_DAYS} days (a clock it stops, or one that blocks it)`,
      );
    }
  }
}

/** The stopping events a top-level guard says have already happened (then the clock has stopped). */
function requiredEvents(guards: readonly Guard[], out: Set<string> = new Set()): Set<string> {
  for (const g of guards) {
    if (g.kind === 'happened' && g.event) out.add(g.event);
    if (g.kind === 'all') requiredEvents(g.guards, out);
  }
  return out;
}

/** The moves a running clock follows from a step: transitions that neither stop it nor need it stopped. */
function runningMoves(def: PathwayDefinition, clock: Clock, stops: ReadonlySet<string>) {
  const moves = new Map<string, string[]>();
  for (const t of def.transitions) {
    if (t.to === undefined || stops.has(t.name)) continue;
    if ([...requiredEvents(t.guards ?? [])].some((e) => stops.has(e))) continue;
    for (const from of fromSteps(t.from)) moves.set(from, [...(moves.get(from) ?? []), t.to]);
  }
  return moves;
}

function stopsOf(clock: Clock) {
  const restarts = new Set(clock.restartOn ?? []);
  return new Set(clock.stopOn.filter((e) => !restarts.has(e)));
}

/**
 * Every step where a clock can be running: from where its start events leave the track, along
 * every transition except those that stop it (or that can only be taken once it has stopped).
 * Guards other than "this already happened" are ignored, so the answer may be larger than what a
 * real case reaches, never smaller.
 */
export function runningSteps(def: PathwayDefinition, clock: Clock): Set<string> {
  const byName = new Map(def.transitions.map((t) => [t.name, t]));
  const stops = stopsOf(clock);
  const moves = runningMoves(def, clock, stops);
  const queue: string[] = [];
  for (const e of [...clock.startOn, ...(clock.restartOn ?? [])]) {
    if (stops.has(e)) continue;
    if (e === TRACK_STARTED) queue.push(def.start);
    queue.push(...(actionSteps(def).get(e)?.steps ?? []));
    const t = byName.get(e);
    if (t) queue.push(...(t.to !== undefined ? [t.to] : fromSteps(t.from)));
  }
  const seen = new Set<string>();
  while (queue.length > 0) {
    const step = queue.pop() as string;
    if (seen.has(step)) continue;
    seen.add(step);
    queue.push(...(moves.get(step) ?? []));
  }
  return seen;
}

/**
 * Open steps where a clock that asks someone to act (flag or escalate) can be running and from
 * which no step offering a move that stops it can be reached any more: that clock would stay
 * overdue for good. (A clock may run for a while before its stopping move opens, e.g. the urgent
 * assessment runs from identification and is recorded after the hand-over.) A terminal step
 * ends the track, and the track's clocks with it, so it is not counted.
 */
export function stuckSteps(def: PathwayDefinition, clock: Clock): string[] {
  if (clock.onOverdue.action !== 'flag' && clock.onOverdue.action !== 'escalate') return [];
  const terminal = new Set(def.steps.filter((s) => s.terminal).map((s) => s.id));
  const stoppers = def.transitions.filter((t) => clock.stopOn.includes(t.name) || clock.restartOn?.includes(t.name));
  const stopsOrRestarts = (name: string) => clock.stopOn.includes(name) || clock.restartOn?.includes(name);
  const canStop = new Set([
    ...stoppers.flatMap((t) => fromSteps(t.from)),
    ...[...actionSteps(def).values()].filter(({ action }) => stopsOrRestarts(action.id)).flatMap((a) => a.steps),
  ]);
  const moves = runningMoves(def, clock, stopsOf(clock));
  const running = runningSteps(def, clock);
  const reachesStop = (from: string) => {
    const seen = new Set<string>();
    const queue = [from];
    while (queue.length > 0) {
      const step = queue.pop() as string;
      if (canStop.has(step)) return true;
      if (seen.has(step)) continue;
      seen.add(step);
      queue.push(...(moves.get(step) ?? []));
    }
    return false;
  };
  return [...running].filter((step) => !terminal.has(step) && !reachesStop(step));
}
