/**
 * Starts the real API (express + Apollo) on a free 127.0.0.1 port over this file's private
 * copy of the template database, and hands out SDK clients signed in as seeded people: the
 * tests use Waymark the way a partner's code does.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWaymarkClient, type WaymarkClient } from '@waymark/sdk';
import { inject } from 'vitest';
import { closeDatabase, openDatabase, prisma } from '../../apps/api/src/db/client.ts';
import { issueApiToken } from '../../apps/api/src/modules/identity/api-tokens.service.ts';
import { createServer, listen, type ServerConfig } from '../../apps/api/src/server.ts';
import { logger } from '../../apps/api/src/logger.ts';
import { canaryWatch } from './canaries.ts';
import { copyTemplate } from './test-database.ts';

export interface TestApi {
  url: string;
  /**
   * An SDK client signed in as the seeded person with this email: it carries a real API token
   * (READ and WRITE, valid for a day) issued for them on first use.
   */
  as(email: string): WaymarkClient;
  /** A client with no credentials. */
  anonymous(): WaymarkClient;
  /** A READ+WRITE API token for the person (what `as` sends), for tests that call fetch themselves. */
  tokenFor(email: string): Promise<string>;
  /** Direct database access, for assertions only (row counts, raw checks). */
  prisma: typeof prisma;
  /** The test database's URL on PostgreSQL (for a second process on the same data); null on PGlite. */
  databaseUrl: string | null;
  stop(): Promise<void>;
}

export const people = {
  coventryLead: 'lead.coventry@waymark.example',
  coventryCaseworker: 'caseworker.coventry@waymark.example',
  bexleyLead: 'lead.bexley@waymark.example',
  hertsCaseworker: 'caseworker.herts@waymark.example',
  salvationArmyPartner: 'partner.salvationarmy@waymark.example',
  auditor: 'auditor@waymark.example',
  directoryAdmin: 'directory.admin@waymark.example',
  platformAdmin: 'platform.admin@waymark.example',
  coventryOrgAdmin: 'admin.coventry@waymark.example',
  adavuCaseworker: 'caseworker.adavu@waymark.example',
  bexleyOversight: 'oversight.bexley@waymark.example',
  coventryOversight: 'oversight.coventry@waymark.example',
} as const;

export type TestApiOptions = Partial<Omit<ServerConfig, 'env' | 'corsOrigins'>> & {
  /** Count SQL statements in `statementCounter` (query-cost tests). */
  countStatements?: boolean;
};

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const { countStatements = false, ...serverOptions } = options;
  const copy = await copyTemplate(inject('template'));
  await openDatabase(copy.source, { countStatements });
  // Budgets far above what a test file sends; the abuse tests start their own tight server.
  const canaries = inject('canaries');
  // Log at info into the run's log file, so the canary check reads real log lines.
  if (process.env.WAYMARK_LOG_FILE) logger.level = 'info';
  const server = await createServer({
    env: 'test',
    corsOrigins: [],
    rateLimit: { perMinuteIp: 100_000, perMinuteCredential: 100_000 },
    ...serverOptions,
    plugins: [canaryWatch(canaries), ...(options.plugins ?? [])],
  });
  const http: Server = await listen(server.app, '127.0.0.1', 0);
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;

  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (email: string) => {
    let token = tokens.get(email);
    if (!token) {
      token = (async () => {
        const person = await prisma.person.findUnique({ where: { email }, select: { id: true } });
        if (!person) throw new Error(`no seeded person ${email}`);
        const issued = await issueApiToken({
          personId: person.id,
          name: 'test',
          scopes: ['READ', 'WRITE'],
          expiresAt: new Date(Date.now() + 86_400_000),
        });
        return issued.token;
      })();
      tokens.set(email, token);
    }
    return token;
  };

  return {
    url,
    // The client is made at once (callers expect it synchronously); the token is fetched on
    // the first request and added to every request's headers.
    as: (email) =>
      createWaymarkClient({
        url,
        fetch: async (input, init) => {
          const headers = new Headers(init?.headers);
          headers.set('authorization', `Bearer ${await tokenFor(email)}`);
          return fetch(input, { ...init, headers });
        },
      }),
    anonymous: () => createWaymarkClient({ url }),
    tokenFor,
    databaseUrl: 'url' in copy.source ? copy.source.url : null,
    get prisma() {
      return prisma;
    },
    async stop() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await server.stop();
      await closeDatabase();
      await copy.drop();
    },
  };
}
