/**
 * B1: the benchmark's two reads served by node:http and `pg` with hand-written SQL, the least a
 * server could do for the same JSON (bench/README.md). No GraphQL, no auth, no audit: the
 * viewer's organisation comes from BENCH_ORGANISATION_ID. Prints "B1 ready on <port>".
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { caseAnswer, caseIdOf, readBody, worklistAnswer } from './answers.ts';
import { transitionB1, type Mover, type TransitionInput } from './b1-transition.ts';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const org = process.env.BENCH_ORGANISATION_ID!;
const mover = JSON.parse(process.env.BENCH_MOVER ?? 'null') as Mover;
// The API's rule (case-access.ts teamCasesWhere): the case's row for the viewer's organisation in
// CaseAccess, which the database keeps (owner, meeting invitees, case-team grants).
const VISIBLE = `c.id IN (SELECT a."caseId" FROM "CaseAccess" a WHERE a."principalId" = $1)`;
const COLUMNS = `c.id, c.reference, c.status, c."concernKind", c.version, c."openedAt", c."owningOrganisationId", c."givenName", c."familyName"`;

async function worklist() {
  const [count, page] = await Promise.all([
    pool.query(`SELECT count(*)::int AS n FROM "Case" c WHERE ${VISIBLE}`, [org]),
    pool.query(`SELECT ${COLUMNS} FROM "Case" c WHERE ${VISIBLE} ORDER BY c."openedAt" DESC, c.id DESC LIMIT 50`, [
      org,
    ]),
  ]);
  return worklistAnswer(count.rows[0].n, page.rows, org);
}

async function oneCase(id: string) {
  const { rows } = await pool.query(
    `SELECT ${COLUMNS}, c.facts, c."dateOfBirth", c."estimatedAge", c."ageUncertain", c."claimedAge", c."reasonToBelieveChild",
       (SELECT coalesce(json_agg(t ORDER BY t."startedAt"), '[]') FROM (SELECT "pathwayId", "pathwayVersion", step, events, "closedAt", "startedAt" FROM "CaseTrack" WHERE "caseId" = c.id) t) AS tracks,
       (SELECT coalesce(json_agg(e), '[]') FROM (SELECT kind, "occurredAt" FROM "CaseEvent" WHERE "caseId" = c.id ORDER BY "occurredAt" DESC, id DESC LIMIT 50) e) AS events
     FROM "Case" c WHERE c.id = $2 AND ${VISIBLE}`,
    [org, id],
  );
  const row = rows[0];
  if (!row) return caseAnswer(null, [], [], org);
  const tracks = row.tracks.map((t: { closedAt: string | null }) => ({
    ...t,
    closedAt: t.closedAt ? new Date(t.closedAt) : null,
  }));
  const events = row.events.map((e: { kind: string; occurredAt: string }) => ({
    kind: e.kind,
    occurredAt: new Date(e.occurredAt),
  }));
  return caseAnswer(row, tracks, events, org);
}

/** The mutation's input as the API receives it (global ids), with the database's ids. */
const fromGlobalIds = (input: TransitionInput): TransitionInput => ({
  ...input,
  caseId: caseIdOf(input.caseId),
  trackId: Buffer.from(input.trackId, 'base64')
    .toString('utf8')
    .replace(/^CaseTrack:/, ''),
});

const server = createServer((req, res) => {
  void (async () => {
    try {
      const body = await readBody(req);
      const answer =
        req.url === '/worklist'
          ? await worklist()
          : req.url === '/transition'
            ? await transitionB1(pool, mover, fromGlobalIds(body.variables?.input as unknown as TransitionInput))
            : await oneCase(caseIdOf(body.variables?.id ?? ''));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    } catch (error) {
      res.writeHead(500).end(String((error as Error).name));
    }
  })();
});
server.listen(0, '127.0.0.1', () => console.log(`B1 ready on ${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
