/**
 * Moves on a pathway track, shared by caseTransition and the use cases that are a transition of
 * a kind plus a record (NRM referral, Duty to Notify, decisions, reconsideration). The engine
 * decides every move; a refusal becomes the matching domain error and, inside changeCase,
 * rolls the whole change back.
 */
import {
  applyTransition,
  applyTransitionOfKind,
  decisionBranchOf,
  type ApplyOptions,
  startTrack,
  type ApplyResult,
  type Facts,
  type PathwayDefinition,
  type TransitionKind,
} from '@waymark/pathways';
import { type Transaction } from '../../db/client.ts';
import { ValidationError } from '../../errors.ts';
import type { Case, CaseTrack, Prisma } from '../../generated/prisma/client.ts';
import { actorOf, caseFacts, definitionOf, factsOf, latestPathway, trackOf } from '../pathways/engine-adapter.ts';
import { toDomainError } from './case-errors.ts';
import { changedFacts, checkFacts, mergeFacts, refuseProtectedFacts } from './case-facts.ts';
import { type CaseChange, type RequestInfo } from './case-transaction.ts';

export async function loadTrack(tx: Transaction, current: Case, trackId: string): Promise<CaseTrack> {
  const row = await tx.caseTrack.findFirst({ where: { id: trackId, caseId: current.id } });
  if (!row) throw new ValidationError([{ path: ['trackId'], message: 'is not a track of this case' }]);
  return row;
}

/**
 * Facts to record with a move: validated, merged into the case's facts, and the facts the rules
 * read now (the age facts derived from the subject on `now`). Protected facts are refused unless
 * the caller is the mutation that owns them (`owned`).
 */
export function withFacts(
  current: Case,
  changes: Record<string, unknown> | null | undefined,
  now: Date,
  options: { owned?: boolean } = {},
) {
  const before = factsOf(current.facts);
  if (!changes || Object.keys(changes).length === 0)
    return { stored: before, facts: caseFacts(current, now), changed: [] as string[] };
  const problems = checkFacts(changes);
  if (problems.length) throw new ValidationError(problems);
  if (!options.owned) refuseProtectedFacts(Object.keys(changes));
  const stored = mergeFacts(before, changes);
  return { stored, facts: caseFacts({ ...current, facts: stored }, now), changed: changedFacts(before, stored) };
}

export interface MoveOutcome {
  change: CaseChange;
  track: CaseTrack;
  result: Extract<ApplyResult, { ok: true }>;
}

/** A track started by a hand-off, as the transition's event records it. */
export interface HandedOff {
  trackId: string;
  pathwayId: string;
  pathwayVersion: number;
  step: string;
  startedAt: string;
}

export type Moved = Omit<MoveOutcome, 'change'> & { transition: string; handedOff: HandedOff | null };

/**
 * 002-37: a step that hands off to another pathway starts that pathway's track in the same
 * transaction, at the moment of the move (no one has to enrol it), unless the case already
 * follows it. The new track starts at the latest version, like any new track.
 */
async function startHandOff(
  tx: Transaction,
  current: Case,
  definition: PathwayDefinition,
  step: string,
  at: Date,
): Promise<HandedOff | null> {
  const target = definition.steps.find((s) => s.id === step)?.handOff;
  if (!target) return null;
  const next = latestPathway(target);
  if (!next) return null;
  const already = await tx.caseTrack.count({ where: { caseId: current.id, pathwayId: target } });
  if (already > 0) return null;
  const { track } = startTrack(next, at);
  const row = await tx.caseTrack.create({
    data: {
      caseId: current.id,
      pathwayId: target,
      pathwayVersion: next.version,
      step: track.step,
      events: track.events as unknown as Prisma.InputJsonArray,
      startedAt: at,
    },
  });
  return {
    trackId: row.id,
    pathwayId: target,
    pathwayVersion: next.version,
    step: track.step,
    startedAt: at.toISOString(),
  };
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
  options: ApplyOptions = {},
): Promise<Moved> {
  const row = await loadTrack(tx, current, trackId);
  const definition = definitionOf(row);
  const track = trackOf(row);
  const actor = actorOf(request.viewer);
  // The engine picks "the transition of this kind" from the current step (one home for the rule).
  const result =
    'transition' in which
      ? {
          ...applyTransition(definition, track, which.transition, facts, actor, now, options),
          transition: which.transition,
        }
      : applyTransitionOfKind(definition, track, which.kind, facts, actor, now, options);
  const name = result.transition;
  if (!result.ok) throw toDomainError(result.error);
  const updated = await tx.caseTrack.update({
    where: { id: row.id },
    data: { step: result.track.step, events: result.track.events as unknown as Prisma.InputJsonArray },
  });
  const moved = result.events[0];
  const handedOff =
    moved && moved.from !== moved.to
      ? await startHandOff(tx, current, definition, result.track.step, new Date(moved.occurredAt ?? moved.at))
      : null;
  return { track: updated, result, transition: name, handedOff };
}

/** The TRANSITION case event of a move; a hand-off's new track is recorded in it. */
export function transitionEvent({ track, transition, result: outcome, handedOff }: Moved) {
  const occurredAt = outcome.events[0]?.occurredAt;
  return {
    kind: 'TRANSITION' as const,
    // Recorded after the fact: the history shows when it happened beside when it was recorded.
    ...(occurredAt ? { occurredAt: new Date(occurredAt) } : {}),
    data: {
      trackId: track.id,
      pathwayId: track.pathwayId,
      transition,
      from: outcome.events[0]?.from ?? null,
      to: outcome.track.step,
      clockChanges: outcome.clockChanges as never,
      ...(handedOff ? { handedOff: handedOff as unknown as Prisma.InputJsonObject } : {}),
    },
  };
}

/**
 * A decision branch may be taken by name when the case already holds that decision's record
 * (another track recorded it: Coventry's During-NRM hands the CG decision to Post-NRM), so the
 * decision is never recorded twice.
 */
export async function decisionAlreadyRecorded(
  tx: Transaction,
  current: Case,
  definition: PathwayDefinition,
  name: string,
) {
  const branch = decisionBranchOf(definition, name);
  if (!branch) return false;
  const outcome = factsOf(current.facts)[`${branch}Outcome`];
  if (outcome !== 'positive' && outcome !== 'negative') return false;
  const found = await tx.decision.count({
    where: {
      caseId: current.id,
      type: branch === 'rg' ? 'REASONABLE_GROUNDS' : 'CONCLUSIVE_GROUNDS',
      result: outcome === 'positive' ? 'POSITIVE' : 'NEGATIVE',
    },
  });
  return found > 0;
}
