/**
 * Where a server's CPU went, from a V8 CPU profile (`node --cpu-prof`; `BENCH_CPU_PROF=<dir>
 * pnpm bench ...` profiles the Waymark process): self time by part (GraphQL execution, Apollo,
 * Pothos, Prisma, the pg driver, logging, Node's HTTP and streams, the garbage collector,
 * Waymark's own code in the bundle), the same with Node's and native time counted to the part
 * that called it, the functions with the most self time, and the time spent under a few
 * functions (inclusive: their synchronous part and what they call). Samples before the first
 * request are left out (start-up).
 *
 *   node --import tsx bench/cpu-profile.ts <file.cpuprofile | directory> [function names...]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The part of the program a frame belongs to, by where its code lives. */
export function partOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (functionName === '(garbage collector)') return 'garbage collector';
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(program)') return 'V8/native (program)';
  const pkg = url.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) {
    if (pkg === 'graphql') return 'graphql-js (parse, validate, execute)';
    if (pkg.startsWith('@apollo/')) return 'Apollo Server';
    if (pkg.startsWith('@pothos/')) return 'Pothos';
    if (pkg.startsWith('@prisma/') || pkg === '.prisma') return 'Prisma runtime + adapter';
    if (pkg === 'pg' || pkg.startsWith('pg-')) return 'pg driver';
    if (pkg.startsWith('pino') || pkg === 'sonic-boom' || pkg === 'fast-redact') return 'logging (pino)';
    return `other package: ${pkg}`;
  }
  if (url.includes('/generated/prisma/') || url.includes('generated/prisma')) return 'Prisma runtime + adapter';
  if (url.startsWith('node:')) return `Node: ${url.slice(5).split('/')[0]}`;
  if (url.includes('apps/api/dist/')) return 'Waymark (bundle)';
  if (!url) return 'native / builtins';
  return `other: ${path.basename(url)}`;
}

/** Parts whose time is spent on behalf of their caller (system calls, Node's own JavaScript). */
const onBehalf = (part: string) => part.startsWith('Node: ') || part === 'native / builtins' || part.startsWith('V8/');

/**
 * `from`: only samples from the first one inside this function on (the first request: start-up
 * is not what the requests cost).
 */
export function summarise(profile: Profile, watched: string[] = [], from = 'processGraphQLRequest') {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const within = (id: number, name: string) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      if (byId.get(at)!.callFrame.functionName === name) return true;
    return false;
  };
  const first = Math.max(
    0,
    profile.samples.findIndex((id) => within(id, from)),
  );
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    if (i >= first) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  // Node's and native time counted to the package (or Waymark) whose call led to it.
  const callerPart = (id: number) => {
    for (let at = parent.get(id); at !== undefined; at = parent.get(at)) {
      const part = partOf(byId.get(at)!.callFrame);
      if (!onBehalf(part)) return part;
    }
    return partOf(byId.get(id)!.callFrame);
  };
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = [...self]
    .filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)')
    .reduce((a, [, t]) => a + t, 0);
  const busy = total - idle;
  const parts = new Map<string, number>();
  const callers = new Map<string, number>();
  const functions = new Map<string, number>();
  const inclusive = new Map<string, number>(watched.map((name) => [name, 0]));
  for (const [id, time] of self) {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') continue;
    const part = partOf(node.callFrame);
    parts.set(part, (parts.get(part) ?? 0) + time);
    const caller = onBehalf(part) ? callerPart(id) : part;
    callers.set(caller, (callers.get(caller) ?? 0) + time);
    const name = `${node.callFrame.functionName || '(anonymous)'} ${part === 'Waymark (bundle)' ? `main.mjs:${node.callFrame.lineNumber + 1}` : part}`;
    functions.set(name, (functions.get(name) ?? 0) + time);
    // Inclusive time: each watched name counted once per sample, however deep the recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const fn = byId.get(at)!.callFrame.functionName;
      if (inclusive.has(fn) && !seen.has(fn)) {
        seen.add(fn);
        inclusive.set(fn, inclusive.get(fn)! + time);
      }
    }
  }
  const share = (t: number) => t / busy;
  return {
    busyMs: busy / 1000,
    idleMs: idle / 1000,
    parts: [...parts].sort((a, b) => b[1] - a[1]).map(([part, t]) => ({ part, share: share(t) })),
    callers: [...callers].sort((a, b) => b[1] - a[1]).map(([part, t]) => ({ part, share: share(t) })),
    functions: [...functions]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([fn, t]) => ({ fn, share: share(t) })),
    inclusive: [...inclusive].map(([fn, t]) => ({ fn, share: share(t) })),
  };
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const [target, ...watched] = process.argv.slice(2);
  if (!target) {
    console.error('usage: node --import tsx bench/cpu-profile.ts <file.cpuprofile | directory> [function names...]');
    process.exit(2);
  }
  const files = statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => path.join(target, f))
    : [target];
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(6);
  for (const file of files) {
    const result = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, watched);
    console.log(`\n# ${file}: ${result.busyMs.toFixed(0)} ms busy, ${result.idleMs.toFixed(0)} ms idle`);
    console.log('\n## Self time by part (share of busy time)');
    for (const p of result.parts) if (p.share >= 0.002) console.log(`${pct(p.share)}  ${p.part}`);
    console.log("\n## The same, with Node's and native time counted to the part that called it");
    for (const p of result.callers) if (p.share >= 0.002) console.log(`${pct(p.share)}  ${p.part}`);
    console.log('\n## Functions with the most self time');
    for (const f of result.functions) console.log(`${pct(f.share)}  ${f.fn}`);
    if (watched.length) {
      console.log('\n## Inclusive time under (synchronous part)');
      for (const f of result.inclusive) console.log(`${pct(f.share)}  ${f.fn}`);
    }
  }
}
