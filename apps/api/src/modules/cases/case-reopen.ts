/** caseReopen: reopen a closed case, with the reason. */
import { z } from 'zod';
import { NotFoundError, NotPermittedError, parseOrThrow, StaleCaseError, ValidationError } from '../../errors.ts';
import { text } from '../../validation.ts';
import { base, caseMutation, caseInput } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';

export async function reopen(request: RequestInfo, input: Versioned & { reason: string }) {
  const { reason } = parseOrThrow(z.object({ reason: text(2_000) }).safeParse(input));
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (tx, current) => {
      if (current.status !== 'CLOSED')
        throw new ValidationError([{ path: ['caseId'], message: 'the case is not closed' }]);
      // The tracks closed with the case resume with it, their clocks counting again.
      await tx.caseTrack.updateMany({
        where: { caseId: current.id, closedAt: { not: null } },
        data: { closedAt: null },
      });
      return {
        events: [{ kind: 'REOPENED', data: { reason } }],
        update: { status: 'OPEN', closedAt: null, closeReason: null },
        audit: { action: 'case.reopen' },
      };
    },
    { allowClosed: true, owner: 'lead' },
  );
}

caseMutation(
  'caseReopen',
  'Reopen a closed case, with the reason.',
  caseInput('CaseReopenInput', (t) => ({ reason: t.string({ required: true }) })),
  [ValidationError, NotFoundError, StaleCaseError, NotPermittedError],
  (input, request) => reopen(request, { ...base(input), reason: input.reason }),
);
