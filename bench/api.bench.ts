/**
 * `pnpm bench`: the API under load (issue 18). For each size (1k, 10k, 100k cases; 1M with
 * --million; or --cases 1000,10000) it builds the data set (bench/dataset), starts Waymark as
 * production does (the bundled apps/api/dist/main.mjs, NODE_ENV=production) plus B1 and B2
 * (bench/baselines), then runs every workload against every target it applies to, in rounds
 * interleaved so each target sees the same machine load, with 10 connections. Then the second
 * start of the API on existing PGlite data. Writes bench/results/<date>.md and .json.
 * Needs DATABASE_URL (pnpm bench starts a throwaway server with pg_stat_statements: bench/run.mjs).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { baseEnv, repoRoot, startProcess, type Running } from '../test/support/processes.ts';
import { prepare } from './api-setup.ts';
import { buildDataset } from './dataset/build.ts';
import { percentile, runLoad } from './load.ts';
import { cpuMs, rssMb } from './process-stats.ts';
import { renderMarkdown, type Measurement, type Results } from './report.ts';
import { CASE, TRANSITION, transitionVariables, WORKLIST, workloads, type Target, type Workload } from './workloads.ts';
import { sameChange } from './same-change.ts';
import { measureScaling } from './scaling.ts';
import type { Mover } from './baselines/b1-transition.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const SIZES = flag('--cases')?.split(',').map(Number) ?? [
  1_000,
  10_000,
  100_000,
  ...(args.includes('--million') ? [1_000_000] : []),
];
const ROUNDS = Number(flag('--rounds') ?? 3);
/** `--workloads case,caseTransition,scaling`: only the workloads whose name's first word is listed (a quicker look at a few). */
const ONLY = flag('--workloads')?.split(',');
const BURST_MS = Number(flag('--burst-ms') ?? 2_000);
const CONNECTIONS = 10;
/** Bounds each burst whatever the speed: the loop is a measurement, never a load test. */
const MAX_REQUESTS = 5_000;

const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) {
  console.error(
    'bench/api.bench.ts needs DATABASE_URL: run it with `pnpm bench` (which starts a throwaway PostgreSQL).',
  );
  process.exit(2);
}

async function statements(admin: pg.Client, database: string): Promise<number> {
  try {
    const { rows } = await admin.query<{ n: string | null }>(
      `SELECT sum(calls) AS n FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1)`,
      [database],
    );
    return Number(rows[0]?.n ?? 0);
  } catch {
    return NaN;
  }
}

/** Waymark as production runs it: the bundle, NODE_ENV=production, a real token per request. */
async function startWaymark(url: string): Promise<Running> {
  const anchor = mkdtempSync(path.join(tmpdir(), 'waymark-bench-anchor-'));
  return startProcess(path.join(repoRoot, 'apps/api/dist/main.mjs'), [], {
    env: {
      ...baseEnv(),
      NODE_ENV: 'production',
      DATABASE_URL: url,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      // Reminders and webhooks would sweep every case each minute beside the measured requests.
      JOBS: 'off',
      RATE_LIMIT_PER_MINUTE_IP: '100000000',
      RATE_LIMIT_PER_MINUTE_CREDENTIAL: '100000000',
      AUDIT_ANCHOR_FILE: path.join(anchor, 'anchor.json'),
    },
    // BENCH_CPU_PROF=<dir>: a V8 CPU profile of each Waymark process, written when it stops
    // (bench/cpu-profile.ts summarises it).
    nodeFlags: process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [],
    ready: /Waymark API ready at http:\/\/127\.0\.0\.1:(\d+)/,
  });
}

type Targets = Record<Exclude<Target, 'p1'>, { port: number; proc: Running }> &
  Partial<Record<'p1', { port: number; proc: Running }>>;

