/**
 * caseClose: close the case. A case whose tracks have not reached an end step, or whose clocks
 * still run, is closed only with a reason (issue 12 item 8): otherwise the refusal names what is
 * open. Closing closes those tracks too (`closedAt`), so their clocks stop rather than sit
 * overdue in somebody's work for good.
 */
import { deadlines } from '@waymark/pathways';
import { z } from 'zod';
import { parseOrThrow } from '../../errors.ts';
import { text } from '../../validation.ts';
import { caseFacts, definitionOf, trackOf } from '../pathways/engine-adapter.ts';
import { RuleViolationError } from './case-errors.ts';
import { base, caseInput, caseMutation, OWNER_ERRORS, RULE_ERRORS } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';

const RUNNING = new Set(['running', 'overdue']);

export async function close(request: RequestInfo, input: Versioned & { reason?: string | null }) {
  const { reason } = parseOrThrow(z.object({ reason: text(2_000).nullish() }).safeParse(input));
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (tx, current, now) => {
      const tracks = await tx.caseTrack.findMany({ where: { caseId: current.id }, orderBy: { startedAt: 'asc' } });
      const facts = caseFacts(current, now);
      const open = tracks
        .map((track) => {
          const definition = definitionOf(track);
          const ended = definition.steps.find((s) => s.id === track.step)?.terminal === true;
          const clocks = deadlines(definition, trackOf(track).events, now, facts)
            .filter((c) => RUNNING.has(c.status))
            .map((c) => c.clock);
          return { track, ended, clocks };
        })
        .filter((t) => !t.ended || t.clocks.length > 0);
      if (open.length > 0 && !reason) {
        const what = open
          .map(({ track, ended, clocks }) =>
            [
              track.pathwayId,
              ended ? null : `at step ${track.step}`,
              clocks.length ? `clocks ${clocks.join(', ')}` : null,
            ]
              .filter(Boolean)
              .join(' '),
          )
          .join('; ');
        throw new RuleViolationError(
          `Open work remains (${what}): give the reason for closing, and the open tracks close with the case.`,
          'close-with-open-work',
          'issue 12 item 8 (no clock stays stuck)',
        );
      }
      if (open.length > 0)
        await tx.caseTrack.updateMany({ where: { id: { in: open.map((o) => o.track.id) } }, data: { closedAt: now } });
      const closedTracks = open.map((o) => o.track.pathwayId);
      return {
        events: [{ kind: 'CLOSED', data: { reason: reason ?? null, closedTracks } }],
        update: { status: 'CLOSED', closedAt: now, closeReason: reason ?? null },
        audit: { action: 'case.close', data: { closedTracks } },
      };
    },
    { owner: 'lead' },
  );
}

caseMutation(
  'caseClose',
  'Close the case. With tracks not at an end step or clocks still running, a reason is required; those tracks close with the case and their clocks stop.',
  caseInput('CaseCloseInput', (t) => ({
    reason: t.string({ description: 'Why the case is closed; required while any track or clock is open.' }),
  })),
  [...OWNER_ERRORS, ...RULE_ERRORS.filter((e) => !(OWNER_ERRORS as readonly unknown[]).includes(e))],
  (input, request) => close(request, { ...base(input), reason: input.reason }),
);
