/**
 * The pathways an area follows and which one a new concern starts on. An area's pathways come
 * from the same protocol document as the area itself; the entry pathway is the one no other
 * pathway of that area hands off to (Coventry's initial identification, not its later tracks).
 */
export interface AreaLike {
  code: string;
  source: { file: string };
}

export interface PathwayLike {
  id: string;
  version: number;
  title: string;
  source: { file: string };
  steps: Array<{ handOff?: string | null }>;
}

/** The latest version of each of the area's pathways, entry pathways first. */
export function pathwaysForArea<P extends PathwayLike>(area: AreaLike, pathways: readonly P[]): P[] {
  const latest = new Map<string, P>();
  for (const pathway of pathways) {
    if (pathway.source.file !== area.source.file) continue;
    const seen = latest.get(pathway.id);
    if (!seen || seen.version < pathway.version) latest.set(pathway.id, pathway);
  }
  const own = [...latest.values()];
  const handedTo = new Set(own.flatMap((pathway) => pathway.steps.map((step) => step.handOff).filter(Boolean)));
  const isEntry = (pathway: P) => !handedTo.has(pathway.id);
  return [...own.filter(isEntry), ...own.filter((pathway) => !isEntry(pathway))];
}

export function entryPathwayIds(area: AreaLike, pathways: readonly PathwayLike[]): Set<string> {
  const own = pathwaysForArea(area, pathways);
  const handedTo = new Set(own.flatMap((pathway) => pathway.steps.map((step) => step.handOff).filter(Boolean)));
  return new Set(own.filter((pathway) => !handedTo.has(pathway.id)).map((pathway) => pathway.id));
}
