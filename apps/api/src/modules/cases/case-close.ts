/** caseClose: close the case, with the reason. */
import { z } from 'zod';
import { parseOrThrow } from '../../errors.ts';
import { text } from '../../validation.ts';
import { base, caseMutation, CHANGE_ERRORS, caseInput } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';

export async function close(request: RequestInfo, input: Versioned & { reason: string }) {
  const { reason } = parseOrThrow(z.object({ reason: text(2_000) }).safeParse(input));
  return changeCase(request, input.caseId, input.expectedVersion, async (_tx, _current, now) => ({
    events: [{ kind: 'CLOSED', data: { reason } }],
    update: { status: 'CLOSED', closedAt: now, closeReason: reason },
    audit: { action: 'case.close' },
  }));
}

caseMutation(
  'caseClose',
  'Close the case, with the reason.',
  caseInput('CaseCloseInput', (t) => ({ reason: t.string({ required: true }) })),
  CHANGE_ERRORS,
  (input, request) => close(request, { ...base(input), reason: input.reason }),
);
