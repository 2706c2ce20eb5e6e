/**
 * A partner's receiver that answers 500 for ten minutes (BENCH_OUTAGE_SECONDS), then recovers:
 * measured, with the real job queue at its default settings (first retry after 30 s, doubling
 * with jitter, 10 retries), on embedded PGlite. Five cases open at the start of the outage; the
 * run prints, per delivery, every attempt's time since the first one and when it succeeded.
 *   node --import tsx bench/webhook-outage.bench.ts
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeDatabase, currentDatabase, openDatabase, prisma } from '../apps/api/src/db/client.ts';
import { startJobs } from '../apps/api/src/jobs/runner.ts';
import { logger } from '../apps/api/src/logger.ts';
import { openCase } from '../apps/api/src/modules/cases/case-open.service.ts';
import { seedAll } from '../prisma/seed/load.ts';
import { coventryWebhook } from './support/webhook-endpoint.ts';

logger.level = 'silent';
const OUTAGE_MS = Number(process.env.BENCH_OUTAGE_SECONDS ?? 600) * 1000;
const CASES = 5;

await openDatabase({});
await seedAll({ demo: true });

const attempts = new Map<string, number[]>();
const succeeded = new Map<string, number>();
let outageEnds = Infinity;
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const id = String(req.headers['webhook-id']);
    const now = performance.now();
    attempts.set(id, [...(attempts.get(id) ?? []), now]);
    res.statusCode = now < outageEnds ? 500 : 204;
    if (res.statusCode === 204 && !succeeded.has(id)) succeeded.set(id, now);
    res.end();
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { viewer } = await coventryWebhook(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
const runner = await startJobs(currentDatabase(), {
  notifications: { publicUrl: 'http://127.0.0.1', smtp: null, notify: null },
  reminderSweepMs: 24 * 3_600_000,
});
const start = performance.now();
outageEnds = start + OUTAGE_MS;
for (let i = 0; i < CASES; i++) {
  await openCase({ viewer, requestId: `outage-${i}` }, { concernKind: 'POTENTIAL_VICTIM', concern: 'bench' });
}
// Bounded: the outage plus the longest retry gap pg-boss can choose after it (about 17 minutes).
const limit = start + OUTAGE_MS + 20 * 60_000;
while (performance.now() < limit && (succeeded.size < CASES || attempts.size < CASES)) {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}
const s = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
console.log(`Receiver answering 500 for ${s(OUTAGE_MS)}, then 204 (PGlite, default retry settings):`);
for (const [id, times] of attempts) {
  const first = times[0]!;
  const done = succeeded.get(id);
  console.log(
    `  ${id.slice(0, 12)}: ${times.length} attempts at ${times.map((t) => s(t - first)).join(', ')}; ` +
      (done
        ? `delivered ${s(done - first)} after the first attempt, ${s(done - outageEnds)} after recovery`
        : 'not delivered'),
  );
}
const statuses = await prisma.webhookDelivery.groupBy({ by: ['status'], _count: true });
console.log(`  deliveries by status: ${statuses.map((r) => `${r.status} ${r._count}`).join(', ')}`);
await runner.stop();
server.close();
await closeDatabase();
