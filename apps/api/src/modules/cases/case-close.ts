/**
 * caseClose: close the case. A case whose tracks have not reached an end step, or whose clocks
 * still run, is closed only with a reason (issue 12 item 8, 000-17): otherwise the typed refusal
 * names each open track. The reason is kept in the case's history (the CLOSED event); the audit
 * row says that open tracks were closed over and which, never the reason's text. Closing closes
 * those tracks too (`closedAt`), so their clocks stop rather than sit overdue in somebody's work
 * for good.
 */
import { deadlines } from '@waymark/pathways';
import { z } from 'zod';
import { parseOrThrow } from '../../errors.ts';
import { text } from '../../validation.ts';
import { caseFacts, definitionOf, trackOf } from '../pathways/engine-adapter.ts';
import { OpenTracksError, type OpenTrack } from './case-errors.ts';
import { base, caseInput, caseMutation, CLOSE_ERRORS } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';

const RUNNING = new Set(['running', 'overdue']);

function describe(open: OpenTrack): string {
  return [
    open.pathwayId,
    open.atEndStep ? null : `at step ${open.step}`,
    open.runningClocks.length ? `clocks ${open.runningClocks.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join(' ');
}

export async function close(request: RequestInfo, input: Versioned & { reason?: string | null }) {
  const { reason } = parseOrThrow(z.object({ reason: text(2_000).nullish() }).safeParse(input));
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (tx, current, now) => {
      const tracks = await tx.caseTrack.findMany({
        where: { caseId: current.id, closedAt: null },
        orderBy: { startedAt: 'asc' },
      });
      const facts = caseFacts(current, now);
      const open: OpenTrack[] = tracks
        .map((track) => {
          const definition = definitionOf(track);
          return {
            trackId: track.id,
            pathwayId: track.pathwayId,
            step: track.step,
            atEndStep: definition.steps.find((s) => s.id === track.step)?.terminal === true,
            runningClocks: deadlines(definition, trackOf(track).events, now, facts)
              .filter((c) => RUNNING.has(c.status))
              .map((c) => c.clock),
          };
        })
        .filter((t) => !t.atEndStep || t.runningClocks.length > 0);
      if (open.length > 0 && !reason)
        throw new OpenTracksError(
          `Open work remains (${open.map(describe).join('; ')}): finish those tracks, or give the reason for closing over them and they close with the case.`,
          open,
        );
      if (open.length > 0)
        await tx.caseTrack.updateMany({ where: { id: { in: open.map((o) => o.trackId) } }, data: { closedAt: now } });
      const closedTracks = open.map((o) => o.pathwayId);
      return {
        events: [{ kind: 'CLOSED', data: { reason: reason ?? null, closedTracks } }],
        update: { status: 'CLOSED', closedAt: now, closeReason: reason ?? null },
        // Whether open work was closed over, and which: never the reason's text.
        audit: { action: 'case.close', data: { closedTracks, overrideReasonGiven: open.length > 0 } },
      };
    },
    { owner: 'lead' },
  );
}

caseMutation(
  'caseClose',
  'Close the case. With tracks not at an end step or clocks still running, it is refused with OpenTracksError naming them unless a reason is given; with a reason those tracks close with the case and their clocks stop.',
  caseInput('CaseCloseInput', (t) => ({
    reason: t.string({
      description:
        'Why the case is closed; required while any track or clock is open (kept in the case history, not in the audit trail).',
    }),
  })),
  [...CLOSE_ERRORS],
  (input, request) => close(request, { ...base(input), reason: input.reason }),
);
