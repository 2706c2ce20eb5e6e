/**
 * The one Pothos SchemaBuilder. Plugin order matters: scope-auth wraps everything else so
 * authorisation runs first; errors must come before prisma so prisma fields can return unions.
 */
import SchemaBuilder, { PothosValidationError } from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import { DateResolver, DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import type { Context } from './context.ts';
import { prisma } from './db/client.ts';
import type { Role } from './generated/prisma/enums.ts';
import type PrismaTypes from './generated/pothos-types.ts';
import { getDatamodel } from './generated/pothos-types.ts';
import { isUuid } from './uuid.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { signedIn: boolean; anyRole: Role[] };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    // Any object serialises as a JSON object; what a client sends is always a plain record.
    JSONObject: { Input: Record<string, unknown>; Output: object };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // Fields are non-null unless they say otherwise: clients should not null-check what is always there.
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin],
  scopeAuth: {
    authScopes: (context) => ({
      signedIn: context.viewer !== null,
      anyRole: (roles) => context.viewer?.roles.some((role) => roles.includes(role)) ?? false,
    }),
    // Never say more than "not signed in" or "not allowed": no hint about what exists.
    unauthorizedError: (_parent, context) =>
      context.viewer
        ? new GraphQLError('You are not allowed to do this.', { extensions: { code: 'FORBIDDEN' } })
        : new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } }),
  },
  errors: { defaultTypes: [] },
  prisma: {
    // A getter so the client opened at start-up (or per test file) is the one used.
    client: () => prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'development' ? 'warn' : null,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // `node`/`nodes` fetch any record by global id, so each node type that is not public loads
    // through its own visibility filter (prismaNode `findUnique`: cases and their records through
    // case-access, services through directory-access, tokens to their owner) and answers null
    // otherwise, exactly as its own query does. Signed-in viewers only.
    // Every node's id is a UUID: anything else is the client's mistake (400), and never reaches
    // the database, which would refuse it as a fault (500).
    decodeGlobalID: (globalID) => {
      const decoded = decodeGlobalID(globalID);
      if (!isUuid(decoded.id)) throw new PothosValidationError('Invalid global ID.');
      return decoded;
    },
    nodeQueryOptions: { authScopes: { signedIn: true } },
    nodesQueryOptions: { authScopes: { signedIn: true } },
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('Date', DateResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);

builder.queryType({});
builder.mutationType({});