async function startTargets(url: string, organisationId: string, mover: Mover): Promise<Targets> {
  const waymark = await startWaymark(url);
  const baseline = (name: string) =>
    startProcess(path.join(repoRoot, `bench/baselines/${name}-server.ts`), [], {
      env: {
        ...baseEnv(),
        DATABASE_URL: url,
        BENCH_ORGANISATION_ID: organisationId,
        BENCH_MOVER: JSON.stringify(mover),
        NODE_ENV: 'production',
        GRAPHILE_ENV: 'production',
      },
      ready: /ready on (\d+)/,
    });
  const [b1, b2] = [await baseline('b1'), await baseline('b2')];
  // PostGraphile is a devDependency of the benchmark alone: without it (or a role it may create
  // on DATABASE_URL's server) the run goes on without P1 and says why.
  const p1 = await baseline('p1').catch((error: Error) => {
    console.error(`P1 (PostGraphile) did not start; measured without it: ${error.message.slice(0, 500)}`);
    return null;
  });
  const port = (p: Running) => Number(p.match[1]);
  return {
    waymark: { port: port(waymark), proc: waymark },
    b1: { port: port(b1), proc: b1 },
    b2: { port: port(b2), proc: b2 },
    ...(p1 ? { p1: { port: port(p1), proc: p1 } } : {}),
  };
}

/** The same read from every server: whether B1, B2 and P1 answer what Waymark answers. */
async function sameAnswers(targets: Targets, token: string, caseId: string): Promise<Record<string, boolean>> {
  const ask = async (target: Target, pathName: string, query: string, variables?: unknown) => {
    const response = await fetch(
      `http://127.0.0.1:${targets[target]!.port}${target === 'waymark' ? '/graphql' : pathName}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      },
    );
    const text = await response.text();
    try {
      return JSON.stringify(JSON.parse(text));
    } catch {
      return `${response.status} ${text.slice(0, 200)}`;
    }
  };
  const id = Buffer.from(`Case:${caseId}`).toString('base64');
  const out: Record<string, boolean> = {};
  for (const [name, pathName, query, variables] of [
    ['worklist', '/worklist', WORKLIST, undefined],
    ['case', '/case', CASE, { id }],
  ] as const) {
    const reference = await ask('waymark', pathName, query, variables);
    for (const target of (['b1', 'b2', 'p1'] as const).filter((t) => targets[t])) {
      const answer = await ask(target, pathName, query, variables);
      out[`${name} ${target}`] = answer === reference;
      if (answer !== reference && process.env.BENCH_DEBUG) console.error(`${name} ${target}\n${reference}\n${answer}`);
    }
  }
  return out;
}

/**
 * Whether B1's transition makes the same change as Waymark's (same-change.ts): the first two
 * copies of the pool, one moved by each, before the pool is dealt to the workload.
 */
async function sameTransition(
  targets: Targets,
  input: Awaited<ReturnType<typeof prepare>>,
  url: string,
): Promise<boolean> {
  const [ours, theirs] = input.transitionPool.splice(0, 2);
  if (!ours || !theirs) return false;
  const send = async (target: Target, pathName: string, copy: typeof ours, token?: string) => {
    const response = await fetch(`http://127.0.0.1:${targets[target]!.port}${pathName}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: TRANSITION, variables: transitionVariables(copy, input.transition) }),
    });
    return JSON.stringify(await response.json());
  };
  const answers = [await send('waymark', '/graphql', ours, input.moverToken), await send('b1', '/transition', theirs)];
  const compared = await sameChange(url, ours, theirs);
  const same = compared.same && answers[0] === answers[1];
  if (!same && process.env.BENCH_DEBUG)
    console.error(`transition\n${answers.join('\n')}\n${compared.waymark}\n${compared.b1}`);
  return same;
}

