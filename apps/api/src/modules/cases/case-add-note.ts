/** caseAddNote: a note on the case history. */
import { z } from 'zod';
import { parseOrThrow } from '../../errors.ts';
import { text } from '../../validation.ts';
import { base, caseMutation, CHANGE_ERRORS, caseInput } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';

export async function addNote(request: RequestInfo, input: Versioned & { text: string }) {
  const { text: note } = parseOrThrow(z.object({ text: text(20_000) }).safeParse(input));
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async () => ({
      events: [{ kind: 'NOTE_ADDED', data: { text: note } }],
      audit: { action: 'case.addNote' },
    }),
    // Every member of the case team may add a note, a support provider included.
    { weight: 'note' },
  );
}

caseMutation(
  'caseAddNote',
  'Add a note to the case history.',
  caseInput('CaseAddNoteInput', (t) => ({ text: t.string({ required: true }) })),
  CHANGE_ERRORS,
  (input, request) => addNote(request, { ...base(input), text: input.text }),
);
