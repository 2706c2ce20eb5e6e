/**
 * The admin's production server (apps/admin/serve.mjs) in front of the real API: /graphql is
 * forwarded with the session cookie, app routes get index.html, hashed assets are cached for
 * good, and every answer carries the security headers. It serves a small fixture build, so
 * this test needs no `vite build` first.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AuthenticationError, createWaymarkClient, ViewerDocument } from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdminServer, type AdminServer } from '../apps/admin/serve.mjs';
import { DEMO_PASSWORD } from '../prisma/seed/demo.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';

const INDEX_HTML =
  '<!doctype html><html lang="en"><head><title>Waymark</title></head><body><div id="root"></div></body></html>';
const ASSET = 'assets/index-Abc123de.js';

let api: TestApi;
let admin: AdminServer;
let distDir: string;

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'waymark-admin-dist-'));
  await mkdir(path.join(distDir, 'assets'));
  await writeFile(path.join(distDir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(distDir, ASSET), 'console.log("admin");');
  api = await startTestApi();
  admin = await startAdminServer({ port: 0, apiUrl: new URL(api.url).origin, distDir });
});

afterAll(async () => {
  await admin?.close();
  await api?.stop();
  await rm(distDir, { recursive: true, force: true });
});

function expectSecurityHeaders(response: Response) {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
}

describe('admin server', () => {
  it('forwards /graphql to the API: sign-in sets a SameSite=Strict HttpOnly cookie that works through the admin origin', async () => {
    const signIn = await fetch(`${admin.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { viewer { person { displayName } } } }',
        variables: { input: { email: people.coventryCaseworker, password: DEMO_PASSWORD } },
      }),
    });
    expect(signIn.status).toBe(200);
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^waymark_session=wms_/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/graphql/i);
    const cookie = setCookie.split(';')[0]!;

    const client = createWaymarkClient({ url: `${admin.url}/graphql`, headers: { cookie } });
    const { viewer } = await client.query(ViewerDocument);
    expect(viewer?.person.displayName).toMatch(/Tom Reyes/);
    expect(viewer?.organisation.name).toBe('Coventry City Council');
    expect(viewer?.roles).toEqual(['CASEWORKER']);
  });

  it('passes the API’s refusal of an unknown credential through unchanged', async () => {
    const client = createWaymarkClient({ url: `${admin.url}/graphql`, token: `wmk_${'n'.repeat(43)}` });
    await expect(client.query(ViewerDocument)).rejects.toBeInstanceOf(AuthenticationError);

    const response = await fetch(`${admin.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer wmk_${'n'.repeat(43)}` },
      body: JSON.stringify({ query: '{ viewer { roles } }' }),
    });
    expect(response.status).toBe(401);
    expectSecurityHeaders(response);
  });

  it('serves index.html for app routes it does not know (SPA fallback), never cached', async () => {
    for (const route of ['/', '/cases', '/organisations?firstResponders=yes', '/no/such/page']) {
      const response = await fetch(`${admin.url}${route}`);
      expect(response.status, route).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(INDEX_HTML);
      expectSecurityHeaders(response);
    }
  });

  it('caches hashed assets for a year and answers 404 (not index.html) for a missing file', async () => {
    const asset = await fetch(`${admin.url}/${ASSET}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expectSecurityHeaders(asset);

    for (const missing of ['/assets/index-Gone1234.js', '/favicon.ico']) {
      const response = await fetch(`${admin.url}${missing}`);
      expect(response.status, missing).toBe(404);
      expect(await response.text()).not.toContain('<html');
    }
  });

  it('answers 502 with a GraphQL-shaped error when the API is down', async () => {
    const closed = await freePort();
    const orphan = await startAdminServer({ port: 0, apiUrl: `http://127.0.0.1:${closed}`, distDir });
    try {
      const response = await fetch(`${orphan.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(response.status).toBe(502);
      expect((await response.json()).errors[0].extensions.code).toBe('BAD_GATEWAY');
    } finally {
      await orphan.close();
    }
  });

  it('refuses a port in use, and a missing build, with one clear line', async () => {
    const port = Number(new URL(admin.url).port);
    await expect(startAdminServer({ port, distDir })).rejects.toThrow(
      `ADMIN_PORT: 127.0.0.1:${port} is already in use`,
    );
    await expect(startAdminServer({ port: 0, distDir: path.join(distDir, 'missing') })).rejects.toThrow(
      /index\.html not found: build the admin first/,
    );
  });
});

/** A port nothing listens on: bind one, note it, let it go. */
async function freePort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
