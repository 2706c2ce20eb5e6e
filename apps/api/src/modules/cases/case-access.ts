/**
 * Who may see which case, and which of its fields: the one place that decides it. Every case
 * query and mutation goes through here.
 *
 * - A case is visible to leads and caseworkers of an organisation on its case team: the owning
 *   organisation and the organisations invited to a meeting on it.
 * - Staff of a support service that an open referral went to are not on the team: they see the
 *   referral (`myServiceReferrals`), with only what it needs (the person's names, languages,
 *   whether an interpreter is needed), while it is open or accepted, and never the case itself.
 * - Identifying fields (names, aliases, date of birth; contact details and addresses when they
 *   exist) are disclosed only to viewers with need. Anyone else who can see the case gets
 *   `null` and `CaseSubject.redacted = true`, never an error that would confirm the data exists.
 * - Every disclosure of identifying fields is noted on the request and audited once at its end
 *   (modules/audit/read-audit.ts).
 * - Area oversight (role AREA_OVERSIGHT plus an AreaOversight row per area: 001 step 3, 002
 *   section 5) sees every case of its areas, with status and clocks, and identity only where the
 *   area's `oversightSeesIdentity` says so (default: no). It never changes a case: changes load
 *   the case through `teamCasesWhere`, and an oversight-only viewer gets NotPermittedError.
 * - Hand-over (000 step 3): the leads of an organisation a case is offered to see the offer
 *   (`handOversWaiting`: reference, concern kind, note, clock), never the case or identity, until
 *   one of them accepts; then their organisation owns the case. The organisation that handed it
 *   over leaves the team: it keeps `handedOverCases` (reference, status, whom it went to and its
 *   own events' kinds and times), and no identity, not even what it recorded itself: the case
 *   record is the receiver's now and a copy kept by the referrer would outlive its need.
 */
import type { Context, Viewer } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';

const CASE_ROLES = new Set(['LEAD', 'CASEWORKER']);

export const IDENTIFYING_FIELDS = ['givenName', 'familyName', 'aliases', 'dateOfBirth'] as const;
export type IdentifyingField = (typeof IDENTIFYING_FIELDS)[number];

export function canWorkCases(viewer: Viewer | null): viewer is Viewer {
  return viewer !== null && viewer.roles.some((role) => CASE_ROLES.has(role));
}

const NOTHING: Prisma.CaseWhereInput = { id: { in: [] } };

/** The areas the viewer oversees (empty unless they hold AREA_OVERSIGHT). */
function oversight(viewer: Viewer | null) {
  return viewer?.roles.includes('AREA_OVERSIGHT') ? (viewer.oversight ?? []) : [];
}

/** Cases whose team the viewer is on: the only cases they may change. */
export function teamCasesWhere(viewer: Viewer | null): Prisma.CaseWhereInput {
  if (!canWorkCases(viewer)) return NOTHING;
  const organisationId = viewer.organisation.id;
  // The owner and the organisations invited to its meetings, kept by the database in CaseAccess
  // (see prisma/schema.prisma): one indexed lookup, where an OR with a per-case subquery ruled
  // out every index and made each worklist count scan every case.
  return { access: { some: { organisationId } } };
}

/** A Prisma filter matching only the cases the viewer may see (nothing for anonymous viewers). */
export function visibleCasesWhere(viewer: Viewer | null): Prisma.CaseWhereInput {
  const areas = oversight(viewer).map((o) => o.areaId);
  if (areas.length === 0) return teamCasesWhere(viewer);
  return { OR: [teamCasesWhere(viewer), { areaId: { in: areas } }] };
}

/** Cases with an offer to the viewer's organisation that a lead there may answer. */
/**
 * How many cases the viewer sees, when that is exactly the cases their organisation works (no
 * area oversight): CaseAccess alone answers it from its index, without touching Case. Null
 * when the count needs the cases themselves.
 */
export function visibleCaseCount(viewer: Viewer | null): Promise<number> | null {
  if (!canWorkCases(viewer) || oversight(viewer).length > 0) return null;
  return prisma.caseAccess.count({ where: { organisationId: viewer.organisation.id } });
}

export function handOverReceiverWhere(viewer: Viewer | null): Prisma.CaseWhereInput {
  if (!viewer?.roles.includes('LEAD')) return NOTHING;
  return { handOvers: { some: { toOrganisationId: viewer.organisation.id, status: 'PENDING' } } };
}

/** Hand-overs the viewer's organisation made that were accepted: its read-only view afterwards. */
export function handedOverByWhere(viewer: Viewer | null): Prisma.CaseHandOverWhereInput {
  if (!canWorkCases(viewer)) return { id: { in: [] } };
  return { fromOrganisationId: viewer.organisation.id, status: 'ACCEPTED' };
}

interface CaseOwnership {
  id: string;
  owningOrganisationId: string;
  areaId?: string;
}

/**
 * Need to know the person's identity: a lead or caseworker of the organisation that owns the
 * case, or oversight of the case's area where that area lets oversight see identity.
 */
export function mayReadIdentity(viewer: Viewer | null, caseRow: CaseOwnership): boolean {
  if (canWorkCases(viewer) && caseRow.owningOrganisationId === viewer.organisation.id) return true;
  return oversight(viewer).some((o) => o.seesIdentity && o.areaId === caseRow.areaId);
}

/**
 * An identifying field's value for this viewer: the value (and the read noted for the audit
 * trail) when they have need, otherwise null.
 */
export function disclose<T>(context: Context, caseRow: CaseOwnership, value: T): T | null {
  if (!mayReadIdentity(context.viewer, caseRow)) return null;
  (context.identifyingReads ??= new Set()).add(caseRow.id);
  return value;
}

const REFERRAL_ROLES = new Set(['PARTNER_WORKER', 'LEAD', 'CASEWORKER']);

/**
 * Referrals the viewer's organisation receives as a support service, while they are live. Matched
 * on the organisation the referral was sent to, not the service's organisation today: a
 * directory edit that moves the service must not hand the person's names to another organisation.
 */
export function incomingReferralsWhere(viewer: Viewer | null): Prisma.ServiceReferralWhereInput {
  if (!viewer || !viewer.roles.some((role) => REFERRAL_ROLES.has(role))) return { id: { in: [] } };
  return { status: { in: ['OPEN', 'ACCEPTED'] }, organisationId: viewer.organisation.id };
}

/**
 * The person's names for the service a live referral went to: it needs them to meet the person.
 * Noted for the read audit like any other disclosure. The caller has already matched the
 * referral with incomingReferralsWhere.
 */
export function discloseToReferralPartner<T>(context: Context, caseId: string, value: T): T {
  (context.identifyingReads ??= new Set()).add(caseId);
  return value;
}
