/**
 * The benchmark's data set on PostgreSQL: a database of its own (`waymark_bench_<cases>`) on the
 * server at `adminUrl`, migrated, with the reference data and demo people, template cases
 * walked through the pathways by the API's use cases (templates.ts), then copied in the
 * database to `cases` cases (clone.ts). The same seed and size give the same data set.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { closeDatabase, openDatabase } from '../../apps/api/src/db/client.ts';
import { pgClientRunner, type SqlRunner } from '../../apps/api/src/db/sql.ts';
import { logger } from '../../apps/api/src/logger.ts';
import { seedAll } from '../../prisma/seed/load.ts';
import { cloneCases } from './clone.ts';
import { makeTemplates, type Template } from './templates.ts';

export interface Dataset {
  url: string;
  database: string;
  cases: number;
  templates: Template[];
  /** The template whose copies the transition workload moves (one copy per request). */
  poolTemplate: Template;
  /** Copy slots (template ids) and how many copies were made: see copiesOf. */
  slots: string[];
  copies: number;
  buildMs: number;
}

/** Most copies per INSERT: bounded so one statement's memory stays small at 1M cases. */
const BATCH = 20_000;
/** Templates per demo case: walked 0..PER_DEMO-1 extra steps. */
const PER_DEMO = 4;
/** The transition pool's template is listed this many extra times among the copy slots. */
const POOL_WEIGHT = 4;

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function buildDataset(adminUrl: string, cases: number, seed = 18): Promise<Dataset> {
  const started = performance.now();
  const database = `waymark_bench_${cases}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = databaseUrl(adminUrl, database);

  const level = logger.level;
  logger.level = 'silent';
  await openDatabase({ kind: 'postgres', url });
  try {
    await seedAll({ demo: true });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const filled = await populate(pgClientRunner(client), cases, { seed });
      await client.query('ANALYZE');
      return { url, database, ...filled, buildMs: performance.now() - started };
    } finally {
      await client.end();
    }
  } finally {
    await closeDatabase();
    logger.level = level;
  }
}

/**
 * Fills the open database (seeded with the reference and demo data) to `cases` cases: the
 * templates through the API's use cases, then copies in SQL. Works on PGlite too (the test).
 */
export async function populate(
  sql: SqlRunner,
  cases: number,
  options: { seed: number; perDemo?: number },
): Promise<Pick<Dataset, 'cases' | 'templates' | 'poolTemplate' | 'slots' | 'copies'>> {
  const templates = await makeTemplates(options.perDemo ?? PER_DEMO, options.seed);
  // Bexley's referral at its crisis assessment: a step with transitions its team may take at
  // once (Coventry's cases wait for consent, recorded by its own mutation).
  const poolTemplate = templates.find((t) => t.pathwayId === 'bexley-referral' && t.depth === 0);
  if (!poolTemplate) throw new Error('no bexley-referral template to take transitions on');
  const slots = [...templates.map((t) => t.caseId), ...Array<string>(POOL_WEIGHT).fill(poolTemplate.caseId)];
  const copies = Math.max(0, cases - (await countUncopied(sql)));
  // Batches double from 1,000 copies, with fresh statistics before each: the chain trigger's
  // lookup of a case's last event is planned from them, and a plan made while the table held
  // only the templates scans the whole table for every row (100k cases took minutes per batch).
  for (let from = 1, size = 1_000; from <= copies; from += size, size = Math.min(BATCH, size * 2)) {
    await sql.query('ANALYZE "CaseEvent"');
    await cloneCases(sql, slots, from, Math.min(copies, from + size - 1));
  }
  return { cases, templates, poolTemplate, slots, copies };
}

/** Cases that are not copies: the demo cases and the templates. */
async function countUncopied(sql: SqlRunner): Promise<number> {
  const rows = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Case" WHERE reference NOT LIKE 'WM-B-%'`,
  );
  return Number(rows[0]!.n);
}

/** PostgreSQL's md5(text)::uuid, in JS: clone.ts derives every copied id this way. */
export function md5Uuid(text: string): string {
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const copyId = (n: number) => md5Uuid(`wmk-bench-case-${n}`);
export const copyTrackId = (n: number, pathwayId: string) => md5Uuid(`wmk-bench-track-${n}-${pathwayId}`);

/** The copies of a template, in copy order (copy i is of template slots[i % slots.length]). */
export function copiesOf(
  dataset: Pick<Dataset, 'copies' | 'slots'>,
  templateId: string,
): Array<{ n: number; id: string }> {
  const copies: Array<{ n: number; id: string }> = [];
  for (let n = 1; n <= dataset.copies; n++)
    if (dataset.slots[n % dataset.slots.length] === templateId) copies.push({ n, id: copyId(n) });
  return copies;
}
