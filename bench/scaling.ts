/**
 * Audited reads with one API process and with two (issue 18 target: two processes >= 1.7x one):
 * the case read (names, so every request writes its read-audit row before answering) against one
 * production process, then against two on the same database (the same bundle on two ports, the
 * connections dealt over both), at 10 and 20 connections, interleaved in rounds. Besides req/s
 * it records the CPU per request of the API processes and of PostgreSQL's backends, how busy
 * the whole machine was (2 cores here, shared: a run near 100% is CPU-bound whatever the code
 * does), and the statements that took PostgreSQL's time (pg_stat_statements).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { percentile, runLoad } from './load.ts';
import { childrenCpuMs, cpuMs, machineCpuMs } from './process-stats.ts';
import type { Workload } from './workloads.ts';

export interface ScalingRow {
  connections: number;
  processes: number;
  requests: number;
  errors: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Both API processes' CPU per request, and PostgreSQL's (every backend of the server). */
  apiCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
  /** Share of the machine's CPU time (all cores) that was busy during the bursts, any process. */
  machineBusy: number;
  statementsPerRequest: number;
}

export interface Scaling {
  workload: string;
  rows: ScalingRow[];
  /** Where PostgreSQL spent its time over every burst of this phase, longest first. */
  topStatements: Array<{ query: string; calls: number; meanMs: number; share: number }>;
}

export const SCALING_CONNECTIONS = [10, 20];

/** The server's postmaster pid (its backends are its children), when this process may read it. */
async function postmasterPid(admin: pg.Client): Promise<number | null> {
  try {
    const { rows } = await admin.query<{ setting: string }>(
      `SELECT setting FROM pg_settings WHERE name = 'data_directory'`,
    );
    return Number(readFileSync(path.join(rows[0]!.setting, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
}

export async function measureScaling(options: {
  admin: pg.Client;
  database: string;
  /** The API processes on the same database: the first alone, then both. */
  processes: Array<{ port: number; pid: number }>;
  workload: Workload;
  rounds: number;
  burstMs: number;
  maxRequests: number;
  statements: () => Promise<number>;
}): Promise<Scaling> {
  const { admin, processes, workload } = options;
  const postmaster = await postmasterPid(admin);
  const postgresCpu = () => (postmaster ? childrenCpuMs(postmaster) : NaN);
  // The second process is new: warm each up (JIT, pool connections, the token cache) for as long
  // as a round of bursts, so both start even (the first may have served the other workloads).
  for (const p of processes)
    await runLoad({
      port: p.port,
      connections: 10,
      durationMs: options.burstMs * SCALING_CONNECTIONS.length * 2,
      maxRequests: options.maxRequests,
      request: (i) => workload.request('waymark', i),
      ok: workload.ok,
    });
  await admin.query('SELECT pg_stat_statements_reset()').catch(() => undefined);
  const sums = new Map<
    string,
    Omit<ScalingRow, 'reqPerSec' | 'p50Ms' | 'p99Ms'> & {
      latencies: number[];
      elapsedMs: number;
      busy: number;
      total: number;
    }
  >();
  for (let round = 0; round < options.rounds; round++)
    for (const connections of SCALING_CONNECTIONS)
      for (const count of [1, 2]) {
        const used = processes.slice(0, count);
        const api = () => used.reduce((sum, p) => sum + cpuMs(p.pid), 0);
        const [apiBefore, pgBefore, machineBefore, statementsBefore] = [
          api(),
          postgresCpu(),
          machineCpuMs(),
          await options.statements(),
        ];
        const result = await runLoad({
          port: used.map((p) => p.port),
          connections,
          durationMs: options.burstMs,
          maxRequests: options.maxRequests,
          request: (i) => workload.request('waymark', i),
          ok: workload.ok,
        });
        const machine = machineCpuMs();
        const key = `${connections}|${count}`;
        const sum = sums.get(key) ?? {
          connections,
          processes: count,
          requests: 0,
          errors: 0,
          apiCpuMsPerRequest: 0,
          postgresCpuMsPerRequest: 0,
          machineBusy: 0,
          statementsPerRequest: 0,
          latencies: [],
          elapsedMs: 0,
          busy: 0,
          total: 0,
        };
        sum.requests += result.requests;
        sum.errors += result.errors;
        sum.elapsedMs += result.elapsedMs;
        sum.latencies.push(...result.latenciesMs);
        // Summed here, divided by the requests below.
        sum.apiCpuMsPerRequest += api() - apiBefore;
        sum.postgresCpuMsPerRequest += postgresCpu() - pgBefore;
        sum.statementsPerRequest += (await options.statements()) - statementsBefore;
        sum.busy += machine.busy - machineBefore.busy;
        sum.total += machine.total - machineBefore.total;
        sums.set(key, sum);
      }
  const rows = [...sums.values()].map(({ latencies, elapsedMs, busy, total, ...sum }) => ({
    ...sum,
    reqPerSec: (sum.requests / elapsedMs) * 1000,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    apiCpuMsPerRequest: sum.apiCpuMsPerRequest / sum.requests,
    postgresCpuMsPerRequest: sum.postgresCpuMsPerRequest / sum.requests,
    statementsPerRequest: sum.statementsPerRequest / sum.requests,
    machineBusy: busy / total,
  }));
  const topStatements = await admin
    .query<{ query: string; calls: string; mean: number; share: number }>(
      `SELECT query, calls, mean_exec_time AS mean, total_exec_time / sum(total_exec_time) OVER () AS share
         FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1)
        ORDER BY total_exec_time DESC LIMIT 6`,
      [options.database],
    )
    .then(
      (r) =>
        r.rows.map((row) => ({
          query: row.query.replace(/\s+/g, ' ').slice(0, 160),
          calls: Number(row.calls),
          meanMs: row.mean,
          share: row.share,
        })),
      () => [],
    );
  return { workload: workload.name, rows, topStatements };
}
