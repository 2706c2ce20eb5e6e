/**
 * Reminders as the case team sees them (`Case.notifications`: sent, delivered, failed), and each
 * person's choice of what they hear about (`notificationPreferences`).
 */
import { builder } from '../../builder.ts';
import { prisma } from '../../db.ts';
import { Case } from '../cases/cases.types.ts';
import { Person } from '../orgs/orgs.types.ts';

const NotificationKind = builder.enumType('NotificationKind', {
  values: {
    DUE_SOON: { description: 'A clock falls due soon (the pathway says how soon).' },
    OVERDUE: { description: 'A clock is overdue.' },
    ESCALATION: { description: "An overdue clock escalated to the owning organisation's leads." },
  },
});
const NotificationStatus = builder.enumType('NotificationStatus', {
  values: ['QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'NOT_SENT'] as const,
});
const NotificationChannel = builder.enumType('NotificationChannel', { values: ['EMAIL', 'NOTIFY'] as const });

const Notification = builder.prismaObject('Notification', {
  description: 'A reminder to one person about one clock. It carried the case reference and a link only.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: NotificationKind }),
    status: t.expose('status', { type: NotificationStatus }),
    channel: t.expose('channel', { type: NotificationChannel, nullable: true }),
    pathwayId: t.exposeString('pathwayId'),
    clockId: t.exposeString('clockId'),
    clockLabel: t.exposeString('clockLabel'),
    dueAt: t.expose('dueAt', { type: 'DateTime' }),
    recipient: t.relation('person', { type: Person }),
    attempts: t.exposeInt('attempts'),
    failureReason: t.exposeString('failureReason', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObjectField(Case, 'notifications', (t) =>
  t.relation('notifications', {
    type: Notification,
    description: "Reminders and escalations about this case's clocks, newest first (the last 100).",
    query: { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 100 },
  }),
);

const NotificationPreferences = builder
  .objectRef<{ dueSoon: boolean; overdue: boolean }>('NotificationPreferences')
  .implement({
    description: 'Which reminders you get. Escalations to leads cannot be turned off.',
    fields: (t) => ({
      dueSoon: t.exposeBoolean('dueSoon'),
      overdue: t.exposeBoolean('overdue'),
    }),
  });

const DEFAULTS = { dueSoon: true, overdue: true };

builder.queryField('notificationPreferences', (t) =>
  t.field({
    type: NotificationPreferences,
    authScopes: { signedIn: true },
    resolve: async (_root, _args, { viewer }) =>
      (await prisma.notificationPreference.findUnique({ where: { personId: viewer!.personId } })) ?? DEFAULTS,
  }),
);

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
        create: { personId: viewer!.personId, ...DEFAULTS, ...change },
        update: change,
      });
    },
  }),
);
