/**
 * Starts the real API (express + Apollo) on a free 127.0.0.1 port over this file's private
 * copy of the template database, and hands out SDK clients signed in as seeded people: the
 * tests use Waymark the way a partner's code does.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWaymarkClient, type WaymarkClient } from '@waymark/sdk';
import { inject } from 'vitest';
import { closeDatabase, openDatabase, prisma } from '../../apps/api/src/db.ts';
import { createServer, listen } from '../../apps/api/src/server.ts';
import { copyTemplate } from './test-database.ts';

export interface TestApi {
  url: string;
  /** An SDK client signed in as the seeded person with this email (development identity). */
  as(email: string): WaymarkClient;
  /** A client with no credentials. */
  anonymous(): WaymarkClient;
  /** Direct database access, for assertions only (row counts, raw checks). */
  prisma: typeof prisma;
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
} as const;

export async function startTestApi(options: { countStatements?: boolean } = {}): Promise<TestApi> {
  const copy = await copyTemplate(inject('template'));
  await openDatabase(copy.source, { countStatements: options.countStatements ?? false });
  const server = await createServer({ env: 'test', devIdentity: true, corsOrigins: [] });
  const http: Server = await listen(server.app, '127.0.0.1', 0);
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  return {
    url,
    as: (email) => createWaymarkClient({ url, token: `dev:${email}` }),
    anonymous: () => createWaymarkClient({ url }),
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
