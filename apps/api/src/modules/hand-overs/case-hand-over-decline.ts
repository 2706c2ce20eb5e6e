/**
 * caseHandOverDecline: a lead of the receiving organisation declines, with the reason; the case
 * stays with the organisation that offered it, which sees the reason on the timeline.
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { NotFoundError, NotPermittedError, parseOrThrow, StaleCaseError, ValidationError } from '../../errors.ts';
import { prisma } from '../../db/client.ts';
import { text } from '../../validation.ts';
import { CaseClosedError, RuleViolationError } from '../cases/case-errors.ts';
import type { RequestInfo } from '../cases/case-transaction.ts';
import { answerHandOver } from './hand-over-answer.ts';
import { HandOver, handOverSelect, type HandOverView } from './hand-over.types.ts';

export async function declineHandOver(request: RequestInfo, input: { handOverId: string; reason: string }, now?: Date) {
  const { reason } = parseOrThrow(z.object({ reason: text(2_000) }).safeParse(input));
  await answerHandOver(
    request,
    input.handOverId,
    async (tx) => {
      await tx.caseHandOver.update({
        where: { id: input.handOverId },
        data: { status: 'DECLINED', declineReason: reason },
      });
      return {
        events: [{ kind: 'HAND_OVER_DECLINED', data: { handOverId: input.handOverId, reason } }],
        audit: { action: 'case.handOverDecline', data: { handOverId: input.handOverId } },
      };
    },
    now,
  );
  return prisma.caseHandOver.findUniqueOrThrow({ where: { id: input.handOverId }, select: handOverSelect });
}

const HandOverDeclinePayload = builder.objectRef<{ handOver: HandOverView }>('CaseHandOverDeclinePayload').implement({
  description: 'The declined offer; the case stays with the organisation that offered it.',
  fields: (t) => ({ handOver: t.field({ type: HandOver, resolve: (p) => p.handOver }) }),
});

builder.mutationField('caseHandOverDecline', (t) =>
  t.field({
    type: HandOverDeclinePayload,
    description: 'Decline a case offered to your organisation (leads only), saying why.',
    args: { handOverId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    authScopes: { signedIn: true },
    errors: {
      types: [ValidationError, NotFoundError, NotPermittedError, StaleCaseError, CaseClosedError, RuleViolationError],
      directResult: true,
      union: { name: 'CaseHandOverDeclineResult' },
    },
    resolve: async (_root, args, { viewer, requestId }) => {
      const handOver = await declineHandOver(
        { viewer: viewer!, requestId },
        { handOverId: String(args.handOverId), reason: args.reason },
      );
      return { handOver: { ...handOver, now: new Date() } };
    },
  }),
);
