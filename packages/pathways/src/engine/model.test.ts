// Model test: random sequences of fact changes, time passing and attempted
// transitions, by random actors, on every pathway. Whatever happens, the track
// only moves along declared transitions, refusals change nothing, the hard
// rules hold, allowedTransitions agrees with applyTransition, and deadlines
// agree with the recorded events.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TRACK_STARTED,
  type Actor,
  type FactDefinition,
  type FactValue,
  type PathwayDefinition,
} from '../definition/schema';
import { fromSteps } from '../definition/static-checks';
import { latestVersions } from '../pathways';
import { actors } from '../testing/walk';
import { capacityForDecision } from './case-rules';
import { deadlines } from './clocks';
import { isTreatedAsChild } from './facts';
import { allowedTransitions, applyTransition, startTrack } from './transitions';
import type { Track } from './types';

const ACTORS: Actor[] = Object.values(actors);
const T0 = Date.parse('2026-03-28T22:30:00Z'); // just before the spring clock change

type Command =
  | { kind: 'fact'; name: string; value: FactValue | undefined }
  | { kind: 'time'; minutes: number }
  | { kind: 'try'; name: string; actor: number }
  | { kind: 'tryOut'; index: number; actor: number }
  /** Set the facts a blocked way out complains about to fresh values: a guided random search. */
  | { kind: 'nudge'; index: number; picks: number[] };

function valueOf(f: FactDefinition): fc.Arbitrary<FactValue | undefined> {
  const some: fc.Arbitrary<FactValue> =
    f.type === 'boolean'
      ? fc.boolean()
      : f.type === 'enum'
        ? fc.constantFrom(...f.values)
        : f.type === 'number'
          ? fc.integer({ min: 0, max: 100 })
          : fc
              .date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
              .map((d) => d.toISOString().slice(0, 10));
  return fc.option(some, { nil: undefined, freq: 6 });
}

function commands(def: PathwayDefinition): fc.Arbitrary<Command[]> {
  const actor = fc.nat({ max: ACTORS.length - 1 });
  const fact = fc
    .constantFrom(...def.facts)
    .chain((f) => valueOf(f).map((value): Command => ({ kind: 'fact', name: f.name, value })));
  const time = fc
    .oneof(fc.integer({ min: 1, max: 180 }), fc.integer({ min: 180, max: 60 * 24 * 75 }))
    .map((minutes): Command => ({ kind: 'time', minutes }));
  const tryAny = fc
    .record({ name: fc.constantFrom(...def.transitions.map((t) => t.name)), actor })
    .map((c): Command => ({ kind: 'try', ...c }));
  const tryOut = fc
    .record({ index: fc.noBias(fc.nat({ max: 10_000 })), actor })
    .map((c): Command => ({ kind: 'tryOut', ...c }));
  const nudge = fc
    .record({
      index: fc.noBias(fc.nat({ max: 10_000 })),
      picks: fc.array(fc.noBias(fc.nat({ max: 1000 })), { minLength: 12, maxLength: 12 }),
    })
    .map((c): Command => ({ kind: 'nudge', ...c }));
  return fc.array(
    fc.oneof(
      { arbitrary: fact, weight: 2 },
      { arbitrary: time, weight: 1 },
      { arbitrary: tryAny, weight: 1 },
      { arbitrary: tryOut, weight: 8 },
      { arbitrary: nudge, weight: 5 },
    ),
    { minLength: 20, maxLength: 150, size: 'max' },
  );
}

function pick(f: FactDefinition, n: number, now: Date): FactValue | undefined {
  if (n % 11 === 0) return undefined;
  switch (f.type) {
    case 'boolean':
      return n % 2 === 0;
    case 'enum':
      return f.values[n % f.values.length];
    case 'number':
      return n % 100;
    case 'date':
      return new Date(now.getTime() - (n % 45) * 86_400_000).toISOString().slice(0, 10);
  }
}

