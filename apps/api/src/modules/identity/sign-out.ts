/** signOut: ends the current session and clears its cookie. */
import { builder } from '../../builder.ts';
import { signOut } from './sessions.service.ts';

const SignOutPayload = builder.objectRef<{ signedOut: boolean }>('SignOutPayload').implement({
  fields: (t) => ({ signedOut: t.exposeBoolean('signedOut', { description: 'True when a session was ended.' }) }),
});

builder.mutationField('signOut', (t) =>
  t.field({
    type: SignOutPayload,
    description: 'Ends the current session and clears its cookie. Harmless when not signed in.',
    resolve: async (_root, _args, { viewer, http, requestId }) => {
      http?.clearSessionCookie();
      if (viewer?.credential?.kind !== 'session') return { signedOut: false };
      await signOut(viewer, requestId);
      return { signedOut: true };
    },
  }),
);
