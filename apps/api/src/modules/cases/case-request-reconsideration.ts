/**
 * caseRequestReconsideration: ask for a negative decision to be reconsidered, by any organisation
 * (003 8.9). The window is the pathway's: 002 states 30 days and blocks a later request unless
 * an exceptional-circumstances extension is given with a reason (kept in the case history, the
 * extension audited); 000, 001 and 003 state no limit, so there the 30 days are a deadline that
 * shows as missed, never a block.
 */
import { z } from 'zod';
import { ValidationError, parseOrThrow } from '../../errors.ts';
import { text } from '../../validation.ts';
import { caseFacts } from '../pathways/engine-adapter.ts';
import { DeadlinePassedError } from './case-errors.ts';
import { base, caseInput, caseMutation, MOVE_ERRORS, trackField } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { move, transitionEvent } from './track-moves.ts';

const reasonInput = z.object({ exceptionalCircumstances: text(2000).nullish() });

export async function requestReconsideration(
  request: RequestInfo,
  input: Versioned & { trackId: string; exceptionalCircumstances?: string | null },
) {
  const { exceptionalCircumstances: reason } = parseOrThrow(reasonInput.safeParse(input));
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const facts = caseFacts(current, now);
    const take = (exceptionalExtension: boolean) =>
      move(tx, request, current, input.trackId, { kind: 'reconsiderationRequest' }, facts, now, {
        exceptionalExtension,
      });
    // The engine decides whether the window has passed; an extension is used only when it has
    // and the pathway allows one, so no reason is kept that was not needed.
    let extended: { clock: string; dueAt: Date } | null = null;
    let moved;
    try {
      moved = await take(false);
    } catch (error) {
      if (!(error instanceof DeadlinePassedError && error.extendable && reason)) throw error;
      moved = await take(true);
      extended = { clock: error.clock, dueAt: error.dueAt };
    }
    if (reason && !extended) {
      throw new ValidationError([
        {
          path: ['exceptionalCircumstances'],
          message:
            'is given only for a request after a window the pathway enforces has passed; this request needs none',
        },
      ]);
    }
    const negative = await tx.decision.findFirst({
      where: { caseId: current.id, result: 'NEGATIVE' },
      orderBy: [{ decidedOn: 'desc' }, { recordedAt: 'desc' }],
    });
    if (negative) {
      await tx.decision.update({
        where: { id: negative.id },
        data: {
          reconsiderationRequestedAt: now,
          reconsiderationRequestedByOrganisationId: request.viewer.organisation.id,
        },
      });
    }
    const extension = extended
      ? { clock: extended.clock, dueAt: extended.dueAt.toISOString(), exceptionalCircumstances: true }
      : null;
    return {
      events: [
        transitionEvent(moved),
        {
          kind: 'RECONSIDERATION_REQUESTED',
          data: {
            decisionId: negative?.id ?? null,
            // The reason stays in the case history, seen by the case team; the audit records the extension.
            ...(extension ? { extension: { ...extension, reason } } : {}),
          },
        },
      ],
      audit: { action: 'case.requestReconsideration', data: { decisionId: negative?.id ?? null, extension } },
    };
  });
}

caseMutation(
  'caseRequestReconsideration',
  "Ask for a negative decision to be reconsidered: any organisation. Where the pathway's document states a 30-day limit (002) a later request needs exceptionalCircumstances; elsewhere the 30 days are a deadline, not a limit.",
  caseInput('CaseRequestReconsiderationInput', (t) => ({
    trackId: trackField(t),
    exceptionalCircumstances: t.string({
      description:
        'Why the request is made after the 30 days a pathway enforces (002): an exceptional-circumstances extension. Kept in the case history; the extension is audited.',
    }),
  })),
  MOVE_ERRORS,
  (input, request) =>
    requestReconsideration(request, {
      ...base(input),
      trackId: input.trackId.id,
      exceptionalCircumstances: input.exceptionalCircumstances,
    }),
);
