/**
 * Reads an HSDS 3.0 document into Waymark records, checking every record before anything is
 * written: JSON syntax, shapes and types, Waymark's formats (UK phone numbers, emails, web
 * addresses, age ranges), known taxonomy terms, duplicate ids and references. Each problem
 * names the record, the field and the reason; an import with any problem writes nothing.
 */
import { z } from 'zod';
import type { OrganisationKind, ReferralRoute } from '../generated/prisma/enums.ts';
import { OrganisationKind as KINDS, ReferralRoute as ROUTES } from '../generated/prisma/enums.ts';
import {
  isUkPhoneNumber,
  isWebAddress,
  eligibilityInput,
  referralRouteProblems,
} from '../modules/directory/directory.validation.ts';
import { text } from '../validation.ts';
import { STATUS_FROM_HSDS } from './mapping.ts';
import { TERMS_BY_ID } from './taxonomy.ts';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface ImportProblem {
  /** Index of the service in the document (0-based), or null for the document as a whole. */
  record: number | null;
  id: string | null;
  field: string;
  reason: string;
}

export interface OrganisationRecord {
  id: string;
  name: string;
  kind: OrganisationKind;
  isFirstResponder: boolean;
  firstResponderNote: string | null;
  website: string | null;
  sourceFile: string;
  sourceSection: string;
}

export interface ServiceRecord {
  id: string;
  organisationId: string;
  name: string;
  description: string;
  url: string | null;
  email: string | null;
  phones: string[];
  languages: string[];
  categories: string[];
  status: 'ACTIVE' | 'INACTIVE' | 'ARCHIVED';
  referralRoute: ReferralRoute;
  referralDetails: string | null;
  referralViaOrganisationId: string | null;
  areas: Array<{ code: string; name: string }>;
  restricted: boolean;
  hidden: boolean;
  restrictedDetails: string | null;
  sourceFile: string;
  sourceSection: string;
  lastReviewedAt: string | null;
  reviewDueAt: string | null;
  lastModified: string | null;
  eligibility: {
    genders: string[];
    ageGroups: string[];
    minimumAge: number | null;
    maximumAge: number | null;
    nrmStatuses: string[];
    decisionOutcomes: string[];
    recourseToPublicFunds: boolean | null;
    exploitationTypes: string[];
    conditions: string | null;
  } | null;
}

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a UUID');
/** Web addresses as the documents print them: with a scheme, or a bare www. host. */
const lenientUrl = z.string().refine((v) => isWebAddress(v) || isWebAddress(`https://${v}`), 'must be a web address');
const attributeSchema = z.object({ taxonomy_term_id: z.string(), value: z.string().max(5000).optional() });
const organizationSchema = z.object({
  id: uuid,
  name: text(200),
  description: z.string().optional(),
  website: lenientUrl.optional(),
  attributes: z.array(attributeSchema).max(20).optional(),
});
const serviceSchema = z.object({
  id: uuid,
  organization_id: uuid,
  name: text(200),
  description: text(5000),
  url: lenientUrl.optional(),
  email: z.string().pipe(z.email('must be an email address')).optional(),
  status: z.enum(Object.keys(STATUS_FROM_HSDS) as [string, ...string[]], {
    message: 'must be active, inactive, defunct or temporarily closed',
  }),
  application_process: text(2000).optional(),
  eligibility_description: text(5000).optional(),
  minimum_age: z.number().int('must be a whole number').optional(),
  maximum_age: z.number().int('must be a whole number').optional(),
  assured_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
    .optional(),
  last_modified: z.iso.datetime({ message: 'must be an ISO 8601 date-time' }).optional(),
  organization: organizationSchema.optional(),
  phones: z
    .array(z.object({ number: z.string().refine(isUkPhoneNumber, 'must be a UK phone number') }))
    .max(10)
    .optional(),
  languages: z
    .array(z.object({ name: text(100) }))
    .max(50)
    .optional(),
  service_areas: z
    .array(
      z.object({
        name: text(200),
        uri: z.string().regex(/^urn:waymark:area:[a-z0-9-]{1,100}$/, 'must be urn:waymark:area:<code>'),
      }),
    )
    .max(100)
    .optional(),
  attributes: z.array(attributeSchema).max(200).optional(),
});

