/**
 * What a reminder says. Only the case reference, the clock, its due time and a link: never the
 * person's name or any other identifying detail, since email crosses systems Waymark does not control.
 */
import type { NotificationKind } from '../../generated/prisma/enums.ts';

export interface ReminderMessage {
  subject: string;
  body: string;
  /** The same values as named fields, for a GOV.UK Notify template's personalisation. */
  personalisation: Record<string, string>;
}

const WHAT: Record<NotificationKind, string> = {
  DUE_SOON: 'is due soon',
  OVERDUE: 'is overdue',
  ESCALATION: 'is overdue and has been escalated to you',
  TRANSITION_TO_ADULTHOOD: 'is within six months: plan the move to adult services now (Coventry protocol 4.8)',
  HAND_OVER_UNANSWERED: 'has passed: the case is waiting for your organisation to accept or decline it',
};

const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  dateStyle: 'full',
  timeStyle: 'short',
});

export function reminderMessage(input: {
  kind: NotificationKind;
  caseReference: string;
  clockLabel: string;
  dueAt: Date;
  link: string;
}): ReminderMessage {
  const due = `${londonTime.format(input.dueAt)} (UK time)`;
  const subject = `Waymark: ${input.clockLabel} ${WHAT[input.kind]} (case ${input.caseReference})`;
  const body = [
    `Case ${input.caseReference}: ${input.clockLabel} ${WHAT[input.kind]}.`,
    `Due: ${due}.`,
    '',
    ...(input.kind === 'HAND_OVER_UNANSWERED'
      ? [
          `Accept or decline it in Waymark: ${input.link}`,
          '',
          'You receive this because you are a lead of the organisation the case was offered to.',
        ]
      : [
          `Open the case in Waymark: ${input.link}`,
          '',
          'You receive this because you work this case. Change which reminders you get in Waymark.',
        ]),
  ].join('\n');
  return {
    subject,
    body,
    personalisation: {
      case_reference: input.caseReference,
      clock: input.clockLabel,
      status: WHAT[input.kind],
      due,
      link: input.link,
    },
  };
}
