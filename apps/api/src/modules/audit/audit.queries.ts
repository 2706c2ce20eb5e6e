/**
 * The audit trail for the people who answer for it.
 * - `auditVerify`: platform admins and auditors. The answer holds no personal data (counts, an
 *   event number, a time), and checking that nobody has rewritten history is exactly the
 *   partnership board's assurance role.
 * - `auditEvents`: platform admins only. Who looked at which case is itself sensitive, and
 *   auditors see anonymised figures only.
 */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { Case } from '../cases/case.types.ts';
import { Organisation, Person } from '../orgs/orgs.types.ts';
import type { AnchorCheck } from './audit.anchor.ts';
import { verifyTrail, type CaseHistoryVerification, type TrailVerification } from './audit.verify.ts';

const AuditBreak = builder.enumType('AuditBreak', {
  values: {
    HASH_MISMATCH: { description: 'The event was changed after it was written.' },
    PREVIOUS_HASH_MISMATCH: { description: 'The event before it is missing, was changed, or this event was inserted.' },
  } as const,
});

const AuditBrokenLink = builder.objectRef<NonNullable<TrailVerification['firstBroken']>>('AuditBrokenLink').implement({
  fields: (t) => ({
    eventId: t.string({
      description: 'The audit event number where the chain first breaks.',
      resolve: (link) => link.id.toString(),
    }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    reason: t.field({ type: AuditBreak, resolve: (link) => link.reason }),
  }),
});

const CaseHistoryBrokenLink = builder
  .objectRef<NonNullable<CaseHistoryVerification['firstBroken']>>('CaseHistoryBrokenLink')
  .implement({
    fields: (t) => ({
      caseId: t.id({
        description: 'The case (global id) whose history first breaks.',
        resolve: (link) => Buffer.from(`Case:${link.caseId}`).toString('base64'),
      }),
      occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
      reason: t.field({ type: AuditBreak, resolve: (link) => link.reason }),
    }),
  });

const CaseHistoryVerificationRef = builder.objectRef<CaseHistoryVerification>('CaseHistoryVerification').implement({
  description: "Every case's history (its events form a hash chain of their own).",
  fields: (t) => ({
    checked: t.exposeInt('checked', { description: 'Case events checked.' }),
    firstBroken: t.field({ type: CaseHistoryBrokenLink, nullable: true, resolve: (result) => result.firstBroken }),
  }),
});

const AnchorStatus = builder.enumType('AuditAnchorStatus', {
  values: {
    MATCHES: { description: 'The trail still holds everything the last checkpoint counted, unchanged.' },
    TRUNCATED: { description: 'Events the last checkpoint counted are gone: the trail was cut short.' },
    REWRITTEN: { description: 'The event at the last checkpoint has a different hash: history was rewritten.' },
    INVALID_SIGNATURE: { description: 'The kept checkpoint is not signed with this server’s key: it was altered.' },
    NO_CHECKPOINT: { description: 'No checkpoint has been kept yet (or no anchor is configured).' },
  } as const,
});

const AuditAnchorRef = builder.objectRef<AnchorCheck>('AuditAnchor').implement({
  description:
    'The trail against the last checkpoint signed with a key the database does not hold (AUDIT_ANCHOR_SECRET).',
  fields: (t) => ({
    status: t.field({ type: AnchorStatus, resolve: (check) => check.status }),
    sealedAt: t.expose('sealedAt', { type: 'DateTime', nullable: true }),
    chain: t.exposeString('chain', {
      nullable: true,
      description: 'Which chain differs: "audit", or the id of the case whose history does.',
    }),
  }),
});

const AuditVerificationRef = builder.objectRef<TrailVerification>('AuditVerification').implement({
  description:
    'The result of walking the audit hash chain and every case history from the first event to the last, and of checking them against the last signed checkpoint. ok is false when any of them fails.',
  fields: (t) => ({
    caseHistory: t.field({ type: CaseHistoryVerificationRef, resolve: (result) => result.caseHistory }),
    anchor: t.field({ type: AuditAnchorRef, resolve: (result) => result.anchor }),
    ok: t.exposeBoolean('ok'),
    checked: t.exposeInt('checked', { description: 'Events checked.' }),
    firstBroken: t.field({ type: AuditBrokenLink, nullable: true, resolve: (result) => result.firstBroken }),
    verifiedAt: t.expose('verifiedAt', { type: 'DateTime' }),
  }),
});

export const AuditEvent = builder.prismaObject('AuditEvent', {
  description: 'One entry in the append-only audit trail. It names records by id and never holds their personal data.',
  fields: (t) => ({
    eventId: t.string({ resolve: (event) => event.id.toString() }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    action: t.exposeString('action', { description: 'e.g. case.open, case.read.identifying, apiToken.revoke.' }),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId', { nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true }),
    actor: t.field({
      type: Person,
      nullable: true,
      resolve: (event) => (event.actorId ? prisma.person.findUnique({ where: { id: event.actorId } }) : null),
    }),
    organisation: t.field({
      type: Organisation,
      nullable: true,
      resolve: (event) =>
        event.organisationId ? prisma.organisation.findUnique({ where: { id: event.organisationId } }) : null,
    }),
    data: t.field({ type: 'JSONObject', resolve: (event) => event.data as Record<string, unknown> }),
    prevHash: t.exposeString('prevHash', {
      nullable: true,
      description: 'Null until the sealer chains the event (within seconds of it being written).',
    }),
    hash: t.exposeString('hash', {
      nullable: true,
      description: 'Null until the sealer chains the event (within seconds of it being written).',
    }),
  }),
});

const AuditEventFilter = builder.inputType('AuditEventFilter', {
  fields: (t) => ({
    personId: t.globalID({ for: Person, description: 'Events by this person.' }),
    organisationId: t.globalID({ for: Organisation, description: 'Events by people acting for this organisation.' }),
    caseId: t.globalID({
      for: Case,
      description: 'Events about this case, including reads that covered it among others.',
    }),
    action: t.string(),
    from: t.field({ type: 'DateTime', description: 'At or after.' }),
    to: t.field({ type: 'DateTime', description: 'Before.' }),
  }),
});

type FilterShape =
  | {
      personId?: { id: string } | null;
      organisationId?: { id: string } | null;
      caseId?: { id: string } | null;
      action?: string | null;
      from?: Date | null;
      to?: Date | null;
    }
  | null
  | undefined;

function auditWhere(filter: FilterShape): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filter?.personId) and.push({ actorId: filter.personId.id });
  if (filter?.organisationId) and.push({ organisationId: filter.organisationId.id });
  if (filter?.caseId) {
    and.push({
      OR: [
        { entityType: 'Case', entityId: filter.caseId.id },
        { data: { path: ['caseIds'], array_contains: [filter.caseId.id] } },
      ],
    });
  }
  if (filter?.action) and.push({ action: filter.action });
  if (filter?.from || filter?.to)
    and.push({ occurredAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } });
  return and.length ? { AND: and } : {};
}

builder.queryFields((t) => ({
  auditVerify: t.field({
    type: AuditVerificationRef,
    description:
      'Walk the whole audit hash chain and every case history, check them against the last signed checkpoint, and report the first broken link (platform admins and auditors). When all hold, a new checkpoint is sealed.',
    authScopes: { anyRole: ['PLATFORM_ADMIN', 'AUDITOR'] },
    resolve: () => verifyTrail(),
  }),
  auditEvents: t.prismaConnection(
    {
      type: 'AuditEvent',
      cursor: 'id',
      description:
        'The audit trail, newest first, filtered by person, organisation, case, action and time (platform admins).',
      args: { filter: t.arg({ type: AuditEventFilter }) },
      authScopes: { anyRole: ['PLATFORM_ADMIN'] },
      totalCount: (_root, { filter }) => prisma.auditEvent.count({ where: auditWhere(filter) }),
      resolve: (query, _root, { filter }) =>
        prisma.auditEvent.findMany({ ...query, where: auditWhere(filter), orderBy: { id: 'desc' } }),
    },
    { name: 'AuditEventConnection' },
    { name: 'AuditEventEdge' },
  ),
}));
