/**
 * What the background work does with the demo data, in one run on embedded PGlite (or on
 * DATABASE_URL's server, in a database of its own):
 * 1. the reminders the demo cases call for over a simulated 60 days (a sweep every simulated
 *    hour, from now), by kind: what a deployment with this data would send;
 * 2. webhook latency: from a case opening (its transaction committed) to the partner's receiver
 *    on 127.0.0.1 getting the signed event, with the real job queue at its default settings
 *    (dispatch every second, workers polling every half second); median and p99 over N cases.
 *   node --import tsx bench/notifications.bench.ts
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeDatabase, currentDatabase, openDatabase, prisma } from '../apps/api/src/db/client.ts';
import { startJobs } from '../apps/api/src/jobs/runner.ts';
import { logger } from '../apps/api/src/logger.ts';
import { openCase } from '../apps/api/src/modules/cases/case-open.service.ts';
import { sweepReminders } from '../apps/api/src/modules/notifications/reminder-sweep.ts';
import { seedAll } from '../prisma/seed/load.ts';
import { coventryWebhook } from './support/webhook-endpoint.ts';

logger.level = 'silent';
const CASES = Number(process.env.BENCH_WEBHOOK_CASES ?? 50);
const HOUR = 3_600_000;

const url = process.env.DATABASE_URL;
if (url) {
  const pg = await import('pg');
  const admin = new pg.default.Client({ connectionString: url });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS waymark_bench_notifications');
  await admin.query('CREATE DATABASE waymark_bench_notifications');
  await admin.end();
  const own = new URL(url);
  own.pathname = '/waymark_bench_notifications';
  await openDatabase({ kind: 'postgres', url: own.toString() });
} else {
  await openDatabase({});
}
await seedAll({ demo: true });

// 1. Sixty simulated days of reminders for the demo cases.
const start = Date.now();
for (let hour = 0; hour <= 60 * 24; hour++) await sweepReminders(new Date(start + hour * HOUR));
const byKind = await prisma.notification.groupBy({ by: ['kind'], _count: true, orderBy: { kind: 'asc' } });
const openCases = await prisma.case.count({ where: { status: 'OPEN', tracks: { some: {} } } });
console.log(`Reminders over 60 simulated days, ${openCases} open demo cases with tracks (hourly sweeps):`);
for (const row of byKind) console.log(`  ${row.kind}: ${row._count}`);
console.log(`  in all: ${byKind.reduce((n, r) => n + r._count, 0)}`);
await prisma.notification.deleteMany();

// 2. Webhook latency with the real queue.
const received = new Map<string, number>();
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const event = JSON.parse(body) as { data: { caseReference?: string } };
    if (event.data.caseReference) received.set(event.data.caseReference, performance.now());
    res.statusCode = 204;
    res.end();
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { viewer } = await coventryWebhook(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
const runner = await startJobs(currentDatabase(), {
  notifications: { publicUrl: 'http://127.0.0.1', smtp: null, notify: null },
  reminderSweepMs: 24 * HOUR,
});
const sentAt = new Map<string, number>();
for (let i = 0; i < CASES; i++) {
  const opened = await openCase(
    { viewer, requestId: `bench-${i}` },
    { concernKind: 'POTENTIAL_VICTIM', concern: 'bench' },
  );
  sentAt.set(opened.case.reference, performance.now());
  await new Promise((resolve) => setTimeout(resolve, 200)); // events spread out, as people make them
}
for (let i = 0; i < 600 && received.size < CASES; i++) await new Promise((resolve) => setTimeout(resolve, 100));
const latencies = [...sentAt].map(([ref, at]) => (received.get(ref) ?? NaN) - at).sort((a, b) => a - b);
const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
console.log(
  `\nWebhook latency, case opened -> receiver, ${received.size}/${CASES} delivered (${url ? 'PostgreSQL' : 'PGlite'}):`,
);
console.log(
  `  median ${pick(0.5).toFixed(0)} ms, p99 ${pick(0.99).toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms`,
);
await runner.stop();
server.close();
await closeDatabase();
