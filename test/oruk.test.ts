import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await startTestApi();
  base = api.url.replace(/\/graphql$/, '/oruk');
});
afterAll(() => api.stop());

async function get(path: string, init?: RequestInit) {
  const response = await fetch(`${base}${path}`, init);
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
}

// Property names from the published HSDS 3.0 schemas (openreferral/specification schema/*.json):
// every key the feed writes must be one of them, spelt exactly so.
const HSDS = {
  service: [
    'id',
    'organization_id',
    'program_id',
    'name',
    'alternate_name',
    'description',
    'url',
    'email',
    'status',
    'interpretation_services',
    'application_process',
    'fees_description',
    'wait_time',
    'fees',
    'accreditations',
    'eligibility_description',
    'minimum_age',
    'maximum_age',
    'assured_date',
    'assurer_email',
    'licenses',
    'alert',
    'last_modified',
    'phones',
    'schedules',
    'service_areas',
    'service_at_locations',
    'languages',
    'organization',
    'funding',
    'cost_options',
    'program',
    'required_documents',
    'contacts',
    'attributes',
    'metadata',
  ],
  organization: [
    'id',
    'name',
    'alternate_name',
    'description',
    'email',
    'website',
    'tax_status',
    'tax_id',
    'year_incorporated',
    'legal_status',
    'logo',
    'uri',
    'parent_organization_id',
    'funding',
    'contacts',
    'phones',
    'locations',
    'programs',
    'organization_identifiers',
    'attributes',
    'metadata',
  ],
  phone: [
    'id',
    'location_id',
    'service_id',
    'organization_id',
    'contact_id',
    'service_at_location_id',
    'number',
    'extension',
    'type',
    'description',
    'languages',
    'attributes',
    'metadata',
  ],
  language: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'note', 'attributes', 'metadata'],
  service_area: [
    'id',
    'service_id',
    'service_at_location_id',
    'name',
    'description',
    'extent',
    'extent_type',
    'uri',
    'attributes',
    'metadata',
  ],
  attribute: [
    'id',
    'link_id',
    'taxonomy_term_id',
    'link_type',
    'link_entity',
    'value',
    'taxonomy_term',
    'metadata',
    'label',
  ],
  taxonomy_term: [
    'id',
    'code',
    'name',
    'description',
    'parent_id',
    'taxonomy',
    'taxonomy_detail',
    'language',
    'taxonomy_id',
    'term_uri',
    'metadata',
  ],
  taxonomy: ['id', 'name', 'description', 'uri', 'version', 'metadata'],
};

function expectKeysWithin(object: Record<string, unknown>, allowed: string[]) {
  expect(Object.keys(object).filter((key) => !allowed.includes(key))).toEqual([]);
}

const PAGE_KEYS = ['contents', 'empty', 'first_page', 'last_page', 'page_number', 'size', 'total_items', 'total_pages'];