async function measureSize(cases: number, admin: pg.Client): Promise<Results['sizes'][number]> {
  console.log(`\n# ${cases.toLocaleString('en-GB')} cases`);
  const dataset = await buildDataset(adminUrl!, cases);
  console.log(`data set built in ${(dataset.buildMs / 1000).toFixed(1)} s (${dataset.templates.length} templates)`);
  const input = await prepare(dataset);
  const targets = await startTargets(dataset.url, input.organisationId, input.mover);
  try {
    const matches = await sameAnswers(targets, input.token, input.readCases[0]!);
    matches['transition b1 (same answer and rows changed)'] = await sameTransition(targets, input, dataset.url);
    const list = workloads(input).filter((w) => !ONLY || ONLY.includes(w.name.split(' ')[0]!));
    const samples = new Map<
      string,
      {
        latencies: number[];
        requests: number;
        errors: number;
        elapsedMs: number;
        cpuMs: number;
        statements: number;
        rssMb: number;
        firstError?: string;
      }
    >();
    // Warm-up: every path once for a second, not counted (JIT, caches, pool connections).
    const started = (workload: Workload) => workload.targets.filter((target) => targets[target]);
    for (const workload of list)
      for (const target of started(workload))
        if (workload.name !== 'caseTransition')
          await runLoad({
            port: targets[target]!.port,
            connections: CONNECTIONS,
            durationMs: 500,
            maxRequests: 200,
            request: (i) => workload.request(target, i),
            ok: workload.ok,
          });
    for (let round = 0; round < ROUNDS; round++) {
      for (const workload of list) {
        for (const target of started(workload)) {
          const pid = targets[target]!.proc.child.pid!;
          const cpuBefore = cpuMs(pid);
          const statementsBefore = await statements(admin, dataset.database);
          const result = await runLoad({
            port: targets[target]!.port,
            connections: CONNECTIONS,
            durationMs: BURST_MS,
            maxRequests: workload.budget ? Math.ceil(workload.budget(target) / (ROUNDS - round)) : MAX_REQUESTS,
            request: (i) => workload.request(target, i),
            ok: workload.ok,
          });
          const key = `${workload.name}|${target}`;
          const sample = samples.get(key) ?? {
            latencies: [],
            requests: 0,
            errors: 0,
            elapsedMs: 0,
            cpuMs: 0,
            statements: 0,
            rssMb: 0,
          };
          sample.latencies.push(...result.latenciesMs);
          sample.requests += result.requests;
          sample.errors += result.errors;
          sample.elapsedMs += result.elapsedMs;
          sample.cpuMs += cpuMs(pid) - cpuBefore;
          sample.statements += (await statements(admin, dataset.database)) - statementsBefore; // our own query runs in another database
          sample.rssMb = Math.max(sample.rssMb, rssMb(pid));
          sample.firstError ??= result.firstError;
          samples.set(key, sample);
        }
      }
      console.log(`round ${round + 1}/${ROUNDS} done`);
    }
    const measurements: Measurement[] = [...samples].map(([key, s]) => {
      const [workload, target] = key.split('|') as [string, Target];
      return {
        workload,
        target,
        requests: s.requests,
        errors: s.errors,
        reqPerSec: (s.requests / s.elapsedMs) * 1000,
        p50Ms: percentile(s.latencies, 0.5),
        p99Ms: percentile(s.latencies, 0.99),
        statementsPerRequest: s.requests ? s.statements / s.requests : NaN,
        cpuMsPerRequest: s.requests ? s.cpuMs / s.requests : NaN,
        rssMb: s.rssMb,
        firstError: s.firstError,
      };
    });
    // Audited reads over one and two API processes: once, at the first size (the audit's cost
    // does not depend on the number of cases).
    let scaling: Results['sizes'][number]['scaling'];
    if (cases === SIZES[0] && (!ONLY || ONLY.includes('scaling'))) {
      const second = await startWaymark(dataset.url);
      try {
        scaling = await measureScaling({
          admin,
          database: dataset.database,
          processes: [targets.waymark, { port: Number(second.match[1]), proc: second }].map((t) => ({
            port: t.port,
            pid: t.proc.child.pid!,
          })),
          workload: workloads(input).find((w) => w.name.startsWith('case '))!,
          rounds: ROUNDS,
          burstMs: BURST_MS,
          maxRequests: MAX_REQUESTS,
          statements: () => statements(admin, dataset.database),
        });
      } finally {
        await second.stop();
      }
      for (const row of scaling.rows)
        console.log(
          `scaling ${row.connections} connections, ${row.processes} process(es): ${row.reqPerSec.toFixed(1)} req/s, machine ${(row.machineBusy * 100).toFixed(0)}% busy`,
        );
    }
    for (const m of measurements)
      console.log(
        `${m.workload} [${m.target}]: ${m.reqPerSec.toFixed(1)} req/s, p50 ${m.p50Ms.toFixed(1)} ms, p99 ${m.p99Ms.toFixed(1)} ms, ${m.statementsPerRequest.toFixed(1)} stmts, ${m.cpuMsPerRequest.toFixed(2)} ms CPU, ${m.errors} errors`,
      );
    return {
      cases,
      buildSeconds: dataset.buildMs / 1000,
      sameAnswers: matches,
      transition: input.transition.name,
      measurements,
      scaling,
    };
  } finally {
    for (const target of Object.values(targets)) await target?.proc.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${dataset.database} WITH (FORCE)`);
  }
}

/** Issue 18 item 5: time from starting the API process to "ready" on PGlite data it made before. */
async function secondStart(rounds = 3): Promise<{ firstMs: number; againMs: number[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'waymark-bench-start-'));
  const start = async () => {
    const started = performance.now();
    const api = await startProcess(path.join(repoRoot, 'apps/api/dist/main.mjs'), [], {
      env: {
        ...baseEnv(),
        NODE_ENV: 'production',
        PORT: '0',
        LOG_LEVEL: 'info',
        JOBS: 'off',
        WAYMARK_DATA_DIR: path.join(dir, 'data'),
      },
      ready: /Waymark API ready at/,
    });
    const elapsed = performance.now() - started;
    await api.stop();
    return elapsed;
  };
  try {
    const firstMs = await start();
    const againMs: number[] = [];
    for (let i = 0; i < rounds; i++) againMs.push(await start());
    return { firstMs, againMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const started = performance.now();
// Production runs the bundle (`pnpm start` builds it when stale): build it from this checkout.
if (spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build-api.mjs')], { stdio: 'inherit' }).status !== 0)
  throw new Error('building the API bundle failed');
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
const haveStatements = await admin
  .query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
  .then(() => admin.query('SELECT 1 FROM pg_stat_statements LIMIT 1'))
  .then(
    () => true,
    () => false,
  );
const loadBefore = loadavg();
const sizes: Results['sizes'] = [];
for (const cases of SIZES) sizes.push(await measureSize(cases, admin));
await admin.end();
console.log('\n# second start on existing PGlite data');
const startup = args.includes('--no-startup') ? undefined : await secondStart();
const results: Results = {
  date: new Date().toISOString(),
  node: process.version,
  postgres: await (async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    const { rows } = await c.query<{ server_version: string }>('SHOW server_version');
    await c.end();
    return rows[0]!.server_version;
  })(),
  connections: CONNECTIONS,
  rounds: ROUNDS,
  burstMs: BURST_MS,
  statementsCounted: haveStatements,
  loadAverage: { before: loadBefore, after: loadavg() },
  sizes,
  startup,
  totalSeconds: (performance.now() - started) / 1000,
};
const out = path.join(repoRoot, 'bench/results');
mkdirSync(out, { recursive: true });
const stamp = results.date.slice(0, 16).replace(/:/g, '');
writeFileSync(path.join(out, `${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(out, `${stamp}.md`), renderMarkdown(results));
console.log(`\n${renderMarkdown(results)}\nwritten to bench/results/${stamp}.md and .json`);
