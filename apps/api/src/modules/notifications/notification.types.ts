/**
 * Reminders as the case team sees them (`Case.notifications`: sent, delivered, failed) and the
 * shape of each person's choice of what they hear about.
 */
import { builder } from '../../builder.ts';
import { Case } from '../cases/case.types.ts';
import { Person } from '../orgs/orgs.types.ts';

const NotificationKind = builder.enumType('NotificationKind', {
  values: {
    DUE_SOON: { description: 'A clock falls due soon (the pathway says how soon).' },
    OVERDUE: { description: 'A clock is overdue.' },
    ESCALATION: { description: 'An overdue clock escalated to whom the pathway names for it.' },
    TRANSITION_TO_ADULTHOOD: {
      description: 'A child on the case turns 18 within six months and no Transition to Adulthood track has started.',
    },
    HAND_OVER_UNANSWERED: {
      description:
        "A case offered to the recipient's organisation was not answered by its answer time (to its leads, once).",
    },
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

export const NotificationPreferences = builder
  .objectRef<{ dueSoon: boolean; overdue: boolean }>('NotificationPreferences')
  .implement({
    description: 'Which reminders you get. Escalations to leads cannot be turned off.',
    fields: (t) => ({
      dueSoon: t.exposeBoolean('dueSoon'),
      overdue: t.exposeBoolean('overdue'),
    }),
  });

/** What a person gets until they choose: every reminder. */
export const DEFAULT_PREFERENCES = { dueSoon: true, overdue: true };
