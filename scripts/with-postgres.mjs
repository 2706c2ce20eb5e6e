#!/usr/bin/env node
// Runs a command against a throwaway PostgreSQL server:
//   node scripts/with-postgres.mjs pnpm test
// initdb into a temp dir (as the `postgres` user when run as root: PostgreSQL refuses to run as
// root), trust auth, listening only on a free 127.0.0.1 port; DATABASE_URL points at it for the
// command. The server is stopped and its directory removed on exit, on failure and on Ctrl-C.
// Nothing depends on a server someone started by hand.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './lib/free-port.mjs';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('Usage: node scripts/with-postgres.mjs <command> [args...]');
  process.exit(2);
}

function findBinDir() {
  if (process.env.PG_BIN && existsSync(path.join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (fromConfig.status === 0 && existsSync(path.join(fromConfig.stdout.trim(), 'initdb')))
    return fromConfig.stdout.trim();
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(path.join(base, v, 'bin/initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(base, versions[0], 'bin');
  }
  console.error(
    'with-postgres: no PostgreSQL server binaries found (set PG_BIN to the directory holding initdb and pg_ctl)',
  );
  process.exit(1);
}

const bin = findBinDir();
const asRoot = process.getuid?.() === 0;
const dir = mkdtempSync(path.join(tmpdir(), 'waymark-pg-'));
const dataDir = path.join(dir, 'data');
if (asRoot) {
  const { uid, gid } = (() => {
    const out = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (out.status !== 0) {
      console.error('with-postgres: running as root but there is no `postgres` user to run the server as');
      process.exit(1);
    }
    return { uid: Number(out.stdout.trim()), gid: Number(g.stdout.trim()) };
  })();
  chownSync(dir, uid, gid);
}

/** Runs a PostgreSQL tool, as the postgres user when we are root. */
function pgTool(tool, args, options = {}) {
  const exe = path.join(bin, tool);
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args];
  return spawnSync(file, argv, { encoding: 'utf8', ...options });
}

let started = false;
function cleanup() {
  if (started) {
    pgTool('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], { stdio: 'ignore' });
    started = false;
  }
  rmSync(dir, { recursive: true, force: true });
}

const port = await freePort();
const init = pgTool('initdb', [
  '-D',
  dataDir,
  '-U',
  'postgres',
  '--auth=trust',
  '--encoding=UTF8',
  '--locale=C.UTF-8',
  '--no-sync',
]);
if (init.status !== 0) {
  console.error(`with-postgres: initdb failed\n${init.stderr}`);
  cleanup();
  process.exit(1);
}
// fsync off: a test server's data is thrown away, and durability costs seconds per run.
// WITH_POSTGRES_OPTIONS adds server settings (the benchmark loads pg_stat_statements).
const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 ${process.env.WITH_POSTGRES_OPTIONS ?? ''}`;
const start = pgTool('pg_ctl', [
  '-D',
  dataDir,
  '-o',
  options,
  '-l',
  path.join(dir, 'server.log'),
  '-w',
  '-t',
  '30',
  'start',
]);
if (start.status !== 0) {
  console.error(`with-postgres: the server did not start\n${start.stderr}`);
  cleanup();
  process.exit(1);
}
started = true;

const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
console.log(`with-postgres: PostgreSQL (${path.basename(path.dirname(bin))}) on 127.0.0.1:${port}`);
const child = spawn(command[0], command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: url },
  shell: false,
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  cleanup();
  process.exit(code ?? (signal ? 1 : 0));
});
