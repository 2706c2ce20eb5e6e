/**
 * What the NRM referral and the Duty to Notify share when they are recorded as submitted: the
 * track moves by its transition of that kind at the real submission time, the authority's
 * reference is checked, and the pack's completeness is taken; the record's common columns follow.
 * One home, so a rule about submissions (the reference, the time) cannot differ between the two.
 */
import type { Facts, PackKind, TransitionKind } from '@waymark/pathways';
import type { Transaction } from '../../db/client.ts';
import { checkAuthorityReference, completenessEvent, submissionRecord } from '../referrals-nrm/referral-submission.ts';
import type { Case } from '../../generated/prisma/client.ts';
import type { RequestInfo } from './case-transaction.ts';
import { occurredAtOf } from './occurred-at.ts';
import { move, transitionEvent } from './track-moves.ts';

export interface SubmissionInput {
  trackId: string;
  authorityReference?: string | null;
  occurredAt?: Date | null;
}

export async function submissionMove(
  tx: Transaction,
  request: RequestInfo,
  current: Case,
  input: SubmissionInput,
  kinds: { transition: TransitionKind; pack: PackKind },
  facts: Facts,
  now: Date,
) {
  // Submitted earlier than recorded: the track's clocks count from the real submission.
  const at = occurredAtOf(input.occurredAt, current.identifiedAt, now);
  const moved = await move(tx, request, current, input.trackId, { kind: kinds.transition }, facts, now, {
    occurredAt: at,
  });
  const authorityReference = await checkAuthorityReference(tx, current.id, input.authorityReference);
  const submission = await submissionRecord(tx, request.viewer, current, kinds.pack);
  return {
    at,
    moved,
    /** The columns every submission record has (NrmReferral, DutyToNotify). */
    record: {
      caseId: current.id,
      trackId: moved.track.id,
      submittedAt: at,
      submittedById: request.viewer.personId,
      organisationId: request.viewer.organisation.id,
      authorityReference,
      ...submission,
    },
    /** The submitted-event fields both share (no answers, only question keys). */
    eventData: { authorityReferenceRecorded: authorityReference !== null, ...completenessEvent(submission) },
    transitionEvent: { ...transitionEvent(moved), occurredAt: at },
  };
}
