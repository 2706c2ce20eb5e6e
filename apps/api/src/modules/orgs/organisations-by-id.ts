/**
 * Organisations by id, batched per request: every lookup made while one GraphQL response is
 * being resolved (e.g. the attendees of every meeting on a page) becomes one query. For ids kept
 * in an array column (Meeting.attendeeOrganisationIds), which Prisma cannot follow as a relation.
 */
import type { Context } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import type { Organisation } from '../../generated/prisma/client.ts';

interface Batch {
  ids: Set<string>;
  rows: Promise<Organisation[]>;
}

const pending = new WeakMap<Context, Batch>();

/** The organisations with these ids, ordered by name. */
export async function organisationsById(context: Context, ids: readonly string[]): Promise<Organisation[]> {
  if (ids.length === 0) return [];
  let batch = pending.get(context);
  if (!batch) {
    const next: Batch = { ids: new Set(), rows: Promise.resolve([]) };
    // Wait until the resolvers of this pass have all asked (the schedule DataLoader uses: after
    // the promise jobs queued so far, then a tick), then ask the database once.
    next.rows = Promise.resolve()
      .then(() => new Promise<void>((resolve) => process.nextTick(resolve)))
      .then(() => {
        pending.delete(context);
        return prisma.organisation.findMany({ where: { id: { in: [...next.ids] } }, orderBy: { name: 'asc' } });
      });
    pending.set(context, next);
    batch = next;
  }
  for (const id of ids) batch.ids.add(id);
  const wanted = new Set(ids);
  return (await batch.rows).filter((row) => wanted.has(row.id));
}
