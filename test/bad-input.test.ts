/**
 * Bad input is the client's mistake: a clear 4xx that never quotes what was sent (it may be a
 * person's name or date of birth), never a 500. A real fault's "unexpected error" log line
 * carries the request id the client was given, so an operator can find it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerConfig } from '../apps/api/src/server.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';

// A value nobody else sends: if it comes back in any answer, the answer quoted the input.
const SECRET = 'Zebulon Quartermaine 1987-03-14';

// A fault on purpose (the operation named Boom), to see what the client and the log get.
const boom: NonNullable<ServerConfig['plugins']>[number] = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operationName }) {
        if (operationName === 'Boom') throw new Error('deliberate fault for the test');
      },
    };
  },
};

let api: TestApi;
let base: string;
let token: string;
beforeAll(async () => {
  api = await startTestApi({ plugins: [boom] });
  base = api.url.replace(/\/graphql$/, '');
  token = await api.tokenFor(people.coventryLead);
});
afterAll(() => api.stop());

async function post(body: unknown, headers: Record<string, string> = { authorization: `Bearer ${token}` }) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text), requestId: response.headers.get('x-request-id') };
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

describe('values are never echoed back', () => {
  it('an unknown input field, a wrong enum value (inline or in a variable) and an import that is not JSON', async () => {
    const openCase = 'mutation ($input: CaseOpenInput!) { caseOpen(input: $input) { __typename } }';
    const attempts = [
      post({
        query: openCase,
        variables: {
          input: { concernKind: 'POTENTIAL_VICTIM', concern: 'x', subject: { givenName: 'A', [SECRET]: 1 } },
        },
      }),
      post({
        query: openCase,
        variables: { input: { concernKind: SECRET, concern: 'x', subject: { givenName: 'A' } } },
      }),
      post({
        query: `mutation { caseOpen(input: { concernKind: POTENTIAL_VICTIM, concern: "x", subject: { givenName: "A", ${SECRET.replace(/\W/g, '_')}: 1 } }) { __typename } }`,
      }),
      post({
        query: `mutation { caseOpen(input: { concernKind: ${SECRET.replace(/\W/g, '_')}, concern: "x", subject: { givenName: "A" } }) { __typename } }`,
      }),
    ];
    for (const answer of await Promise.all(attempts)) {
      expect(answer.status).toBe(400);
      expect(answer.text).not.toContain(SECRET);
      expect(answer.text).not.toContain(SECRET.replace(/\W/g, '_'));
      expect(answer.text).not.toContain('Zebulon');
    }
    const admin = await api.tokenFor(people.directoryAdmin);
    const imported = await post(
      {
        query: 'mutation ($d: String!) { directoryImport(document: $d) { ok problems { reason } } }',
        variables: { d: `[{"name": ${SECRET}}]` },
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(imported.body.data.directoryImport.ok).toBe(false);
    expect(imported.body.data.directoryImport.problems[0].reason).toMatch(/not valid JSON/);
    expect(imported.text).not.toContain('Zebulon');
  });
});

describe('bad input is a 4xx, never a 500', () => {
  it('a global id whose id is not a UUID', async () => {
    for (const query of [
      `{ case(id: "${globalId('Case', 'not-a-uuid')}") { id } }`,
      `{ node(id: "${globalId('SupportService', "1' or 1=1")}") { id } }`,
      `{ nodes(ids: ["${globalId('Organisation', '42')}"]) { id } }`,
    ]) {
      const answer = await post({ query });
      expect(answer.status, answer.text).toBeLessThan(500);
      expect(answer.text).not.toMatch(/INTERNAL_SERVER_ERROR/);
    }
  });

  it('a null byte in text, in a variable or in the query', async () => {
    const casesBefore = await api.prisma.case.count();
    const attempts = [
      post({
        query: 'mutation ($input: CaseOpenInput!) { caseOpen(input: $input) { __typename } }',
        variables: { input: { concernKind: 'POTENTIAL_VICTIM', concern: 'a\u0000b', subject: { givenName: 'A' } } },
      }),
      post({ query: '{ cases(first: 1, filter: { search: "a\\u0000b" }) { totalCount } }' }),
    ];
    for (const answer of await Promise.all(attempts)) {
      expect(answer.status, answer.text).toBe(400);
      expect(answer.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(answer.body.errors[0].message).toMatch(/null character/i);
    }
    // Nothing was written.
    expect(await api.prisma.case.count()).toBe(casesBefore);
  });

  it('a malformed session cookie makes the request signed out, not a 500', async () => {
    const answer = await post({ query: '{ viewer { roles } }' }, { cookie: 'waymark_session=wms_%E0%A4%A' });
    expect(answer.status).toBe(200);
    expect(answer.body.data.viewer).toBeNull();
  });

  it('a malformed percent-encoding in an /oruk path is a 400', async () => {
    for (const path of ['/oruk/services/%E0%A4%A', '/oruk/organizations/%zz', '/oruk/taxonomy_terms/%']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(400);
      expect((await response.json()).error).toBe('bad_request');
    }
  });
});

describe('a real fault', () => {
  it('is masked for the client, and its log line carries the request id the client was given', async () => {
    const answer = await post({ query: 'query Boom { viewer { roles } }' });
    const error = answer.body.errors[0];
    expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).not.toMatch(/deliberate/);
    expect(error.extensions.requestId).toBe(answer.requestId);
    const logFile = process.env.WAYMARK_LOG_FILE;
    expect(logFile).toBeTruthy();
    const lines = readFileSync(logFile!, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"unexpected error"'))
      .map((line) => JSON.parse(line) as { requestId?: string; msg: string });
    expect(lines.some((line) => line.requestId === answer.requestId)).toBe(true);
  });
});
