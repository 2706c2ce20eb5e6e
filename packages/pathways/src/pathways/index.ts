// The registry of built-in pathway definitions, one module per seed document
// (Coventry's nine tracks each have their own definition).
import type { PathwayDefinition } from '../definition/schema';
import { bexley } from './bexley';
import { councilAdultReferral } from './council-adult-referral';
import {
  coventryAdultSocialCare,
  coventryDuringNrm,
  coventryHealth,
  coventryHousing,
  coventryInitialIdentification,
  coventryPostNrm,
  coventryPreNrm,
  coventryTradingStandards,
  coventryTransitionToAdulthood,
} from './coventry';
import { hertfordshireChild } from './hertfordshire-child';
import { kirklees } from './kirklees';
import { frozenVersions } from './versions';

export * from './coventry';
export { bexley, councilAdultReferral, hertfordshireChild, kirklees };

/**
 * Every registered version. A version is never removed or edited once tracks may follow it: a
 * track keeps the version it started on (`getPathway(id, version)`), while new tracks start on
 * the latest. Changing a definition means a new version, with the old one frozen under versions/.
 */
export const pathways: readonly PathwayDefinition[] = [
  ...frozenVersions,
  councilAdultReferral,
  bexley,
  coventryInitialIdentification,
  coventryPreNrm,
  coventryDuringNrm,
  coventryPostNrm,
  coventryHousing,
  coventryAdultSocialCare,
  coventryHealth,
  coventryTransitionToAdulthood,
  coventryTradingStandards,
  hertfordshireChild,
  kirklees,
];

/** A pathway at a version, or its latest version when none is given. */
export function getPathway(
  id: string,
  version?: number,
  list: readonly PathwayDefinition[] = pathways,
): PathwayDefinition | undefined {
  if (version !== undefined) return list.find((p) => p.id === id && p.version === version);
  return latestVersions(list).find((p) => p.id === id);
}

/** The latest version of each pathway, in registry order. */
export function latestVersions(list: readonly PathwayDefinition[] = pathways): PathwayDefinition[] {
  const latest = new Map<string, PathwayDefinition>();
  for (const p of list) if ((latest.get(p.id)?.version ?? 0) < p.version) latest.set(p.id, p);
  return [...latest.values()];
}

/** Problems that span definitions: a hand-off must name a pathway that exists. */
export function checkRegistry(list: readonly PathwayDefinition[] = pathways): string[] {
  const ids = new Set(list.map((p) => p.id));
  const problems: string[] = [];
  for (const p of list) {
    if (list.filter((q) => q.id === p.id && q.version === p.version).length > 1)
      problems.push(`${p.id} v${p.version} is registered twice`);
    for (const s of p.steps)
      if (s.handOff && !ids.has(s.handOff))
        problems.push(`${p.id}: step ${s.id} hands off to unknown pathway ${s.handOff}`);
  }
  return problems;
}