type HsdsService = z.infer<typeof serviceSchema>;

function splitSource(value: string | undefined, fallback: { file: string; section: string }) {
  if (!value) return fallback;
  const at = value.indexOf(' | ');
  return at < 0 ? { file: value, section: '' } : { file: value.slice(0, at), section: value.slice(at + 3) };
}
const IMPORTED = { file: 'oruk-import', section: 'Imported from an HSDS 3.0 document' };

function codesOf(
  attributes: Array<{ taxonomy_term_id: string; value?: string }> | undefined,
  record: number,
  id: string,
  problems: ImportProblem[],
  where = 'attributes',
) {
  const found = new Map<string, string | undefined>();
  (attributes ?? []).forEach((attribute, index) => {
    const term = TERMS_BY_ID.get(attribute.taxonomy_term_id);
    if (!term)
      problems.push({
        record,
        id,
        field: `${where}.${index}.taxonomy_term_id`,
        reason: 'is not a known Waymark taxonomy term',
      });
    else found.set(term.code, attribute.value);
  });
  return found;
}

const after = (codes: Map<string, string | undefined>, prefix: string) =>
  [...codes.keys()].filter((c) => c.startsWith(prefix)).map((c) => c.slice(prefix.length));

function toRecords(
  service: HsdsService,
  record: number,
  problems: ImportProblem[],
): { service: ServiceRecord; organisation: OrganisationRecord | null } {
  const codes = codesOf(service.attributes, record, service.id, problems);
  const routes = after(codes, 'referral-route:');
  if (routes.length !== 1 || !(routes[0]! in ROUTES)) {
    problems.push({ record, id: service.id, field: 'attributes', reason: 'needs exactly one referral-route term' });
  }
  const rpf = after(codes, 'recourse-to-public-funds:');
  const eligibility = {
    genders: after(codes, 'gender:'),
    ageGroups: after(codes, 'age-group:'),
    minimumAge: service.minimum_age ?? null,
    maximumAge: service.maximum_age ?? null,
    nrmStatuses: after(codes, 'nrm-status:'),
    decisionOutcomes: after(codes, 'decision:'),
    recourseToPublicFunds: rpf.length === 1 ? rpf[0] === 'yes' : null,
    exploitationTypes: after(codes, 'exploitation:'),
    conditions: service.eligibility_description ?? null,
  };
  if (rpf.length > 1)
    problems.push({ record, id: service.id, field: 'attributes', reason: 'has both recourse-to-public-funds terms' });
  const checked = eligibilityInput.safeParse(eligibility);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field =
        issue.path[0] === 'minimumAge' ? 'minimum_age' : issue.path[0] === 'maximumAge' ? 'maximum_age' : 'attributes';
      problems.push({ record, id: service.id, field, reason: issue.message });
    }
  }
  const hasEligibility = Object.values(eligibility).some((v) => (Array.isArray(v) ? v.length > 0 : v !== null));
  const source = splitSource(codes.get('source'), IMPORTED);
  const out: ServiceRecord = {
    id: service.id.toLowerCase(),
    organisationId: service.organization_id.toLowerCase(),
    name: service.name.trim(),
    description: service.description.trim(),
    url: service.url ?? null,
    email: service.email ?? null,
    phones: (service.phones ?? []).map((p) => p.number.trim()),
    languages: (service.languages ?? []).map((l) => l.name.trim()),
    categories: after(codes, 'category:'),
    status: STATUS_FROM_HSDS[service.status]!,
    referralRoute: (routes[0] ?? 'NOT_STATED') as ReferralRoute,
    referralDetails: service.application_process ?? null,
    referralViaOrganisationId: codes.get('referral-via')?.toLowerCase() ?? null,
    areas: (service.service_areas ?? [])
      .map((a) => ({ code: a.uri.slice('urn:waymark:area:'.length), name: a.name }))
      .sort((a, b) => (a.code < b.code ? -1 : 1)),
    restricted: codes.has('restricted'),
    hidden: codes.has('hidden'),
    restrictedDetails: codes.get('restricted-details') ?? null,
    sourceFile: source.file,
    sourceSection: source.section,
    lastReviewedAt: service.assured_date ?? null,
    reviewDueAt: codes.get('review-due') ?? null,
    lastModified: service.last_modified ?? null,
    eligibility: hasEligibility ? eligibility : null,
  };
  for (const p of referralRouteProblems(out))
    problems.push({
      record,
      id: service.id,
      field: p.path[0] === 'referralViaOrganisationId' ? 'attributes' : p.path.join('.'),
      reason: p.message,
    });
  if (out.hidden && !out.restricted)
    problems.push({
      record,
      id: service.id,
      field: 'attributes',
      reason: 'hidden applies only to restricted services',
    });
  if (out.reviewDueAt && Number.isNaN(Date.parse(out.reviewDueAt)))
    problems.push({ record, id: service.id, field: 'attributes', reason: 'review-due must be an ISO 8601 date-time' });

  let organisation: OrganisationRecord | null = null;
  if (service.organization) {
    const org = service.organization;
    const orgCodes = codesOf(org.attributes, record, service.id, problems, 'organization.attributes');
    const kind = orgCodes.get('organisation-kind') ?? 'OTHER';
    if (!(kind in KINDS))
      problems.push({
        record,
        id: service.id,
        field: 'organization.attributes',
        reason: 'organisation-kind must be one of ' + Object.keys(KINDS).join(', '),
      });
    if (org.id.toLowerCase() !== out.organisationId)
      problems.push({ record, id: service.id, field: 'organization.id', reason: 'must equal organization_id' });
    const orgSource = splitSource(orgCodes.get('source'), IMPORTED);
    organisation = {
      id: org.id.toLowerCase(),
      name: org.name.trim(),
      kind: kind as OrganisationKind,
      isFirstResponder: orgCodes.has('first-responder'),
      firstResponderNote: orgCodes.get('first-responder') ?? null,
      website: org.website ?? null,
      sourceFile: orgSource.file,
      sourceSection: orgSource.section,
    };
  }
  return { service: out, organisation };
}

