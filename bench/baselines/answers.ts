/**
 * The JSON Waymark answers for the benchmark's two reads (bench/workloads.ts WORKLIST and CASE),
 * built from plain rows: B1 (hand-written SQL) and B2 (plain Prisma) both answer through here,
 * so the three servers are compared on the same output. The rules applied are Waymark's own:
 * names only for the owning organisation (case-access.ts mayReadIdentity), the next deadline
 * from the engine (cases/deadlines.ts mostPressing), newest first by openedAt then id.
 */
import { deadlines, type ClockInstance, type Facts } from '@waymark/pathways';
import { caseFacts, definitionOf, trackOf } from '../../apps/api/src/modules/pathways/engine-adapter.ts';

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

export interface CaseRow {
  id: string;
  reference: string;
  status: string;
  concernKind: string;
  version: number;
  openedAt: Date;
  owningOrganisationId: string;
  givenName: string | null;
  familyName: string | null;
}

function summary(row: CaseRow, viewerOrganisationId: string) {
  const mayRead = row.owningOrganisationId === viewerOrganisationId;
  return {
    id: globalId('Case', row.id),
    reference: row.reference,
    status: row.status,
    concernKind: row.concernKind,
    openedAt: row.openedAt.toISOString(),
    subject: { givenName: mayRead ? row.givenName : null, familyName: mayRead ? row.familyName : null },
  };
}

export function worklistAnswer(total: number, rows: CaseRow[], viewerOrganisationId: string) {
  return {
    data: {
      cases: { totalCount: total, edges: rows.map((row) => ({ node: summary(row, viewerOrganisationId) })) },
    },
  };
}

export interface TrackRow {
  pathwayId: string;
  pathwayVersion: number;
  step: string;
  events: unknown;
  closedAt: Date | null;
}

type AgeRow = Parameters<typeof caseFacts>[0];

/**
 * cases/deadlines.ts mostPressing, restated: that module loads the Prisma client, which B1 must
 * not carry (its memory is measured). Same rule: the open clock due soonest across the tracks.
 */
function mostPressing(tracks: TrackRow[], facts: Facts, now: Date): ClockInstance | null {
  let best: ClockInstance | null = null;
  for (const track of tracks)
    for (const clock of deadlines(definitionOf(track), trackOf(track as never).events, now, facts, track.closedAt)) {
      if ((clock.status !== 'running' && clock.status !== 'overdue') || !clock.dueAt) continue;
      if (!best || Date.parse(clock.dueAt) < Date.parse(best.dueAt!)) best = clock;
    }
  return best;
}

export function caseAnswer(
  row: (CaseRow & AgeRow) | null,
  tracks: TrackRow[],
  events: Array<{ kind: string; occurredAt: Date }>,
  viewerOrganisationId: string,
) {
  if (!row) return { data: { case: null } };
  const now = new Date();
  const next = row.status === 'OPEN' ? mostPressing(tracks, caseFacts(row, now), now) : null;
  return {
    data: {
      case: {
        ...summary(row, viewerOrganisationId),
        version: row.version,
        tracks: tracks.map((t) => ({ pathwayId: t.pathwayId, step: { id: t.step } })),
        nextDeadline: next
          ? { clock: next.clock, status: next.status, dueAt: next.dueAt ? new Date(next.dueAt).toISOString() : null }
          : null,
        timeline: { edges: events.map((e) => ({ node: { kind: e.kind, occurredAt: e.occurredAt.toISOString() } })) },
      },
    },
  };
}

/** Reads the request body and the variables of a GraphQL POST. */
export async function readBody(
  req: import('node:http').IncomingMessage,
): Promise<{ variables?: Record<string, string>; query?: string }> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body ? JSON.parse(body) : {};
}

export const caseIdOf = (globalIdValue: string) =>
  Buffer.from(globalIdValue, 'base64')
    .toString('utf8')
    .replace(/^Case:/, '');
