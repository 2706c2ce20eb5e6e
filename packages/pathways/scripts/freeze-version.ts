// Freezes the current version of a pathway as data before its definition changes:
//   node --import tsx packages/pathways/scripts/freeze-version.ts <pathway-id> [...]
// writes src/pathways/versions/<id>.v<N>.ts (the definition as it is now, plain data) and
// rewrites versions/index.ts, which registers every frozen file. Then bump `version` in the
// definition and change it: running tracks keep the frozen rules, new tracks get the new ones.
// Written as a script because a frozen copy typed by hand can drift from what tracks ran on.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { latestVersions } from '../src/pathways/index';

const versionsDir = join(dirname(fileURLToPath(import.meta.url)), '../src/pathways/versions');

const exportName = (id: string, version: number): string =>
  id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()) + `V${version}`;

function freeze(id: string): string {
  const current = latestVersions().find((p) => p.id === id);
  if (!current) throw new Error(`no pathway with id ${id}`);
  const path = join(versionsDir, `${id}.v${current.version}.ts`);
  if (existsSync(path)) throw new Error(`${id} v${current.version} is already frozen: bump its version first`);
  writeFileSync(
    path,
    [
      `// ${id} version ${current.version}, frozen as it was when the next version replaced it: tracks that`,
      '// started on it keep these rules (a running track never changes version). Never edit.',
      '// Written by packages/pathways/scripts/freeze-version.ts.',
      "import { definePathway } from '../../definition/load';",
      "import type { PathwayDefinition } from '../../definition/schema';",
      '',
      `const definition: PathwayDefinition = ${JSON.stringify(current, null, 2)};`,
      '',
      `export const ${exportName(id, current.version)} = definePathway(definition);`,
      '',
    ].join('\n'),
  );
  return path;
}

/** versions/index.ts lists every frozen file, so freezing never needs a hand edit elsewhere. */
function writeIndex(): string {
  const files = readdirSync(versionsDir)
    .map((f) => /^(.+)\.v(\d+)\.ts$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[1]!, version: Number(m[2]), module: m[0].replace(/\.ts$/, '') }))
    .sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
  const path = join(versionsDir, 'index.ts');
  writeFileSync(
    path,
    [
      '// Every frozen pathway version. Written by packages/pathways/scripts/freeze-version.ts: do not edit.',
      "import type { PathwayDefinition } from '../../definition/schema';",
      ...files.map((f) => `import { ${exportName(f.id, f.version)} } from './${f.module}';`),
      '',
      'export const frozenVersions: readonly PathwayDefinition[] = [',
      ...files.map((f) => `  ${exportName(f.id, f.version)},`),
      '];',
      '',
    ].join('\n'),
  );
  return path;
}

const ids = process.argv.slice(2);
const written = ids.map(freeze);
written.push(writeIndex());
execFileSync('npx', ['prettier', '--write', '--log-level', 'warn', ...written], { stdio: 'inherit' });
for (const p of written) console.log(`wrote ${p}`);
