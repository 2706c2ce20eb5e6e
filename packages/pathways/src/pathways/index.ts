// The registry of built-in pathway definitions, one module per seed document
// (Coventry's nine tracks each have their own definition).
import type { PathwayDefinition } from '../definition/schema';
import { councilAdultReferral } from './council-adult-referral';

export { councilAdultReferral };

export const pathways: readonly PathwayDefinition[] = [councilAdultReferral];

export function getPathway(id: string, version?: number): PathwayDefinition | undefined {
  return pathways.find((p) => p.id === id && (version === undefined || p.version === version));
}
