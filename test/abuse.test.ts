/**
 * Query abuse: deep queries (also through fragments), alias bombs, too many tokens or
 * directives, costly queries, huge pages, batched operations and oversized bodies are each
 * refused with a clear error before any resolver runs, and the server keeps serving.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, listen, type WaymarkServer } from '../apps/api/src/server.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
let token: string;
beforeAll(async () => {
  // Depth 6 here: Waymark's schema has no cycles deep enough to pass the default 10 with real
  // fields, and the point is that fragments cannot hide depth.
  api = await startTestApi({ armor: { maxDepth: 6 } });
  token = await api.tokenFor(people.coventryLead);
});
afterAll(() => api.stop());

async function post(body: unknown, url = api.url) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    body: JSON.parse(text) as {
      data?: Record<string, unknown> | null;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    },
  };
}

async function expectRefused(body: unknown, code: string | string[], message: RegExp) {
  const answer = await post(body);
  expect(answer.status).toBe(400);
  expect([code].flat(), answer.body.errors?.[0]?.message).toContain(answer.body.errors?.[0]?.extensions?.code);
  expect(answer.body.errors?.[0]?.message).toMatch(message);
  expect(answer.body.data ?? null).toBeNull();
  expect(answer.text).not.toMatch(/\bat .+\.(ts|js|mjs):\d+|node_modules|prisma/i);
  // ...and the server still answers the next request.
  expect((await post({ query: '{ viewer { roles } }' })).body.data).toEqual({ viewer: { roles: ['LEAD'] } });
}

const DEEP =
  '{ cases(first: 1) { edges { node { timeline(first: 1) { edges { node { organisation { areas { code } } } } } } } } }';

describe('query limits', () => {
  it('a query deeper than the limit', async () => {
    await expectRefused({ query: DEEP }, 'GRAPHQL_VALIDATION_FAILED', /depth/i);
  });

  it('the same depth hidden in fragments, including a fragment used twice (the cache bypass)', async () => {
    const query = `
      { a: cases(first: 1) { edges { node { ...Shallow } } } b: cases(first: 1) { edges { node { timeline(first: 1) { edges { node { ...Org } } } } } } }
      fragment Shallow on Case { reference owningOrganisation { ...Org } }
      fragment Org on CaseEvent { organisation { areas { code } } }`;
    // Shallow spreads Org on the wrong type: fix that so the only problem is depth.
    const valid = query.replace('owningOrganisation { ...Org }', 'area { code }');
    await expectRefused({ query: valid }, 'GRAPHQL_VALIDATION_FAILED', /depth/i);
  });

  it('an alias bomb', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: viewer { roles }`).join(' ');
    await expectRefused({ query: `{ ${aliases} }` }, 'GRAPHQL_VALIDATION_FAILED', /alias/i);
  });

  it('too many directives', async () => {
    const directives = Array.from({ length: 30 }, () => '@include(if: true)').join(' ');
    await expectRefused({ query: `{ viewer ${directives} { roles } }` }, 'GRAPHQL_VALIDATION_FAILED', /directive/i);
  });

  it('too many tokens', async () => {
    const fields = Array.from({ length: 2500 }, () => '__typename').join(' ');
    await expectRefused({ query: `{ ${fields} }` }, 'GRAPHQL_PARSE_FAILED', /more th[ae]t? 2000 tokens/);
  });

  it('a query that would cost too much', async () => {
    const heavy =
      'cases(first: 100) { edges { node { reference subject { givenName familyName aliases dateOfBirth } owningOrganisation { name slug areas { code name } } area { code name } } } }';
    const aliases = Array.from({ length: 12 }, (_, i) => `c${i}: ${heavy}`).join(' ');
    await expectRefused({ query: `{ ${aliases} }` }, 'GRAPHQL_VALIDATION_FAILED', /cost/i);
  });

  it('a huge page, written in the query or passed as a variable', async () => {
    // Written in the query, the cost limit (which multiplies by `first`) already catches it.
    await expectRefused(
      { query: '{ cases(first: 1000000) { totalCount } }' },
      ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'],
      /cost limit|at most 100 items/i,
    );
    await expectRefused(
      { query: 'query ($n: Int) { cases(first: $n) { totalCount } }', variables: { n: 5000 } },
      'BAD_USER_INPUT',
      /at most 100 items/,
    );
    await expectRefused(
      { query: '{ case(id: "x") { timeline(first: 101) { totalCount } } }' },
      'BAD_USER_INPUT',
      /at most 100 items/,
    );
  });

  it('batched operations', async () => {
    const answer = await post([{ query: '{ viewer { roles } }' }, { query: '{ viewer { roles } }' }]);
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/batch/i);
    expect((await post({ query: '{ viewer { roles } }' })).body.data).toEqual({ viewer: { roles: ['LEAD'] } });
  });

  it('an oversized body', async () => {
    const answer = await post({ query: '{ viewer { roles } }', variables: { padding: 'x'.repeat(3_000_000) } });
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect((await post({ query: '{ viewer { roles } }' })).body.data).toEqual({ viewer: { roles: ['LEAD'] } });
  });

  it('an invalid cursor is the client’s mistake, not a server fault', async () => {
    const answer = await post({ query: '{ cases(first: 1, after: "not-a-cursor") { totalCount } }' });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('everyday operations stay well inside the default limits', async () => {
    const answer = await post({
      query:
        '{ cases(first: 100) { totalCount edges { node { reference subject { givenName } owningOrganisation { name } area { code } } } } }',
    });
    expect(answer.body.errors).toBeUndefined();
  });
});

describe('field suggestions, introspection and the landing page', () => {
  let production: WaymarkServer;
  let http: Server;
  let productionUrl: string;
  beforeAll(async () => {
    production = await createServer({ env: 'production', corsOrigins: ['https://admin.council.example'] });
    http = await listen(production.app, '127.0.0.1', 0);
    productionUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await production.apollo.stop();
  });

  it('outside development an unknown field gets no "Did you mean"', async () => {
    const answer = await post({ query: '{ viewer { rols } }' });
    expect(answer.body.errors?.[0]?.message).not.toMatch(/did you mean/i);
    expect(answer.text).not.toContain('roles');
  });

  it('production refuses introspection and serves no Sandbox page', async () => {
    const answer = await post({ query: '{ __schema { types { name } } }' }, productionUrl);
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/introspection/i);
    const landing = await fetch(productionUrl, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toMatch(/sandbox|<html/i);
  });

  it('sends security headers: strict CSP and HSTS in production, nosniff, no framing, no X-Powered-By', async () => {
    const response = await fetch(productionUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ viewer { roles } }"}',
    });
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('CORS answers only the allow-listed origins', async () => {
    const preflight = (origin: string) =>
      fetch(productionUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://admin.council.example')).headers.get('access-control-allow-origin')).toBe(
      'https://admin.council.example',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
