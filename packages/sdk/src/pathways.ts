/**
 * Typed facts and transition names. The API takes and returns facts as a JSON object and names
 * transitions as strings, because each pathway has its own; these helpers put the generated
 * per-pathway types (./_generated/pathways.ts) on them at compile time. They check nothing at run
 * time: the API validates every fact and transition and answers with a typed error.
 */
import type { CaseFacts, PathwayId, TransitionName } from './_generated/pathways.js';

/**
 * Facts to send (`caseRecordFacts`, `caseTransition`), checked against the pathways' definitions:
 * an unknown fact name or a value of the wrong type does not compile.
 *
 *   facts: caseFacts({ consentToNrm: true, ageStatus: 'adult' })
 */
export function caseFacts(facts: CaseFacts): Record<string, unknown> {
  return facts as Record<string, unknown>;
}

/** A case's recorded facts (`Case.facts`) with their types. */
export function readCaseFacts(kase: { facts: Record<string, unknown> }): CaseFacts {
  return kase.facts as CaseFacts;
}

/**
 * A transition name of the given pathway: a name the pathway does not have does not compile.
 *
 *   transition: transitionName('bexley-referral', 'submitNrmReferral')
 */
export function transitionName<P extends PathwayId>(_pathway: P, name: TransitionName<P>): TransitionName<P> {
  return name;
}

/** Narrows a track's `pathwayId` (a string on the wire) to a pathway Waymark knows. */
export function isPathway<P extends PathwayId>(
  track: { pathwayId: string },
  pathway: P,
): track is { pathwayId: P } & typeof track {
  return track.pathwayId === pathway;
}
