#!/usr/bin/env node
// `pnpm start`: Waymark's API and admin UI on the embedded database (or DATABASE_URL).
//   API       http://127.0.0.1:${PORT:-4000}/graphql
//   admin UI  http://127.0.0.1:${ADMIN_PORT:-5173}/
// Builds what is stale first (API bundle, admin UI), so the second start skips straight to
// running. `pnpm dev` runs the same with file watching (tsx watch + Vite dev server).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureSdkBuilt } from './build-sdk.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dev = process.argv.includes('--dev');
const apiPort = process.env.PORT ?? '4000';
const adminPort = process.env.ADMIN_PORT ?? '5173';

/** Newest modification time under the given paths (files or directories), skipping generated output. */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules' && entry !== 'dist') visit(path.join(p, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach((p) => visit(path.join(root, p)));
  return latest;
}

function builtAt(file) {
  const full = path.join(root, file);
  return existsSync(full) ? statSync(full).mtimeMs : 0;
}

function run(step, command, args, cwd = root) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`waymark: ${step} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

if (!existsSync(path.join(root, 'apps/api/src/generated/prisma/client.ts'))) {
  run('Generated the Prisma client', process.execPath, [path.join(root, 'scripts/prisma-generate.mjs')]);
}

// The admin UI (Vite) imports the built SDK.
if (!ensureSdkBuilt()) {
  console.error('waymark: building the SDK failed');
  process.exit(1);
}

const children = [];
function stopAll(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 200).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

function start(name, command, args, env = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) console.error(`waymark: the ${name} stopped (exit ${code})`);
    stopAll(code ?? 0);
  });
  children.push(child);
}

const vite = path.join(root, 'apps/admin/node_modules/vite/bin/vite.js');
const adminUrl = `http://127.0.0.1:${adminPort}/`;
const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;

if (dev) {
  start('API', process.execPath, ['--import', 'tsx', '--watch', 'apps/api/src/main.ts'], { NODE_ENV: 'development' });
  start('admin UI', process.execPath, [vite, '--port', adminPort, '--strictPort', '--host', '127.0.0.1'], {
    API_PORT: apiPort,
  });
} else {
  if (
    newest(['apps/api/src', 'prisma/seed', 'prisma/migrations', 'packages/pathways/src']) >
    builtAt('apps/api/dist/main.mjs')
  ) {
    run('Built the API', process.execPath, [path.join(root, 'scripts/build-api.mjs')]);
  }
  if (
    newest([
      'apps/admin/src',
      'apps/admin/public',
      'apps/admin/index.html',
      'apps/admin/vite.config.ts',
      'apps/admin/package.json',
      'packages/sdk/src',
      'prisma/seed/demo.ts',
    ]) > builtAt('apps/admin/dist/index.html')
  ) {
    run('Built the admin UI', process.execPath, [vite, 'build', '--logLevel', 'warn'], path.join(root, 'apps/admin'));
  }
  start('API', process.execPath, ['--enable-source-maps', 'apps/api/dist/main.mjs']);
  start('admin UI', process.execPath, ['apps/admin/serve.mjs'], {
    ADMIN_PORT: adminPort,
    API_URL: `http://127.0.0.1:${apiPort}`,
  });
}

console.log(`
  Waymark is starting; a line below says when both the API and the admin UI answer (${process.env.DATABASE_URL ? 'PostgreSQL from DATABASE_URL' : `embedded database in ${process.env.WAYMARK_DATA_DIR ?? '.waymark/data'}`})
    GraphQL API  ${apiUrl}
    Admin UI     ${adminUrl}
  Sign in to the admin UI with a demo person's email and the demo password  waymark-demo
  (demo data is loaded unless WAYMARK_SEED_DEMO=false; never in production unless asked for):
    platform.admin@waymark.example         platform admin (creates API tokens: apiTokenCreate)
    directory.admin@waymark.example        directory admin
    lead.coventry@waymark.example          Modern Slavery lead, Coventry City Council
    caseworker.coventry@waymark.example    caseworker, Coventry City Council
    partner.salvationarmy@waymark.example  partner worker, The Salvation Army
    auditor@waymark.example                auditor, Coventry Modern Slavery Partnership
  API clients send  Authorization: Bearer <API token>  (a platform admin creates one with
  the apiTokenCreate mutation, or an operator with  pnpm -s token:create ...; shown once).
  (all demo people: prisma/seed/demo.ts). Ctrl-C stops both.
`);

/** Resolves when the URL answers 200; a refused connection or another status means "not yet". */
async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

// Ready means a person can use it: the API's database is open (/readyz) and the admin UI
// serves its page. Until then the admin UI (if up) shows its own "starting" page.
const readyStarted = Date.now();
for (;;) {
  const [api, admin] = await Promise.all([answers(`http://127.0.0.1:${apiPort}/readyz`), answers(adminUrl)]);
  if (api && admin) break;
  if (children.every((child) => child.exitCode !== null)) break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
if (children.some((child) => child.exitCode === null))
  console.log(`  Waymark is ready (${((Date.now() - readyStarted) / 1000).toFixed(1)} s): open ${adminUrl}`);
