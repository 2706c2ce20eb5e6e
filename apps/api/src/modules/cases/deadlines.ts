/**
 * A case's most pressing deadline, computed from its tracks' recorded events with the engine's
 * clocks: what `myWork` shows, and what the stored next deadline (stored-deadline.ts) holds the
 * due time of, so lists can filter and order by index.
 */
import { deadlines, type ClockInstance, type Facts } from '@waymark/pathways';
import type { CaseTrack } from '../../generated/prisma/client.ts';
import { definitionOf, trackOf } from '../pathways/engine-adapter.ts';

export interface NextDeadline {
  caseId: string;
  pathwayId: string;
  clock: ClockInstance;
}

/** The clocks that still count: running, or overdue (a period that has elapsed does not). */
export const OPEN_CLOCKS: ReadonlySet<string> = new Set(['running', 'overdue']);

type StoredTrack = Pick<CaseTrack, 'pathwayId' | 'pathwayVersion' | 'step' | 'events' | 'closedAt'>;

/** The open clock due soonest (so the most overdue) across a case's tracks, with its pathway. */
export function mostPressing(
  tracks: StoredTrack[],
  facts: Facts,
  now = new Date(),
): (ClockInstance & { pathwayId: string }) | null {
  let best: (ClockInstance & { pathwayId: string }) | null = null;
  for (const track of tracks) {
    for (const clock of deadlines(definitionOf(track), trackOf(track).events, now, facts, track.closedAt)) {
      if (!OPEN_CLOCKS.has(clock.status) || !clock.dueAt) continue;
      if (!best || Date.parse(clock.dueAt) < Date.parse(best.dueAt!)) best = { ...clock, pathwayId: track.pathwayId };
    }
  }
  return best;
}

/** Orders work: overdue first (most overdue first), then by due time. */
export function byUrgency(a: NextDeadline, b: NextDeadline): number {
  return Date.parse(a.clock.dueAt!) - Date.parse(b.clock.dueAt!);
}
