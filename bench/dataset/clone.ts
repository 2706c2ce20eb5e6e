/**
 * Copies the template cases (templates.ts) to the data set's size inside PostgreSQL: one
 * INSERT ... SELECT over generate_series per table and batch, so nothing crosses the wire but
 * the statement. Copy i of a template gets ids derived from i (md5, so the set is the same
 * every run), its own reference, and an opening time moved back i seconds so the worklist has a
 * strict order; tracks and events are the template's, so every clock and step is the one the
 * engine produced. The CaseEvent trigger chains each copy's events as it would for real writes.
 */
import type { SqlRunner } from '../../apps/api/src/db/sql.ts';

async function columns(sql: SqlRunner, table: string): Promise<string[]> {
  const rows = await sql.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND table_schema = current_schema()
     ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

const q = (name: string) => `"${name}"`;

/** Column list and the SELECT expressions that fill it: `overrides` by name, else the template's value. */
function projection(all: string[], alias: string, overrides: Record<string, string>, skip: string[] = []) {
  const used = all.filter((c) => !skip.includes(c));
  return {
    list: used.map(q).join(', '),
    values: used.map((c) => overrides[c] ?? `${alias}.${q(c)}`).join(', '),
  };
}

export const caseIdSql = (i: string) => `md5('wmk-bench-case-' || ${i})::uuid`;

/**
 * Inserts copies `from`..`to` (inclusive). `slots` maps copy i to a template: i % slots.length;
 * a template listed several times is copied that much more often.
 */
export async function cloneCases(sql: SqlRunner, slots: string[], from: number, to: number): Promise<void> {
  await sql.query('CREATE TEMP TABLE IF NOT EXISTS bench_slot (n int PRIMARY KEY, case_id uuid NOT NULL)');
  await sql.query('TRUNCATE bench_slot');
  await sql.query('INSERT INTO bench_slot SELECT n - 1, id FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, n)', [
    slots,
  ]);
  const slotJoin = `FROM generate_series(${from}, ${to}) g JOIN bench_slot s ON s.n = g % ${slots.length}`;

  const kase = projection(await columns(sql, 'Case'), 't', {
    id: caseIdSql('g'),
    reference: `'WM-B-' || lpad(g::text, 7, '0')`,
    openedAt: `t."openedAt" - make_interval(secs => g)`,
  });
  await sql.query(
    `INSERT INTO "Case" (${kase.list}) SELECT ${kase.values} ${slotJoin} JOIN "Case" t ON t.id = s.case_id`,
  );

  const track = projection(await columns(sql, 'CaseTrack'), 't', {
    id: `md5('wmk-bench-track-' || g || '-' || t."pathwayId")::uuid`,
    caseId: caseIdSql('g'),
  });
  await sql.query(
    `INSERT INTO "CaseTrack" (${track.list}) SELECT ${track.values} ${slotJoin} JOIN "CaseTrack" t ON t."caseId" = s.case_id`,
  );

  // seq, prevHash and hash are the database's (sequence and chain trigger), in copy then event order.
  const event = projection(
    await columns(sql, 'CaseEvent'),
    't',
    { id: `md5('wmk-bench-event-' || g || '-' || t.seq)::uuid`, caseId: caseIdSql('g') },
    ['seq', 'prevHash', 'hash'],
  );
  await sql.query(
    `INSERT INTO "CaseEvent" (${event.list}) SELECT ${event.values} ${slotJoin}
     JOIN "CaseEvent" t ON t."caseId" = s.case_id ORDER BY g, t.seq`,
  );
}
