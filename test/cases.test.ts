import {
  AuthenticationError,
  CaseDocument,
  CaseOpenDocument,
  CasesDocument,
  ForbiddenError,
  type CaseOpenInput,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const concern: CaseOpenInput = {
  concernKind: 'POTENTIAL_VICTIM',
  concern: 'Met at a food bank; says her employer keeps her passport and she sleeps at the workplace.',
  subject: {
    givenName: 'Test',
    familyName: 'Subject',
    dateOfBirth: '1990-05-01',
    gender: 'FEMALE',
    languages: ['Romanian'],
    interpreterNeeded: true,
  },
};

async function rowCounts() {
  return {
    cases: await api.prisma.case.count(),
    events: await api.prisma.caseEvent.count(),
    audit: await api.prisma.auditEvent.count(),
  };
}

describe('caseOpen', () => {
  it('records the concern, opens a case with a WM reference and its first event, and audits it', async () => {
    const before = await rowCounts();
    const { caseOpen } = await api.as(people.coventryCaseworker).mutate(CaseOpenDocument, { input: concern });
    if (caseOpen.__typename !== 'CaseOpenPayload') throw new Error(`expected a case, got ${caseOpen.__typename}`);
    const opened = caseOpen.case;
    expect(opened.reference).toMatch(/^WM-\d{4}-\d{6}$/);
    expect(opened.status).toBe('OPEN');
    expect(opened.version).toBe(1);
    expect(opened.owningOrganisation.name).toBe('Coventry City Council');
    expect(opened.area.code).toBe('coventry');
    expect(opened.subject).toMatchObject({
      givenName: 'Test',
      dateOfBirth: '1990-05-01',
      interpreterNeeded: true,
      languages: ['Romanian'],
    });
    // Two audit events: the opening, and the read of the identity the reply returned.
    expect(await rowCounts()).toEqual({ cases: before.cases + 1, events: before.events + 1, audit: before.audit + 2 });
    const audited = await api.prisma.auditEvent.findMany({
      orderBy: { id: 'desc' },
      take: 2,
      select: { action: true },
    });
    expect(audited.map((a) => a.action).sort()).toEqual(['case.open', 'case.read.identifying']);

    const { case: read } = await api.as(people.coventryLead).query(CaseDocument, { id: opened.id });
    expect(read?.reference).toBe(opened.reference);
    expect(read?.timeline.totalCount).toBe(1);
    const first = read?.timeline.edges[0]?.node;
    expect(first?.kind).toBe('CONCERN_RECORDED');
    expect(first?.actor.displayName).toMatch(/Tom Reyes/);
    expect(first?.data).toMatchObject({ concern: concern.concern, concernKind: 'POTENTIAL_VICTIM' });
  });

  it('gives each new case the next reference in the year', async () => {
    const client = api.as(people.coventryCaseworker);
    const references = [];
    for (let i = 0; i < 3; i++) {
      const { caseOpen } = await client.mutate(CaseOpenDocument, {
        input: { concernKind: 'LOCATION', concern: `Concern ${i}` },
      });
      if (caseOpen.__typename !== 'CaseOpenPayload') throw new Error(caseOpen.__typename);
      references.push(caseOpen.case.reference);
    }
    const numbers = references.map((ref) => Number(ref.slice(-6)));
    expect(numbers[1]).toBe(numbers[0]! + 1);
    expect(numbers[2]).toBe(numbers[1]! + 1);
  });

  it('accepts a concern about a business with no subject at all', async () => {
    const { caseOpen } = await api.as(people.bexleyLead).mutate(CaseOpenDocument, {
      input: { concernKind: 'BUSINESS', concern: 'Car wash: workers never leave the site.' },
    });
    expect(caseOpen.__typename).toBe('CaseOpenPayload');
    if (caseOpen.__typename === 'CaseOpenPayload') {
      expect(caseOpen.case.subject).toMatchObject({ givenName: null, aliases: [], ageUncertain: false });
      expect(caseOpen.case.area.code).toBe('bexley');
    }
  });

  it('returns a ValidationError listing every bad field, and writes nothing', async () => {
    const before = await rowCounts();
    const { caseOpen } = await api.as(people.coventryCaseworker).mutate(CaseOpenDocument, {
      input: {
        concernKind: 'POTENTIAL_VICTIM',
        concern: '   ',
        identifiedAt: new Date(Date.now() + 86_400_000).toISOString(),
        subject: { givenName: '', dateOfBirth: '2999-01-01', estimatedAge: 300, aliases: ['ok', ''] },
      },
    });
    if (caseOpen.__typename !== 'ValidationError')
      throw new Error(`expected ValidationError, got ${caseOpen.__typename}`);
    expect(caseOpen.code).toBe('VALIDATION');
    expect(caseOpen.fieldErrors.map((e) => e.field).sort()).toEqual(
      [
        'concern',
        'identifiedAt',
        'subject.aliases.1',
        'subject.dateOfBirth',
        'subject.estimatedAge',
        'subject.givenName',
      ].sort(),
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('rejects an unknown area as a field error', async () => {
    const before = await rowCounts();
    const unknownArea = Buffer.from('Area:00000000-0000-4000-8000-000000000000').toString('base64');
    const { caseOpen } = await api
      .as(people.coventryCaseworker)
      .mutate(CaseOpenDocument, { input: { concernKind: 'LOCATION', concern: 'x', areaId: unknownArea } });
    expect(caseOpen.__typename).toBe('ValidationError');
    if (caseOpen.__typename === 'ValidationError') expect(caseOpen.fieldErrors[0]?.field).toBe('areaId');
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses anonymous callers and roles that do not record concerns', async () => {
    const before = await rowCounts();
    await expect(api.anonymous().mutate(CaseOpenDocument, { input: concern })).rejects.toBeInstanceOf(
      AuthenticationError,
    );
    await expect(api.as(people.auditor).mutate(CaseOpenDocument, { input: concern })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await rowCounts()).toEqual(before);
  });
});

describe('cases and case', () => {
  it('lists only the cases of the viewer’s own organisation, newest first, with a total', async () => {
    const { cases } = await api.as(people.coventryLead).query(CasesDocument, { first: 100 });
    expect(cases.totalCount).toBe(cases.edges.length);
    expect(cases.edges.every((e) => e.node.owningOrganisation.name === 'Coventry City Council')).toBe(true);
    const opened = cases.edges.map((e) => Date.parse(e.node.openedAt));
    expect(opened).toEqual([...opened].sort((a, b) => b - a));
  });

  it('pages with first/after without repeating or skipping a case', async () => {
    const client = api.as(people.coventryLead);
    const all = await client.query(CasesDocument, { first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof client.query<typeof all, { first: number; after: string | null }>>> =
        await client.query(CasesDocument, { first: 2, after });
      seen.push(...page.cases.edges.map((e) => e.node.id));
      if (!page.cases.pageInfo.hasNextPage) break;
      after = page.cases.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(all.cases.edges.map((e) => e.node.id));
  });

  it('returns null for another organisation’s case, exactly as for a case that does not exist', async () => {
    const { cases } = await api.as(people.bexleyLead).query(CasesDocument, { first: 1 });
    const bexleyCase = cases.edges[0]!.node.id;
    const { case: fromCoventry } = await api.as(people.coventryLead).query(CaseDocument, { id: bexleyCase });
    expect(fromCoventry).toBeNull();
    const missing = Buffer.from('Case:00000000-0000-4000-8000-000000000000').toString('base64');
    const { case: nothing } = await api.as(people.coventryLead).query(CaseDocument, { id: missing });
    expect(nothing).toBeNull();
  });
});
