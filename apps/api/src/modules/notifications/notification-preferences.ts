/** `notificationPreferences`: which reminders the viewer gets. */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { DEFAULT_PREFERENCES, NotificationPreferences } from './notification.types.ts';

builder.queryField('notificationPreferences', (t) =>
  t.field({
    type: NotificationPreferences,
    authScopes: { signedIn: true },
    resolve: async (_root, _args, { viewer }) =>
      (await prisma.notificationPreference.findUnique({ where: { personId: viewer!.personId } })) ??
      DEFAULT_PREFERENCES,
  }),
);
