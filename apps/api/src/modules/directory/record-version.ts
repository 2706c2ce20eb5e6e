/**
 * Optimistic concurrency for directory records (services and contacts): a change applies only
 * to the version the admin last read, so of two admins editing at once exactly one wins.
 */
import { NotFoundError, StaleRecordError } from '../../errors.ts';

/** What bumpVersion needs of a Prisma model (`tx.supportService`, `tx.contact`). */
interface VersionedModel<Data, Row> {
  updateMany(args: {
    where: { id: string; version: number };
    data: { version: { increment: number } };
  }): PromiseLike<{ count: number }>;
  findUnique(args: { where: { id: string }; select: { version: true } }): PromiseLike<{ version: number } | null>;
  update(args: { where: { id: string }; data: Data }): PromiseLike<Row>;
}

/** Applies a versioned change: NotFoundError when it is gone, StaleRecordError when someone changed it first. */
export async function bumpVersion<Data, Row>(
  model: VersionedModel<Data, Row>,
  what: string,
  id: string,
  expectedVersion: number,
  data: Data,
): Promise<Row> {
  const { count } = await model.updateMany({
    where: { id, version: expectedVersion },
    data: { version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await model.findUnique({ where: { id }, select: { version: true } });
    if (!current) throw new NotFoundError(what);
    throw new StaleRecordError(current.version);
  }
  return model.update({ where: { id }, data });
}
