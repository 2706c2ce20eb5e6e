#!/usr/bin/env node
// Runs a command against a throwaway Redis server:
//   node scripts/with-redis.mjs node scripts/test.mjs test/redis.test.ts
// redis-server on a free 127.0.0.1 port, no persistence, its own temp directory; REDIS_URL
// points at it for the command. Stopped on exit, on failure and on Ctrl-C. CI installs
// redis-server from Debian's packages when it is missing (.ci/run).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './lib/free-port.mjs';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('Usage: node scripts/with-redis.mjs <command> [args...]');
  process.exit(2);
}
if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.error('with-redis: redis-server is not installed (Debian: apt-get install -y redis-server)');
  process.exit(1);
}

/** Resolves once the server answers PING. */
async function waitForPong(port, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const pong = await new Promise((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
      socket.setTimeout(500, () => socket.destroy());
      socket.on('data', (data) => {
        resolve(data.toString().startsWith('+PONG'));
        socket.destroy();
      });
      socket.on('error', () => resolve(false));
      socket.on('close', () => resolve(false));
    });
    if (pong) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const dir = mkdtempSync(path.join(tmpdir(), 'waymark-redis-'));
const port = await freePort();
const server = spawn(
  'redis-server',
  [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'no',
    '--protected-mode',
    'yes',
    '--loglevel',
    'warning',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
let stopped = false;
function cleanup() {
  if (!stopped) {
    stopped = true;
    server.kill('SIGTERM');
  }
  rmSync(dir, { recursive: true, force: true });
}
server.on('exit', (code) => {
  if (!stopped) {
    console.error(`with-redis: redis-server stopped unexpectedly (exit ${code})`);
    stopped = true;
  }
});

if (!(await waitForPong(port))) {
  console.error('with-redis: redis-server did not answer in time');
  cleanup();
  process.exit(1);
}
console.log(`with-redis: Redis on 127.0.0.1:${port}`);
const child = spawn(command[0], command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, REDIS_URL: `redis://127.0.0.1:${port}` },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  cleanup();
  process.exit(code ?? (signal ? 1 : 0));
});
