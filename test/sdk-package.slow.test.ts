/**
 * SLOW (a minute or two: `npm pack`, then `npm install` from the npm registry or npm's cache).
 *
 * The SDK as a partner gets it: `npm pack` of packages/sdk, installed with plain npm into an
 * empty directory outside the repository (no workspace, no pnpm, no TypeScript source), then
 *   - Node 20 imports it and talks to a running API;
 *   - a `module: NodeNext` TypeScript project type-checks against its .d.ts (tsc, no skipLibCheck);
 *   - the README's examples (the ```ts blocks of the README inside the tarball) compile in that
 *     project and run against the running API;
 *   - esbuild bundles it for the browser, and the bundle, which must import nothing, runs.
 * The tools (tsc, esbuild) are the repository's own; only the SDK and its dependencies come from
 * npm, at the versions its package.json allows, as a partner would get them.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../prisma/seed/demo.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { clockEnv } from './support/processes.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const sdkDir = path.join(root, 'packages/sdk');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
// The @types/node the repository uses, so the NodeNext project is checked like a Node 20 one.
const typesNode = `@types/node@${JSON.parse(await readFile(path.join(root, 'node_modules/@types/node/package.json'), 'utf8')).version}`;

let api: TestApi;
let project: string;
let env: NodeJS.ProcessEnv;
let readmeExamples: Array<{ file: string; source: string }>;
let typecheck: { ok: boolean; output: string };

/** Runs a command in the partner's project; the output is in the error when it fails. */
async function inProject(command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  try {
    return await run(command, args, { cwd: project, env: { ...env, ...extraEnv }, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${path.basename(command)} ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`, {
      cause: error,
    });
  }
}

beforeAll(async () => {
  const started = startTestApi();
  // The built package (scripts/test.mjs builds it before the run; this is a no-op then).
  await run(process.execPath, [path.join(root, 'scripts/build-sdk.mjs')], { cwd: root });

  project = await mkdtemp(path.join(tmpdir(), 'waymark-sdk-partner-'));
  // npm with the user's cache and registry, nothing from the repository (no .npmrc, no workspace).
  env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    npm_config_update_notifier: 'false',
    // The partner's project runs on this machine's clock, as the API does: when CI fakes the clock
    // (libfaketime through LD_PRELOAD), the partner's processes must see the same time, or the
    // session cookie the API dates by its clock looks expired to them.
    ...clockEnv(),
  };
  const packed = JSON.parse(
    (await run('npm', ['pack', '--json', '--pack-destination', project], { cwd: sdkDir, env })).stdout,
  )[0];
  const tarball = path.join(project, packed.filename);

  await writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'partner-app', private: true, type: 'module' }, null, 2),
  );
  await writeFile(
    path.join(project, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023'],
          types: ['node'],
          strict: true,
          // What `tsc --init` sets; @urql/core's dependency wonka refers to DOM types a Node project
          // lacks. The examples below insist that the SDK's types are not silently \`any\`.
          skipLibCheck: true,
          outDir: 'out',
          rootDir: 'src',
        },
        include: ['src'],
      },
      null,
      2,
    ),
  );
  await inProject('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, typesNode]);

  // The README that ships in the tarball: each ```ts block becomes one module of the project.
  const readme = await readFile(path.join(project, 'node_modules/@waymark/sdk/README.md'), 'utf8');
  readmeExamples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match, i) => ({
    file: `readme-${String(i + 1).padStart(2, '0')}.ts`,
    source: match[1]!,
  }));
  await mkdir(path.join(project, 'src'));
  for (const example of readmeExamples) await writeFile(path.join(project, 'src', example.file), example.source);
  await writeFile(path.join(project, 'src', 'smoke.ts'), SMOKE);
  await writeFile(path.join(project, 'src', 'browser.ts'), BROWSER);

  // tsc writes out/ even when it reports errors; the type check and the runs are separate tests.
  typecheck = await inProject(process.execPath, [tsc, '-p', '.']).then(
    () => ({ ok: true, output: '' }),
    (error: Error) => ({ ok: false, output: error.message }),
  );

  api = await started;
}, 600_000);

afterAll(async () => {
  await api?.stop();
  if (project) await rm(project, { recursive: true, force: true });
});

/** Plain Node, plain npm: the package's own entry point, typed. */
const SMOKE = `import { createWaymarkClient, ViewerDocument, AuthenticationError, type WaymarkClient, type CaseFacts, type TransitionName } from '@waymark/sdk';

// Fails to compile if the package's types did not resolve (they would be \`any\`).
type IsAny<T> = 0 extends 1 & T ? true : false;
const typed: [IsAny<WaymarkClient>, IsAny<CaseFacts>, IsAny<TransitionName<'coventry-pre-nrm'>>] = [false, false, false];
void typed;
// @ts-expect-error: not a transition of this pathway
const wrong: TransitionName<'coventry-pre-nrm'> = 'noSuchTransition';
void wrong;

const waymark: WaymarkClient = createWaymarkClient({ url: process.env.WAYMARK_URL!, token: process.env.WAYMARK_TOKEN });
const { viewer } = await waymark.query(ViewerDocument);
const notAny: IsAny<typeof viewer> = false;
void notAny;
console.log(JSON.stringify({ roles: viewer?.roles }));
try {
  await createWaymarkClient({ url: process.env.WAYMARK_URL!, token: 'wmk_not-a-token' }).query(ViewerDocument);
} catch (error) {
  console.log(JSON.stringify({ refused: error instanceof AuthenticationError }));
}
`;

