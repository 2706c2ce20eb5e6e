/**
 * The stored next deadline (issue 18). `Case.nextDueAt` is the due time of the case's most
 * pressing running or overdue clock (deadlines.ts), so the `cases` overdue / due-before filters
 * and "overdue first" order, `myWork` and the reminder sweep's choice of cases read an index
 * instead of computing every visible case's clocks on each request.
 *
 * Kept in the transaction of every change: changeCase (case-transaction.ts), the one envelope
 * every change to a case's tracks, facts, subject, records or status runs in, stores it after
 * the work; no use case keeps it itself. caseOpen writes a case with no track (no clock).
 *
 * Time alone moves the answer in two ways, so `deadlineRecomputeAt` says when to compute again:
 * - a period (a clock whose overdue action is 'elapse') stops counting once its due time has
 *   passed (the engine says 'elapsed', not 'overdue') and the next clock becomes the most pressing;
 * - the age facts derived from the date of birth change on two dates (nextAgeFactChange). Today
 *   no clock's due time reads them (clocks read date facts only, and the 18th birthday is fixed by
 *   the date of birth), so this is a guard, costing at most two recomputes in a person's life,
 *   that keeps the stored value right if a definition ever does.
 * A running clock falling overdue does not move it: overdue is `nextDueAt < now`.
 *
 * Rows whose recompute time has passed are stale: new rows of other writers and rows from before
 * the column start at the epoch (migration case_next_deadline). Every reader refreshes the stale
 * rows it is about to read first (refreshStaleDeadlines), and the reminder sweep refreshes all,
 * so no answer depends on when the sweep last ran.
 */
import { deadlines, isPotentialVictim, nextAgeFactChange } from '@waymark/pathways';
import { prisma, type Transaction } from '../../db/client.ts';
import type { Case, CaseTrack, Prisma } from '../../generated/prisma/client.ts';
import { AGE_SUBJECT_SELECT, ageSubjectOf, caseFacts, definitionOf, trackOf } from '../pathways/engine-adapter.ts';
import { OPEN_CLOCKS } from './deadlines.ts';

export interface StoredDeadline {
  nextDueAt: Date | null;
  deadlineRecomputeAt: Date | null;
}

export const DEADLINE_TRACK_SELECT = {
  pathwayId: true,
  pathwayVersion: true,
  step: true,
  events: true,
  closedAt: true,
} as const;

type DeadlineTrack = Pick<CaseTrack, keyof typeof DEADLINE_TRACK_SELECT>;
type DeadlineCase = Pick<Case, keyof typeof AGE_SUBJECT_SELECT | 'status'>;

const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/** What to store for a case, as its clocks stand at `now`. */
export function storedDeadlineOf(row: DeadlineCase, tracks: DeadlineTrack[], now: Date): StoredDeadline {
  if (row.status !== 'OPEN') return { nextDueAt: null, deadlineRecomputeAt: null };
  const facts = caseFacts(row, now);
  let due: number | null = null;
  let recompute: number | null = isPotentialVictim(row.concernKind)
    ? (nextAgeFactChange(ageSubjectOf(row), now)?.getTime() ?? null)
    : null;
  for (const track of tracks)
    for (const clock of deadlines(definitionOf(track), trackOf(track).events, now, facts, track.closedAt)) {
      if (!clock.dueAt || !OPEN_CLOCKS.has(clock.status)) continue;
      const at = Date.parse(clock.dueAt);
      due = earliest(due, at);
      // A period still running counts until its due time, and is 'elapsed' the moment after.
      if (clock.status === 'running' && clock.onOverdue.action === 'elapse') recompute = earliest(recompute, at + 1);
    }
  return {
    nextDueAt: due === null ? null : new Date(due),
    deadlineRecomputeAt: recompute === null ? null : new Date(recompute),
  };
}

/**
 * Inside a change's transaction, after its work: what to store for the case as the change leaves
 * it (`row`, with the change's columns applied), from one read of its tracks as they now stand.
 */
export async function nextDeadlineAfter(tx: Transaction, row: Case, now: Date): Promise<StoredDeadline> {
  const tracks = await tx.caseTrack.findMany({ where: { caseId: row.id }, select: DEADLINE_TRACK_SELECT });
  return storedDeadlineOf(row, tracks, now);
}

/** Stale rows are computed in batches, each written in one statement. */
const BATCH = 500;

/**
 * Computes the stored deadline of every case matching `where` whose recompute time has passed
 * (nothing, in one indexed statement, when none has). A row changed since it was read keeps what
 * its change stored: the write matches the version read.
 */
export async function refreshStaleDeadlines(where: Prisma.CaseWhereInput, now: Date): Promise<number> {
  let refreshed = 0;
  let after: string | undefined;
  for (;;) {
    const rows = await prisma.case.findMany({
      where: { AND: [where, { deadlineRecomputeAt: { lte: now } }, ...(after ? [{ id: { gt: after } }] : [])] },
      select: {
        id: true,
        version: true,
        status: true,
        ...AGE_SUBJECT_SELECT,
        tracks: { select: DEADLINE_TRACK_SELECT },
      },
      orderBy: { id: 'asc' },
      take: BATCH,
    });
    if (rows.length === 0) return refreshed;
    const values = rows.map((row) => ({ id: row.id, version: row.version, ...storedDeadlineOf(row, row.tracks, now) }));
    // ISO text cast to timestamp: PostgreSQL drops the zone, leaving the UTC wall time Prisma stores.
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    await prisma.$executeRaw`
      UPDATE "Case" AS c SET "nextDueAt" = v.due::timestamp(3), "deadlineRecomputeAt" = v.recompute::timestamp(3)
      FROM unnest(${values.map((v) => v.id)}::uuid[], ${values.map((v) => v.version)}::int[],
                  ${values.map((v) => iso(v.nextDueAt))}::text[], ${values.map((v) => iso(v.deadlineRecomputeAt))}::text[])
        AS v(id, version, due, recompute)
      WHERE c."id" = v.id AND c."version" = v.version`;
    refreshed += rows.length;
    if (rows.length < BATCH) return refreshed;
    after = rows[rows.length - 1]!.id;
  }
}
