/** signIn: the admin UI's sign-in (the session itself: sessions.service.ts). */
import { builder } from '../../builder.ts';
import type { Viewer as ViewerShape } from '../../context.ts';
import { Viewer } from '../viewer/viewer.queries.ts';
import { signIn } from './sessions.service.ts';

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

builder.mutationField('signIn', (t) =>
  t.field({
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
);
