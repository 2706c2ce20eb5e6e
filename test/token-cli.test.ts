/**
 * `pnpm token:create` as an operator runs it against the configured database: an organisation
 * admin gets a token that acts as one of its integrations (created with --roles when new),
 * audited as the admin; anyone else gets a usage error and no token. There is no way to name a
 * person for the token to act as.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeDatabase, openDatabase, prisma } from '../apps/api/src/db/client.ts';
import { resolveApiToken } from '../apps/api/src/modules/identity/api-tokens.service.ts';
import { sha256 } from '../apps/api/src/modules/identity/secrets.ts';
import { people } from './support/api.ts';
import { copyTemplate, type DatabaseCopy } from './support/test-database.ts';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'apps/api/src/modules/identity/token-cli.ts');

let env: Record<string, string>;
let dataDir: string | undefined;
let copy: DatabaseCopy | undefined;

/** Opens the CLI's database in this process (for assertions), runs `work`, closes it again. */
async function inDatabase<T>(work: () => Promise<T>): Promise<T> {
  await openDatabase(
    env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: dataDir! },
  );
  try {
    return await work();
  } finally {
    await closeDatabase();
  }
}

beforeAll(async () => {
  const template = inject('template');
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', NODE_ENV: 'test' };
  if (template.kind === 'pglite') {
    // The seeded template, unpacked into a data directory the CLI opens as WAYMARK_DATA_DIR.
    dataDir = await mkdtemp(path.join(tmpdir(), 'waymark-token-cli-'));
    await openDatabase({ dataDir, loadDataDir: new Blob([await readFile(template.tarball)]) });
    await closeDatabase();
    env = { ...base, WAYMARK_DATA_DIR: dataDir };
  } else {
    copy = await copyTemplate(template);
    env = { ...base, DATABASE_URL: (copy.source as { url: string }).url };
  }
}, 60_000);
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  await copy?.drop();
});

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

// Each test starts the CLI (tsx) once or twice: a few seconds each, more on a busy machine.
describe('pnpm token:create', { timeout: 120_000 }, () => {
  it('prints a token, alone on stdout, that acts as the integration with the scopes asked for; audited as the admin', async () => {
    const result = await run([
      ...['--as', people.coventryOrgAdmin, '--integration', 'Housing portal', '--roles', 'CASEWORKER'],
      ...['--name', 'Production', '--scopes', 'READ,WRITE', '--expires-in-days', '30'],
    ]);
    expect(result.code, result.stderr).toBe(0);
    const token = result.stdout.trim();
    expect(token).toMatch(/^wmk_\S+$/);
    expect(result.stderr).toContain('shown once');

    await inDatabase(async () => {
      const viewer = await resolveApiToken(token);
      expect(viewer?.roles).toEqual(['CASEWORKER']);
      expect(viewer?.integration?.name).toBe('Housing portal');
      expect(viewer?.credential?.scopes).toEqual(['READ', 'WRITE']);
      const row = await prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: sha256(token) } });
      const admin = await prisma.person.findUniqueOrThrow({ where: { email: people.coventryOrgAdmin } });
      expect(row.createdById).toBe(admin.id);
      const audit = await prisma.auditEvent.findFirstOrThrow({
        where: { action: 'apiToken.create', entityId: row.id },
      });
      expect(audit.actorId).toBe(admin.id);
      expect(audit.requestId).toMatch(/^cli-/);
      // 30 days from the moment it was created (the row's own clock, not this test's).
      expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(29.9 * 86_400_000);
      expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(30 * 86_400_000);
    });
  });

  it('refuses someone who is not an admin of the organisation, and creates nothing', async () => {
    const before = await inDatabase(() => prisma.apiToken.count());
    const result = await run([
      ...['--as', people.coventryLead, '--integration', 'Housing portal', '--roles', 'CASEWORKER'],
      ...['--name', 'x', '--scopes', 'READ', '--expires-in-days', '30'],
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--as must name an admin of the organisation');
    expect(await inDatabase(() => prisma.apiToken.count())).toBe(before);
  });

  it('explains a wrong scope or expiry with the usage line', async () => {
    const badScope = await run([
      ...['--as', people.coventryOrgAdmin, '--integration', 'Housing portal'],
      ...['--name', 'x', '--scopes', 'ADMIN', '--expires-in-days', '30'],
    ]);
    expect(badScope.code).toBe(2);
    expect(badScope.stderr).toContain('--scopes takes READ, WRITE');
    expect(badScope.stderr).not.toContain('ADMIN');
    const tooLong = await run([
      ...['--as', people.coventryOrgAdmin, '--integration', 'Housing portal'],
      ...['--name', 'x', '--scopes', 'READ', '--expires-in-days', '400'],
    ]);
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toContain('--expires-in-days takes a whole number from 1 to 366');
  });
});