describe('Open Referral UK feed: level 1', () => {
  it('GET / names the version, profile and OpenAPI document, open to any origin', async () => {
    const { status, headers, body } = await get('/', { headers: { origin: 'https://directory.example.org' } });
    expect(status).toBe(200);
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(body).toMatchObject({
      version: 'HSDS-UK-3.0',
      profile: expect.stringMatching(/^https:\/\//),
      openapi_url: `${base}/openapi.json`,
    });
    const openapi = await get('/openapi.json');
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining(['/', '/services', '/services/{id}', '/taxonomies', '/organizations']),
    );
  });

  it('GET /services is a Page of active, non-hidden services with one-to-one fields only', async () => {
    const total = await api.prisma.supportService.count({ where: { status: 'ACTIVE', hidden: false } });
    const { status, body } = await get('/services?per_page=10&page=2');
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(PAGE_KEYS);
    expect(body).toMatchObject({
      total_items: total,
      total_pages: Math.ceil(total / 10),
      page_number: 2,
      size: 10,
      first_page: false,
      last_page: false,
      empty: false,
    });
    const item = body.contents[0];
    expect(item).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        organization_id: expect.any(String),
        name: expect.any(String),
        status: 'active',
      }),
    );
    expect(item).not.toHaveProperty('phones');
    expect(Object.values(item)).not.toContain(null);

    const last = await get(`/services?per_page=10&page=${Math.ceil(total / 10)}`);
    expect(last.body).toMatchObject({ last_page: true, size: total % 10 || 10 });
    const beyond = await get('/services?page=99');
    expect(beyond.body).toMatchObject({ empty: true, size: 0, contents: [] });
  });

  it('filters by search, organization_id, taxonomy_term_id and modified_after', async () => {
    const search = await get('/services?search=salvation');
    expect(search.body.contents.map((s: any) => s.name)).toContain(
      'NRM Support via Modern Slavery Survivor Care Contract',
    );

    const atleu = await api.prisma.organisation.findUniqueOrThrow({ where: { slug: 'atleu' } });
    const byOrg = await get(`/services?organization_id=${atleu.id}`);
    expect(byOrg.body.total_items).toBe(3);
    expect(byOrg.body.contents.every((s: any) => s.organization_id === atleu.id)).toBe(true);

    const terms = await get('/taxonomy_terms?search=gender%3A%20female');
    const female = terms.body.contents.find((t: any) => t.code === 'gender:FEMALE');
    const women = await get(`/services?taxonomy_term_id=${female.id}&per_page=100`);
    expect(women.body.contents.map((s: any) => s.name)).toEqual(
      expect.arrayContaining([
        'Kairos Women Working Together',
        "Black Country Women's Aid's Sexual Exploitation and Community Engagement Project",
      ]),
    );
    expect(women.body.contents.map((s: any) => s.name)).not.toContain('West Midlands Anti Slavery Network safehouse');

    const future = await get(
      `/services?modified_after=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
    );
    expect(future.body).toMatchObject({ total_items: 0, empty: true });
    const bad = await get('/services?modified_after=yesterday');
    expect(bad.status).toBe(400);
    expect((await get('/services?per_page=0')).status).toBe(400);
    expect((await get('/services?organization_id=not-a-uuid')).body).toMatchObject({ total_items: 0, empty: true });
  });

  it('GET /services/{id} is the fully nested service with eligibility as attributes', async () => {
    const row = await api.prisma.supportService.findUniqueOrThrow({
      where: { slug: 'coventry-nrm-support-survivor-care-contract' },
    });
    const { status, body } = await get(`/services/${row.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: row.id,
      name: 'NRM Support via Modern Slavery Survivor Care Contract',
      status: 'active',
      email: 'mstreferrals@salvationarmy.org.uk',
      phones: [{ number: '0800 808 3733', service_id: row.id }],
      organization: { name: 'The Salvation Army', description: expect.any(String) },
      service_areas: [{ name: 'Coventry', uri: 'urn:waymark:area:coventry' }],
      service_at_locations: [],
      schedules: [],
      eligibility_description: expect.stringMatching(/survivors in the NRM/),
    });
    const codes = body.attributes.map((a: any) => a.taxonomy_term.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'age-group:ADULT',
        'nrm-status:IN_NRM',
        'decision:POSITIVE_CONCLUSIVE_GROUNDS',
        'referral-route:VIA_ORGANISATION',
        'restricted',
        'referral-via',
      ]),
    );
    for (const attribute of body.attributes) {
      expect(attribute).toMatchObject({
        link_id: row.id,
        link_entity: 'service',
        taxonomy_term_id: attribute.taxonomy_term.id,
      });
    }
    expectKeysWithin(body, HSDS.service);
    expectKeysWithin(body.organization, HSDS.organization);
    body.phones.forEach((p: any) => expectKeysWithin(p, HSDS.phone));
    body.service_areas.forEach((a: any) => expectKeysWithin(a, HSDS.service_area));
    body.organization.attributes.concat(body.attributes).forEach((a: any) => {
      expectKeysWithin(a, HSDS.attribute);
      expectKeysWithin(a.taxonomy_term, HSDS.taxonomy_term);
    });
    expect((await get('/services/not-a-uuid')).status).toBe(404);
    expect((await get('/services/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('publishes a restricted service only by its front gate, and a hidden one not at all', async () => {
    const safehouse = await api.prisma.supportService.update({
      where: { slug: 'west-midlands-anti-slavery-network-safehouse' },
      data: { restrictedDetails: 'Address: 1 Secret Street (test)' },
    });
    const { body } = await get(`/services/${safehouse.id}`);
    expect(body.name).toBe('West Midlands Anti Slavery Network safehouse');
    expect(JSON.stringify(body)).not.toContain('Secret Street');
    expect(body.service_at_locations).toEqual([]);
    expect(body.schedules).toEqual([]);

    await api.prisma.supportService.update({ where: { id: safehouse.id }, data: { hidden: true } });
    expect((await get(`/services/${safehouse.id}`)).status).toBe(404);
    const all = await get('/services?per_page=200');
    expect(all.body.contents.map((s: any) => s.id)).not.toContain(safehouse.id);
    await api.prisma.supportService.update({
      where: { id: safehouse.id },
      data: { hidden: false, restrictedDetails: null },
    });
  });

  it('is read-only', async () => {
    const response = await fetch(`${base}/services`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(405);
  });
});

describe('Open Referral UK feed: level 2', () => {
  it('lists taxonomies and their terms, each by id', async () => {
    const taxonomies = await get('/taxonomies');
    expect(taxonomies.body.contents.map((t: any) => t.name)).toEqual([
      'Waymark service categories',
      'Waymark eligibility',
      'Waymark directory',
    ]);
    taxonomies.body.contents.forEach((t: any) => expectKeysWithin(t, HSDS.taxonomy));
    const eligibility = taxonomies.body.contents[1];
    expect((await get(`/taxonomies/${eligibility.id}`)).body).toEqual(eligibility);
    const terms = await get(`/taxonomy_terms?taxonomy_id=${eligibility.id}&per_page=200`);
    expect(terms.body.contents.every((t: any) => t.taxonomy_id === eligibility.id)).toBe(true);
    expect(terms.body.contents.map((t: any) => t.code)).toEqual(
      expect.arrayContaining(['nrm-status:IN_NRM', 'recourse-to-public-funds:no']),
    );
    terms.body.contents.forEach((t: any) => expectKeysWithin(t, HSDS.taxonomy_term));
    const one = terms.body.contents[0];
    expect((await get(`/taxonomy_terms/${one.id}`)).body).toMatchObject({
      id: one.id,
      name: one.name,
      description: expect.any(String),
    });
    expect((await get('/taxonomy_terms/unknown')).status).toBe(404);
  });

  it('lists organizations, each with its published services, and an empty service_at_locations page', async () => {
    const orgs = await get('/organizations?per_page=100');
    expect(orgs.body.total_items).toBe(await api.prisma.organisation.count());
    orgs.body.contents.forEach((o: any) => expectKeysWithin(o, HSDS.organization));
    const tsa = orgs.body.contents.find((o: any) => o.name === 'The Salvation Army');
    expect(tsa.description).toMatch(/First Responder/);
    const one = await get(`/organizations/${tsa.id}`);
    expect(one.body.services.map((s: any) => s.name)).toContain(
      'NRM Support via Modern Slavery Survivor Care Contract',
    );
    expect((await get('/service_at_locations')).body).toMatchObject({ total_items: 0, empty: true, contents: [] });
  });
});
