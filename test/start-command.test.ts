/**
 * The README's start command, as a newcomer runs it: builds what is stale, starts the API and
 * the admin UI on the embedded database, serves both, and stops both on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, deadline: number): Promise<Response> {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return response;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in time`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('pnpm start', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'waymark-start-command-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('serves the GraphQL API and the admin UI, then stops both on SIGINT', { timeout: 180_000 }, async () => {
    const [apiPort, adminPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(apiPort),
        ADMIN_PORT: String(adminPort),
        WAYMARK_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 150_000;
      // "ready" is printed only once both answer: right after it, neither may refuse.
      while (!/Waymark is ready \(/.test(output) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(output).toMatch(/Waymark is ready \(/);
      expect((await fetch(`http://127.0.0.1:${apiPort}/readyz`)).status).toBe(200);
      const page = await (await waitFor(`http://127.0.0.1:${adminPort}/`, deadline)).text();
      expect(page).toMatch(/<div id="root">|Waymark/);
      // The admin origin proxies GraphQL to the API.
      const graphql = await fetch(`http://127.0.0.1:${adminPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited, output).toBe(0);
  });
});
