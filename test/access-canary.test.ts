/**
 * PII canaries, exercised: the seeded canary cases (test/support/canaries.ts) are read by every
 * kind of viewer, and their strings are sent in bad input. Only a viewer with need ever sees
 * them; errors never echo them; the audit trail never copies them. The watch in startTestApi
 * records any leak in any test file, and the run fails at teardown if there was one.
 */
import { CaseIdentityDocument, CasesDocument } from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
const canaries = inject('canaries');
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const leaks = (value: unknown) => canaries.strings.filter((s) => JSON.stringify(value).includes(s));

async function raw(email: string | null, query: string, variables: Record<string, unknown> = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (email) headers.authorization = `Bearer ${await api.tokenFor(email)}`;
  const response = await fetch(api.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return response.json();
}

describe('PII canaries', () => {
  it(`the owning organisation's lead and caseworker see every canary string`, async () => {
    for (const email of [people.coventryLead, people.coventryCaseworker]) {
      const seen = [];
      for (const { id } of canaries.cases)
        seen.push((await api.as(email).query(CaseIdentityDocument, { id: globalId('Case', id) })).case);
      expect(leaks(seen).sort()).toEqual([...canaries.strings].sort());
    }
  });

  it('nobody else sees any of them, through case, cases or a list of their own', async () => {
    for (const email of [
      people.bexleyLead,
      people.hertsCaseworker,
      people.salvationArmyPartner,
      people.auditor,
      people.directoryAdmin,
      people.platformAdmin,
      null,
    ]) {
      for (const { id } of canaries.cases) {
        expect(
          leaks(
            await raw(
              email,
              'query ($id: ID!) { case(id: $id) { subject { givenName familyName aliases dateOfBirth } } }',
              { id: globalId('Case', id) },
            ),
          ),
        ).toEqual([]);
      }
      expect(
        leaks(
          await raw(
            email,
            '{ cases(first: 100) { edges { node { subject { givenName familyName aliases dateOfBirth } } } } }',
          ),
        ),
      ).toEqual([]);
    }
    expect(leaks(await api.as(people.bexleyLead).query(CasesDocument, { first: 100 }))).toEqual([]);
  });

  it('error messages never echo a canary sent as bad input', async () => {
    const [given] = canaries.strings;
    const attempts = [
      raw(people.coventryLead, 'mutation ($input: CaseOpenInput!) { caseOpen(input: $input) { __typename } }', {
        input: { concernKind: 'POTENTIAL_VICTIM', concern: 'x', subject: { givenName: given, dateOfBirth: given } },
      }),
      raw(people.coventryLead, 'mutation ($input: CaseOpenInput!) { caseOpen(input: $input) { __typename } }', {
        input: { concernKind: 'POTENTIAL_VICTIM', concern: 'x', subject: { estimatedAge: given } },
      }),
      raw(
        people.coventryLead,
        `mutation { caseOpen(input: { concernKind: POTENTIAL_VICTIM, concern: "x", subject: { estimatedAge: "${given}" } }) { __typename } }`,
      ),
      raw(people.coventryLead, `{ case(id: "${given}") { id } }`),
      raw(null, 'mutation ($input: SignInInput!) { signIn(input: $input) { expiresAt } }', {
        input: { email: given, password: given },
      }),
      raw(people.coventryLead, `{ cases(first: 1, after: "${given}") { totalCount } }`),
    ];
    for (const answer of await Promise.all(attempts)) {
      // Every attempt is refused with a message, so there is a message that could leak.
      expect(answer.errors?.length, JSON.stringify(answer)).toBeGreaterThan(0);
      expect(leaks(answer.errors ?? []), JSON.stringify(answer.errors)).toEqual([]);
    }
  });

  it('the audit trail names the canary cases and never copies their strings', async () => {
    for (const { id } of canaries.cases)
      await api.as(people.coventryLead).query(CaseIdentityDocument, { id: globalId('Case', id) });
    const rows = await api.prisma.auditEvent.findMany({ where: { entityId: { in: canaries.cases.map((c) => c.id) } } });
    expect(rows.length).toBeGreaterThanOrEqual(canaries.cases.length * 2); // opened, read
    expect(leaks(rows.map((row) => ({ ...row, id: row.id.toString() })))).toEqual([]);
  });
});
