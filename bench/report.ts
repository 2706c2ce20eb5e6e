/** The API benchmark's results as JSON and as the Markdown page bench/README.md explains. */
import type { Scaling } from './scaling.ts';
import type { Target } from './workloads.ts';

export interface Measurement {
  workload: string;
  target: Target;
  requests: number;
  errors: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** From pg_stat_statements (every statement the server sent, BEGIN/COMMIT included); NaN without it. */
  statementsPerRequest: number;
  /** The server process's user + system CPU (not PostgreSQL's) per request. */
  cpuMsPerRequest: number;
  /** The server process's largest resident set seen after a burst. */
  rssMb: number;
  firstError?: string;
}

export interface Results {
  date: string;
  node: string;
  postgres: string;
  connections: number;
  rounds: number;
  burstMs: number;
  statementsCounted: boolean;
  loadAverage: { before: number[]; after: number[] };
  sizes: Array<{
    cases: number;
    buildSeconds: number;
    sameAnswers: Record<string, boolean>;
    transition: string;
    measurements: Measurement[];
    /** Audited reads with one and two API processes (scaling.ts), at the first size. */
    scaling?: Scaling;
  }>;
  /** Absent when run with --no-startup. */
  startup?: { firstMs: number; againMs: number[] };
  totalSeconds: number;
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function renderMarkdown(results: Results): string {
  const lines = [
    `# API benchmark, ${results.date}`,
    '',
    `Node ${results.node}, PostgreSQL ${results.postgres}, ${results.connections} connections, ${results.rounds} interleaved rounds of ${results.burstMs / 1000} s per workload and target. ` +
      `Load average (1, 5, 15 min) before ${results.loadAverage.before.map((n) => n.toFixed(2)).join(' ')}, after ${results.loadAverage.after.map((n) => n.toFixed(2)).join(' ')}. ` +
      `Whole run ${fixed(results.totalSeconds / 60)} min.`,
    '',
    "Ratios are Waymark req/s over the baseline's (1.0x = as fast). CPU and RSS are the server process's; statements per request from pg_stat_statements" +
      (results.statementsCounted ? '.' : ' (not available on this server: n/a).'),
    '',
  ];
  for (const size of results.sizes) {
    lines.push(
      `## ${size.cases.toLocaleString('en-GB')} cases (built in ${fixed(size.buildSeconds)} s)`,
      '',
      `Same JSON as Waymark: ${Object.entries(size.sameAnswers)
        .map(([k, v]) => `${k} ${v ? 'yes' : 'NO'}`)
        .join(', ')}. Transition taken: \`${size.transition}\`.`,
      '',
      '| workload | target | req/s | / B1 | / B2 | / P1 | p50 ms | p99 ms | statements/req | CPU ms/req | RSS MB | requests (errors) |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const m of size.measurements) {
      const of = (target: Target) => size.measurements.find((x) => x.workload === m.workload && x.target === target);
      const ratio = (target: Target) => {
        const base = of(target);
        return m.target === 'waymark' && base ? `${fixed(m.reqPerSec / base.reqPerSec, 2)}x` : '';
      };
      lines.push(
        `| ${m.workload} | ${m.target} | ${fixed(m.reqPerSec)} | ${ratio('b1')} | ${ratio('b2')} | ${ratio('p1')} | ${fixed(m.p50Ms)} | ${fixed(m.p99Ms)} | ${fixed(m.statementsPerRequest)} | ${fixed(m.cpuMsPerRequest, 2)} | ${fixed(m.rssMb, 0)} | ${m.requests} (${m.errors}) |`,
      );
    }
    const errors = size.measurements.filter((m) => m.firstError);
    if (errors.length) {
      lines.push('', 'First error of each workload that had any:');
      for (const m of errors)
        lines.push(`- ${m.workload} [${m.target}]: \`${m.firstError!.replace(/`/g, "'").slice(0, 200)}\``);
    }
    lines.push('');
  }
  if (results.sizes.length > 1) {
    const first = results.sizes[0]!;
    const last = results.sizes.at(-1)!;
    lines.push(
      `## p50 at ${last.cases.toLocaleString('en-GB')} over p50 at ${first.cases.toLocaleString('en-GB')} cases (target <= 1.3)`,
      '',
      '| workload | target | ratio |',
      '|---|---|---:|',
    );
    for (const m of last.measurements) {
      const base = first.measurements.find((x) => x.workload === m.workload && x.target === m.target);
      if (base) lines.push(`| ${m.workload} | ${m.target} | ${fixed(m.p50Ms / base.p50Ms, 2)} |`);
    }
    lines.push('');
  }
  for (const size of results.sizes) if (size.scaling) lines.push(...renderScaling(size.cases, size.scaling));
  if (results.startup)
    lines.push(
      '## Start-up on PGlite (target: second start under 2 s)',
      '',
      `First start (new data directory, migrations): ${fixed(results.startup.firstMs / 1000, 2)} s. ` +
        `Second start on the same data: median ${fixed(median(results.startup.againMs) / 1000, 2)} s ` +
        `(${results.startup.againMs.map((ms) => fixed(ms / 1000, 2)).join(', ')} s).`,
      '',
    );
  return lines.join('\n');
}

function renderScaling(cases: number, scaling: Scaling): string[] {
  const lines = [
    `## Audited reads: one API process and two (${scaling.workload}, ${cases.toLocaleString('en-GB')} cases; target: two >= 1.7x one)`,
    '',
    'Every request reads names, so each writes its read-audit row before it answers. Two processes: the same bundle on two ports, the connections dealt over both. ' +
      'CPU per request: the API processes (both, summed) and PostgreSQL (every backend of the server). Machine busy: share of all cores busy during the bursts, any process (the machine is shared).',
    '',
    '| connections | processes | req/s | 2 / 1 | p50 ms | p99 ms | API CPU ms/req | PostgreSQL CPU ms/req | machine busy | statements/req | requests (errors) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of scaling.rows) {
    const one = scaling.rows.find((r) => r.connections === row.connections && r.processes === 1);
    const ratio = row.processes === 2 && one ? `${fixed(row.reqPerSec / one.reqPerSec, 2)}x` : '';
    lines.push(
      `| ${row.connections} | ${row.processes} | ${fixed(row.reqPerSec)} | ${ratio} | ${fixed(row.p50Ms)} | ${fixed(row.p99Ms)} | ${fixed(row.apiCpuMsPerRequest, 2)} | ${fixed(row.postgresCpuMsPerRequest, 2)} | ${fixed(row.machineBusy * 100, 0)}% | ${fixed(row.statementsPerRequest)} | ${row.requests} (${row.errors}) |`,
    );
  }
  if (scaling.topStatements.length) {
    lines.push('', "PostgreSQL's time over these bursts (pg_stat_statements, longest total first):", '');
    lines.push('| share | calls | mean ms | statement |', '|---:|---:|---:|---|');
    for (const s of scaling.topStatements)
      lines.push(
        `| ${fixed(s.share * 100, 0)}% | ${s.calls} | ${fixed(s.meanMs, 2)} | \`${s.query.replace(/[`|]/g, "'")}\` |`,
      );
  }
  lines.push('');
  return lines;
}
