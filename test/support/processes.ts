/**
 * The one way tests run a process, for the few where the process boundary is what is tested
 * (the API's exit codes and one-line messages, `pnpm start`, two API processes sharing Redis).
 * Everything else runs in the test's own process.
 *
 * No wall-clock deadlines: a process is waited for until it says it is ready or exits, however
 * loaded the machine is. Vitest's test timeout is the only guard against a hang, set far above
 * what a slow machine needs (vitest.config.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
/** The API's entry point, run through tsx as `pnpm start` does. */
export const apiMain = path.join(repoRoot, 'apps/api/src/main.ts');

export interface Exited {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The whole environment (nothing is inherited unless passed): tests say what the process sees. */
  env: NodeJS.ProcessEnv;
  /** startProcess: resolve once stdout matches (at once when not given). */
  ready?: RegExp;
  /** Flags for node itself, before the script (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
  nodeFlags?: string[];
}

export interface Running {
  /** The `ready` match on stdout (empty without `ready`). */
  match: RegExpMatchArray | [];
  child: ChildProcess;
  output(): Exited;
  /** Sends the signal and resolves with what the process printed and its exit code. */
  stop(signal?: NodeJS.Signals): Promise<Exited>;
}

/** A minimal environment: PATH and HOME, so node and tsx run, and nothing else from the test run. */
export const baseEnv = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' });

/** The faked clock and zone of this run (libfaketime in CI), for child processes that must share them. */
export const clockEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => /^(FAKETIME.*|LD_PRELOAD|TZ)$/.test(name)));

/** `node --import tsx <script> ...args` for TypeScript entry points, `node <script>` otherwise. */
function nodeArgs(script: string, args: string[]): string[] {
  return script.endsWith('.ts') ? ['--import', 'tsx', script, ...args] : [script, ...args];
}

function launch(script: string, args: string[], env: NodeJS.ProcessEnv, nodeFlags: string[] = []) {
  const child = spawn(process.execPath, [...nodeFlags, ...nodeArgs(script, args)], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (out.stdout += chunk));
  child.stderr.on('data', (chunk) => (out.stderr += chunk));
  const exited = new Promise<Exited>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ...out }));
  });
  return { child, out, exited };
}

/** Runs a script to its end. */
export async function runProcess(script: string, args: string[], options: Omit<RunOptions, 'ready'>): Promise<Exited> {
  return launch(script, args, options.env).exited;
}

/**
 * Starts a long-running script and resolves once its stdout matches `ready`; rejects with its
 * output if it exits first. The caller stops it (`stop()`), in a `finally` or `afterAll`.
 */
export function startProcess(script: string, args: string[], options: RunOptions): Promise<Running> {
  const { child, out, exited } = launch(script, args, options.env, options.nodeFlags);
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return new Promise((resolve, reject) => {
    const check = () => {
      const match: RegExpMatchArray | [] | null = options.ready ? out.stdout.match(options.ready) : [];
      if (!match) return;
      child.stdout.off('data', check);
      resolve({ match, child, output: () => ({ code: child.exitCode, ...out }), stop });
    };
    child.stdout.on('data', check);
    check();
    exited.then(
      (result) =>
        reject(new Error(`${script} exited (${result.code}) before it was ready:\n${result.stdout}\n${result.stderr}`)),
      reject,
    );
  });
}

/**
 * Starts the API and resolves when it is ready, or with its exit when it stops by itself (a
 * configuration error): `url` is set only when it started, and it is stopped again at once.
 */
export async function startAndStopApi(env: NodeJS.ProcessEnv): Promise<Exited & { url?: string }> {
  const { child, out, exited } = launch(apiMain, [], env);
  const ready = /Waymark API ready at (http:\/\/\S+)"/;
  const url = await new Promise<string | undefined>((resolve) => {
    const check = () => {
      const match = out.stdout.match(ready);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', check);
    exited.then(
      () => resolve(undefined),
      () => resolve(undefined),
    );
  });
  if (url) child.kill('SIGTERM');
  return { ...(await exited), url };
}

/** Polls `url` until it answers 2xx; rejects if `process` exits first. */
export async function waitForUrl(url: string, running: Pick<Running, 'child' | 'output'>): Promise<Response> {
  for (;;) {
    if (running.child.exitCode !== null || running.child.signalCode !== null) {
      const { stdout, stderr } = running.output();
      throw new Error(`the process exited before ${url} answered:\n${stdout}\n${stderr}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return response;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Runs an operator command's `main` in process with this environment, collecting what it prints. */
export async function runCli(
  main: (args: string[], io: { stdout: Writable; stderr: Writable; env: NodeJS.ProcessEnv }) => Promise<number>,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  return { code, stdout, stderr };
}
type Writable = { write(text: string): unknown };
