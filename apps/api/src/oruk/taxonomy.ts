/**
 * Waymark's own taxonomies for the Open Referral UK feed. HSDS has no fields for the Coventry
 * eligibility columns (gender, NRM stage, decision outcome, recourse to public funds) or for
 * Waymark's directory facts (referral route, restricted), so they travel as HSDS `attribute`s
 * pointing at these terms. Ids are deterministic UUIDs derived from the codes, so every export
 * names the same term with the same id and other directories can match on them.
 */
import { createHash } from 'node:crypto';
import {
  AgeGroup,
  DecisionOutcome,
  ExploitationType,
  Gender,
  NrmStatus,
  ReferralRoute,
} from '../generated/prisma/enums.ts';
import { SERVICE_CATEGORIES } from '../modules/directory/directory.types.ts';

/** A name-based UUID (version 5 layout) in Waymark's namespace: stable across exports and machines. */
export function stableId(key: string): string {
  const hex = createHash('sha1').update(`waymark:oruk:${key}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

export interface Taxonomy {
  id: string;
  name: string;
  description: string;
  version: string;
}

export interface TaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy_id: string;
  taxonomy: string;
}

function taxonomy(key: string, name: string, description: string): Taxonomy {
  return { id: stableId(`taxonomy:${key}`), name, description, version: '1' };
}

export const TAXONOMIES = {
  category: taxonomy(
    'category',
    'Waymark service categories',
    'What kind of support a modern slavery support service gives.',
  ),
  eligibility: taxonomy(
    'eligibility',
    'Waymark eligibility',
    'Who a service is for, modelled on the Coventry specialist support table: gender, age group, NRM status, NRM decision outcome, recourse to public funds, exploitation type.',
  ),
  directory: taxonomy(
    'directory',
    'Waymark directory',
    'How to refer, and whether a service is restricted (safe houses, refuges).',
  ),
} as const;

function term(tax: Taxonomy, code: string, name: string, description = name): TaxonomyTerm {
  return { id: stableId(`term:${code}`), code, name, description, taxonomy_id: tax.id, taxonomy: tax.name };
}

const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');

export const TERMS: TaxonomyTerm[] = [
  ...SERVICE_CATEGORIES.map((c) => term(TAXONOMIES.category, `category:${c}`, words(c))),
  ...Object.values(Gender).map((g) =>
    term(TAXONOMIES.eligibility, `gender:${g}`, `gender: ${words(g)}`, `Serves people whose gender is ${words(g)}.`),
  ),
  ...Object.values(AgeGroup).map((a) => term(TAXONOMIES.eligibility, `age-group:${a}`, `age group: ${words(a)}`)),
  ...Object.values(NrmStatus).map((n) => term(TAXONOMIES.eligibility, `nrm-status:${n}`, `NRM status: ${words(n)}`)),
  ...Object.values(DecisionOutcome).map((d) =>
    term(TAXONOMIES.eligibility, `decision:${d}`, `NRM decision: ${words(d)}`),
  ),
  term(
    TAXONOMIES.eligibility,
    'recourse-to-public-funds:yes',
    'with recourse to public funds',
    'Only people with recourse to public funds.',
  ),
  term(
    TAXONOMIES.eligibility,
    'recourse-to-public-funds:no',
    'no recourse to public funds (NRPF)',
    'Only people with no recourse to public funds.',
  ),
  ...Object.values(ExploitationType).map((e) =>
    term(TAXONOMIES.eligibility, `exploitation:${e}`, `exploitation: ${words(e)}`),
  ),
  ...Object.values(ReferralRoute).map((r) =>
    term(TAXONOMIES.directory, `referral-route:${r}`, `referral route: ${words(r)}`),
  ),
  term(
    TAXONOMIES.directory,
    'referral-via',
    'referrals via another organisation',
    'The attribute value is the id of the organization referrals go through.',
  ),
  term(
    TAXONOMIES.directory,
    'restricted',
    'restricted',
    'Safe houses, refuges and similar: the public feed carries only the public front gate.',
  ),
  term(
    TAXONOMIES.directory,
    'hidden',
    'hidden',
    'A restricted service left out of the public feed altogether (authenticated exports only).',
  ),
  term(
    TAXONOMIES.directory,
    'restricted-details',
    'restricted details',
    'Addresses and access arrangements (authenticated exports only).',
  ),
  term(
    TAXONOMIES.directory,
    'source',
    'source document',
    'The public document and section the record was copied from; the value is "file | section".',
  ),
  term(TAXONOMIES.directory, 'review-due', 'review due', 'When the record is next due for review (ISO 8601).'),
  term(
    TAXONOMIES.directory,
    'organisation-kind',
    'organisation kind',
    'council, police, health, charity, government or other.',
  ),
  term(
    TAXONOMIES.directory,
    'first-responder',
    'First Responder',
    'A First Responder organisation for the National Referral Mechanism; the value is any limit (e.g. Wales only).',
  ),
];

export const TERMS_BY_CODE = new Map(TERMS.map((t) => [t.code, t]));
export const TERMS_BY_ID = new Map(TERMS.map((t) => [t.id, t]));

export function termFor(code: string): TaxonomyTerm {
  const found = TERMS_BY_CODE.get(code);
  if (!found) throw new Error(`unknown Waymark taxonomy term ${code}`);
  return found;
}