export interface ParsedDocument {
  services: ServiceRecord[];
  organisations: OrganisationRecord[];
  problems: ImportProblem[];
}

/** Parses and checks a document; references to records already in the database are checked by the importer. */
export function parseDocument(input: string): ParsedDocument {
  const problems: ImportProblem[] = [];
  const fail = (reason: string): ParsedDocument => ({
    services: [],
    organisations: [],
    problems: [{ record: null, id: null, field: '(document)', reason }],
  });
  if (Buffer.byteLength(input, 'utf8') > MAX_IMPORT_BYTES)
    return fail(`is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  let json: unknown;
  try {
    json = JSON.parse(input);
  } catch {
    // The parser's message quotes the text around the mistake, which may be a person's name.
    return fail('is not valid JSON');
  }
  const list = Array.isArray(json)
    ? json
    : json && typeof json === 'object' && Array.isArray((json as { services?: unknown }).services)
      ? (json as { services: unknown[] }).services
      : json && typeof json === 'object' && Array.isArray((json as { contents?: unknown }).contents)
        ? (json as { contents: unknown[] }).contents
        : null;
  if (!list)
    return fail('must be an object with a "services" array (or an array of services, or a Page with "contents")');

  const services: ServiceRecord[] = [];
  const organisations = new Map<string, OrganisationRecord>();
  const seen = new Map<string, number>();
  list.forEach((raw, record) => {
    const rawId =
      raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
        ? (raw as { id: string }).id
        : null;
    const parsed = serviceSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ record, id: rawId, field: issue.path.join('.') || '(record)', reason: issue.message });
      return;
    }
    const id = parsed.data.id.toLowerCase();
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({ record, id, field: 'id', reason: `duplicates the id of record ${first}` });
      return;
    }
    seen.set(id, record);
    const { service, organisation } = toRecords(parsed.data, record, problems);
    services.push(service);
    if (organisation) {
      const known = organisations.get(organisation.id);
      if (known && JSON.stringify(known) !== JSON.stringify(organisation)) {
        problems.push({
          record,
          id,
          field: 'organization',
          reason: 'differs from the same organization given in an earlier record',
        });
      }
      organisations.set(organisation.id, organisation);
    }
  });
  return { services, organisations: [...organisations.values()], problems };
}
