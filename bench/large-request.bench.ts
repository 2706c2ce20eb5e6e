/**
 * How long other users wait while one user sends the largest request the API accepts: a
 * `nodes(ids:)` with as many case ids as a request may hold (operation-guards' MAX_LIST_ITEMS),
 * each with identity, tracks and a page of timeline. A second user sends a small `cases` query
 * in a loop meanwhile; its latency is compared with the same loop on an idle API. Also: how long
 * the refusal of the request that froze the API (15,000 ids) takes.
 *   node --import tsx bench/large-request.bench.ts            embedded PGlite (in memory)
 *   node scripts/with-postgres.mjs node --import tsx bench/large-request.bench.ts
 */
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { closeDatabase, openDatabase, prisma } from '../apps/api/src/db/client.ts';
import { seedAll } from '../prisma/seed/load.ts';
import { MAX_LIST_ITEMS } from '../apps/api/src/http/operation-guards.ts';
import { logger } from '../apps/api/src/logger.ts';
import { issueApiToken } from '../apps/api/src/modules/identity/api-tokens.service.ts';
import { createServer, listen } from '../apps/api/src/server.ts';

logger.level = 'silent';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const url = process.env.DATABASE_URL;
if (url) {
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

async function tokenFor(email: string) {
  const person = await prisma.person.findUniqueOrThrow({ where: { email } });
  const issued = await issueApiToken({
    personId: person.id,
    name: 'bench',
    scopes: ['READ'],
    expiresAt: new Date(Date.now() + 3600_000),
  });
  return issued.token;
}
const big = await tokenFor('lead.coventry@waymark.example');
const other = await tokenFor('lead.bexley@waymark.example');
const server = await createServer({
  env: 'test',
  corsOrigins: [],
  rateLimit: { perMinuteIp: 1e9, perMinuteCredential: 1e9 },
});
const http = await listen(server.app, '127.0.0.1', 0);
const endpoint = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;

// Every case the lead may see, repeated up to the cap (each id is loaded and checked on its own).
const visible = await prisma.case.findMany({ select: { id: true } });
const ids = Array.from({ length: MAX_LIST_ITEMS }, (_, i) =>
  Buffer.from(`Case:${visible[i % visible.length]!.id}`).toString('base64'),
);
const largest = JSON.stringify({
  query: `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Case { reference subject { givenName familyName dateOfBirth }
    tracks { step { id } } timeline(first: 20) { edges { node { kind occurredAt } } } } } }`,
  variables: { ids },
});
const frozeMain = JSON.stringify({
  query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
  variables: { ids: Array.from({ length: 15_000 }, () => Buffer.from(`Case:${randomUUID()}`).toString('base64')) },
});
const small = JSON.stringify({ query: '{ cases(first: 5) { totalCount edges { node { reference } } } }' });

async function send(body: string, token: string): Promise<{ ms: number; status: number; errors: boolean }> {
  const started = performance.now();
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const answer = (await response.json()) as { errors?: unknown[] };
  if (answer.errors && process.env.BENCH_DEBUG) console.error(JSON.stringify(answer.errors));
  return { ms: performance.now() - started, status: response.status, errors: Boolean(answer.errors) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const max = (values: number[]) => Math.max(...values);

for (let i = 0; i < 10; i++) await send(small, other); // warm-up
const idle: number[] = [];
for (let i = 0; i < 50; i++) idle.push((await send(small, other)).ms);

const bigMs: number[] = [];
const waits: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  let running = true;
  const bigRun = send(largest, big).then((result) => {
    running = false;
    if (result.status !== 200 || result.errors) throw new Error(`the largest request was refused (${result.status})`);
    return result.ms;
  });
  while (running) waits.push((await send(small, other)).ms);
  bigMs.push(await bigRun);
}
const refused = await send(frozeMain, big);

console.log(`largest accepted request, ${url ? 'PostgreSQL' : 'PGlite (in memory)'}, ${ROUNDS} rounds:`);
console.log(`  nodes(ids:) with ${MAX_LIST_ITEMS} case ids (identity, tracks, 20 timeline events each)`);
console.log(`  its own time             median ${median(bigMs).toFixed(0)} ms, max ${max(bigMs).toFixed(0)} ms`);
console.log(`  another user, idle API   median ${median(idle).toFixed(1)} ms, max ${max(idle).toFixed(1)} ms`);
console.log(
  `  another user, meanwhile  median ${median(waits).toFixed(1)} ms, max ${max(waits).toFixed(1)} ms (${waits.length} requests)`,
);
console.log(`  15,000 ids: HTTP ${refused.status} after ${refused.ms.toFixed(0)} ms`);

await new Promise<void>((resolve) => http.close(() => resolve()));
await server.stop();
await closeDatabase();
