/**
 * The ways a reminder leaves Waymark: email through any SMTP relay (a council's own), or GOV.UK
 * Notify through its official client when NOTIFY_API_KEY is set. Each send carries the
 * notification's id as its own reference, so a send repeated after a crash can be recognised:
 * Notify is asked whether it already has that reference; an email reuses the same Message-ID.
 */
import nodemailer from 'nodemailer';
import { NotifyClient } from 'notifications-node-client';
import type { NotificationsConfig } from '../../config.ts';
import type { NotificationChannel } from '../../generated/prisma/enums.ts';
import type { ReminderMessage } from './messages.ts';

export interface OutgoingReminder extends ReminderMessage {
  to: string;
  /** The notification's id: the Notify reference, the email's Message-ID. */
  reference: string;
}

export interface Sender {
  channel: NotificationChannel;
  /** The provider's id of a message already sent with this reference, if it can tell. */
  alreadySent(reference: string): Promise<string | null>;
  send(message: OutgoingReminder): Promise<{ providerReference: string }>;
  close(): void;
}

/** A refusal that retrying will not change (bad address, bad template): recorded as FAILED. */
export class PermanentSendError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

function smtpSender(smtp: NonNullable<NotificationsConfig['smtp']>): Sender {
  const transport = nodemailer.createTransport(smtp.url);
  return {
    channel: 'EMAIL',
    // SMTP cannot be asked what it has delivered; the fixed Message-ID lets mail systems drop a repeat.
    alreadySent: async () => null,
    async send(message) {
      const messageId = `<${message.reference}@waymark>`;
      try {
        await transport.sendMail({
          from: smtp.from,
          to: message.to,
          subject: message.subject,
          text: message.body,
          messageId,
        });
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 5xx from the relay is a refusal of this message; anything else (network, 4xx) is worth a retry.
        if (code && code >= 500) throw new PermanentSendError(`smtp-rejected-${code}`);
        throw error;
      }
      return { providerReference: messageId };
    },
    close: () => transport.close(),
  };
}

function statusOf(error: unknown): number | undefined {
  return (error as { response?: { status?: number } }).response?.status;
}

function notifySender(notify: NonNullable<NotificationsConfig['notify']>): Sender {
  const client = new NotifyClient(notify.baseUrl, notify.apiKey);
  return {
    channel: 'NOTIFY',
    async alreadySent(reference) {
      const response = await client.getNotifications('email', undefined, reference);
      return response.data.notifications[0]?.id ?? null;
    },
    async send(message) {
      try {
        const response = await client.sendEmail(notify.emailTemplateId, message.to, {
          personalisation: message.personalisation,
          reference: message.reference,
        });
        return { providerReference: response.data.id };
      } catch (error) {
        const status = statusOf(error);
        // 429 (rate or daily limit) and 5xx: the job is retried with backoff. 400/403: our request is wrong.
        if (status === 400 || status === 403) throw new PermanentSendError(`notify-rejected-${status}`);
        throw error;
      }
    },
    close: () => {},
  };
}

/** Notify when configured, else SMTP, else none (reminders are recorded as NOT_SENT). */
export function senderFor(config: NotificationsConfig): Sender | null {
  if (config.notify) return notifySender(config.notify);
  if (config.smtp) return smtpSender(config.smtp);
  return null;
}
