/**
 * One request cannot take the API: list arguments are capped whether written in the query or
 * passed as variables, and the variables count towards the request's size. `nodes(ids:)` with
 * 15,000 ids kept the API busy for minutes while everyone else waited; it is now refused before
 * any resolver runs. (How long others wait while the largest accepted request runs is measured
 * by bench/large-request.bench.ts, never asserted here.)
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LIST_ITEMS } from '../apps/api/src/http/operation-guards.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  token = await api.tokenFor(people.coventryLead);
});
afterAll(() => api.stop());

async function post(body: unknown) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const caseIds = (n: number) => Array.from({ length: n }, () => Buffer.from(`Case:${randomUUID()}`).toString('base64'));

describe('list arguments', () => {
  it('nodes(ids:) takes at most the cap, as a variable or written in the query', async () => {
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    const largest = await post({ query, variables: { ids: caseIds(MAX_LIST_ITEMS) } });
    expect(largest.status).toBe(200);
    expect(largest.body.data.nodes).toHaveLength(MAX_LIST_ITEMS); // unknown ids: null each

    for (const body of [
      { query, variables: { ids: caseIds(15_000) } },
      { query, variables: { ids: caseIds(MAX_LIST_ITEMS + 1) } },
      { query: `{ nodes(ids: ${JSON.stringify(caseIds(MAX_LIST_ITEMS + 1))}) { id } }` },
    ]) {
      const refused = await post(body);
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(refused.body.errors[0].message).toMatch(/at most 100 items/);
      expect(refused.body.data ?? null).toBeNull();
    }
  });

  it('aliases cannot multiply the cap: the items of every list in a request count together', async () => {
    const half = MAX_LIST_ITEMS / 2 + 1;
    const refused = await post({
      query: 'query ($a: [ID!]!, $b: [ID!]!) { a: nodes(ids: $a) { id } b: nodes(ids: $b) { id } }',
      variables: { a: caseIds(half), b: caseIds(half) },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toMatch(/at most 100 items/);
  });

  it('variables count towards the request size, so a huge input object is refused', async () => {
    const refused = await post({
      query: 'query ($f: CaseFilter) { cases(first: 1, filter: $f) { totalCount } }',
      variables: {
        f: { search: 'x' },
        padding: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, i])),
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toMatch(/variables of one request/);
  });
});
