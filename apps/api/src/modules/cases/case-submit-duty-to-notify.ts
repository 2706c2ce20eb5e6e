/** caseSubmitDutyToNotify: the track's Duty to Notify transition and the DutyToNotify record. */
import { caseWideRefusal, concernRefusal, dutyToNotifyAnonymised } from '@waymark/pathways';
import { caseFacts, definitionOf, factsOf } from '../pathways/engine-adapter.ts';
import { RuleViolationError } from './case-errors.ts';
import { mergeFacts } from './case-facts.ts';
import { caseRecords } from './case-records.ts';
import { base, caseMutation, MOVE_ERRORS, submissionInput } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { submissionMove } from './submission-move.ts';
import { loadTrack } from './track-moves.ts';

/**
 * Duty to Notify (MS1): the engine checks adult, no NRM consent, not in the NRM, First Responder.
 * Anonymised unless the adult consented to sharing their details; an anonymised notice stores
 * no identity at all (and a database constraint refuses one that does).
 */
export async function submitDutyToNotify(
  request: RequestInfo,
  input: Versioned & { trackId: string; authorityReference?: string | null; occurredAt?: Date | null },
) {
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (tx, current, now) => {
      // Only for a potential victim; never once the person is in the NRM, on any track (004).
      const refusal =
        concernRefusal('dutyToNotify', current.concernKind) ??
        caseWideRefusal('dutyToNotify', await caseRecords(tx, current.id));
      if (refusal) throw RuleViolationError.from(refusal);
      const definition = definitionOf(await loadTrack(tx, current, input.trackId));
      const anonymised = dutyToNotifyAnonymised(definition, caseFacts(current, now));
      const before = factsOf(current.facts);
      const stored = mergeFacts(before, { dtnAnonymised: anonymised });
      const facts = caseFacts({ ...current, facts: stored }, now);
      const { at, record, eventData, transitionEvent } = await submissionMove(
        tx,
        request,
        current,
        input,
        { transition: 'dutyToNotify', pack: 'DUTY_TO_NOTIFY' },
        facts,
        now,
      );
      const notice = await tx.dutyToNotify.create({
        data: {
          ...record,
          anonymised,
          ...(anonymised
            ? {}
            : { givenName: current.givenName, familyName: current.familyName, dateOfBirth: current.dateOfBirth }),
        },
      });
      return {
        events: [
          transitionEvent,
          {
            kind: 'DUTY_TO_NOTIFY_SUBMITTED',
            occurredAt: at,
            data: { dutyToNotifyId: notice.id, anonymised, ...eventData },
          },
        ],
        update: { facts: stored },
        audit: { action: 'case.submitDutyToNotify', data: { dutyToNotifyId: notice.id, anonymised } },
      };
    },
    { weight: 'submission' },
  );
}

caseMutation(
  'caseSubmitDutyToNotify',
  'Record that a Duty to Notify (MS1) was submitted: First Responders only, adults who do not consent to the NRM; anonymised unless they consent to sharing details. Keeps the form version, the pack hash and its completeness.',
  submissionInput('CaseSubmitDutyToNotifyInput'),
  MOVE_ERRORS,
  (input, request) =>
    submitDutyToNotify(request, {
      ...base(input),
      trackId: input.trackId.id,
      authorityReference: input.authorityReference,
      occurredAt: input.occurredAt,
    }),
);
