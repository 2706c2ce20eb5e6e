// Test helper: walk a case through a pathway the way the API would, one
// transition at a time, with a clock the test moves by hand.
import { expect } from 'vitest';
import type { Actor, Facts, FactValue, PathwayDefinition } from '../definition/schema';
import { deadlines } from '../engine/clocks';
import { checklist, recordAction } from '../engine/actions';
import { allowedTransitions, applyTransition, startTrack } from '../engine/transitions';
import type { ChecklistItem, ClockInstance, ErrorCode, Track, TransitionError } from '../engine/types';

export const actors = {
  /** A council caseworker at a First Responder organisation. */
  frCaseworker: { roles: ['CASEWORKER'], organisation: { isFirstResponder: true, kind: 'COUNCIL' } },
  lead: { roles: ['LEAD'], organisation: { isFirstResponder: true, kind: 'COUNCIL' } },
  /** A charity worker whose organisation is not a First Responder. */
  partner: { roles: ['PARTNER_WORKER'], organisation: { isFirstResponder: false, kind: 'CHARITY' } },
  police: { roles: ['CASEWORKER'], organisation: { isFirstResponder: true, kind: 'POLICE' } },
  frCharity: { roles: ['PARTNER_WORKER'], organisation: { isFirstResponder: true, kind: 'CHARITY' } },
  auditor: { roles: ['AUDITOR'], organisation: { isFirstResponder: true, kind: 'COUNCIL' } },
} satisfies Record<string, Actor>;

export class Walk {
  now: Date;
  track: Track;
  facts: Record<string, FactValue> = {};

  constructor(
    readonly definition: PathwayDefinition,
    start: string,
    public actor: Actor = actors.frCaseworker,
  ) {
    this.now = new Date(start);
    this.track = startTrack(definition, this.now).track;
  }

  set(facts: Record<string, FactValue>): this {
    Object.assign(this.facts, facts);
    return this;
  }

  unset(...names: string[]): this {
    for (const n of names) delete this.facts[n];
    return this;
  }

  at(iso: string): this {
    this.now = new Date(iso);
    return this;
  }

  after(ms: { hours?: number; days?: number; minutes?: number }): this {
    this.now = new Date(
      this.now.getTime() + ((ms.days ?? 0) * 24 + (ms.hours ?? 0)) * 3_600_000 + (ms.minutes ?? 0) * 60_000,
    );
    return this;
  }

  /** Take a transition that must succeed; checks it was offered as enabled first. */
  take(name: string, actor: Actor = this.actor): this {
    const offered = allowedTransitions(this.definition, this.track, this.facts, actor, this.now).find(
      (o) => o.name === name,
    );
    const result = applyTransition(this.definition, this.track, name, this.facts, actor, this.now);
    if (!result.ok)
      throw new Error(`${name} from ${this.track.step} refused: ${JSON.stringify(result.error, null, 1)}`);
    expect(offered?.enabled).toBe(true);
    this.track = result.track;
    return this;
  }

  /** Take a transition recorded now that really happened at `occurredAt` (recorded after the fact). */
  takeOccurred(name: string, occurredAt: string, actor: Actor = this.actor): this {
    const result = applyTransition(this.definition, this.track, name, this.facts, actor, this.now, {
      occurredAt: new Date(occurredAt),
    });
    if (!result.ok)
      throw new Error(`${name} from ${this.track.step} refused: ${JSON.stringify(result.error, null, 1)}`);
    this.track = result.track;
    return this;
  }

  /** Try a transition that must fail with `code`; the track must be unchanged. */
  refuse(name: string, code: ErrorCode, actor: Actor = this.actor): TransitionError {
    const before = JSON.stringify(this.track);
    const result = applyTransition(this.definition, this.track, name, this.facts, actor, this.now);
    expect(JSON.stringify(this.track)).toBe(before);
    if (result.ok) throw new Error(`${name} from ${this.track.step} should have been refused with ${code}`);
    expect(result.error.code).toBe(code);
    return result.error;
  }

  /** Record a step action that must succeed. */
  record(action: string, values: Record<string, FactValue> = {}, actor: Actor = this.actor): this {
    const result = recordAction(this.definition, this.track, action, values, actor, this.now, undefined, this.facts);
    if (!result.ok)
      throw new Error(`${action} at ${this.track.step} refused: ${JSON.stringify(result.error, null, 1)}`);
    this.track = result.track;
    return this;
  }

  /**
   * Record every outstanding action of the current step (required fields get a plain value of
   * their type); returns the ids recorded, so a test can say which actions the step asked for.
   */
  completeChecklist(): string[] {
    const done: string[] = [];
    for (const item of this.checklist().filter((i) => i.outstanding)) {
      const values: Record<string, FactValue> = {};
      for (const f of item.records.filter((r) => r.required))
        values[f.name] =
          f.type === 'boolean'
            ? true
            : f.type === 'number'
              ? 1
              : f.type === 'date'
                ? this.now.toISOString().slice(0, 10)
                : f.type === 'enum'
                  ? f.values[0]!
                  : 'recorded';
      this.record(item.action, values);
      done.push(item.action);
    }
    return done;
  }

  /** The current step's checklist. */
  checklist(actor: Actor = this.actor): ChecklistItem[] {
    return checklist(this.definition, this.track, this.facts, actor, this.now);
  }

  /** The action ids blocking a transition out of the current step (ACTION_REQUIRED reasons). */
  blockingActions(name: string): string[] {
    const option = allowedTransitions(this.definition, this.track, this.facts, this.actor, this.now).find(
      (o) => o.name === name,
    );
    return (option?.reasons ?? []).flatMap((r) => (r.code === 'ACTION_REQUIRED' ? [r.action] : []));
  }

  takeAll(...names: string[]): this {
    for (const n of names) this.take(n);
    return this;
  }

  get step(): string {
    return this.track.step;
  }

  deadlines(): ClockInstance[] {
    return deadlines(this.definition, this.track.events, this.now, this.facts as Facts);
  }

  /** The latest instance of a clock; fails the test if it never started. */
  clock(id: string): ClockInstance {
    const found = this.deadlines()
      .filter((c) => c.clock === id)
      .at(-1);
    if (!found) throw new Error(`clock ${id} has not started`);
    return found;
  }

  expectClock(id: string, expected: Partial<ClockInstance>): this {
    expect(this.clock(id)).toMatchObject(expected);
    return this;
  }

  expectNoClock(id: string): this {
    expect(this.deadlines().some((c) => c.clock === id)).toBe(false);
    return this;
  }

  expectStep(step: string): this {
    expect(this.track.step).toBe(step);
    return this;
  }

  enabled(): string[] {
    return allowedTransitions(this.definition, this.track, this.facts, this.actor, this.now)
      .filter((o) => o.enabled)
      .map((o) => o.name);
  }
}
