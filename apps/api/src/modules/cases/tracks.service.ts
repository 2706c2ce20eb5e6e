/**
 * Pathway tracks on a case: enrol (start a track) and take transitions. The pathway engine
 * decides every move; a refusal becomes the matching domain error and, inside changeCase,
 * rolls the whole change back.
 */
import { applyTransition, startTrack, type ApplyResult, type Facts, type TransitionKind } from '@waymark/pathways';
import type { Transaction } from '../../db.ts';
import { ValidationError } from '../../errors.ts';
import type { Case, CaseTrack, Prisma } from '../../generated/prisma/client.ts';
import { actorOf, definitionOf, factsOf, latestPathway, trackOf } from '../pathways/engine.ts';
import { changeCase, type CaseChange, type RequestInfo } from './cases.changes.ts';
import { InvalidTransitionError, toDomainError } from './cases.errors.ts';
import { changedFacts, checkFacts, mergeFacts } from './cases.facts.ts';

/**
 * Starts a track. Its clocks count from `startedAt`: by default the moment of identification for
 * the case's first track (the 3-hour and 24-hour clocks run from identification, 000), and now
 * for tracks added later (housing, health...).
 */
export async function enrol(
  request: RequestInfo,
  caseId: string,
  expectedVersion: number,
  pathwayId: string,
  startedAt?: Date | null,
) {
  const definition = latestPathway(pathwayId);
  if (!definition) throw new ValidationError([{ path: ['pathwayId'], message: 'is not a known pathway' }]);
  return changeCase(request, caseId, expectedVersion, async (tx, current, now) => {
    const existing = await tx.caseTrack.findMany({ where: { caseId }, select: { pathwayId: true } });
    if (existing.some((t) => t.pathwayId === pathwayId))
      throw new ValidationError([{ path: ['pathwayId'], message: 'the case already follows this pathway' }]);
    const start = startedAt ?? (existing.length === 0 ? current.identifiedAt : now);
    if (start.getTime() > now.getTime() + 5 * 60_000)
      throw new ValidationError([{ path: ['startedAt'], message: 'must not be in the future' }]);
    if (start.getTime() < current.identifiedAt.getTime() - 60_000)
      throw new ValidationError([{ path: ['startedAt'], message: 'must not be before the person was identified' }]);
    const { track, clockChanges } = startTrack(definition, start);
    const row = await tx.caseTrack.create({
      data: {
        caseId: current.id,
        pathwayId,
        pathwayVersion: definition.version,
        step: track.step,
        events: track.events as unknown as Prisma.InputJsonArray,
        startedAt: start,
      },
    });
    return {
      events: [
        {
          kind: 'TRACK_STARTED',
          data: {
            trackId: row.id,
            pathwayId,
            pathwayVersion: definition.version,
            step: track.step,
            clockChanges: clockChanges as never,
          },
        },
      ],
      audit: { action: 'case.enrol', data: { pathwayId, trackId: row.id } },
    };
  });
}

async function loadTrack(tx: Transaction, current: Case, trackId: string): Promise<CaseTrack> {
  const row = await tx.caseTrack.findFirst({ where: { id: trackId, caseId: current.id } });
  if (!row) throw new ValidationError([{ path: ['trackId'], message: 'is not a track of this case' }]);
  return row;
}

/** Facts to record with a move: validated, then merged into the case's facts. */
export function withFacts(current: Case, changes: Record<string, unknown> | null | undefined) {
  const before = factsOf(current.facts);
  if (!changes || Object.keys(changes).length === 0) return { facts: before, changed: [] as string[] };
  const problems = checkFacts(changes);
  if (problems.length) throw new ValidationError(problems);
  const facts = mergeFacts(before, changes);
  return { facts, changed: changedFacts(before, facts) };
}

export interface MoveOutcome {
  change: CaseChange;
  track: CaseTrack;
  result: Extract<ApplyResult, { ok: true }>;
}

/**
 * Applies one transition (by name) or the one transition of a kind that the facts enable, and
 * stores the track. Used by caseTransition and by the domain mutations (NRM referral, Duty to
 * Notify, decisions, reconsideration), which are transitions of a kind plus a record.
 */
export async function move(
  tx: Transaction,
  request: RequestInfo,
  current: Case,
  trackId: string,
  which: { transition: string } | { kind: TransitionKind },
  facts: Facts,
  now: Date,
): Promise<Omit<MoveOutcome, 'change'> & { transition: string }> {
  const row = await loadTrack(tx, current, trackId);
  const definition = definitionOf(row);
  const track = trackOf(row);
  const actor = actorOf(request.viewer);
  let result: ApplyResult;
  let name: string;
  if ('transition' in which) {
    name = which.transition;
    result = applyTransition(definition, track, name, facts, actor, now);
  } else {
    const candidates = definition.transitions.filter(
      (t) => t.kind === which.kind && (Array.isArray(t.from) ? t.from.includes(track.step) : t.from === track.step),
    );
    if (candidates.length === 0) {
      const allowed = definition.transitions
        .filter((t) => (Array.isArray(t.from) ? t.from.includes(track.step) : t.from === track.step))
        .map((t) => t.name);
      throw new InvalidTransitionError(
        `Nothing of this kind can happen at step "${track.step}" of ${definition.title}.`,
        track.step,
        which.kind,
        allowed,
      );
    }
    // Several transitions of one kind differ by their guards (e.g. positive or negative
    // decision); the facts enable at most one. Report the first refusal when none is enabled.
    const attempts = candidates.map((t) => ({
      name: t.name,
      result: applyTransition(definition, track, t.name, facts, actor, now),
    }));
    const taken = attempts.find((a) => a.result.ok) ?? attempts[0]!;
    name = taken.name;
    result = taken.result;
  }
  if (!result.ok) throw toDomainError(result.error);
  const updated = await tx.caseTrack.update({
    where: { id: row.id },
    data: { step: result.track.step, events: result.track.events as unknown as Prisma.InputJsonArray },
  });
  return { track: updated, result, transition: name };
}

export function transitionEvent(track: CaseTrack, transition: string, outcome: Extract<ApplyResult, { ok: true }>) {
  return {
    kind: 'TRANSITION' as const,
    data: {
      trackId: track.id,
      pathwayId: track.pathwayId,
      transition,
      from: outcome.events[0]?.from ?? null,
      to: outcome.track.step,
      clockChanges: outcome.clockChanges as never,
    },
  };
}

export async function transition(
  request: RequestInfo,
  input: {
    caseId: string;
    trackId: string;
    transition: string;
    expectedVersion: number;
    facts?: Record<string, unknown> | null;
  },
) {
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const { facts, changed } = withFacts(current, input.facts);
    const moved = await move(tx, request, current, input.trackId, { transition: input.transition }, facts, now);
    return {
      events: [
        ...(changed.length ? [{ kind: 'FACTS_RECORDED' as const, data: { facts: changed } }] : []),
        transitionEvent(moved.track, moved.transition, moved.result),
      ],
      update: changed.length ? { facts } : undefined,
      audit: {
        action: 'case.transition',
        data: { trackId: moved.track.id, transition: moved.transition, facts: changed },
      },
    };
  });
}
