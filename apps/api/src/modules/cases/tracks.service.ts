/**
 * Pathway tracks on a case: enrol (start a track) and take transitions. The pathway engine
 * decides every move; a refusal becomes the matching domain error and, inside changeCase,
 * rolls the whole change back.
 */
import {
  applyTransition,
  applyTransitionOfKind,
  decisionBranchOf,
  recordTransitionOwner,
  startTrack,
  type ApplyResult,
  type Facts,
  type PathwayDefinition,
  type TransitionKind,
} from '@waymark/pathways';
import type { Transaction } from '../../db.ts';
import { ValidationError } from '../../errors.ts';
import type { Case, CaseTrack, Prisma } from '../../generated/prisma/client.ts';
import { actorOf, caseFacts, definitionOf, factsOf, latestPathway, trackOf } from '../pathways/engine.ts';
import { changeCase, type CaseChange, type RequestInfo } from './cases.changes.ts';
import { RuleViolationError, toDomainError } from './cases.errors.ts';
import { changedFacts, checkFacts, mergeFacts, refuseProtectedFacts } from './cases.facts.ts';

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
  // The engine picks "the transition of this kind" from the current step (one home for the rule).
  const result =
    'transition' in which
      ? { ...applyTransition(definition, track, which.transition, facts, actor, now), transition: which.transition }
      : applyTransitionOfKind(definition, track, which.kind, facts, actor, now);
  const name = result.transition;
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
    // A transition that creates a record (NRM referral, DtN, decision, reconsideration) is taken
    // only by its own mutation, so every one of them has its record.
    const row = await loadTrack(tx, current, input.trackId);
    const owner = recordTransitionOwner(definitionOf(row), input.transition);
    if (owner && !(await decisionAlreadyRecorded(tx, current, definitionOf(row), input.transition)))
      throw new RuleViolationError(
        `"${input.transition}" is recorded with ${owner.mutation}, which also keeps its record.`,
        owner.rule,
        owner.section,
        { mutation: owner.mutation, transition: input.transition },
      );
    const { stored, facts, changed } = withFacts(current, input.facts, now);
    const moved = await move(tx, request, current, input.trackId, { transition: input.transition }, facts, now);
    return {
      events: [
        ...(changed.length ? [{ kind: 'FACTS_RECORDED' as const, data: { facts: changed } }] : []),
        transitionEvent(moved.track, moved.transition, moved.result),
      ],
      update: changed.length ? { facts: stored } : undefined,
      audit: {
        action: 'case.transition',
        data: { trackId: moved.track.id, transition: moved.transition, facts: changed },
      },
    };
  });
}

/**
 * A decision branch may be taken by name when the case already holds that decision's record
 * (another track recorded it: Coventry's During-NRM hands the CG decision to Post-NRM), so the
 * decision is never recorded twice.
 */
async function decisionAlreadyRecorded(tx: Transaction, current: Case, definition: PathwayDefinition, name: string) {
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
