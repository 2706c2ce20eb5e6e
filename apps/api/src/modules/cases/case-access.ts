/**
 * Who may see which case, and which of its fields: the one place that decides it. Every case
 * query and mutation goes through here.
 *
 * - A case is visible to leads and caseworkers of an organisation on its case team: the owning
 *   organisation, the organisations invited to a meeting on it, and the organisations with an
 *   active case-team grant (modules/case-team: invited by the owner and accepted by their lead, or
 *   named lead First Responder by a held STRAT/MARM meeting, 003 8.5). A grant says whether the
 *   member sees identity and, by its purpose, what the member may change (memberMayChange).
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
  // The owner, the organisations invited to its meetings and the active case-team members, kept
  // by the database in CaseAccess (migrations case_access_table, case_access_team_grants,
  // case_access_areas_and_grants): one indexed lookup, where an OR with a per-case subquery ruled
  // out every index and made each worklist count scan every case.
  return { access: { some: { principalId: organisationId } } };
}

/**
 * Which of these organisations are on the team of which of these cases: what `teamCasesWhere`
 * decides for a lead of each organisation, answered for all of them in one query (the webhook
 * dispatcher asks it for every subscribing organisation on every tick).
 */
export async function caseTeamMembers(caseIds: string[], organisationIds: string[]): Promise<Map<string, Set<string>>> {
  const members = new Map<string, Set<string>>(organisationIds.map((id) => [id, new Set<string>()]));
  if (caseIds.length === 0 || organisationIds.length === 0) return members;
  const rows = await prisma.caseAccess.findMany({
    // Area principals never match: only organisation ids are asked for.
    where: { caseId: { in: caseIds }, principalId: { in: organisationIds } },
    select: { caseId: true, principalId: true },
  });
  for (const row of rows) members.get(row.principalId)!.add(row.caseId);
  return members;
}

export type TeamPurpose = 'JOINT_INVESTIGATION' | 'LEAD_FIRST_RESPONDER' | 'SUPPORT_PROVIDER';

/**
 * What a change does, for the purposes of a case-team member (the owner may do all of them):
 * 'note' adds to the record (a note), 'work' records what the member found and moves the case on
 * (facts, indicators, transitions), 'submission' sends something to the Home Office on the
 * person's behalf (NRM referral, Duty to Notify, further information on the referral).
 */
export type ChangeWeight = 'note' | 'work' | 'submission';

/**
 * Per purpose (issue 14 item 3): a support provider sees the case and adds notes; a joint
 * investigation also records and moves the case on; only the lead First Responder, besides the
 * owner, submits to the Home Office (003 8.5: the lead First Responder submits "with input from
 * the other relevant organisations"). An organisation on the team only through a meeting
 * invitation (no grant) may note and work, as before grants existed, and never submit.
 */
const MEMBER_MAY: Record<ChangeWeight, readonly TeamPurpose[]> = {
  note: ['JOINT_INVESTIGATION', 'LEAD_FIRST_RESPONDER', 'SUPPORT_PROVIDER'],
  work: ['JOINT_INVESTIGATION', 'LEAD_FIRST_RESPONDER'],
  submission: ['LEAD_FIRST_RESPONDER'],
};

/** Whether a non-owning member with this grant (null: on the team through a meeting) may make a change. */
export function memberMayChange(purpose: TeamPurpose | null, weight: ChangeWeight): boolean {
  if (purpose === null) return weight !== 'submission';
  return MEMBER_MAY[weight].includes(purpose);
}

/**
 * Cases whose team the viewer's organisation is on through an active case-team grant: marked in
 * CaseAccess by the same database rule that keeps the team (no second reading of the grants).
 */
export function memberCasesWhere(viewer: Viewer | null): Prisma.CaseWhereInput {
  if (!canWorkCases(viewer)) return NOTHING;
  return { access: { some: { principalId: viewer.organisation.id, teamGrant: true } } };
}

/**
 * A Prisma filter matching only the cases the viewer may see (nothing for anonymous viewers).
 * Area oversight reads CaseAccess too, where each case's area is a principal beside the
 * organisations on its team: one indexed semi-join on principalId IN (...), not an OR with the
 * case's area that kept PostgreSQL from using any index for a lead who also oversees an area.
 */
export function visibleCasesWhere(viewer: Viewer | null): Prisma.CaseWhereInput {
  const areas = oversight(viewer).map((o) => o.areaId);
  if (areas.length === 0) return teamCasesWhere(viewer);
  const principals = canWorkCases(viewer) ? [viewer.organisation.id, ...areas] : areas;
  return { access: { some: { principalId: { in: principals } } } };
}

/**
 * How many cases the viewer sees, when that is exactly the cases their organisation works (no
 * area oversight): CaseAccess alone answers it from its index, without touching Case. Null
 * when the count needs the cases themselves.
 */
export function visibleCaseCount(viewer: Viewer | null): Promise<number> | null {
  if (!canWorkCases(viewer) || oversight(viewer).length > 0) return null;
  return prisma.caseAccess.count({ where: { principalId: viewer.organisation.id } });
}

/** Cases with an offer to the viewer's organisation that a lead there may answer. */
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
  /** Members whose active grant includes identity (kept with the grants by modules/case-team). */
  identityOrganisationIds?: string[];
}

/**
 * Need to know the person's identity: a lead or caseworker of the organisation that owns the
 * case or of a case-team member whose grant includes identity, or oversight of the case's area
 * where that area lets oversight see identity.
 */
export function mayReadIdentity(viewer: Viewer | null, caseRow: CaseOwnership): boolean {
  if (canWorkCases(viewer) && caseRow.owningOrganisationId === viewer.organisation.id) return true;
  if (canWorkCases(viewer) && caseRow.identityOrganisationIds?.includes(viewer.organisation.id)) return true;
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
