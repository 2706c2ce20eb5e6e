/**
 * What auditing costs a `case` read that returns identifying fields: the median latency of the
 * same query with the read audit on (one hash-chained AuditEvent per request, written before
 * the response) and off. One run, rounds interleaved so both see the same warm caches.
 *   node --import tsx bench/audit-overhead.bench.ts            embedded PGlite (in memory)
 *   node scripts/with-postgres.mjs node --import tsx bench/audit-overhead.bench.ts
 */
import type { AddressInfo } from 'node:net';
import { closeDatabase, openDatabase, prisma } from '../apps/api/src/db/client.ts';
import { seedAll } from '../prisma/seed/load.ts';
import { logger } from '../apps/api/src/logger.ts';
import { readAuditSwitch } from '../apps/api/src/modules/audit/read-audit.ts';
import { issueApiToken } from '../apps/api/src/modules/identity/api-tokens.service.ts';
import { createServer, listen } from '../apps/api/src/server.ts';

logger.level = 'silent';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const CASE_ID = '6f1d2c1e-0000-4000-8000-000000000001';

const url = process.env.DATABASE_URL;
if (url) {
  // A database of its own on the throwaway server.
  const pg = await import('pg');
  const admin = new pg.default.Client({ connectionString: url });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS waymark_bench');
  await admin.query('CREATE DATABASE waymark_bench');
  await admin.end();
  const bench = new URL(url);
  bench.pathname = '/waymark_bench';
  await openDatabase({ kind: 'postgres', url: bench.toString() });
} else {
  await openDatabase({});
}
await seedAll({ demo: true });
const lead = await prisma.person.findUniqueOrThrow({ where: { email: 'lead.coventry@waymark.example' } });
const { token } = await issueApiToken({
  personId: lead.id,
  name: 'bench',
  scopes: ['READ'],
  expiresAt: new Date(Date.now() + 3600_000),
});
const server = await createServer({
  env: 'test',
  corsOrigins: [],
  rateLimit: { perMinuteIp: 1e9, perMinuteCredential: 1e9 },
});
const http = await listen(server.app, '127.0.0.1', 0);
const endpoint = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
const body = JSON.stringify({
  query: 'query ($id: ID!) { case(id: $id) { reference subject { givenName familyName aliases dateOfBirth } } }',
  variables: { id: Buffer.from(`Case:${CASE_ID}`).toString('base64') },
});

async function once(): Promise<number> {
  const started = performance.now();
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const answer = (await response.json()) as { data?: { case?: unknown } };
  if (!answer.data?.case) throw new Error('the case read failed');
  return performance.now() - started;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

for (let i = 0; i < 20; i++) await once(); // warm-up
const on: number[] = [];
const off: number[] = [];
const auditBefore = await prisma.auditEvent.count({ where: { action: 'case.read.identifying' } });
for (let i = 0; i < ROUNDS; i++) {
  readAuditSwitch.enabled = true;
  on.push(await once());
  readAuditSwitch.enabled = false;
  off.push(await once());
}
readAuditSwitch.enabled = true;
const audited = (await prisma.auditEvent.count({ where: { action: 'case.read.identifying' } })) - auditBefore;

console.log(`case read with identifying fields, ${ROUNDS} rounds each, ${url ? 'PostgreSQL' : 'PGlite (in memory)'}:`);
console.log(`  median with read audit    ${median(on).toFixed(2)} ms  (${audited} audit events written)`);
console.log(`  median without read audit ${median(off).toFixed(2)} ms`);
console.log(`  overhead                  ${(median(on) - median(off)).toFixed(2)} ms per read`);

await new Promise<void>((resolve) => http.close(() => resolve()));
await server.stop();
await closeDatabase();
