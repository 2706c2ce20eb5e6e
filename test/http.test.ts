import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
let base: string;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  base = api.url.replace(/\/graphql$/, '');
  token = await api.tokenFor(people.coventryLead);
});
afterAll(() => api.stop());

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function expectNoInternals(text: string) {
  expect(text).not.toMatch(/\bat .+\.(ts|js|mjs):\d+/);
  expect(text).not.toMatch(/prisma|stacktrace|node_modules/i);
}

describe('health', () => {
  it('/healthz says the process is up and /readyz that the database is migrated and reachable', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('bad requests get standard GraphQL errors with HTTP 400 and no internal detail', () => {
  it('malformed GraphQL', async () => {
    const response = await post({ query: '{ viewer { ' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expectNoInternals(text);
  });

  it('an unknown field', async () => {
    const response = await post({ query: '{ viewer { person { passwordHash } } }' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expectNoInternals(text);
  });

  it('a variable of the wrong type', async () => {
    const response = await post({
      query: 'query ($n: Int) { cases(first: $n) { totalCount } }',
      variables: { n: 'ten' },
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expectNoInternals(text);
  });

  it('a body that is not JSON', async () => {
    const response = await post('{not json');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expectNoInternals(text);
  });

  it('a body over the size limit', async () => {
    const response = await post({ query: '{ viewer { roles } }', variables: { padding: 'x'.repeat(2_000_000) } });
    expect(response.status).toBe(413);
    expectNoInternals(await response.text());
  });
});

describe('identity', () => {
  it('unknown credentials are refused with 401, without saying why', async () => {
    const unknown = await post({ query: '{ viewer { roles } }' }, { authorization: `Bearer wmk_${'x'.repeat(43)}` });
    const devIdentity = await post(
      { query: '{ viewer { roles } }' },
      { authorization: `Bearer dev:${people.coventryLead}` },
    );
    const garbage = await post({ query: '{ viewer { roles } }' }, { authorization: 'Basic Zm9vOmJhcg==' });
    for (const response of [unknown, devIdentity, garbage]) {
      expect(response.status).toBe(401);
      const body = await response.json();
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toBe('The credentials are not valid.');
    }
  });

  it('no credentials: viewer is null and protected fields say UNAUTHENTICATED', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { roles } }' }),
    });
    expect((await response.json()).data.viewer).toBeNull();
    const cases = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ cases { totalCount } }' }),
    });
    expect((await cases.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('request ids', () => {
  it('echoes a well-formed X-Request-Id and invents one otherwise', async () => {
    const given = await post({ query: '{ viewer { roles } }' }, { 'x-request-id': 'partner-req-12345' });
    expect(given.headers.get('x-request-id')).toBe('partner-req-12345');
    const invented = await post({ query: '{ viewer { roles } }' }, { 'x-request-id': 'bad id with spaces' });
    expect(invented.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
