import {
  AuthenticationError,
  ContactsDocument,
  FirstResponderOrganisationsDocument,
  ServiceDocument,
  ServicesDocument,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

async function serviceId(slug: string): Promise<string> {
  const { services } = await api.as(people.directoryAdmin).query(ServicesDocument, { first: 100 });
  const found = services.edges.find((edge) => edge.node.slug === slug);
  if (!found) throw new Error(`no service ${slug}`);
  return found.node.id;
}

describe('services', () => {
  it('lists active services by name with a total count, and pages through them', async () => {
    const client = api.as(people.coventryCaseworker);
    const all = await client.query(ServicesDocument, { first: 100 });
    const names = all.services.edges.map((e) => e.node.name);
    expect(all.services.totalCount).toBe(35);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const first = await client.query(ServicesDocument, { first: 10 });
    expect(first.services.edges).toHaveLength(10);
    expect(first.services.pageInfo.hasNextPage).toBe(true);
    const second = await client.query(ServicesDocument, { first: 10, after: first.services.pageInfo.endCursor });
    expect(second.services.edges.map((e) => e.node.name)).toEqual(names.slice(10, 20));
  });

  it('searches by text and filters by area, category and eligibility', async () => {
    const client = api.as(people.coventryCaseworker);
    const search = await client.query(ServicesDocument, { filter: { search: 'salvation army' } });
    expect(search.services.edges.map((e) => e.node.slug)).toContain('coventry-nrm-support-survivor-care-contract');

    const herts = await client.query(ServicesDocument, { first: 100, filter: { areaCode: 'hertfordshire' } });
    const hertsSlugs = herts.services.edges.map((e) => e.node.slug);
    expect(hertsSlugs).toContain('beacon-hertfordshire');
    expect(hertsSlugs).toContain('modern-slavery-helpline'); // national
    expect(hertsSlugs).not.toContain('adavu-casework'); // Coventry only

    const legal = await client.query(ServicesDocument, { first: 100, filter: { category: 'LEGAL' } });
    expect(legal.services.edges.every((e) => e.node.categories.includes('LEGAL'))).toBe(true);
    expect(legal.services.totalCount).toBeGreaterThan(2);

    const men = await client.query(ServicesDocument, { first: 100, filter: { areaCode: 'coventry', gender: 'MALE' } });
    const menSlugs = men.services.edges.map((e) => e.node.slug);
    expect(menSlugs).toContain('west-midlands-anti-slavery-network-safehouse');
    expect(menSlugs).not.toContain('kairos-women-working-together');

    const nrpf = await client.query(ServicesDocument, {
      first: 100,
      filter: { areaCode: 'coventry', recourseToPublicFunds: 'NO' },
    });
    const nrpfSlugs = nrpf.services.edges.map((e) => e.node.slug);
    expect(nrpfSlugs).toContain('crmc-nrpf-accommodation');
    expect(nrpfSlugs).not.toContain('coventry-housing-and-homelessness-services');

    const child = await client.query(ServicesDocument, { first: 100, filter: { age: 16 } });
    expect(child.services.edges.map((e) => e.node.slug)).toContain('ictg-service');
  });

  it('gives one service with its eligibility, source and referral route', async () => {
    const id = await serviceId('coventry-nrm-support-survivor-care-contract');
    const { service } = await api.as(people.coventryLead).query(ServiceDocument, { id });
    expect(service).toMatchObject({
      name: 'NRM Support via Modern Slavery Survivor Care Contract',
      referralRoute: 'VIA_ORGANISATION',
      referralVia: { name: 'The Salvation Army' },
      restricted: true,
      source: { file: '002_85009a930093bd13.txt', section: '4.3 Access to Specialist Support' },
      eligibility: { nrmStatuses: ['IN_NRM'], ageGroups: ['ADULT'] },
    });
  });

  it('shows restricted details to leads and caseworkers but not to partner workers, and hidden services not at all', async () => {
    const id = await serviceId('west-midlands-anti-slavery-network-safehouse');
    const raw = id;
    await api.prisma.supportService.update({
      where: { slug: 'west-midlands-anti-slavery-network-safehouse' },
      data: { restrictedDetails: 'Safe house address: (test) 1 Example Street' },
    });
    const lead = await api.as(people.coventryLead).query(ServiceDocument, { id: raw });
    expect(lead.service?.restrictedDetails).toContain('Example Street');
    const partner = await api.as(people.salvationArmyPartner).query(ServiceDocument, { id: raw });
    expect(partner.service?.name).toBe('West Midlands Anti Slavery Network safehouse');
    expect(partner.service?.restrictedDetails).toBeNull();

    await api.prisma.supportService.update({
      where: { slug: 'west-midlands-anti-slavery-network-safehouse' },
      data: { hidden: true },
    });
    expect((await api.as(people.salvationArmyPartner).query(ServiceDocument, { id: raw })).service).toBeNull();
    const partnerList = await api.as(people.salvationArmyPartner).query(ServicesDocument, { first: 100 });
    expect(partnerList.services.edges.map((e) => e.node.slug)).not.toContain(
      'west-midlands-anti-slavery-network-safehouse',
    );
    expect((await api.as(people.coventryLead).query(ServiceDocument, { id: raw })).service?.hidden).toBe(true);
    await api.prisma.supportService.update({
      where: { slug: 'west-midlands-anti-slavery-network-safehouse' },
      data: { hidden: false, restrictedDetails: null },
    });
  });

  it('refuses anonymous viewers', async () => {
    await expect(api.anonymous().query(ServicesDocument, {})).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe('contacts', () => {
  it("lists an area's contacts with the national ones, filtered by purpose", async () => {
    const client = api.as(people.bexleyLead);
    const mash = await client.query(ContactsDocument, { filter: { areaCode: 'bexley', purpose: 'MASH' } });
    expect(mash.contacts.totalCount).toBeGreaterThan(0);
    expect(
      mash.contacts.edges.every((e) => e.node.purpose === 'MASH' && (e.node.area?.code ?? 'bexley') === 'bexley'),
    ).toBe(true);

    const helplines = await client.query(ContactsDocument, { filter: { areaCode: 'bexley', purpose: 'HELPLINE' } });
    const helpline = helplines.contacts.edges.find((e) => e.node.slug === 'modern-slavery-helpline')?.node;
    expect(helpline).toMatchObject({
      phone: '08000 121 700',
      area: null,
      source: { file: '003_eef8dc0b317e2207.txt' },
    });

    const onlyLocal = await client.query(ContactsDocument, { filter: { areaCode: 'bexley', includeNational: false } });
    expect(onlyLocal.contacts.edges.every((e) => e.node.area?.code === 'bexley')).toBe(true);
    expect(onlyLocal.contacts.totalCount).toBeGreaterThan(0);
  });

  it('lists all 64 seeded contacts without a filter', async () => {
    const all = await api.as(people.coventryLead).query(ContactsDocument, { first: 100 });
    expect(all.contacts.totalCount).toBe(64);
  });
});

describe('firstResponderOrganisations', () => {
  it('lists the First Responder organisations from the documents, by name', async () => {
    const { firstResponderOrganisations: orgs } = await api
      .as(people.coventryCaseworker)
      .query(FirstResponderOrganisationsDocument, {});
    const names = orgs.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'The Salvation Army',
        'Migrant Help',
        'Medaille Trust',
        'Kalayaan',
        'National Crime Agency (NCA)',
      ]),
    );
    expect(names).not.toContain('Adavu');
    expect(orgs.find((o) => o.slug === 'bawso')?.firstResponderNote).toMatch(/Wales/);
  });
});
