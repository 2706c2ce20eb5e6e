/**
 * Deadlines across cases: for the `cases` overdue / due-before filters and for `myWork`. Clocks
 * are never stored, so they are computed here from each track's recorded events, per case.
 */
import { deadlines, type ClockInstance, type Facts } from '@waymark/pathways';
import { prisma } from '../../db/client.ts';
import type { CaseTrack, Prisma } from '../../generated/prisma/client.ts';
import { AGE_SUBJECT_SELECT, caseFacts, definitionOf, trackOf } from '../pathways/engine-adapter.ts';

export interface NextDeadline {
  caseId: string;
  pathwayId: string;
  clock: ClockInstance;
}

const OPEN_CLOCKS = new Set(['running', 'overdue']);

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

/** The most pressing open clock of each case matching `where`: overdue first, then soonest due. */
export async function nextDeadlines(
  where: Prisma.CaseWhereInput,
  now = new Date(),
): Promise<Map<string, NextDeadline>> {
  const cases = await prisma.case.findMany({
    where: { AND: [where, { status: 'OPEN' }] },
    select: {
      id: true,
      ...AGE_SUBJECT_SELECT,
      tracks: { select: { pathwayId: true, pathwayVersion: true, step: true, events: true, closedAt: true } },
    },
  });
  const next = new Map<string, NextDeadline>();
  for (const row of cases) {
    const clock = mostPressing(row.tracks, caseFacts(row, now), now);
    if (clock) next.set(row.id, { caseId: row.id, pathwayId: clock.pathwayId, clock });
  }
  return next;
}

/** Orders work: overdue first (most overdue first), then by due time. */
export function byUrgency(a: NextDeadline, b: NextDeadline): number {
  return Date.parse(a.clock.dueAt!) - Date.parse(b.clock.dueAt!);
}
