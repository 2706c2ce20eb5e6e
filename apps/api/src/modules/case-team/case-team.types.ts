/**
 * A case-team grant as GraphQL shows it: on the case (`Case.team`, to whoever sees the case) and
 * as an invitation waiting for the invited organisation's leads (`caseTeamInvitationsWaiting`:
 * the case's reference, who invites, why and until when; never the case or the person).
 */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { CaseTeamGrantStatus as StatusValues, CaseTeamPurpose as PurposeValues } from '../../generated/prisma/enums.ts';
import type {
  CaseTeamGrantStatus as StatusValue,
  CaseTeamPurpose as PurposeValue,
} from '../../generated/prisma/enums.ts';
import { Case, ConcernKind } from '../cases/case.types.ts';

export const CaseTeamPurpose = builder.enumType('CaseTeamPurpose', {
  description:
    'Why an organisation is on the case team, and so what it may change: JOINT_INVESTIGATION records and moves the case on; LEAD_FIRST_RESPONDER also submits to the Home Office (NRM referral, Duty to Notify, further information); SUPPORT_PROVIDER sees the case and adds notes.',
  values: Object.values(PurposeValues),
});
export const CaseTeamGrantStatus = builder.enumType('CaseTeamGrantStatus', { values: Object.values(StatusValues) });

export interface CaseTeamGrantView {
  id: string;
  purpose: PurposeValue;
  seesIdentity: boolean;
  status: StatusValue;
  note: string | null;
  invitedAt: Date;
  expiresAt: Date;
  answeredAt: Date | null;
  declineReason: string | null;
  endedAt: Date | null;
  endReason: string | null;
  meetingId: string | null;
  organisation: { name: string };
  case: { reference: string; concernKind: string; owningOrganisation: { name: string }; area: { name: string } };
}

/** What to load for a CaseTeamGrantView. */
export const grantSelect = {
  id: true,
  purpose: true,
  seesIdentity: true,
  status: true,
  note: true,
  invitedAt: true,
  expiresAt: true,
  answeredAt: true,
  declineReason: true,
  endedAt: true,
  endReason: true,
  meetingId: true,
  organisation: { select: { name: true } },
  case: {
    select: {
      reference: true,
      concernKind: true,
      owningOrganisation: { select: { name: true } },
      area: { select: { name: true } },
    },
  },
} as const;

export const CaseTeamGrant = builder.objectRef<CaseTeamGrantView>('CaseTeamGrant').implement({
  description:
    'An organisation invited to a case team, or on it: its purpose, whether it sees the person’s identity, and where the invitation or membership stands.',
  fields: (t) => ({
    id: t.exposeID('id'),
    organisationName: t.string({ resolve: (g) => g.organisation.name }),
    purpose: t.field({ type: CaseTeamPurpose, resolve: (g) => g.purpose }),
    seesIdentity: t.exposeBoolean('seesIdentity', {
      description: 'Whether the member sees the person’s identity (every read audited).',
    }),
    status: t.field({ type: CaseTeamGrantStatus, resolve: (g) => g.status }),
    note: t.exposeString('note', { nullable: true, description: 'Why the owner invites them.' }),
    caseReference: t.string({ resolve: (g) => g.case.reference }),
    concernKind: t.field({ type: ConcernKind, resolve: (g) => g.case.concernKind as never }),
    areaName: t.string({ resolve: (g) => g.case.area.name }),
    owningOrganisationName: t.string({ resolve: (g) => g.case.owningOrganisation.name }),
    invitedAt: t.expose('invitedAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: 'A pending invitation can no longer be accepted after this.',
    }),
    answeredAt: t.expose('answeredAt', { type: 'DateTime', nullable: true }),
    declineReason: t.exposeString('declineReason', { nullable: true }),
    endedAt: t.expose('endedAt', { type: 'DateTime', nullable: true }),
    endReason: t.exposeString('endReason', { nullable: true }),
    namedByMeeting: t.boolean({
      description: 'Named lead First Responder by a held STRAT/MARM meeting (003 8.5), not invited.',
      resolve: (g) => g.meetingId !== null,
    }),
  }),
});

builder.prismaObjectFields(Case, (t) => ({
  team: t.field({
    type: [CaseTeamGrant],
    description:
      'The organisations invited to the case team or on it, and those whose invitation or membership ended, oldest first.',
    resolve: (row) =>
      prisma.caseTeamGrant.findMany({
        where: { caseId: row.id },
        orderBy: [{ invitedAt: 'asc' }, { id: 'asc' }],
        take: 100,
        select: grantSelect,
      }),
  }),
}));
