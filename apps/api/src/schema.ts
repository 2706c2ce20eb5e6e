/**
 * Imports every area (each area's index.ts imports its files, which register their types and
 * fields on the builder) and builds the schema. The printed copy, apps/api/schema.graphql, is produced from this by `pnpm generate`.
 */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './errors.ts';
import './modules/orgs/index.ts';
import './modules/viewer/index.ts';
import './modules/cases/index.ts';
import './modules/referrals/index.ts';
import './modules/referrals-nrm/index.ts';
import './modules/hand-overs/index.ts';
import './modules/case-team/index.ts';
import './modules/pathways/index.ts';
import './modules/directory/index.ts';
import './modules/identity/index.ts';
import './modules/people/index.ts';
import './modules/audit/index.ts';
import './modules/figures/index.ts';
import './modules/notifications/index.ts';
import './modules/webhooks/index.ts';

export const schema = builder.toSchema({ sortSchema: true });

export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
