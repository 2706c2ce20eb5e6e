/**
 * B2: the benchmark's two reads served by node:http and the project's own Prisma client (same
 * driver adapter and pool as the API), without GraphQL, auth or audit: what the data layer
 * alone costs. The viewer's organisation comes from BENCH_ORGANISATION_ID. Prints "B2 ready on <port>".
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase, prisma } from '../../apps/api/src/db/client.ts';
import { logger } from '../../apps/api/src/logger.ts';
import { teamCasesWhere } from '../../apps/api/src/modules/cases/case-access.ts';
import { AGE_SUBJECT_SELECT } from '../../apps/api/src/modules/pathways/engine-adapter.ts';
import { caseAnswer, caseIdOf, readBody, worklistAnswer } from './answers.ts';

logger.level = 'silent';
await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL! }, { migrate: false });
const org = process.env.BENCH_ORGANISATION_ID!;
const where = teamCasesWhere({
  personId: '',
  displayName: '',
  roles: ['LEAD'],
  organisation: { id: org } as never,
});
const select = {
  id: true,
  reference: true,
  status: true,
  concernKind: true,
  version: true,
  openedAt: true,
  owningOrganisationId: true,
  givenName: true,
  familyName: true,
} as const;

async function worklist() {
  const [total, rows] = await Promise.all([
    prisma.case.count({ where }),
    prisma.case.findMany({ where, select, orderBy: [{ openedAt: 'desc' }, { id: 'desc' }], take: 50 }),
  ]);
  return worklistAnswer(total, rows, org);
}

async function oneCase(id: string) {
  const row = await prisma.case.findFirst({
    where: { AND: [{ id }, where] },
    select: {
      ...select,
      ...AGE_SUBJECT_SELECT,
      tracks: {
        orderBy: { startedAt: 'asc' },
        select: { pathwayId: true, pathwayVersion: true, step: true, events: true, closedAt: true },
      },
      events: { orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }], take: 50, select: { kind: true, occurredAt: true } },
    },
  });
  return row ? caseAnswer(row, row.tracks, row.events, org) : caseAnswer(null, [], [], org);
}

const server = createServer((req, res) => {
  void (async () => {
    try {
      const body = await readBody(req);
      const answer = req.url === '/worklist' ? await worklist() : await oneCase(caseIdOf(body.variables?.id ?? ''));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    } catch (error) {
      res.writeHead(500).end(String((error as Error).name));
    }
  })();
});
server.listen(0, '127.0.0.1', () => console.log(`B2 ready on ${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
