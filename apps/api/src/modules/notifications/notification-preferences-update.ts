/** `notificationPreferencesUpdate`: the viewer turns reminders on or off (escalations stay on). */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { DEFAULT_PREFERENCES, NotificationPreferences } from './notification.types.ts';

const NotificationPreferencesInput = builder.inputType('NotificationPreferencesInput', {
  fields: (t) => ({ dueSoon: t.boolean(), overdue: t.boolean() }),
});

builder.mutationField('notificationPreferencesUpdate', (t) =>
  t.field({
    type: NotificationPreferences,
    description: 'Change which reminders you get; a field left out keeps its value.',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: NotificationPreferencesInput, required: true }) },
    resolve: async (_root, { input }, { viewer }) => {
      const change = {
        ...(input.dueSoon != null ? { dueSoon: input.dueSoon } : {}),
        ...(input.overdue != null ? { overdue: input.overdue } : {}),
      };
      return prisma.notificationPreference.upsert({
        where: { personId: viewer!.personId },
        create: { personId: viewer!.personId, ...DEFAULT_PREFERENCES, ...change },
        update: change,
      });
    },
  }),
);
