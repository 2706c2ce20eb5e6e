/**
 * Lists stay cheap: the number of SQL statements a page costs does not grow with the page size
 * or with the length of a case's history.
 */
import { startTrack, getPathway } from '@waymark/pathways';
import { CaseDocument, CaseWorklistDocument } from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementCounter } from '../apps/api/src/db/client.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
let busyCaseId: string;
beforeAll(async () => {
  api = await startTestApi({ countStatements: true });
  const org = await api.prisma.organisation.findUniqueOrThrow({ where: { slug: 'coventry-city-council' } });
  const area = await api.prisma.area.findUniqueOrThrow({ where: { code: 'coventry' } });
  const lead = await api.prisma.person.findUniqueOrThrow({ where: { email: people.coventryLead } });
  const pathway = getPathway('coventry-during-nrm')!;
  // 60 cases with a track each, written directly: the subject of the test is reading them.
  for (let i = 0; i < 60; i++) {
    const { track } = startTrack(pathway, new Date(Date.now() - i * 3_600_000));
    await api.prisma.case.create({
      data: {
        reference: `WM-1999-${String(i).padStart(6, '0')}`,
        concernKind: 'POTENTIAL_VICTIM',
        owningOrganisationId: org.id,
        areaId: area.id,
        openedById: lead.id,
        assignedToId: lead.id,
        givenName: `Cost${i}`,
        facts: { ageStatus: 'adult' },
        tracks: {
          create: {
            pathwayId: pathway.id,
            pathwayVersion: pathway.version,
            step: track.step,
            events: track.events as never,
          },
        },
      },
    });
  }
  const busy = await api.prisma.case.findFirstOrThrow({ where: { reference: 'WM-1999-000000' } });
  busyCaseId = Buffer.from(`Case:${busy.id}`).toString('base64');
  await api.prisma.caseEvent.createMany({
    data: Array.from({ length: 100 }, (_, i) => ({
      caseId: busy.id,
      kind: 'NOTE_ADDED' as const,
      actorId: lead.id,
      organisationId: org.id,
      occurredAt: new Date(Date.now() - i * 60_000),
      caseVersion: i + 2,
      data: { text: `note ${i}` },
    })),
  });
});
afterAll(() => api.stop());

async function statements(run: () => Promise<unknown>): Promise<number> {
  const before = statementCounter.count;
  await run();
  return statementCounter.count - before;
}

describe('SQL statements per request', () => {
  it('a page of cases with subject, tracks, next deadline and assignee costs the same for 5 or 50 cases', async () => {
    const lead = api.as(people.coventryLead);
    await lead.query(CaseWorklistDocument, { first: 1 }); // the first request also issues the test's API token
    const five = await statements(() => lead.query(CaseWorklistDocument, { first: 5 }));
    const fifty = await statements(() => lead.query(CaseWorklistDocument, { first: 50 }));
    const page = await lead.query(CaseWorklistDocument, { first: 50 });
    expect(page.cases.edges).toHaveLength(50);
    expect(page.cases.edges.every((e) => e.node.nextDeadline !== null && e.node.assignedTo !== null)).toBe(true);
    console.log(`cases page: ${five} statements for 5 cases, ${fifty} for 50`);
    expect(fifty).toBe(five);
  });

  it('a case with 100 timeline events costs the same as with a page of 10', async () => {
    const lead = api.as(people.coventryLead);
    await lead.query(CaseDocument, { id: busyCaseId, timelineFirst: 1 });
    const ten = await statements(() => lead.query(CaseDocument, { id: busyCaseId, timelineFirst: 10 }));
    const hundred = await statements(() => lead.query(CaseDocument, { id: busyCaseId, timelineFirst: 100 }));
    const read = await lead.query(CaseDocument, { id: busyCaseId, timelineFirst: 100 });
    expect(read.case?.timeline.edges).toHaveLength(100);
    console.log(`case timeline: ${ten} statements for 10 events, ${hundred} for 100`);
    expect(hundred).toBe(ten);
  });
});
