/** caseScheduleMeeting: a multi-agency meeting with its attending organisations. */
import { prisma } from '../../db/client.ts';
import { ValidationError } from '../../errors.ts';
import type * as enums from '../../generated/prisma/enums.ts';
import { Organisation } from '../orgs/orgs.types.ts';
import { base, caseMutation, CHANGE_ERRORS, caseInput } from './case-mutation.ts';
import { MeetingKind } from './case-records.types.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';

export async function scheduleMeeting(
  request: RequestInfo,
  input: Versioned & { kind: enums.MeetingKind; scheduledFor: Date; attendeeOrganisationIds: string[] },
) {
  const known = await prisma.organisation.count({ where: { id: { in: input.attendeeOrganisationIds } } });
  if (known !== new Set(input.attendeeOrganisationIds).size) {
    throw new ValidationError([
      { path: ['attendeeOrganisationIds'], message: 'includes an organisation that does not exist' },
    ]);
  }
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current) => {
    const meeting = await tx.meeting.create({
      data: {
        caseId: current.id,
        kind: input.kind,
        scheduledFor: input.scheduledFor,
        attendeeOrganisationIds: [...new Set(input.attendeeOrganisationIds)],
      },
    });
    return {
      events: [
        {
          kind: 'MEETING_SCHEDULED',
          data: { meetingId: meeting.id, kind: input.kind, scheduledFor: input.scheduledFor.toISOString() },
        },
      ],
      audit: { action: 'case.scheduleMeeting', data: { meetingId: meeting.id } },
    };
  });
}

caseMutation(
  'caseScheduleMeeting',
  'Schedule a multi-agency meeting (strategy, STRAT/MARM, SERAC, MARAC, MASH) with the attending organisations.',
  caseInput('CaseScheduleMeetingInput', (t) => ({
    kind: t.field({ type: MeetingKind, required: true }),
    scheduledFor: t.field({ type: 'DateTime', required: true }),
    attendeeOrganisationIds: t.globalIDList({ for: Organisation, required: true }),
  })),
  CHANGE_ERRORS,
  (input, request) =>
    scheduleMeeting(request, {
      ...base(input),
      kind: input.kind,
      scheduledFor: input.scheduledFor,
      attendeeOrganisationIds: input.attendeeOrganisationIds.map((o) => o.id),
    }),
);
