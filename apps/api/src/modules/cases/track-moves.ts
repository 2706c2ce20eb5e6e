/**
 * Moves on a pathway track, shared by caseTransition and the use cases that are a transition of
 * a kind plus a record (NRM referral, Duty to Notify, decisions, reconsideration). The engine
 * decides every move; a refusal becomes the matching domain error and, inside changeCase,
 * rolls the whole change back.
 */
import { applyTransition, type ApplyResult, type Facts, type TransitionKind } from '@waymark/pathways';
import { type Transaction } from '../../db/client.ts';
import { ValidationError } from '../../errors.ts';
import type { Case, CaseTrack, Prisma } from '../../generated/prisma/client.ts';
import { actorOf, definitionOf, factsOf, trackOf } from '../pathways/engine-adapter.ts';
import { InvalidTransitionError, toDomainError } from './case-errors.ts';
import { changedFacts, checkFacts, mergeFacts } from './case-facts.ts';
import { type CaseChange, type RequestInfo } from './case-transaction.ts';

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
