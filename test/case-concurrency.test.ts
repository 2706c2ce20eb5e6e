import {
  CaseAddNoteDocument,
  CaseEnrolDocument,
  CaseReferenceByNodeDocument,
  CaseStateDocument,
  CaseTransitionDocument,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { openCase, succeeded, track, caseState } from './support/cases.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

describe('concurrent changes to one case', () => {
  it('two transitions at the same version: exactly one succeeds, the other gets StaleCaseError', async () => {
    const lead = api.as(people.coventryLead);
    const other = api.as(people.coventryCaseworker);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Race.',
      subject: { dateOfBirth: '1990-01-01' },
    });
    let state = await caseState(lead, opened.case.id);
    state = succeeded(
      (
        await lead.mutate(CaseEnrolDocument, {
          input: { caseId: state.id, expectedVersion: state.version, pathwayId: 'coventry-during-nrm' },
        })
      ).caseEnrol,
    );
    const input = {
      caseId: state.id,
      expectedVersion: state.version,
      trackId: track(state, 'coventry-during-nrm').id,
      transition: 'awaitRg',
      facts: { destitute: false },
    };
    const results = await Promise.all([
      lead.mutate(CaseTransitionDocument, { input }),
      other.mutate(CaseTransitionDocument, { input }),
      lead.mutate(CaseAddNoteDocument, {
        input: { caseId: state.id, expectedVersion: state.version, text: 'racing note' },
      }),
    ]);
    const typenames = [
      results[0].caseTransition.__typename,
      results[1].caseTransition.__typename,
      results[2].caseAddNote.__typename,
    ];
    expect(
      typenames.filter((t) => t === 'CasePayload'),
      JSON.stringify(results),
    ).toHaveLength(1);
    expect(
      typenames.filter((t) => t === 'StaleCaseError'),
      JSON.stringify(typenames),
    ).toHaveLength(2);
    const after = (await lead.query(CaseStateDocument, { id: state.id })).case!;
    expect(after.version).toBe(state.version + 1);
    const uuid = Buffer.from(state.id, 'base64').toString().split(':')[1]!;
    expect(
      await api.prisma.caseEvent.count({ where: { caseId: uuid, caseVersion: state.version + 1 } }),
    ).toBeGreaterThanOrEqual(1);
    expect(await api.prisma.caseEvent.count({ where: { caseId: uuid, caseVersion: { gt: state.version + 1 } } })).toBe(
      0,
    );
  });
});

describe('node(id)', () => {
  it('returns a case to its team and null to anyone else, as case(id) does', async () => {
    const opened = await openCase(api.as(people.bexleyLead), {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Bexley only.',
    });
    const mine = await api.as(people.bexleyLead).query(CaseReferenceByNodeDocument, { id: opened.case.id });
    expect(mine.node?.__typename === 'Case' && mine.node.reference).toBe(opened.case.reference);
    const theirs = await api.as(people.coventryLead).query(CaseReferenceByNodeDocument, { id: opened.case.id });
    expect(theirs.node).toBeNull();
  });
});
