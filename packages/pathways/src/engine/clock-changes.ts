// The clock changes an event causes (started, restarted, stopped), for the caller to show and
// store beside the event. Shared by transitions and step actions.
import type { Facts } from '../definition/schema';
import { computeClocks } from './clocks';
import type { Compiled } from './compiled';
import type { ClockChange, ClockInstance, TrackEvent } from './types';

export function clockChanges(
  compiled: Compiled,
  before: readonly TrackEvent[],
  added: TrackEvent[],
  now: number,
  facts: Facts,
): ClockChange[] {
  if (!added.some((e) => compiled.clocksByEvent.has(e.name))) return [];
  const key = (c: ClockInstance) => `${c.clock}#${c.instance}`;
  const old = new Map(computeClocks(compiled, before, now, facts).map((c) => [key(c), c]));
  const changes: ClockChange[] = [];
  for (const c of computeClocks(compiled, [...before, ...added], now, facts)) {
    const prev = old.get(key(c));
    if (!prev) {
      const restarted = compiled.effects.get(c.startedBy)?.restartsClocks.includes(c.clock) ?? false;
      changes.push({ clock: c.clock, change: restarted ? 'restarted' : 'started', at: c.startedAt, dueAt: c.dueAt });
    } else if (prev.metAt === null && c.metAt !== null)
      changes.push({ clock: c.clock, change: 'stopped', at: c.metAt, dueAt: c.dueAt });
  }
  return changes;
}
