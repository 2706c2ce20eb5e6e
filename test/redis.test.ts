/**
 * Two API processes behind one (imaginary) load balancer, sharing PostgreSQL and Redis: a
 * session signed out on one is refused by both at once (each process caches credentials for
 * 30 seconds; the revocation in Redis is what overrides that cache), and one token's rate-limit
 * budget is shared between them. Runs with `pnpm test:redis` (which starts both servers);
 * skipped when REDIS_URL or DATABASE_URL is not set.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createWaymarkClient, RateLimitedError, ViewerDocument } from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeDatabase, openDatabase, prisma } from '../apps/api/src/db/client.ts';
import { issueApiToken } from '../apps/api/src/modules/identity/api-tokens.service.ts';
import { DEMO_PASSWORD } from '../prisma/seed/demo.ts';
import { people } from './support/api.ts';
import { copyTemplate, type DatabaseCopy } from './support/test-database.ts';

const root = path.resolve(import.meta.dirname, '..');
const enabled = Boolean(process.env.REDIS_URL && process.env.DATABASE_URL);
const CREDENTIAL_BUDGET = 10;

function startApi(databaseUrl: string): Promise<{ url: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'apps/api/src/main.ts')], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        PORT: '0',
        DATABASE_URL: databaseUrl,
        REDIS_URL: process.env.REDIS_URL!,
        RATE_LIMIT_PER_MINUTE_CREDENTIAL: String(CREDENTIAL_BUDGET),
      },
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`API did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const ready = output.match(/Waymark API ready at (http:\/\/\S+)"/);
      if (ready) {
        clearTimeout(timer);
        resolve({ url: ready[1]!, process: child });
      }
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`API exited (${code}):\n${output}`)));
  });
}

describe.skipIf(!enabled)('two API processes sharing Redis', () => {
  let copy: DatabaseCopy;
  let a: { url: string; process: ChildProcess };
  let b: { url: string; process: ChildProcess };

  beforeAll(async () => {
    copy = await copyTemplate(inject('template'));
    await openDatabase(copy.source);
    const url = (copy.source as { url: string }).url;
    [a, b] = await Promise.all([startApi(url), startApi(url)]);
  }, 90_000);

  afterAll(async () => {
    for (const api of [a, b]) api?.process.kill('SIGTERM');
    await Promise.all([a, b].map((api) => api && new Promise((resolve) => api.process.once('exit', resolve))));
    await closeDatabase();
    await copy?.drop();
  });

  it('a session signed out through one process is refused by both', async () => {
    const signIn = await fetch(a.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { expiresAt } }',
        variables: { input: { email: people.coventryLead, password: DEMO_PASSWORD } },
      }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const viewerVia = async (url: string) =>
      (await createWaymarkClient({ url, headers: { cookie } }).query(ViewerDocument)).viewer;
    // Both processes now hold the session in their credential cache.
    expect((await viewerVia(a.url))?.roles).toEqual(['LEAD']);
    expect((await viewerVia(b.url))?.roles).toEqual(['LEAD']);

    const out = await fetch(b.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{"query":"mutation { signOut { signedOut } }"}',
    });
    expect((await out.json()).data.signOut.signedOut).toBe(true);

    expect(await viewerVia(a.url)).toBeNull();
    expect(await viewerVia(b.url)).toBeNull();
  });

  it('one token has one budget across both processes', async () => {
    const person = await prisma.person.findUniqueOrThrow({ where: { email: people.coventryCaseworker } });
    const { token } = await issueApiToken({
      personId: person.id,
      name: 'shared budget',
      scopes: ['READ'],
      expiresAt: new Date(Date.now() + 3600_000),
    });
    const clients = [createWaymarkClient({ url: a.url, token }), createWaymarkClient({ url: b.url, token })];
    for (let i = 0; i < CREDENTIAL_BUDGET; i++) await clients[i % 2]!.query(ViewerDocument);
    // Each process has seen only half the budget, yet both refuse now.
    await expect(clients[0]!.query(ViewerDocument)).rejects.toBeInstanceOf(RateLimitedError);
    await expect(clients[1]!.query(ViewerDocument)).rejects.toBeInstanceOf(RateLimitedError);
  });
});
