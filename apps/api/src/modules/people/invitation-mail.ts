/**
 * The invitation email: the link and nothing else personal (not the organisation's staff, not
 * who invited). Sent through the channels reminders use (channels.ts); main.ts and tests
 * configure them. Without a channel the invitation is kept and the admin is told it was not sent.
 */
import { randomUUID } from 'node:crypto';
import { logger } from '../../logger.ts';
import type { Sender } from '../notifications/channels.ts';

let mail: { sender: Sender | null; publicUrl: string } = { sender: null, publicUrl: 'http://127.0.0.1:5173' };

export function configureInvitationMail(next: { sender: Sender | null; publicUrl: string }) {
  mail = next;
}

export function invitationLink(secret: string): string {
  return `${mail.publicUrl.replace(/\/$/, '')}/invitation#${encodeURIComponent(secret)}`;
}

/** True when the message left; a failure is logged without the address and reported as not sent. */
export async function sendInvitation(to: string, organisationName: string, secret: string, expiresAt: Date) {
  if (!mail.sender) return false;
  const link = invitationLink(secret);
  const expires = expiresAt.toISOString().slice(0, 10);
  try {
    await mail.sender.send({
      to,
      reference: randomUUID(),
      subject: 'Waymark: you are invited to join your organisation',
      body: [
        `You have been invited to use Waymark for ${organisationName}.`,
        '',
        `Accept the invitation (the link works once, until ${expires}): ${link}`,
        '',
        'If you did not expect this, ignore this email.',
      ].join('\n'),
      personalisation: { organisation: organisationName, link, expires },
    });
    return true;
  } catch (error) {
    logger.warn({ err: { name: (error as Error).name } }, 'invitation email not sent');
    return false;
  }
}
