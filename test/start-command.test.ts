/**
 * The README's start command, as a newcomer runs it: builds what is stale, starts the API and
 * the admin UI on the embedded database, serves both, and stops both on Ctrl-C.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../scripts/lib/free-port.mjs';
import { startProcess, type Exited } from './support/processes.ts';

describe('pnpm start', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'waymark-start-command-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('serves the GraphQL API and the admin UI, then stops both on SIGINT', async () => {
    const [apiPort, adminPort] = [await freePort(), await freePort()];
    const start = await startProcess('scripts/start.mjs', [], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(apiPort),
        ADMIN_PORT: String(adminPort),
        WAYMARK_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
      ready: /Waymark is ready \(/,
    });
    let stopped: Exited;
    try {
      // "ready" is printed only once both answer: right after it, neither may refuse.
      expect((await fetch(`http://127.0.0.1:${apiPort}/readyz`)).status).toBe(200);
      const page = await (await fetch(`http://127.0.0.1:${adminPort}/`)).text();
      expect(page).toMatch(/<div id="root">|Waymark/);
      // The admin origin proxies GraphQL to the API.
      const graphql = await fetch(`http://127.0.0.1:${adminPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      stopped = await start.stop('SIGINT');
    }
    expect(stopped.code, stopped.stdout + stopped.stderr).toBe(0);
  });
});
