/**
 * The few raw SQL operations Waymark needs outside Prisma (applying migrations, readiness),
 * over either PGlite or a PostgreSQL connection, behind one small interface.
 */
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

export interface SqlRunner {
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (no parameters). */
  exec(sql: string): Promise<void>;
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
}

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    async query(sql, params) {
      return (await db.query(sql, params)).rows as never;
    },
    async exec(sql) {
      await db.exec(sql);
    },
    transaction(work) {
      return db.transaction((tx) =>
        work({
          async query(sql, params) {
            return (await tx.query(sql, params)).rows as never;
          },
          async exec(sql) {
            await tx.exec(sql);
          },
          transaction: () => Promise.reject(new Error('nested transactions are not supported')),
        }),
      );
    },
  };
}

export function pgClientRunner(client: pg.ClientBase): SqlRunner {
  const runner: SqlRunner = {
    async query(sql, params) {
      return (await client.query(sql, params as unknown[])).rows;
    },
    async exec(sql) {
      await client.query(sql);
    },
    async transaction(work) {
      await client.query('BEGIN');
      try {
        const result = await work({
          ...runner,
          transaction: () => Promise.reject(new Error('nested transactions are not supported')),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
  };
  return runner;
}
