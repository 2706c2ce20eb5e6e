/**
 * The bridge between stored cases and the pure pathway engine: the viewer as an engine actor,
 * a stored track as an engine track, and the catalogue of facts every pathway reads.
 */
import {
  deriveAgeFacts,
  isPotentialVictim,
  factCatalogueOf,
  getPathway,
  pathways,
  type Actor,
  type AgeSubject,
  type FactDefinition,
  type Facts,
  type GenderValue,
  type PathwayDefinition,
  type Track,
  type TrackEvent,
} from '@waymark/pathways';
import type { Viewer } from '../../context.ts';
import type { Case, CaseTrack } from '../../generated/prisma/client.ts';

export function actorOf(viewer: Viewer): Actor {
  return {
    // Area oversight never acts on a case (case-access.ts); the engine knows no such role.
    roles: viewer.roles.filter((role): role is Actor['roles'][number] => role !== 'AREA_OVERSIGHT'),
    organisation: { isFirstResponder: viewer.organisation.isFirstResponder, kind: viewer.organisation.kind },
  };
}

export function trackOf(row: Pick<CaseTrack, 'pathwayId' | 'pathwayVersion' | 'step' | 'events'>): Track {
  return {
    pathwayId: row.pathwayId,
    pathwayVersion: row.pathwayVersion,
    step: row.step,
    events: row.events as unknown as TrackEvent[],
  };
}

/** The exact version a track follows; a newer version never changes a running track's rules. */
export function definitionOf(row: Pick<CaseTrack, 'pathwayId' | 'pathwayVersion'>): PathwayDefinition {
  const definition = getPathway(row.pathwayId, row.pathwayVersion);
  // A stored track always names a registered definition: versions are only ever added.
  if (!definition) throw new Error(`pathway ${row.pathwayId} v${row.pathwayVersion} is not registered`);
  return definition;
}

export function latestPathway(id: string): PathwayDefinition | undefined {
  return pathways.filter((p) => p.id === id).sort((a, b) => b.version - a.version)[0];
}

/** Every fact any pathway reads, by name (the same name means the same fact everywhere). */
export const factCatalogue: ReadonlyMap<string, FactDefinition> = factCatalogueOf(pathways);

export function factsOf(value: unknown): Facts {
  return (value && typeof value === 'object' ? value : {}) as Facts;
}

/**
 * The columns the age facts (and the gender fact) are derived from; select these wherever
 * caseFacts is called on a partial row.
 */
export const AGE_SUBJECT_SELECT = {
  facts: true,
  concernKind: true,
  dateOfBirth: true,
  estimatedAge: true,
  ageUncertain: true,
  claimedAge: true,
  reasonToBelieveChild: true,
  gender: true,
} as const;

/** The subject's gender as the pathway fact `gender` (002-19: the WMASN safehouse takes male adults). */
const GENDER_FACT_VALUE: Record<NonNullable<Case['gender']>, GenderValue> = {
  FEMALE: 'female',
  MALE: 'male',
  NON_BINARY: 'nonBinary',
  OTHER: 'other',
  NOT_KNOWN: 'notKnown',
};

type Subject = Pick<Case, keyof typeof AGE_SUBJECT_SELECT>;

/** The subject as the engine's age rules read it (a date of birth as its calendar date). */
export function ageSubjectOf(row: Subject): AgeSubject {
  return {
    dateOfBirth: row.dateOfBirth ? row.dateOfBirth.toISOString().slice(0, 10) : null,
    estimatedAge: row.estimatedAge,
    ageUncertain: row.ageUncertain,
    claimedAge: row.claimedAge,
    reasonToBelieveChild: row.reasonToBelieveChild,
  };
}

/**
 * The facts a rule reads now: the recorded facts, with the age facts derived from the subject
 * on `now`'s date wherever the subject settles them (age follows the person: a birthday passes,
 * a date of birth is corrected). Never frozen at opening.
 */
export function caseFacts(row: Subject, now: Date): Facts {
  // A perpetrator, location or business concern has no person whose age is in question (002-1):
  // no age facts, so no age question and no age-based block.
  if (!isPotentialVictim(row.concernKind)) return factsOf(row.facts);
  const derived = deriveAgeFacts(ageSubjectOf(row), now);
  // ageAssessmentOutcome stays as caseRecordAgeAssessment wrote it (only a Merton-compliant
  // assessment, or one that confirms a child, is written as the fact). Gender is what the person
  // gave, recorded on the subject (never guessed from a name); not recorded stays missing, so a
  // rule that needs it asks for it.
  const gender = row.gender ? { gender: GENDER_FACT_VALUE[row.gender] } : {};
  return { ...factsOf(row.facts), ...derived, ...gender };
}
