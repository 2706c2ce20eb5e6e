// Clocks are never stored: they are recomputed from the recorded events (and
// the date facts some clocks anchor on), so a deadline can never disagree with
// the history it comes from.
import type { Clock, Facts, PathwayDefinition } from '../definition/schema';
import { compile, type Compiled } from './compiled';
import { addDays, dueAfter, endOfDay, formatDate, parseDate, startOfDay } from './time';
import type { ClockInstance, ClockStatus, TrackEvent } from './types';

/** Every status a clock can have, for the API's enum and the SDK's types. */
export const CLOCK_STATUSES = ['running', 'overdue', 'met', 'metLate', 'elapsed', 'unscheduled', 'stopped'] as const;
// Fails to compile when ClockStatus gains a status this list lacks.
const everyStatusListed: Exclude<ClockStatus, (typeof CLOCK_STATUSES)[number]> extends never ? true : never = true;
void everyStatusListed;

interface Open {
  clock: Clock;
  instance: number;
  start: number;
  startedBy: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

function dateFact(facts: Facts, name: string | undefined) {
  const value = name === undefined ? undefined : facts[name];
  return typeof value === 'string' ? parseDate(value) : undefined;
}

function due(clock: Clock, start: number, facts: Facts): { dueAt: number | null; dueDate: string | null } {
  if ('beforeDateFact' in clock.due) {
    const date = dateFact(facts, clock.due.beforeDateFact);
    if (!date) return { dueAt: null, dueDate: null };
    const dayBefore = addDays(date, -1);
    return { dueAt: endOfDay(dayBefore), dueDate: formatDate(dayBefore) };
  }
  const d = dueAfter(start, clock.due);
  return { dueAt: d.dueAt, dueDate: d.dueDate ?? null };
}

function close(open: Open, facts: Facts, now: number, metAt: number | null, metBy: string | null): ClockInstance {
  const { clock } = open;
  const { dueAt, dueDate } = due(clock, open.start, facts);
  const periodOnly = clock.onOverdue.action === 'elapse';
  let status: ClockInstance['status'];
  let overdueByMs = 0;
  if (metAt !== null) {
    const late = dueAt !== null && metAt > dueAt;
    status = late && !periodOnly ? 'metLate' : 'met';
    if (late && !periodOnly) overdueByMs = metAt - (dueAt as number);
  } else if (dueAt === null) {
    status = 'unscheduled';
  } else if (now > dueAt) {
    status = periodOnly ? 'elapsed' : 'overdue';
    if (!periodOnly) overdueByMs = now - dueAt;
  } else {
    status = 'running';
  }
  return {
    clock: clock.id,
    label: clock.label,
    instance: open.instance,
    startedAt: iso(open.start),
    startedBy: open.startedBy,
    dueAt: dueAt === null ? null : iso(dueAt),
    dueDate,
    metAt: metAt === null ? null : iso(metAt),
    metBy,
    status,
    overdueByMs,
    onOverdue: clock.onOverdue,
  };
}

export function computeClocks(
  compiled: Compiled,
  events: readonly TrackEvent[],
  now: number,
  facts: Facts,
  only?: ReadonlySet<string>,
  stoppedAt?: number,
): ClockInstance[] {
  const open = new Map<string, Open>();
  const counts = new Map<string, number>();
  const done: ClockInstance[] = [];
  const begin = (clock: Clock, at: number, by: string) => {
    const anchor = dateFact(facts, clock.anchorFact);
    const n = (counts.get(clock.id) ?? 0) + 1;
    counts.set(clock.id, n);
    // A decision cannot postdate the event recording it: a future date never delays the start.
    open.set(clock.id, { clock, instance: n, start: anchor ? Math.min(startOfDay(anchor), at) : at, startedBy: by });
  };
  // Only events some clock listens for matter; parse their times once. Events
  // arrive in the order recorded; sort defensively by recording time (stable), but
  // start and stop each clock at when the event really happened (`occurredAt`).
  const relevant: { name: string; at: number; real: number }[] = [];
  for (const e of events)
    if (compiled.clocksByEvent.has(e.name)) {
      const at = Date.parse(e.at);
      relevant.push({ name: e.name, at, real: e.occurredAt ? Math.min(Date.parse(e.occurredAt), at) : at });
    }
  if (!isSorted(relevant)) relevant.sort((a, b) => a.at - b.at);
  for (const event of relevant) {
    const clocks = compiled.clocksByEvent.get(event.name) ?? [];
    const at = event.real;
    for (const clock of clocks) {
      if (only && !only.has(clock.id)) continue;
      const running = open.get(clock.id);
      if (running && (clock.stopOn.includes(event.name) || clock.restartOn?.includes(event.name))) {
        done.push(close(running, facts, now, at, event.name));
        open.delete(clock.id);
      }
      if (
        clock.restartOn?.includes(event.name) ||
        (clock.startOn.includes(event.name) && !open.has(clock.id) && !clock.stopOn.includes(event.name))
      ) {
        begin(clock, at, event.name);
      }
    }
  }
  for (const o of open.values()) {
    // A closed track's open clocks stand as they were when it closed, marked stopped.
    const instance = close(o, facts, stoppedAt === undefined ? now : Math.min(now, stoppedAt), null, null);
    done.push(stoppedAt === undefined ? instance : { ...instance, status: 'stopped', overdueByMs: 0 });
  }
  const order = new Map(compiled.definition.clocks.map((c, i) => [c.id, i]));
  return done.sort((a, b) => (order.get(a.clock) ?? 0) - (order.get(b.clock) ?? 0) || a.instance - b.instance);
}

function isSorted(events: readonly { at: number }[]): boolean {
  for (let i = 1; i < events.length; i++)
    if ((events[i] as { at: number }).at < (events[i - 1] as { at: number }).at) return false;
  return true;
}

/**
 * Every clock instance the events have started: due at, met at, overdue by.
 * `facts` supplies the date facts some clocks anchor on (decision dates, 18th
 * birthday); without them those clocks count from the recorded event or stay
 * unscheduled.
 */
export function deadlines(
  definition: PathwayDefinition,
  events: readonly TrackEvent[],
  now: Date,
  facts: Facts = {},
  /** When the track was closed (with its case): clocks still open then are stopped, not running. */
  closedAt?: Date | null,
): ClockInstance[] {
  return computeClocks(compile(definition), events, now.getTime(), facts, undefined, closedAt?.getTime());
}