function checkHardRules(
  def: PathwayDefinition,
  name: string,
  before: Track,
  facts: Record<string, FactValue>,
  actor: Actor,
  now: Date,
) {
  const t = def.transitions.find((x) => x.name === name);
  if (!t?.kind) return;
  const child = isTreatedAsChild(facts);
  const capacity = capacityForDecision(facts, 'nrmConsent');
  const bestInterests = (outcome: string) => capacity === 'lacksCapacity' && facts.nrmConsentBestInterests === outcome;
  if (t.kind === 'nrmReferral' || t.kind === 'dutyToNotify') expect(actor.organisation.isFirstResponder).toBe(true);
  if (t.kind === 'nrmReferral')
    expect(
      child === true || (facts.consentToNrm === true && capacity === 'hasCapacity') || bestInterests('proceed'),
    ).toBe(true);
  if (t.kind === 'dutyToNotify') {
    expect(child).toBe(false);
    expect((facts.consentToNrm === false && capacity === 'hasCapacity') || bestInterests('doNotProceed')).toBe(true);
    expect(facts.consentToShareDetails === true || facts.dtnAnonymised === true).toBe(true);
    expect(facts.inNrm).not.toBe(true);
    const kinds = before.events.map((e) => def.transitions.find((x) => x.name === e.name)?.kind);
    expect(kinds).not.toContain('nrmReferral');
  }
  if (t.kind === 'reconsiderationRequest') {
    expect(actor.roles.some((r) => ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'].includes(r))).toBe(true);
    const d = name.includes('Rg') ? 'rg' : 'cg';
    expect(facts[`${d}Outcome`]).toBe('negative');
    const window = deadlines(def, before.events, now, facts)
      .filter((c) => c.clock === `${d}ReconsiderationWindow`)
      .at(-1);
    // Only where the document states a limit (002) does the window block; elsewhere it warns.
    const blocks = def.clocks.find((c) => c.id === `${d}ReconsiderationWindow`)?.onOverdue.action === 'block';
    if (blocks) expect(window?.status).toBe('running');
    else expect(['running', 'overdue']).toContain(window?.status);
  }
}

function checkDeadlines(def: PathwayDefinition, track: Track, facts: Record<string, FactValue>, now: Date) {
  const clocks = new Map(def.clocks.map((c) => [c.id, c]));
  for (const c of deadlines(def, track.events, now, facts)) {
    const clock = clocks.get(c.clock);
    expect(clock).toBeDefined();
    if (!clock) continue;
    expect([...clock.startOn, ...(clock.restartOn ?? [])]).toContain(c.startedBy);
    expect(track.events.some((e) => e.name === c.startedBy)).toBe(true);
    if (c.metAt !== null) {
      expect([...clock.stopOn, ...(clock.restartOn ?? [])]).toContain(c.metBy);
      expect(Date.parse(c.metAt)).toBeGreaterThanOrEqual(Date.parse(c.startedAt));
      expect(['met', 'metLate']).toContain(c.status);
    } else if (c.dueAt === null) {
      expect(c.status).toBe('unscheduled');
    } else {
      const late = now.getTime() > Date.parse(c.dueAt);
      expect(c.status).toBe(late ? (clock.onOverdue.action === 'elapse' ? 'elapsed' : 'overdue') : 'running');
      expect(c.overdueByMs).toBe(late && clock.onOverdue.action !== 'elapse' ? now.getTime() - Date.parse(c.dueAt) : 0);
    }
    const starts = track.events.filter((e) => [...clock.startOn, ...(clock.restartOn ?? [])].includes(e.name)).length;
    expect(c.instance).toBeLessThanOrEqual(starts);
  }
}

function run(def: PathwayDefinition, cmds: Command[]) {
  let now = new Date(T0);
  let track = startTrack(def, now).track;
  const facts: Record<string, FactValue> = {};
  const terminal = new Set(def.steps.filter((s) => s.terminal).map((s) => s.id));
  for (const cmd of cmds) {
    if (cmd.kind === 'fact') {
      if (cmd.value === undefined) delete facts[cmd.name];
      else facts[cmd.name] = cmd.value;
      continue;
    }
    if (cmd.kind === 'time') {
      now = new Date(now.getTime() + cmd.minutes * 60_000);
      continue;
    }
    if (cmd.kind === 'nudge') {
      const options = allowedTransitions(def, track, facts, actors.frCaseworker, now);
      const option = options[cmd.index % Math.max(options.length, 1)];
      const names = new Set(
        option?.reasons.flatMap((r) => (r.code === 'MISSING_FACTS' || r.code === 'GUARD_FAILED' ? r.facts : [])),
      );
      [...names].forEach((name, i) => {
        const f = def.facts.find((x) => x.name === name);
        const v = f && pick(f, cmd.picks[i % cmd.picks.length] ?? 0, now);
        if (v === undefined) delete facts[name];
        else facts[name] = v;
      });
      continue;
    }
    const actor = ACTORS[cmd.actor] as Actor;
    const options = allowedTransitions(def, track, facts, actor, now);
    const name = cmd.kind === 'try' ? cmd.name : options[cmd.index % Math.max(options.length, 1)]?.name;
    if (name === undefined) {
      expect(terminal.has(track.step)).toBe(true);
      continue;
    }
    const before = JSON.stringify(track);
    const result = applyTransition(def, track, name, facts, actor, now);
    expect(result.ok).toBe(options.find((o) => o.name === name)?.enabled === true);
    if (!result.ok) {
      expect(JSON.stringify(track)).toBe(before);
      continue;
    }
    const t = def.transitions.find((x) => x.name === name);
    expect(t && fromSteps(t.from)).toContain(track.step);
    expect(terminal.has(track.step)).toBe(false);
    expect(result.track.step).toBe(t?.to ?? track.step);
    checkHardRules(def, name, track, facts, actor, now);
    track = result.track;
    checkDeadlines(def, track, facts, now);
  }
  // The whole history is a walk along declared transitions from the start step.
  let step = def.start;
  for (const e of track.events) {
    if (e.name === TRACK_STARTED) continue;
    expect(e.from).toBe(step);
    step = e.to;
  }
  expect(step).toBe(track.step);
}

describe('model: random histories on every pathway', () => {
  // The current definitions: a frozen earlier version keeps the rules it had (versions/*.v1.ts).
  it.each(latestVersions().map((p) => [p.id, p] as const))('%s', (_id, def) => {
    fc.assert(
      fc.property(commands(def), (cmds) => run(def, cmds)),
      { numRuns: 100 },
    );
  });
});
