/**
 * P1: the benchmark's two reads served by PostGraphile 5 over the same tables (issue 18's third
 * baseline). The visibility rule is PostgreSQL row-level security on "Case" for a role of its own
 * (bench_p1, set per request through PostGraphile's pgSettings), the same rule Waymark applies
 * (case-access.ts teamCasesWhere: a CaseAccess row for the viewer's organisation). PostGraphile
 * answers in its own shape; this server maps that answer to Waymark's JSON with the same code as
 * B1 and B2 (answers.ts: names only for the owning organisation, the engine's next deadline), so
 * the three are checked byte for byte against Waymark. No authentication, no audit: the viewer's
 * organisation comes from BENCH_ORGANISATION_ID. Prints "P1 ready on <port>".
 */
import './with-resolvers.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafast } from 'postgraphile/grafast';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { caseAnswer, caseIdOf, readBody, worklistAnswer, type CaseRow } from './answers.ts';

const url = process.env.DATABASE_URL!;
const org = process.env.BENCH_ORGANISATION_ID!;
const ROLE = 'bench_p1';

/** The role and the policy, made once per data set (the data set's database is dropped after the run). */
async function rowLevelSecurity() {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DO $$ BEGIN CREATE ROLE ${ROLE} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
    await admin.query(`GRANT USAGE ON SCHEMA public TO ${ROLE}`);
    await admin.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${ROLE}`);
    await admin.query(`ALTER TABLE "Case" ENABLE ROW LEVEL SECURITY`);
    await admin.query(`DROP POLICY IF EXISTS bench_p1_visible ON "Case"`);
    // Waymark's rule (the owner, meeting invitees, active case-team grants, kept by triggers).
    await admin.query(
      `CREATE POLICY bench_p1_visible ON "Case" FOR SELECT TO ${ROLE} USING (EXISTS (
         SELECT 1 FROM "CaseAccess" a WHERE a."caseId" = "Case".id
            AND a."principalId" = nullif(current_setting('bench.organisation', true), '')::uuid))`,
    );
  } finally {
    await admin.end();
  }
}

await rowLevelSecurity();
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  // The tables' own "id" columns, not the Node interface's global ids.
  disablePlugins: ['NodePlugin'],
  pgServices: [makePgService({ connectionString: url, schemas: ['public'], poolConfig: { max: 10 } })],
  grafast: {
    context: () => ({ pgSettings: { role: ROLE, 'bench.organisation': org } }),
  },
});
const schema = await pgl.getSchema();
const resolvedPreset = pgl.getResolvedPreset();

// PostGraphile names a table's own "id" column rowId; unindexed columns (CaseTrack.startedAt) are
// not orderable, so a case's few tracks are ordered here.
const P1_WORKLIST = `{ allCases(first: 50, orderBy: [OPENED_AT_DESC, ROW_ID_DESC]) { totalCount nodes {
  id: rowId reference status concernKind version openedAt owningOrganisationId givenName familyName } } }`;
const P1_CASE = `query ($id: UUID!) { caseByRowId(rowId: $id) {
  id: rowId reference status concernKind version openedAt owningOrganisationId givenName familyName
  facts dateOfBirth estimatedAge ageUncertain claimedAge reasonToBelieveChild
  caseTracksByCaseId { nodes { pathwayId pathwayVersion step events closedAt startedAt } }
  caseEventsByCaseId(first: 50, orderBy: [OCCURRED_AT_DESC, ROW_ID_DESC]) { nodes { kind occurredAt } } } }`;

async function run(source: string, variableValues?: Record<string, unknown>) {
  const result = (await grafast({ schema, source, variableValues, resolvedPreset, requestContext: {} })) as {
    data?: Record<string, unknown>;
    errors?: unknown[];
  };
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

// PostGraphile answers a timestamp without time zone as it is stored (UTC here, as Prisma writes it).
const utc = (value: string) => new Date(/[Zz]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
type Row = Omit<CaseRow, 'openedAt'> & { openedAt: string };
const caseRow = (row: Row): CaseRow => ({ ...row, openedAt: utc(row.openedAt) });

async function worklist() {
  const { allCases } = (await run(P1_WORKLIST)) as { allCases: { totalCount: number; nodes: Row[] } };
  return worklistAnswer(allCases.totalCount, allCases.nodes.map(caseRow), org);
}

async function oneCase(id: string) {
  // Waymark answers null for an id that is not a case id at all; so does this.
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return caseAnswer(null, [], [], org);
  const { caseByRowId: row } = (await run(P1_CASE, { id })) as {
    caseByRowId:
      | (Row & {
          dateOfBirth: string | null;
          caseTracksByCaseId: {
            nodes: Array<{ closedAt: string | null; startedAt: string } & Record<string, unknown>>;
          };
          caseEventsByCaseId: { nodes: Array<{ kind: string; occurredAt: string }> };
        } & Record<string, unknown>)
      | null;
  };
  if (!row) return caseAnswer(null, [], [], org);
  const tracks = row.caseTracksByCaseId.nodes
    .map(({ startedAt, ...t }) => ({ ...t, startedAt: utc(startedAt), closedAt: t.closedAt ? utc(t.closedAt) : null }))
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const events = row.caseEventsByCaseId.nodes.map((e) => ({ kind: e.kind, occurredAt: utc(e.occurredAt) }));
  const subject = { ...caseRow(row), dateOfBirth: row.dateOfBirth ? new Date(`${row.dateOfBirth}T00:00:00Z`) : null };
  return caseAnswer(subject as never, tracks as never, events, org);
}

const server = createServer((req, res) => {
  void (async () => {
    try {
      const body = await readBody(req);
      const answer = req.url === '/worklist' ? await worklist() : await oneCase(caseIdOf(body.variables?.id ?? ''));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    } catch (error) {
      if (process.env.BENCH_DEBUG) console.error(error);
      res.writeHead(500).end(String((error as Error).name));
    }
  })();
});
server.listen(0, '127.0.0.1', () => console.log(`P1 ready on ${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => void Promise.resolve(pgl.release()).then(() => process.exit(0))));
