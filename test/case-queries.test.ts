import {
  CaseEnrolDocument,
  CaseRecordFactsDocument,
  CasesDocument,
  MyWorkDocument,
  ViewerDocument,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { openCase, succeeded, caseState } from './support/cases.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

async function enrolled(
  email: string,
  pathwayId: string,
  identifiedHoursAgo: number,
  subject: Record<string, unknown> = {},
) {
  const client = api.as(email);
  const opened = await openCase(client, {
    concernKind: 'POTENTIAL_VICTIM',
    concern: `Filter test ${pathwayId}`,
    identifiedAt: hoursAgo(identifiedHoursAgo),
    subject,
  });
  const state = await caseState(client, opened.case.id);
  return succeeded(
    (await client.mutate(CaseEnrolDocument, { input: { caseId: state.id, expectedVersion: state.version, pathwayId } }))
      .caseEnrol,
  );
}

describe('cases(filter, orderBy)', () => {
  it('filters by pathway, step, age group (presumption of age), exploitation type and reference search', async () => {
    const lead = api.as(people.coventryLead);
    const adult = await enrolled(people.coventryLead, 'coventry-pre-nrm', 1, {
      familyName: 'Filterable',
      dateOfBirth: '1980-01-01',
    });
    const child = await enrolled(people.coventryLead, 'coventry-health', 1, { estimatedAge: 15, ageUncertain: true });
    succeeded(
      (
        await lead.mutate(CaseRecordFactsDocument, {
          input: { caseId: child.id, expectedVersion: child.version, exploitationTypes: ['CRIMINAL'] },
        })
      ).caseRecordFacts,
    );

    const ids = async (filter: Record<string, unknown>) =>
      (await lead.query(CasesDocument, { first: 100, filter })).cases.edges.map((e) => e.node.id);
    expect(await ids({ pathwayId: 'coventry-pre-nrm' })).toContain(adult.id);
    expect(await ids({ pathwayId: 'coventry-pre-nrm' })).not.toContain(child.id);
    expect(await ids({ pathwayId: 'coventry-pre-nrm', step: 'explainNrm' })).toContain(adult.id);
    expect(await ids({ pathwayId: 'coventry-pre-nrm', step: 'referred' })).not.toContain(adult.id);
    expect(await ids({ ageGroup: 'CHILD' })).toContain(child.id);
    expect(await ids({ ageGroup: 'CHILD' })).not.toContain(adult.id);
    expect(await ids({ ageGroup: 'ADULT' })).toContain(adult.id);
    expect(await ids({ exploitationType: 'CRIMINAL' })).toEqual([child.id]);
    expect(await ids({ search: 'filterable' })).toEqual([adult.id]);
    expect(await ids({ search: adult.reference.toLowerCase() })).toEqual([adult.id]);
    const { cases } = await lead.query(CasesDocument, { first: 100, filter: { ageGroup: 'CHILD' } });
    expect(cases.totalCount).toBe(cases.edges.length);
  });

  it('overdue and due-before use the computed deadlines', async () => {
    const lead = api.as(people.bexleyLead);
    // Bexley: the urgent assessment is due 3 hours after identification.
    const late = await enrolled(people.bexleyLead, 'bexley-referral', 5);
    const fresh = await enrolled(people.bexleyLead, 'bexley-referral', 0);
    const ids = async (filter: Record<string, unknown>) =>
      (await lead.query(CasesDocument, { first: 100, filter })).cases.edges.map((e) => e.node.id);
    expect(await ids({ overdue: true })).toContain(late.id);
    expect(await ids({ overdue: true })).not.toContain(fresh.id);
    expect(await ids({ overdue: false })).toContain(fresh.id);
    expect(await ids({ dueBefore: new Date(Date.now() + 3_600_000).toISOString() })).toContain(late.id);
  });

  it('orders by reference when asked', async () => {
    const { cases } = await api.as(people.coventryLead).query(CasesDocument, { first: 100, orderBy: 'REFERENCE_ASC' });
    const refs = cases.edges.map((e) => e.node.reference);
    expect(refs).toEqual([...refs].sort());
  });
});

describe('myWork', () => {
  it('lists the viewer’s open cases with their next deadline, overdue first', async () => {
    const caseworker = api.as(people.hertsCaseworker);
    const older = await enrolled(people.hertsCaseworker, 'hertfordshire-child', 30, { estimatedAge: 14 });
    const newer = await enrolled(people.hertsCaseworker, 'hertfordshire-child', 1, { estimatedAge: 14 });
    const { myWork } = await caseworker.query(MyWorkDocument, { first: 50 });
    const order = myWork.map((w) => w.case.id);
    expect(order).toEqual(expect.arrayContaining([older.id, newer.id]));
    expect(order.indexOf(older.id)).toBeLessThan(order.indexOf(newer.id));
    const first = myWork.find((w) => w.case.id === older.id)!;
    expect(first.nextDeadline.status).toBe('overdue');
    expect(myWork.map((w) => Date.parse(w.nextDeadline.dueAt!))).toEqual(
      [...myWork.map((w) => Date.parse(w.nextDeadline.dueAt!))].sort((a, b) => a - b),
    );
    const { viewer } = await caseworker.query(ViewerDocument);
    expect(viewer?.organisation.name).toBe('Hertfordshire County Council');
  });
});
