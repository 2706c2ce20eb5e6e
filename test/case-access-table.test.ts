/**
 * CaseAccess, the table the visibility rule reads: the database keeps it in the same
 * transaction as any change to a case's owner, its area, its meetings' attendees or its team
 * grants, whichever path makes the change (the API, the seed, an import or a hand-written
 * statement). Principals are the organisations on the team and the case's area (area oversight).
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
  const rows = await api.prisma.caseAccess.findMany({ where: { caseId }, select: { principalId: true } });
  return rows.map((r) => r.principalId).sort();
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
    expect(await accessOf(row.id)).toEqual([coventry.id, area.id].sort());
    expect(await seenBy(people.bexleyLead)).toBe(false);

    const meeting = await api.prisma.meeting.create({
      data: {
        caseId: row.id,
        kind: 'STRATEGY',
        scheduledFor: new Date(Date.UTC(2026, 0, 1)),
        attendeeOrganisationIds: [bexley.id],
      },
    });
    expect(await accessOf(row.id)).toEqual([coventry.id, bexley.id, area.id].sort());
    expect(await seenBy(people.bexleyLead)).toBe(true);

    await api.prisma.meeting.update({ where: { id: meeting.id }, data: { attendeeOrganisationIds: [] } });
    expect(await accessOf(row.id)).toEqual([coventry.id, area.id].sort());
    expect(await seenBy(people.bexleyLead)).toBe(false);

    // A new owner (a hand-over accepted): the old owner's team no longer works the case.
    await api.prisma.case.update({ where: { id: row.id }, data: { owningOrganisationId: bexley.id } });
    expect(await accessOf(row.id)).toEqual([bexley.id, area.id].sort());
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
    expect(await accessOf(row.id)).toEqual([bexley.id, area.id].sort());
  });

  it('follows the case’s area for area oversight, and marks the organisations on the team by an active grant', async () => {
    const coventry = await api.prisma.organisation.findUniqueOrThrow({ where: { slug: 'coventry-city-council' } });
    const bexley = await api.prisma.organisation.findFirstOrThrow({
      where: { memberships: { some: { person: { email: people.bexleyLead } } } },
    });
    const [area, other] = await Promise.all(
      ['coventry', 'bexley'].map((code) => api.prisma.area.findUniqueOrThrow({ where: { code } })),
    );
    const lead = await api.prisma.person.findUniqueOrThrow({ where: { email: people.coventryLead } });
    const row = await api.prisma.case.create({
      data: {
        reference: 'WM-1998-000002',
        concernKind: 'POTENTIAL_VICTIM',
        owningOrganisationId: coventry.id,
        areaId: area!.id,
        openedById: lead.id,
        facts: {},
      },
    });
    const id = Buffer.from(`Case:${row.id}`).toString('base64');
    const seenBy = async (email: string) => (await api.as(email).query(CaseStateDocument, { id })).case !== null;
    expect(await seenBy(people.coventryOversight)).toBe(true);
    expect(await seenBy(people.bexleyOversight)).toBe(false);
    await api.prisma.case.update({ where: { id: row.id }, data: { areaId: other!.id } });
    expect(await accessOf(row.id)).toEqual([coventry.id, other!.id].sort());
    expect(await seenBy(people.coventryOversight)).toBe(false);
    expect(await seenBy(people.bexleyOversight)).toBe(true);

    const grant = await api.prisma.caseTeamGrant.create({
      data: {
        caseId: row.id,
        organisationId: bexley.id,
        purpose: 'JOINT_INVESTIGATION',
        seesIdentity: false,
        status: 'ACTIVE',
        invitedById: lead.id,
        invitedAt: new Date(Date.UTC(2026, 0, 1)),
        expiresAt: new Date(Date.UTC(2026, 0, 8)),
      },
    });
    const granted = async () =>
      (await api.prisma.caseAccess.findMany({ where: { caseId: row.id, teamGrant: true } })).map((r) => r.principalId);
    expect(await granted()).toEqual([bexley.id]);
    await api.prisma.caseTeamGrant.update({ where: { id: grant.id }, data: { status: 'REVOKED' } });
    expect(await granted()).toEqual([]);
    expect(await accessOf(row.id)).toEqual([coventry.id, other!.id].sort());
  });
});
