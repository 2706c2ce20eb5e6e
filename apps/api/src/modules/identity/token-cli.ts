/**
 * `pnpm token:create`: an organisation admin (or a platform admin) creates an API token for one
 * of an organisation's integrations from the command line, against the configured database
 * (WAYMARK_DATA_DIR or DATABASE_URL), the same way `integrationCreate` and `apiTokenCreate` do
 * over GraphQL: checked, audited as the admin, the secret shown once. The token acts as the
 * integration, never as a person.
 *
 *   pnpm -s token:create --as admin.coventry@waymark.example --integration "Housing portal" \
 *     --roles CASEWORKER --name Production --scopes READ,WRITE --expires-in-days 30 [--organisation <slug>]
 *
 * `--roles` creates the integration when the organisation has none of that name (an existing
 * one keeps its roles). The token alone goes to stdout (so `TOKEN=$(pnpm -s token:create ...)`
 * works); everything else to stderr. Prints no personal data besides what the operator typed.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config.ts';
import { closeDatabase, DatabaseStartError, openDatabase, prisma } from '../../db/client.ts';
import { MigrationStateError } from '../../db/migrations.ts';
import { DomainError, ValidationError } from '../../errors.ts';
import { ApiTokenScope as ScopeValues, Role as RoleValues } from '../../generated/prisma/enums.ts';
import type { ApiTokenScope, Role } from '../../generated/prisma/enums.ts';
import { managesOrganisation } from '../people/people-access.ts';
import { issueIntegrationToken, MAX_TOKEN_DAYS } from './api-tokens.service.ts';
import { createIntegration } from './integration-create.ts';
import { loadViewer } from './viewer.ts';

const SCOPES = Object.values(ScopeValues);
const ROLES = Object.values(RoleValues);
const USAGE = `Usage: pnpm token:create --as <admin email> --integration <integration name> --name <what the token is for>
         --scopes READ[,WRITE] --expires-in-days <1-${MAX_TOKEN_DAYS}> [--roles <roles, to create the integration>]
         [--organisation <organisation slug, default: the admin's own>]`;

class UsageError extends Error {}

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      as: { type: 'string' },
      integration: { type: 'string' },
      roles: { type: 'string' },
      name: { type: 'string' },
      scopes: { type: 'string' },
      'expires-in-days': { type: 'string' },
      organisation: { type: 'string' },
    },
    strict: true,
  });
  const missing = ['as', 'integration', 'name', 'scopes', 'expires-in-days'].filter(
    (key) => !values[key as keyof typeof values],
  );
  if (missing.length) throw new UsageError(`missing ${missing.map((m) => `--${m}`).join(', ')}`);
  const scopes = values.scopes!.split(',').map((s) => s.trim().toUpperCase());
  const unknown = scopes.filter((s) => !SCOPES.includes(s as ApiTokenScope));
  if (unknown.length) throw new UsageError(`--scopes takes ${SCOPES.join(', ')} (comma-separated)`);
  const days = Number(values['expires-in-days']);
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)
    throw new UsageError(`--expires-in-days takes a whole number from 1 to ${MAX_TOKEN_DAYS}`);
  const roles = values.roles ? values.roles.split(',').map((r) => r.trim().toUpperCase()) : [];
  if (roles.some((r) => !ROLES.includes(r as Role)))
    throw new UsageError('--roles takes LEAD, CASEWORKER, PARTNER_WORKER (comma-separated)');
  return {
    admin: values.as!.trim().toLowerCase(),
    integration: values.integration!.trim(),
    roles: roles as Role[],
    name: values.name!,
    scopes: scopes as ApiTokenScope[],
    days,
    organisationSlug: values.organisation,
  };
}

async function createToken(args: ReturnType<typeof parse>) {
  // Same rule as the mutations: the organisation's admins or a platform admin, and the audit trail says which.
  const admin = await prisma.person.findUnique({ where: { email: args.admin }, select: { id: true } });
  const viewer = admin && (await loadViewer(admin.id, null, { kind: 'session', id: null, scopes: null }));
  let organisationId = viewer?.organisation.id;
  if (args.organisationSlug) {
    const organisation = await prisma.organisation.findUnique({
      where: { slug: args.organisationSlug },
      select: { id: true },
    });
    if (!organisation) throw new UsageError('--organisation names no organisation in this database');
    organisationId = organisation.id;
  }
  if (!viewer || !organisationId || !managesOrganisation(viewer, organisationId))
    throw new UsageError('--as must name an admin of the organisation (ORG_ADMIN there, or PLATFORM_ADMIN)');

  // No credential: access to the database is what let the operator in; the audit row's
  // request id (cli-...) says the token came from here rather than from the API.
  const request = { viewer: { ...viewer, credential: undefined }, requestId: `cli-${randomUUID()}` };
  const existing = await prisma.integration.findFirst({
    where: { organisationId, name: args.integration },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  let integrationId = existing?.id;
  if (!integrationId) {
    if (args.roles.length === 0)
      throw new UsageError('the organisation has no integration of that name: add --roles to create it');
    integrationId = (await createIntegration({ name: args.integration, roles: args.roles, organisationId }, request))
      .id;
  }
  return issueIntegrationToken(
    {
      integrationId,
      name: args.name,
      scopes: args.scopes,
      expiresAt: new Date(Date.now() + args.days * 86_400_000),
    },
    request.viewer,
    request.requestId,
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
  if (error instanceof DomainError) {
    console.error(`waymark: ${error.message}`);
    process.exit(2);
  }
  if (error instanceof ConfigError || error instanceof DatabaseStartError || error instanceof MigrationStateError) {
    console.error(`waymark: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
