/**
 * CaseAccess, the table the visibility rule reads: the database keeps it in the same
 * transaction as any change to a case's owner or its meetings' attendees, whichever path makes
 * the change (the API, the seed, an import or a hand-written statement).
 */
import { CaseStateDocument } from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

async function accessOf(caseId: string) {
  const rows = await api.prisma.caseAccess.findMany({ where: { caseId }, select: { organisationId: true } });
  return rows.map((r) => r.organisationId).sort();
}

describe('CaseAccess', () => {
  it('follows the owner and the meetings’ attendee organisations, and the API shows the case to exactly those', async () => {
    const coventry = await api.prisma.organisation.findUniqueOrThrow({ where: { slug: 'coventry-city-council' } });
    const bexley = await api.prisma.organisation.findFirstOrThrow({
      where: { memberships: { some: { person: { email: people.bexleyLead } } } },
    });
    const area = await api.prisma.area.findUniqueOrThrow({ where: { code: 'coventry' } });
    const lead = await api.prisma.person.findUniqueOrThrow({ where: { email: people.coventryLead } });
    const row = await api.prisma.case.create({
      data: {
        reference: 'WM-1998-000001',
        concernKind: 'POTENTIAL_VICTIM',
        owningOrganisationId: coventry.id,
        areaId: area.id,
        openedById: lead.id,
        facts: {},
      },
    });
    const id = Buffer.from(`Case:${row.id}`).toString('base64');
    const seenBy = async (email: string) => (await api.as(email).query(CaseStateDocument, { id })).case !== null;
    expect(await accessOf(row.id)).toEqual([coventry.id]);
    expect(await seenBy(people.bexleyLead)).toBe(false);

    const meeting = await api.prisma.meeting.create({
      data: {
        caseId: row.id,
        kind: 'STRATEGY',
        scheduledFor: new Date(Date.UTC(2026, 0, 1)),
        attendeeOrganisationIds: [bexley.id],
      },
    });
    expect(await accessOf(row.id)).toEqual([coventry.id, bexley.id].sort());
    expect(await seenBy(people.bexleyLead)).toBe(true);

    await api.prisma.meeting.update({ where: { id: meeting.id }, data: { attendeeOrganisationIds: [] } });
    expect(await accessOf(row.id)).toEqual([coventry.id]);
    expect(await seenBy(people.bexleyLead)).toBe(false);

    // A new owner (a hand-over accepted): the old owner's team no longer works the case.
    await api.prisma.case.update({ where: { id: row.id }, data: { owningOrganisationId: bexley.id } });
    expect(await accessOf(row.id)).toEqual([bexley.id]);
    expect(await seenBy(people.bexleyLead)).toBe(true);
    expect(await seenBy(people.coventryLead)).toBe(false);

    // A change that is rolled back leaves the access as it was.
    await expect(
      api.prisma.$transaction(async (tx) => {
        await tx.meeting.create({
          data: {
            caseId: row.id,
            kind: 'STRATEGY',
            scheduledFor: new Date(Date.UTC(2026, 0, 2)),
            attendeeOrganisationIds: [coventry.id],
          },
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await accessOf(row.id)).toEqual([bexley.id]);
  });
});
