/**
 * Area settings a platform admin keeps (admin issue: the area settings page): where an area's
 * hand-overs go, and who oversees it (001 step 3, 002 section 5). Adding and removing an overseer
 * changes which cases that person sees, is audited, refuses a person without the AREA_OVERSIGHT
 * role (saying what to do first) and writes nothing when it refuses. Only platform admins see
 * who oversees an area.
 */
import {
  AreaOversightAddDocument,
  AreaOversightRemoveDocument,
  AreaSettingsListDocument,
  AreaSettingsPageDocument,
  AreaUpdateSettingsDocument,
  CaseDocument,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const NOBODY = '00000000-0000-4000-8000-000000000000';
/** A demo case of Bexley (001), which Coventry's Modern Slavery Lead does not oversee. */
const BEXLEY_CASE = globalId('Case', '6f1d2c1e-0000-4000-8000-000000000003');
/** A demo case of Coventry (002), which Coventry's Modern Slavery Lead oversees. */
const COVENTRY_CASE = globalId('Case', '6f1d2c1e-0000-4000-8000-000000000001');

async function ids() {
  const bexley = await api.prisma.area.findUniqueOrThrow({ where: { code: 'bexley' } });
  const overseer = await api.prisma.person.findUniqueOrThrow({ where: { email: people.coventryOversight } });
  const lead = await api.prisma.person.findUniqueOrThrow({ where: { email: people.coventryLead } });
  return { bexley, overseer, lead, areaId: globalId('Area', bexley.id) };
}

const oversightRows = (areaId: string) => api.prisma.areaOversight.count({ where: { areaId } });
const audits = (action: string, entityId: string) => api.prisma.auditEvent.count({ where: { action, entityId } });

describe('area settings and oversight (platform admins)', () => {
  it('shows each area’s SPoC organisation to anyone, and who oversees it only to platform admins', async () => {
    const asAdmin = await api.as(people.platformAdmin).query(AreaSettingsListDocument, {});
    const coventry = asAdmin.areas.find((a) => a.code === 'coventry')!;
    expect(coventry.overseers?.map((p) => p.displayName)).toContain('Demo Coventry Modern Slavery Lead (oversight)');
    const { bexley } = await ids();
    expect(asAdmin.areas.find((a) => a.code === 'bexley')!.spocOrganisation?.id ?? null).toBe(
      bexley.spocOrganisationId && globalId('Organisation', bexley.spocOrganisationId),
    );

    const asLead = await api.as(people.coventryLead).query(AreaSettingsListDocument, {});
    expect(asLead.areas.every((a) => a.overseers === null)).toBe(true);
    const page = await api.as(people.coventryLead).query(AreaSettingsPageDocument, { id: asAdmin.areas[0]!.id });
    expect(page.node?.__typename === 'Area' && page.node.oversightCandidates).toBeNull();
  });

  it('adds an overseer, who then sees the area’s cases; removing them ends it; both audited', async () => {
    const admin = api.as(people.platformAdmin);
    const { bexley, overseer, areaId } = await ids();
    const personId = globalId('Person', overseer.id);
    const sees = async () => (await api.as(people.coventryOversight).query(CaseDocument, { id: BEXLEY_CASE })).case;
    expect(await sees()).toBeNull();

    const page = await admin.query(AreaSettingsPageDocument, { id: areaId });
    expect(page.node?.__typename === 'Area' && page.node.oversightCandidates?.map((p) => p.id)).toContain(personId);

    const added = (await admin.mutate(AreaOversightAddDocument, { input: { areaId, personId } })).areaOversightAdd;
    expect(added.__typename).toBe('AreaOversightPayload');
    if (added.__typename !== 'AreaOversightPayload') return;
    expect(added.area.overseers?.map((p) => p.id)).toContain(personId);
    expect(await audits('area.oversightAdd', bexley.id)).toBe(1);
    expect((await sees())?.id).toBe(BEXLEY_CASE);
    // Adding again changes nothing and records nothing.
    const again = (await admin.mutate(AreaOversightAddDocument, { input: { areaId, personId } })).areaOversightAdd;
    expect(again.__typename).toBe('AreaOversightPayload');
    expect(await audits('area.oversightAdd', bexley.id)).toBe(1);

    const removed = (await admin.mutate(AreaOversightRemoveDocument, { input: { areaId, personId } }))
      .areaOversightRemove;
    expect(removed.__typename).toBe('AreaOversightPayload');
    if (removed.__typename !== 'AreaOversightPayload') return;
    expect(removed.area.overseers?.map((p) => p.id)).not.toContain(personId);
    expect(await audits('area.oversightRemove', bexley.id)).toBe(1);
    expect(await sees()).toBeNull();
  });

  it('refuses a person without the Area oversight role, and an unknown area, changing nothing', async () => {
    const admin = api.as(people.platformAdmin);
    const { bexley, lead, areaId } = await ids();
    const before = { rows: await oversightRows(bexley.id), audits: await audits('area.oversightAdd', bexley.id) };

    const noRole = (
      await admin.mutate(AreaOversightAddDocument, { input: { areaId, personId: globalId('Person', lead.id) } })
    ).areaOversightAdd;
    expect(noRole.__typename).toBe('ValidationError');
    if (noRole.__typename !== 'ValidationError') return;
    expect(noRole.fieldErrors).toEqual([
      expect.objectContaining({ path: ['personId'], message: expect.stringContaining('gives it first') }),
    ]);
    expect(noRole.message).not.toContain(lead.id);

    const noArea = (
      await admin.mutate(AreaOversightAddDocument, {
        input: { areaId: globalId('Area', NOBODY), personId: globalId('Person', lead.id) },
      })
    ).areaOversightAdd;
    expect(noArea.__typename).toBe('NotFoundError');
    expect({ rows: await oversightRows(bexley.id), audits: await audits('area.oversightAdd', bexley.id) }).toEqual(
      before,
    );
  });

  it('whether oversight sees identity applies to the overseer’s next request', async () => {
    const admin = api.as(people.platformAdmin);
    const coventry = await api.prisma.area.findUniqueOrThrow({ where: { code: 'coventry' } });
    const areaId = globalId('Area', coventry.id);
    const overseer = api.as(people.coventryOversight);
    const givenName = async () => (await overseer.query(CaseDocument, { id: COVENTRY_CASE })).case?.subject?.givenName;
    expect(await givenName()).toBeNull();

    const set = async (oversightSeesIdentity: boolean) =>
      (await admin.mutate(AreaUpdateSettingsDocument, { input: { areaId, oversightSeesIdentity } })).areaUpdateSettings
        .__typename;
    expect(await set(true)).toBe('AreaUpdateSettingsPayload');
    expect(await givenName()).toEqual(expect.any(String));
    expect(await set(false)).toBe('AreaUpdateSettingsPayload');
    expect(await givenName()).toBeNull();
  });
});
