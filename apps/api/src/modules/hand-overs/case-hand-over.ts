/**
 * caseHandOver: the owning organisation offers the case to another (000 step 3: "END OF
 * PROCESS FOR INITIAL REFERRER" once the council's SPoC has it). By default to the area's SPoC
 * organisation. The offer waits for a lead of the receiver (caseHandOverAccept / Decline) and
 * has a clock: the receiving area's handOverAnswerHours (3 by default, the 000 urgent assessment).
 */
import { z } from 'zod';
import { parseOrThrow } from '../../errors.ts';
import { text } from '../../validation.ts';
import { RuleViolationError } from '../cases/case-errors.ts';
import { base, caseInput, caseMutation, RULE_ERRORS } from '../cases/case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from '../cases/case-transaction.ts';
import { Organisation } from '../orgs/orgs.types.ts';

const SECTION = '000 step 3';

export async function handOver(
  request: RequestInfo,
  input: Versioned & { toOrganisationId?: string | null; note: string },
  now?: Date,
) {
  const { note } = parseOrThrow(z.object({ note: text(2_000) }).safeParse(input));
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (tx, current, at) => {
      const area = await tx.area.findUniqueOrThrow({ where: { id: current.areaId } });
      const toId = input.toOrganisationId ?? area.spocOrganisationId;
      if (!toId)
        throw new RuleViolationError(
          'The case’s area has no Single Point of Contact marked; name the organisation to offer it to.',
          'handOver.noSpoc',
          SECTION,
        );
      const to = await tx.organisation.findUnique({ where: { id: toId }, select: { id: true, name: true } });
      if (!to)
        throw new RuleViolationError(
          'No such organisation; choose one from `organisations`.',
          'handOver.unknownOrganisation',
          SECTION,
        );
      if (to.id === current.owningOrganisationId)
        throw new RuleViolationError(
          'Your organisation already owns the case; offer it to another one.',
          'handOver.toOwner',
          SECTION,
        );
      const pending = await tx.caseHandOver.count({ where: { caseId: current.id, status: 'PENDING' } });
      if (pending)
        throw new RuleViolationError(
          'An offer of this case is waiting for an answer; wait for it, or for its decline.',
          'handOver.pending',
          SECTION,
        );
      const dueAt = new Date(at.getTime() + area.handOverAnswerHours * 3_600_000);
      const row = await tx.caseHandOver.create({
        data: {
          caseId: current.id,
          fromOrganisationId: current.owningOrganisationId,
          toOrganisationId: to.id,
          note,
          offeredById: request.viewer.personId,
          offeredAt: at,
          dueAt,
        },
      });
      return {
        events: [
          {
            kind: 'HAND_OVER_OFFERED',
            data: {
              handOverId: row.id,
              toOrganisationId: to.id,
              toOrganisation: to.name,
              dueAt: dueAt.toISOString(),
              note,
            },
          },
        ],
        audit: { action: 'case.handOver', data: { handOverId: row.id, toOrganisationId: to.id } },
      };
    },
    { owner: 'staff', now },
  );
}

caseMutation(
  'caseHandOver',
  'Offer the case to another organisation (by default the area’s Single Point of Contact); a lead there accepts or declines. Until then the case stays yours.',
  caseInput('CaseHandOverInput', (t) => ({
    toOrganisationId: t.globalID({
      for: Organisation,
      description: 'The receiving organisation; omitted: the area’s Single Point of Contact organisation.',
    }),
    note: t.string({ required: true, description: 'What the receiver needs to know to decide.' }),
  })),
  RULE_ERRORS,
  (input, request) =>
    handOver(request, { ...base(input), toOrganisationId: input.toOrganisationId?.id ?? null, note: input.note }),
);
