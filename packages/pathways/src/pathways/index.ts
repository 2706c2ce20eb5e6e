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

export * from './coventry';
export { bexley, councilAdultReferral, hertfordshireChild, kirklees };

export const pathways: readonly PathwayDefinition[] = [
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

export function getPathway(id: string, version?: number): PathwayDefinition | undefined {
  return pathways.find((p) => p.id === id && (version === undefined || p.version === version));
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
