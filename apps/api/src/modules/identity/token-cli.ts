/**
 * `pnpm token:create`: a platform admin creates an API token for an integration from the
 * command line, against the configured database (WAYMARK_DATA_DIR or DATABASE_URL), the same
 * way `apiTokenCreate` does over GraphQL: checked, audited as the admin, the secret shown once.
 *
 *   pnpm -s token:create --as platform.admin@waymark.example --email caseworker.coventry@waymark.example \
 *     --name "Housing portal" --scopes READ,WRITE --expires-in-days 30 [--organisation <slug>]
 *
 * The token alone goes to stdout (so `TOKEN=$(pnpm -s token:create ...)` works); everything else
 * to stderr. Prints no personal data besides what the operator typed.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config.ts';
import { closeDatabase, DatabaseStartError, openDatabase, prisma } from '../../db/client.ts';
import { MigrationStateError } from '../../db/migrations.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { ApiTokenScope } from '../../generated/prisma/enums.ts';
import { issueApiToken, MAX_TOKEN_DAYS } from './api-tokens.service.ts';
import { loadViewer } from './viewer.ts';

const SCOPES: readonly ApiTokenScope[] = ['READ', 'WRITE'];
const USAGE = `Usage: pnpm token:create --as <platform admin email> --email <person's email> --name <what it is for>
         --scopes READ[,WRITE] --expires-in-days <1-${MAX_TOKEN_DAYS}> [--organisation <organisation slug>]`;

class UsageError extends Error {}

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      as: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      scopes: { type: 'string' },
      'expires-in-days': { type: 'string' },
      organisation: { type: 'string' },
    },
    strict: true,
  });
  const missing = ['as', 'email', 'name', 'scopes', 'expires-in-days'].filter(
    (key) => !values[key as keyof typeof values],
  );
  if (missing.length) throw new UsageError(`missing ${missing.map((m) => `--${m}`).join(', ')}`);
  const scopes = values.scopes!.split(',').map((s) => s.trim().toUpperCase());
  const unknown = scopes.filter((s) => !SCOPES.includes(s as ApiTokenScope));
  if (unknown.length) throw new UsageError(`--scopes takes ${SCOPES.join(', ')} (comma-separated)`);
  const days = Number(values['expires-in-days']);
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)
    throw new UsageError(`--expires-in-days takes a whole number from 1 to ${MAX_TOKEN_DAYS}`);
  return {
    admin: values.as!.trim().toLowerCase(),
    email: values.email!.trim().toLowerCase(),
    name: values.name!,
    scopes: scopes as ApiTokenScope[],
    days,
    organisationSlug: values.organisation,
  };
}

async function createToken(args: ReturnType<typeof parse>) {
  // Same rule as the mutation: only a platform admin issues tokens, and the audit trail says which.
  const admin = await prisma.person.findUnique({ where: { email: args.admin }, select: { id: true } });
  const viewer = admin && (await loadViewer(admin.id, null, { kind: 'session', id: null, scopes: null }));
  if (!viewer || !viewer.roles.includes('PLATFORM_ADMIN'))
    throw new UsageError('--as must name a platform admin (role PLATFORM_ADMIN in their first organisation)');

  // No credential: access to the database is what let the operator in; the audit row's
  // request id (cli-...) says the token came from here rather than from the API.
  const actor = { ...viewer, credential: undefined };

  const person = await prisma.person.findUnique({ where: { email: args.email }, select: { id: true } });
  if (!person) throw new UsageError('--email names nobody in this database');
  let organisationId: string | null = null;
  if (args.organisationSlug) {
    const organisation = await prisma.organisation.findUnique({
      where: { slug: args.organisationSlug },
      select: { id: true },
    });
    if (!organisation) throw new UsageError('--organisation names no organisation in this database');
    organisationId = organisation.id;
  }
  return issueApiToken(
    {
      personId: person.id,
      organisationId,
      name: args.name,
      scopes: args.scopes,
      expiresAt: new Date(Date.now() + args.days * 86_400_000),
    },
    actor,
    `cli-${randomUUID()}`,
  );
}

try {
  const args = parse(process.argv.slice(2));
  const config = loadConfig();
  await openDatabase(config.database, { migrate: false });
  try {
    const { token, apiToken } = await createToken(args);
    console.error(
      `API token "${apiToken.name}" created (scopes ${apiToken.scopes.join(', ')}; expires ${apiToken.expiresAt.toISOString()}).` +
        '\nIt is shown once, below; send it as  Authorization: Bearer <token>',
    );
    console.log(token);
  } finally {
    await closeDatabase();
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`waymark: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof ValidationError) {
    console.error(`waymark: ${error.fieldErrors.map((f) => `${f.path.join('.')} ${f.message}`).join('; ')}`);
    process.exit(2);
  }
  if (error instanceof NotFoundError) {
    console.error('waymark: that person is not a member of that organisation');
    process.exit(2);
  }
  if (error instanceof ConfigError || error instanceof DatabaseStartError || error instanceof MigrationStateError) {
    console.error(`waymark: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
