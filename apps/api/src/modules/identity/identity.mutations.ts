import type { ApiToken as ApiTokenRow } from '../../generated/prisma/client.ts';
import { builder } from '../../builder.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { prisma } from '../../db.ts';
import { Organisation } from '../orgs/orgs.types.ts';
import { Viewer } from '../viewer/viewer.queries.ts';
import type { Viewer as ViewerShape } from '../../context.ts';
import { issueApiToken, revokeApiToken } from './api-tokens.service.ts';
import { ApiToken, ApiTokenScope } from './identity.types.ts';
import { signIn, signOut } from './sessions.service.ts';

const SignInInput = builder.inputType('SignInInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
    organisationSlug: t.string({ description: 'Which of your organisations to act for; your first one when omitted.' }),
  }),
});

const SignInPayload = builder.objectRef<{ viewer: ViewerShape; expiresAt: Date }>('SignInPayload').implement({
  fields: (t) => ({
    viewer: t.field({ type: Viewer, resolve: (payload) => payload.viewer }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: 'When the session ends; sign in again after it.',
    }),
  }),
});

const SignOutPayload = builder.objectRef<{ signedOut: boolean }>('SignOutPayload').implement({
  fields: (t) => ({ signedOut: t.exposeBoolean('signedOut', { description: 'True when a session was ended.' }) }),
});

const ApiTokenCreateInput = builder.inputType('ApiTokenCreateInput', {
  fields: (t) => ({
    personEmail: t.string({ required: true, description: 'The person the token acts as.' }),
    organisationId: t.globalID({
      for: Organisation,
      description: 'Which of their organisations; their first one when omitted.',
    }),
    name: t.string({ required: true, description: 'What the token is for, e.g. "Housing portal integration".' }),
    scopes: t.field({ type: [ApiTokenScope], required: true }),
    expiresAt: t.field({ type: 'DateTime', required: true, description: 'At most 366 days ahead.' }),
  }),
});

const ApiTokenCreatePayload = builder
  .objectRef<{ token: string; apiToken: ApiTokenRow }>('ApiTokenCreatePayload')
  .implement({
    fields: (t) => ({
      token: t.exposeString('token', {
        description: 'The secret, shown this once: send it as `Authorization: Bearer <token>`.',
      }),
      apiToken: t.field({ type: ApiToken, resolve: (payload) => payload.apiToken }),
    }),
  });

const ApiTokenRevokePayload = builder.objectRef<{ apiToken: ApiTokenRow }>('ApiTokenRevokePayload').implement({
  fields: (t) => ({ apiToken: t.field({ type: ApiToken, resolve: (payload) => payload.apiToken }) }),
});

builder.mutationFields((t) => ({
  signIn: t.field({
    type: SignInPayload,
    description: 'Admin UI sign-in: sets an HttpOnly session cookie. Integrations use API tokens instead.',
    args: { input: t.arg({ type: SignInInput, required: true }) },
    resolve: async (_root, { input }, { http, requestId }) => {
      const ip = http?.ip ?? 'unknown';
      const { secret, expiresAt, viewer } = await signIn(input, { ip, requestId });
      http?.setSessionCookie(secret, expiresAt);
      return { viewer, expiresAt };
    },
  }),
  signOut: t.field({
    type: SignOutPayload,
    description: 'Ends the current session and clears its cookie. Harmless when not signed in.',
    resolve: async (_root, _args, { viewer, http, requestId }) => {
      http?.clearSessionCookie();
      if (viewer?.credential?.kind !== 'session') return { signedOut: false };
      await signOut(viewer, requestId);
      return { signedOut: true };
    },
  }),
  apiTokenCreate: t.field({
    type: ApiTokenCreatePayload,
    description: 'Create an API token for an integration. The secret is in the payload once and cannot be read again.',
    args: { input: t.arg({ type: ApiTokenCreateInput, required: true }) },
    authScopes: { anyRole: ['PLATFORM_ADMIN'] },
    errors: { types: [ValidationError, NotFoundError], directResult: true, union: { name: 'ApiTokenCreateResult' } },
    resolve: async (_root, { input }, { viewer, requestId }) => {
      const person = await prisma.person.findUnique({
        where: { email: input.personEmail.trim().toLowerCase() },
        select: { id: true },
      });
      if (!person) throw new NotFoundError('Person');
      return issueApiToken(
        {
          personId: person.id,
          organisationId: input.organisationId?.id ?? null,
          name: input.name,
          scopes: input.scopes,
          expiresAt: input.expiresAt,
        },
        viewer,
        requestId,
      );
    },
  }),
  apiTokenRevoke: t.field({
    type: ApiTokenRevokePayload,
    description: 'Revoke an API token: every API process refuses it from the next request.',
    args: { id: t.arg.globalID({ for: ApiToken, required: true }) },
    authScopes: { anyRole: ['PLATFORM_ADMIN'] },
    errors: { types: [NotFoundError], directResult: true, union: { name: 'ApiTokenRevokeResult' } },
    resolve: async (_root, { id }, { viewer, requestId }) => ({
      apiToken: await revokeApiToken(id.id, viewer!, requestId),
    }),
  }),
}));

builder.queryFields((t) => ({
  apiTokens: t.prismaConnection(
    {
      type: 'ApiToken',
      cursor: 'id',
      description: 'Every API token, newest first (platform admins).',
      authScopes: { anyRole: ['PLATFORM_ADMIN'] },
      totalCount: () => prisma.apiToken.count(),
      resolve: (query) => prisma.apiToken.findMany({ ...query, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    },
    { name: 'ApiTokenConnection' },
    { name: 'ApiTokenEdge' },
  ),
}));