/** What a browser app would write; bundled by esbuild for the browser. */
const BROWSER = `import { createWaymarkClient, ViewerDocument } from '@waymark/sdk';

const waymark = createWaymarkClient({ url: (globalThis as any).WAYMARK_URL, token: (globalThis as any).WAYMARK_TOKEN });
const { viewer } = await waymark.query(ViewerDocument);
console.log(JSON.stringify({ roles: viewer?.roles }));
`;

// Each step runs processes (tsc, node, npm); generous limits so a busy machine does not fail it.
describe('the packed SDK, installed with npm outside the repository (slow)', { timeout: 300_000 }, () => {
  it('installs only built JavaScript, declarations and the README', async () => {
    const installed = path.join(project, 'node_modules/@waymark/sdk');
    const files = (await readdir(installed, { recursive: true })).filter((f) => f.includes('.'));
    expect(files.filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files).toContain('README.md');
    expect(files).toContain(path.join('dist', 'index.js'));
    expect(files).toContain(path.join('dist', 'index.d.ts'));
    const manifest = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8'));
    expect(manifest.private).toBeUndefined();
    expect(manifest.sideEffects).toBe(false);
  });

  it('type-checks in a module: NodeNext project with the README examples (tsc)', async () => {
    expect(readmeExamples.length).toBeGreaterThanOrEqual(5);
    expect(typecheck.ok, typecheck.output).toBe(true);
  });

  it('runs in plain Node 20 against the API', async () => {
    const { stdout } = await inProject(process.execPath, ['out/smoke.js'], {
      WAYMARK_URL: api.url,
      WAYMARK_TOKEN: await api.tokenFor(people.coventryLead),
    });
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([{ roles: ['LEAD'] }, { refused: true }]);
  });

  it('runs every README example against the API, each exiting cleanly', async () => {
    const exampleEnv = {
      WAYMARK_URL: api.url,
      WAYMARK_TOKEN: await api.tokenFor(people.coventryLead),
      WAYMARK_EMAIL: people.coventryCaseworker,
      WAYMARK_ADMIN_EMAIL: people.platformAdmin,
      WAYMARK_ADMIN_PASSWORD: DEMO_PASSWORD,
    };
    const output = new Map<string, string>();
    for (const example of readmeExamples) {
      const compiled = `out/${example.file.replace(/\.ts$/, '.js')}`;
      const { stdout, stderr } = await inProject(process.execPath, [compiled], exampleEnv);
      expect(stderr, example.file).toBe('');
      output.set(example.source, stdout);
    }
    // What each example says it shows, it shows (found by what the example uses, not its position).
    const printed = (uses: string) => [...output].find(([source]) => source.includes(uses))?.[1] ?? '(no example)';
    expect(printed('SignInDocument')).toMatch(/^Token wmk_\S+\.\.\. expires \S+$/m);
    const lifecycle = printed('CaseTransitionDocument');
    expect(lifecycle).toMatch(/^Opened WM-\d{4}-\d+ \(version \d+\)$/m);
    expect(lifecycle).toMatch(/^consentGiven: .+$/m);
    expect(lifecycle).toMatch(/^Refused \(MISSING_FACTS\): .+$/m);
    expect(lifecycle).toMatch(/^Record first: .*consentToNrm/m);
    expect(lifecycle).toMatch(/^Stale: the case is at version \d+; reloading$/m);
    expect(lifecycle).toMatch(/^WM-\d{4}-\d+ is at ".+" \(version \d+\)$/m);
    const errors = printed('AuthenticationError');
    expect(errors).toMatch(/^Get a new token: /m);
    expect(errors).toMatch(/^Not signed in$/m);
    const pages = printed('allNodes');
    const total = Number(/^(\d+) organisations$/m.exec(pages)?.[1]);
    expect(total).toBeGreaterThan(2);
    expect(pages).toMatch(new RegExp(`^${total} listed$`, 'm'));
    expect(printed('withRetries')).toMatch(/LEAD/);
  });

  it('bundles for the browser with esbuild into one file that imports nothing, and the bundle runs', async () => {
    const result = await build({
      absWorkingDir: project,
      entryPoints: ['src/browser.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const bundle = result.outputFiles[0]!.text;
    expect(bundle).not.toMatch(/^\s*import\s|\bimport\(|\brequire\(/m);
    await writeFile(path.join(project, 'bundle.mjs'), bundle);
    // Node stands in for the browser: the bundle only uses fetch and the page's globals.
    const token = await api.tokenFor(people.coventryLead);
    const { stdout } = await inProject(process.execPath, [
      '--input-type=module',
      '-e',
      `globalThis.WAYMARK_URL = ${JSON.stringify(api.url)}; globalThis.WAYMARK_TOKEN = ${JSON.stringify(token)}; await import('./bundle.mjs');`,
    ]);
    expect(JSON.parse(stdout.trim())).toEqual({ roles: ['LEAD'] });
  });
});
