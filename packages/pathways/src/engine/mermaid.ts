// A Mermaid flowchart of a definition, for the docs and the admin UI. Built
// from the same data the engine enforces, so the picture cannot drift from
// the rules.
import { fromSteps } from '../definition/static-checks';
import type { PathwayDefinition } from '../definition/schema';

const text = (s: string) =>
  s
    .replace(/"/g, '#quot;')
    .replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'))
    .replace(/\n/g, ' ');

export function toMermaid(definition: PathwayDefinition): string {
  const lines = ['flowchart TD', `  %% ${definition.id} v${definition.version}: ${text(definition.title)}`];
  for (const step of definition.steps) {
    const label = `"${text(step.title)}<br/><small>${text(step.source.section)}</small>"`;
    lines.push(step.terminal ? `  ${step.id}([${label}])` : `  ${step.id}[${label}]`);
  }
  const clocksByEvent = new Map<string, string[]>();
  for (const c of definition.clocks) {
    for (const e of c.startOn) clocksByEvent.set(e, [...(clocksByEvent.get(e) ?? []), `starts ${c.label}`]);
  }
  for (const t of definition.transitions) {
    const marks = [t.allow.firstResponderOnly ? 'First Responder' : '', ...(clocksByEvent.get(t.name) ?? [])].filter(
      Boolean,
    );
    const label = text(marks.length > 0 ? `${t.label} (${marks.join('; ')})` : t.label);
    for (const from of fromSteps(t.from)) {
      // Stay-actions draw as dotted loops: something recorded without moving on.
      lines.push(t.to === undefined ? `  ${from} -.->|"${label}"| ${from}` : `  ${from} -->|"${label}"| ${t.to}`);
    }
  }
  const start = definition.steps.find((s) => s.id === definition.start);
  if (start) lines.push(`  classDef start stroke-width:3px`, `  class ${start.id} start`);
  const handOffs = definition.steps.filter((s) => s.handOff).map((s) => s.id);
  if (handOffs.length > 0)
    lines.push('  classDef handOff stroke-dasharray:4 2', `  class ${handOffs.join(',')} handOff`);
  return `${lines.join('\n')}\n`;
}
