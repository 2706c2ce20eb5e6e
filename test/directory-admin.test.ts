import {
  ContactArchiveDocument,
  ContactCreateDocument,
  ContactsDocument,
  ContactUpdateDocument,
  ForbiddenError,
  OrganisationsDocument,
  ServiceArchiveDocument,
  ServiceCreateDocument,
  ServiceDocument,
  ServiceMarkReviewedDocument,
  ServicesDocument,
  ServicesDueForReviewDocument,
  ServiceUpdateDocument,
  type ServiceCreateInput,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
let orgId: string;
let salvationArmyId: string;
beforeAll(async () => {
  api = await startTestApi();
  const find = async (search: string, slug: string) => {
    const { organisations } = await api
      .as(people.directoryAdmin)
      .query(OrganisationsDocument, { first: 20, filter: { search } });
    return organisations.edges.find((e) => e.node.slug === slug)!.node.id;
  };
  orgId = await find('Adavu', 'adavu');
  salvationArmyId = await find('Salvation Army', 'the-salvation-army');
});
afterAll(() => api.stop());

const admin = () => api.as(people.directoryAdmin);
const auditCount = () => api.prisma.auditEvent.count();

function newService(overrides: Partial<ServiceCreateInput> = {}): ServiceCreateInput {
  return {
    organisationId: orgId,
    name: 'Test drop-in advice',
    description: 'Weekly advice drop-in for survivors.',
    referralRoute: 'PHONE',
    phones: ['024 7622 1234'],
    email: 'dropin@example.org',
    url: 'https://example.org/drop-in',
    categories: ['ADVOCACY'],
    areaCodes: ['coventry'],
    eligibility: { genders: ['FEMALE'], ageGroups: ['ADULT'], minimumAge: 18, maximumAge: 65 },
    ...overrides,
  };
}

async function create(overrides: Partial<ServiceCreateInput> = {}) {
  const { serviceCreate } = await admin().mutate(ServiceCreateDocument, { input: newService(overrides) });
  if (serviceCreate.__typename !== 'ServicePayload') throw new Error(JSON.stringify(serviceCreate));
  return serviceCreate.service;
}

describe('serviceCreate', () => {
  it('adds a service with eligibility, a review date a year ahead, and an audit record', async () => {
    const before = await auditCount();
    const service = await create();
    expect(service).toMatchObject({
      slug: 'test-drop-in-advice',
      version: 1,
      status: 'ACTIVE',
      areas: [{ code: 'coventry' }],
      eligibility: { genders: ['FEMALE'], minimumAge: 18, maximumAge: 65 },
      source: { file: 'waymark-directory-admin' },
    });
    const dueInDays = (Date.parse(service.reviewDueAt!) - Date.now()) / 86_400_000;
    expect(dueInDays).toBeGreaterThan(364);
    expect(dueInDays).toBeLessThan(366);
    expect(await auditCount()).toBe(before + 1);
    const audit = await api.prisma.auditEvent.findFirst({ orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ action: 'service.create', entityType: 'SupportService' });

    const search = await api
      .as(people.coventryCaseworker)
      .query(ServicesDocument, { filter: { search: 'drop-in advice' } });
    expect(search.services.edges.map((e) => e.node.name)).toEqual(['Test drop-in advice']);
  });

  it('reports every bad field, and writes nothing', async () => {
    const before = { services: await api.prisma.supportService.count(), audit: await auditCount() };
    const { serviceCreate } = await admin().mutate(ServiceCreateDocument, {
      input: newService({
        name: '  ',
        phones: ['0800 808 3733', '555-1234'],
        email: 'not-an-email',
        url: 'javascript:alert(1)',
        areaCodes: ['coventry'],
        eligibility: { minimumAge: 30, maximumAge: 20 },
      }),
    });
    expect(serviceCreate.__typename).toBe('ValidationError');
    if (serviceCreate.__typename !== 'ValidationError') return;
    expect(serviceCreate.fieldErrors.map((e) => e.field).sort()).toEqual([
      'eligibility.maximumAge',
      'email',
      'name',
      'phones.1',
      'url',
    ]);
    expect(serviceCreate.fieldErrors.find((e) => e.field === 'phones.1')?.message).toMatch(/UK phone number/);
    expect({ services: await api.prisma.supportService.count(), audit: await auditCount() }).toEqual(before);
  });

  it('needs the detail the referral route names, and known areas', async () => {
    const { serviceCreate } = await admin().mutate(ServiceCreateDocument, {
      input: newService({ referralRoute: 'VIA_ORGANISATION', areaCodes: ['atlantis'] }),
    });
    if (serviceCreate.__typename !== 'ValidationError') throw new Error(serviceCreate.__typename);
    expect(serviceCreate.fieldErrors.map((e) => e.field)).toEqual(['referralViaOrganisationId']);
    const via = await admin().mutate(ServiceCreateDocument, {
      input: newService({
        name: 'Via TSA',
        referralRoute: 'VIA_ORGANISATION',
        referralViaOrganisationId: salvationArmyId,
        areaCodes: ['atlantis'],
      }),
    });
    if (via.serviceCreate.__typename !== 'ValidationError') throw new Error(via.serviceCreate.__typename);
    expect(via.serviceCreate.fieldErrors).toEqual([
      { path: ['areaCodes'], field: 'areaCodes', message: 'has unknown area codes: atlantis' },
    ]);
  });

  it('is for directory admins only', async () => {
    await expect(
      api.as(people.coventryCaseworker).mutate(ServiceCreateDocument, { input: newService() }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('serviceUpdate', () => {
  it('changes only the fields given, bumps the version, and refuses a stale version', async () => {
    const service = await create({ name: 'Update me' });
    const { serviceUpdate } = await admin().mutate(ServiceUpdateDocument, {
      id: service.id,
      expectedVersion: 1,
      patch: { description: 'New description.', eligibility: { genders: ['MALE'], nrmStatuses: ['IN_NRM'] } },
    });
    if (serviceUpdate.__typename !== 'ServicePayload') throw new Error(JSON.stringify(serviceUpdate));
    expect(serviceUpdate.service).toMatchObject({
      version: 2,
      name: 'Update me',
      description: 'New description.',
      phones: ['024 7622 1234'],
      eligibility: { genders: ['MALE'], nrmStatuses: ['IN_NRM'], minimumAge: null },
    });

    const stale = await admin().mutate(ServiceUpdateDocument, {
      id: service.id,
      expectedVersion: 1,
      patch: { name: 'Lost update' },
    });
    expect(stale.serviceUpdate).toMatchObject({
      __typename: 'StaleRecordError',
      code: 'STALE_RECORD',
      currentVersion: 2,
    });
    const { service: read } = await admin().query(ServiceDocument, { id: service.id });
    expect(read?.name).toBe('Update me');
  });

  it('lets exactly one of two concurrent updates from the same version win', async () => {
    const service = await create({ name: 'Race me' });
    const results = await Promise.all(
      ['First', 'Second'].map((description) =>
        admin().mutate(ServiceUpdateDocument, { id: service.id, expectedVersion: 1, patch: { description } }),
      ),
    );
    const kinds = results.map((r) => r.serviceUpdate.__typename).sort();
    expect(kinds).toEqual(['ServicePayload', 'StaleRecordError']);
    const row = await api.prisma.supportService.findUniqueOrThrow({
      where: { id: Buffer.from(service.id, 'base64').toString().split(':')[1]! },
    });
    expect(row.version).toBe(2);
  });

  it('audits which fields changed, never their values', async () => {
    const service = await create({ name: 'Audit me' });
    await admin().mutate(ServiceUpdateDocument, {
      id: service.id,
      expectedVersion: 1,
      patch: { restrictedDetails: 'Secret address 1', email: 'x@example.org' },
    });
    const audit = await api.prisma.auditEvent.findFirst({ orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({
      action: 'service.update',
      data: { fields: ['email', 'restrictedDetails'], version: 2 },
    });
    expect(JSON.stringify(audit?.data)).not.toContain('Secret address');
  });

  it('validates the patch with paths into it', async () => {
    const service = await create({ name: 'Patch validation' });
    const { serviceUpdate } = await admin().mutate(ServiceUpdateDocument, {
      id: service.id,
      expectedVersion: 1,
      patch: {
        phones: ['12'],
        eligibility: { ageGroups: ['ADULT'], maximumAge: 16 },
        referralRoute: 'ONLINE_FORM',
        url: null,
      },
    });
    if (serviceUpdate.__typename !== 'ValidationError') throw new Error(serviceUpdate.__typename);
    expect(serviceUpdate.fieldErrors.map((e) => e.field).sort()).toEqual([
      'patch.eligibility.maximumAge',
      'patch.phones.0',
      'patch.url',
    ]);
  });

  it('leaves a seeded record as printed when another field is edited', async () => {
    const { services } = await admin().query(ServicesDocument, {
      filter: { search: 'Independent Child Trafficking Guardian (ICTG) Service' },
    });
    const ictg = services.edges[0]!.node;
    const { serviceUpdate } = await admin().mutate(ServiceUpdateDocument, {
      id: ictg.id,
      expectedVersion: 1,
      patch: { languages: ['English'] },
    });
    if (serviceUpdate.__typename !== 'ServicePayload') throw new Error(JSON.stringify(serviceUpdate));
    expect(serviceUpdate.service.url).toBe('www.barnardos.org.uk/what-we-do/protecting-children/trafficked-children');
  });

  it('refuses to clear a required field', async () => {
    const service = await create({ name: 'Clear me' });
    const { serviceUpdate } = await admin().mutate(ServiceUpdateDocument, {
      id: service.id,
      expectedVersion: 1,
      patch: { name: null, referralRoute: null },
    });
    if (serviceUpdate.__typename !== 'ValidationError') throw new Error(serviceUpdate.__typename);
    expect(serviceUpdate.fieldErrors).toEqual([
      { path: ['patch', 'name'], field: 'patch.name', message: 'is required and cannot be cleared' },
      { path: ['patch', 'referralRoute'], field: 'patch.referralRoute', message: 'is required and cannot be cleared' },
    ]);
  });

  it('answers NotFoundError for a service that does not exist', async () => {
    const missing = Buffer.from('SupportService:00000000-0000-4000-8000-000000000000').toString('base64');
    const { serviceUpdate } = await admin().mutate(ServiceUpdateDocument, {
      id: missing,
      expectedVersion: 1,
      patch: { name: 'x' },
    });
    expect(serviceUpdate.__typename).toBe('NotFoundError');
  });
});

describe('serviceArchive, serviceMarkReviewed and servicesDueForReview', () => {
  it('archives: gone from searches and matching, still readable by id', async () => {
    const service = await create({ name: 'Archive me' });
    const { serviceArchive } = await admin().mutate(ServiceArchiveDocument, { id: service.id, expectedVersion: 1 });
    expect(serviceArchive).toMatchObject({ __typename: 'ServicePayload', service: { status: 'ARCHIVED', version: 2 } });
    const search = await admin().query(ServicesDocument, { filter: { search: 'Archive me' } });
    expect(search.services.totalCount).toBe(0);
    const archived = await admin().query(ServicesDocument, { filter: { search: 'Archive me', status: 'ARCHIVED' } });
    expect(archived.services.totalCount).toBe(1);
    const again = await admin().mutate(ServiceArchiveDocument, { id: service.id, expectedVersion: 1 });
    expect(again.serviceArchive).toMatchObject({ __typename: 'StaleRecordError', currentVersion: 2 });
  });

  it('lists services past their review date and takes them off once reviewed', async () => {
    const service = await create({ name: 'Review me' });
    await api.prisma.supportService.updateMany({
      where: { name: 'Review me' },
      data: { reviewDueAt: new Date(Date.now() - 86_400_000) },
    });
    const due = await admin().query(ServicesDueForReviewDocument, {});
    expect(due.servicesDueForReview.edges.map((e) => e.node.name)).toContain('Review me');

    const tooSoon = await admin().mutate(ServiceMarkReviewedDocument, {
      id: service.id,
      expectedVersion: 1,
      nextReviewDueAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(tooSoon.serviceMarkReviewed.__typename).toBe('ValidationError');
    const { serviceMarkReviewed } = await admin().mutate(ServiceMarkReviewedDocument, {
      id: service.id,
      expectedVersion: 1,
    });
    if (serviceMarkReviewed.__typename !== 'ServicePayload') throw new Error(serviceMarkReviewed.__typename);
    expect(Date.parse(serviceMarkReviewed.service.lastReviewedAt!)).toBeGreaterThan(Date.now() - 60_000);
    const after = await admin().query(ServicesDueForReviewDocument, {});
    expect(after.servicesDueForReview.edges.map((e) => e.node.name)).not.toContain('Review me');
    await expect(api.as(people.coventryLead).query(ServicesDueForReviewDocument, {})).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe('contacts', () => {
  it('creates, updates with expectedVersion, archives, with audit records and validation', async () => {
    const before = await auditCount();
    const { contactCreate } = await admin().mutate(ContactCreateDocument, {
      input: {
        name: 'Test SPoC line',
        purpose: 'SPOC',
        areaCode: 'coventry',
        phone: '024 7683 1234',
        email: 'spoc@example.org',
        hours: 'Mon-Fri 9am-5pm',
      },
    });
    if (contactCreate.__typename !== 'ContactPayload') throw new Error(JSON.stringify(contactCreate));
    const contact = contactCreate.contact;
    expect(contact).toMatchObject({ version: 1, area: { code: 'coventry' }, purpose: 'SPOC' });

    const bad = await admin().mutate(ContactUpdateDocument, {
      id: contact.id,
      expectedVersion: 1,
      patch: { phone: '+1 555 0100', email: 'nope', areaCode: 'nowhere' },
    });
    if (bad.contactUpdate.__typename !== 'ValidationError') throw new Error(bad.contactUpdate.__typename);
    expect(bad.contactUpdate.fieldErrors.map((e) => e.field).sort()).toEqual(['patch.email', 'patch.phone']);

    const { contactUpdate } = await admin().mutate(ContactUpdateDocument, {
      id: contact.id,
      expectedVersion: 1,
      patch: { hours: '24/7', areaCode: null },
    });
    expect(contactUpdate).toMatchObject({
      __typename: 'ContactPayload',
      contact: { hours: '24/7', area: null, version: 2, phone: '024 7683 1234' },
    });
    const stale = await admin().mutate(ContactUpdateDocument, {
      id: contact.id,
      expectedVersion: 1,
      patch: { hours: 'never' },
    });
    expect(stale.contactUpdate).toMatchObject({ __typename: 'StaleRecordError', currentVersion: 2 });

    const { contactArchive } = await admin().mutate(ContactArchiveDocument, { id: contact.id, expectedVersion: 2 });
    expect(contactArchive).toMatchObject({ __typename: 'ContactPayload', contact: { status: 'ARCHIVED' } });
    const listed = await admin().query(ContactsDocument, { filter: { purpose: 'SPOC' }, first: 100 });
    expect(listed.contacts.edges.map((e) => e.node.name)).not.toContain('Test SPoC line');
    expect(await auditCount()).toBe(before + 3);
  });
});
