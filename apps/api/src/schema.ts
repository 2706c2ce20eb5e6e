/**
 * Imports every module (each registers its types and fields on the builder) and builds the
 * schema. The printed copy, apps/api/schema.graphql, is produced from this by `pnpm generate`.
 */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './errors.ts';
import './modules/orgs/orgs.types.ts';
import './modules/orgs/orgs.queries.ts';
import './modules/viewer/viewer.queries.ts';
import './modules/cases/cases.types.ts';
import './modules/cases/cases.queries.ts';
import './modules/cases/cases.mutations.ts';
import './modules/cases/lifecycle.mutations.ts';
import './modules/cases/referrals.ts';
import './modules/pathways/pathways.queries.ts';
import './modules/directory/directory.types.ts';
import './modules/directory/directory.queries.ts';
import './modules/directory/support-options.queries.ts';
import './modules/directory/directory.mutations.ts';
import './modules/directory/contacts.mutations.ts';
import './modules/identity/identity.types.ts';
import './modules/identity/identity.mutations.ts';
import './modules/audit/audit.queries.ts';
import './modules/directory/directory-exchange.ts';
import './modules/figures/figures.queries.ts';

export const schema = builder.toSchema({ sortSchema: true });

export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
