/**
 * Whether B1's hand-written transition makes the change Waymark makes: one copy moved by each
 * (copies of the same template, at the same step), then every row the change touches compared
 * after normalising what must differ: the case and track ids, generated ids, times, and the
 * audit row's `via` (the API token Waymark was called with; B1 has no authentication).
 */
import pg from 'pg';
import type { TransitionCopy } from './workloads.ts';

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/g;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Every row the transition wrote or the triggers keep, for one copy, as normalised JSON. */
async function changeOf(db: pg.Client, copy: TransitionCopy): Promise<string> {
  const one = async (sql: string) => (await db.query(sql, [copy.caseId, copy.version])).rows;
  const rows = {
    case: await one(`SELECT version, status, facts FROM "Case" WHERE id = $1 AND $2::int IS NOT NULL`),
    tracks: await one(
      `SELECT "pathwayId", "pathwayVersion", step, events, "closedAt" FROM "CaseTrack" WHERE "caseId" = $1 AND $2::int IS NOT NULL ORDER BY "pathwayId"`,
    ),
    events: await one(
      `SELECT kind, "actorId", "organisationId", "caseVersion", data, "occurredAt" = "recordedAt" AS "occurredNow",
              length(hash) = 64 AND length("prevHash") = 64 AS chained
         FROM "CaseEvent" WHERE "caseId" = $1 AND "caseVersion" > $2 ORDER BY seq`,
    ),
    audit: await one(
      `SELECT action, "actorId", "organisationId", "entityType", data - 'via' AS data
         FROM "AuditEvent" WHERE "entityId" = $1::text AND $2::int IS NOT NULL ORDER BY id`,
    ),
    access: await one(
      `SELECT "principalId" FROM "CaseAccess" WHERE "caseId" = $1 AND $2::int IS NOT NULL ORDER BY "principalId"`,
    ),
  };
  // The people and organisations acting are the same in both; the case's own ids are not.
  const own = new Set([copy.caseId, copy.trackId]);
  return JSON.stringify(rows)
    .replace(ISO, '<time>')
    .replace(UUID, (id) => (own.has(id) ? '<own id>' : id))
    .replace(/"trackId":"[^"]+"/g, '"trackId":"<track>"');
}

export async function sameChange(
  url: string,
  waymark: TransitionCopy,
  b1: TransitionCopy,
): Promise<{ same: boolean; waymark: string; b1: string }> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const [a, b] = [await changeOf(db, waymark), await changeOf(db, b1)];
    return { same: a === b, waymark: a, b1: b };
  } finally {
    await db.end();
  }
}
