// Pathways are assembled from fragments (a few steps, the transitions between
// them, their clocks and the facts they read) so documents that share a shape
// share the code that encodes it.
import { fromSteps, runningSteps } from '../../definition/static-checks';
import type {
  Action,
  Clock,
  FactDefinition,
  PathwayDefinition,
  Source,
  Step,
  Transition,
} from '../../definition/schema';

export interface Fragment {
  facts?: FactDefinition[];
  steps?: Step[];
  transitions?: Transition[];
  clocks?: Clock[];
}

export type Head = Omit<PathwayDefinition, 'facts' | 'steps' | 'transitions' | 'clocks'>;

/**
 * Concatenate fragments. Facts are shared vocabulary, so a fact several
 * fragments declare identically appears once; anything else declared twice is
 * left for the static checks to report.
 */
export function compose(head: Head, ...fragments: Fragment[]): PathwayDefinition {
  const facts: FactDefinition[] = [];
  for (const f of fragments.flatMap((x) => x.facts ?? [])) {
    const same = facts.find((g) => g.name === f.name);
    if (!same || JSON.stringify(same) !== JSON.stringify(f)) facts.push(f);
  }
  return {
    ...head,
    facts,
    steps: fragments.flatMap((f) => f.steps ?? []),
    transitions: fragments.flatMap((f) => f.transitions ?? []),
    clocks: fragments.flatMap((f) => f.clocks ?? []),
  };
}

export interface StepText {
  title: string;
  description: string;
  section: string;
  /** Catalogue resources and directory contacts the step names (kept out of the description). */
  resources?: string[];
  contacts?: string[];
}

/** A step from its text; `file` is the seed document it comes from. */
export const stepFrom = (file: string, id: string, text: StepText, extra: Partial<Step> = {}): Step => ({
  id,
  title: text.title,
  description: text.description,
  source: { file, section: text.section },
  ...(text.resources ? { resources: text.resources } : {}),
  ...(text.contacts ? { contacts: text.contacts } : {}),
  ...extra,
});

export const source = (file: string, section: string): Source => ({ file, section });

export const bool = (name: string, label: string): FactDefinition => ({ name, label, type: 'boolean' });
export const oneOfValues = (name: string, label: string, values: string[]): FactDefinition => ({
  name,
  label,
  type: 'enum',
  values,
});
export const date = (name: string, label: string): FactDefinition => ({ name, label, type: 'date' });

export { SEEDS } from './seeds';

/**
 * The stay-actions that stop these clocks become available from every open step where the clock
 * can run, so a clock can always be stopped however the track moved on (the static checks refuse
 * a clock that can get stuck).
 */
export function recordableWhereverRunning(def: PathwayDefinition, clockIds: string[]): PathwayDefinition {
  const terminal = new Set(def.steps.filter((s) => s.terminal).map((s) => s.id));
  let transitions = def.transitions;
  for (const clock of def.clocks.filter((c) => clockIds.includes(c.id))) {
    const running = [...runningSteps(def, clock)].filter((s) => !terminal.has(s));
    transitions = transitions.map((t) =>
      clock.stopOn.includes(t.name) && t.stays ? { ...t, from: [...new Set([...fromSteps(t.from), ...running])] } : t,
    );
  }
  return { ...def, transitions };
}

/** Attach step actions to the steps of a composed definition (a step named that does not exist is a bug). */
export function withActions(def: PathwayDefinition, actions: Record<string, Action[]>): PathwayDefinition {
  for (const step of Object.keys(actions))
    if (!def.steps.some((s) => s.id === step)) throw new Error(`${def.id}: no step "${step}" for actions`);
  return {
    ...def,
    steps: def.steps.map((s) =>
      actions[s.id] ? { ...s, actions: [...(s.actions ?? []), ...(actions[s.id] ?? [])] } : s,
    ),
  };
}
