/**
 * Waymark records -> HSDS 3.0 objects, with the field names exactly as the specification
 * spells them (snake_case, US spelling). Values that are absent are left out, never null: the
 * HSDS JSON schemas type them as strings or numbers.
 *
 * Two modes: `public` (the open /oruk feed) and `full` (authenticated exports for another
 * Waymark or a trusted directory). A restricted service in the public feed is its "front
 * gate" only: name, organisation, description, referral contact and route, eligibility; never
 * restricted details, locations or schedules. Hidden services are not published at all.
 */
import type { Area, Eligibility, Organisation, SupportService } from '../generated/prisma/client.ts';
import { stableId, termFor, type TaxonomyTerm } from './taxonomy.ts';

export type ExportMode = 'public' | 'full';

export type ServiceRow = SupportService & {
  organisation: Organisation;
  areas: Area[];
  eligibility: Eligibility | null;
};

export const SERVICE_INCLUDE = {
  organisation: true,
  areas: { orderBy: { code: 'asc' as const } },
  eligibility: true,
} as const;

const STATUS = { ACTIVE: 'active', INACTIVE: 'inactive', ARCHIVED: 'defunct' } as const;
export const STATUS_FROM_HSDS: Record<string, 'ACTIVE' | 'INACTIVE' | 'ARCHIVED'> = {
  active: 'ACTIVE',
  inactive: 'INACTIVE',
  defunct: 'ARCHIVED',
  'temporarily closed': 'INACTIVE',
};

/** Leaves out null and undefined values. */
export function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined)) as T;
}

function nestedTerm(term: TaxonomyTerm) {
  return {
    id: term.id,
    code: term.code,
    name: term.name,
    description: term.description,
    taxonomy: term.taxonomy,
    taxonomy_id: term.taxonomy_id,
  };
}

function attribute(
  linkEntity: 'service' | 'organization',
  linkId: string,
  linkType: string,
  code: string,
  value?: string | null,
) {
  const term = termFor(code);
  return compact({
    id: stableId(`attribute:${linkId}:${code}`),
    link_id: linkId,
    link_type: linkType,
    link_entity: linkEntity,
    taxonomy_term_id: term.id,
    value: value ?? undefined,
    taxonomy_term: nestedTerm(term),
  });
}

/** The Waymark taxonomy codes a service carries (categories and eligibility): the feed's taxonomy_term_id filter uses them. */
export function serviceTermCodes(row: ServiceRow): string[] {
  const e = row.eligibility;
  return [
    ...row.categories.map((c) => `category:${c}`),
    ...(e?.genders ?? []).map((g) => `gender:${g}`),
    ...(e?.ageGroups ?? []).map((a) => `age-group:${a}`),
    ...(e?.nrmStatuses ?? []).map((n) => `nrm-status:${n}`),
    ...(e?.decisionOutcomes ?? []).map((d) => `decision:${d}`),
    ...(e?.recourseToPublicFunds == null ? [] : [`recourse-to-public-funds:${e.recourseToPublicFunds ? 'yes' : 'no'}`]),
    ...(e?.exploitationTypes ?? []).map((x) => `exploitation:${x}`),
  ];
}

function serviceAttributes(row: ServiceRow, mode: ExportMode) {
  const id = row.id;
  const attributes = [
    ...row.categories.map((c) => attribute('service', id, 'category', `category:${c}`)),
    ...serviceTermCodes(row)
      .filter((code) => !code.startsWith('category:'))
      .map((code) => attribute('service', id, 'eligibility', code)),
    attribute('service', id, 'referral', `referral-route:${row.referralRoute}`),
    row.referralViaOrganisationId
      ? attribute('service', id, 'referral', 'referral-via', row.referralViaOrganisationId)
      : null,
    row.restricted ? attribute('service', id, 'confidentiality', 'restricted') : null,
    mode === 'full' && row.hidden ? attribute('service', id, 'confidentiality', 'hidden') : null,
    mode === 'full' && row.restrictedDetails
      ? attribute('service', id, 'confidentiality', 'restricted-details', row.restrictedDetails)
      : null,
    attribute('service', id, 'provenance', 'source', `${row.sourceFile} | ${row.sourceSection}`),
    row.reviewDueAt ? attribute('service', id, 'provenance', 'review-due', row.reviewDueAt.toISOString()) : null,
  ];
  return attributes.filter((a) => a !== null);
}

const KIND_LABEL: Record<Organisation['kind'], string> = {
  COUNCIL: 'Council',
  POLICE: 'Police',
  HEALTH: 'Health',
  CHARITY: 'Charity',
  GOVERNMENT: 'Government',
  OTHER: 'Organisation',
};

export function hsdsOrganization(org: Organisation) {
  const description =
    `${KIND_LABEL[org.kind]}.` +
    (org.isFirstResponder
      ? ` First Responder organisation for the National Referral Mechanism${org.firstResponderNote ? ` (${org.firstResponderNote})` : ''}.`
      : '');
  return compact({
    id: org.id,
    name: org.name,
    description,
    website: org.website ?? undefined,
    attributes: [
      attribute('organization', org.id, 'classification', 'organisation-kind', org.kind),
      org.isFirstResponder
        ? attribute('organization', org.id, 'classification', 'first-responder', org.firstResponderNote ?? undefined)
        : null,
      attribute('organization', org.id, 'provenance', 'source', `${org.sourceFile} | ${org.sourceSection}`),
    ].filter((a) => a !== null),
  });
}

/** The one-to-one fields of a service: what the paged /services list carries. */
export function hsdsServiceListItem(row: ServiceRow) {
  const e = row.eligibility;
  return compact({
    id: row.id,
    organization_id: row.organisationId,
    name: row.name,
    description: row.description,
    url: row.url ?? undefined,
    email: row.email ?? undefined,
    status: STATUS[row.status],
    application_process: row.referralDetails ?? undefined,
    eligibility_description: e?.conditions ?? undefined,
    minimum_age: e?.minimumAge ?? undefined,
    maximum_age: e?.maximumAge ?? undefined,
    assured_date: row.lastReviewedAt ? row.lastReviewedAt.toISOString().slice(0, 10) : undefined,
    last_modified: row.updatedAt.toISOString(),
  });
}

/** The fully nested service (GET /services/{id}, and each record of an export). */
export function hsdsService(row: ServiceRow, mode: ExportMode) {
  return {
    ...hsdsServiceListItem(row),
    organization: hsdsOrganization(row.organisation),
    phones: row.phones.map((number, index) => ({
      id: stableId(`phone:${row.id}:${index}`),
      service_id: row.id,
      number,
    })),
    languages: row.languages.map((name, index) => ({
      id: stableId(`language:${row.id}:${index}`),
      service_id: row.id,
      name,
    })),
    service_areas: row.areas.map((area) => ({
      id: stableId(`service-area:${row.id}:${area.code}`),
      service_id: row.id,
      name: area.name,
      uri: `urn:waymark:area:${area.code}`,
    })),
    // Waymark records no addresses or opening times for services, and never publishes a
    // restricted service's: these stay empty in both modes.
    service_at_locations: [],
    schedules: [],
    contacts: [],
    attributes: serviceAttributes(row, mode),
  };
}
