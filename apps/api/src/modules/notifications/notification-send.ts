/**
 * Sends one reminder, at most once. The row moves QUEUED -> SENDING -> SENT before and after the
 * provider call; a worker killed between the two leaves SENDING, and the retried job first asks
 * the provider whether it already has the message (by the notification's id as reference)
 * before sending again.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { prisma } from '../../db/client.ts';
import { PermanentSendError, type Sender } from './channels.ts';
import { reminderMessage } from './messages.ts';

const DONE = new Set(['SENT', 'DELIVERED', 'FAILED', 'NOT_SENT']);

export async function sendNotification(id: string, sender: Sender | null, publicUrl: string): Promise<void> {
  const notification = await prisma.notification.findUnique({
    where: { id },
    include: { case: { select: { id: true, reference: true } }, person: { select: { email: true } } },
  });
  if (!notification || DONE.has(notification.status)) return;
  if (!sender) {
    await prisma.notification.update({ where: { id }, data: { status: 'NOT_SENT', failureReason: 'no-channel' } });
    return;
  }
  if (notification.status === 'SENDING') {
    const existing = await sender.alreadySent(id);
    if (existing) {
      await prisma.notification.update({
        where: { id },
        data: { status: 'SENT', providerReference: existing, sentAt: new Date() },
      });
      return;
    }
  }
  await prisma.notification.update({
    where: { id },
    data: { status: 'SENDING', channel: sender.channel, attempts: { increment: 1 } },
  });
  const base = publicUrl.replace(/\/$/, '');
  // An unanswered offer links to the offers page: the receiver cannot open the case until it accepts.
  const link =
    notification.kind === 'HAND_OVER_UNANSWERED'
      ? `${base}/hand-overs`
      : `${base}/cases/${encodeURIComponent(encodeGlobalID('Case', notification.case.id))}`;
  const message = reminderMessage({
    kind: notification.kind,
    caseReference: notification.case.reference,
    clockLabel: notification.clockLabel,
    dueAt: notification.dueAt,
    link,
  });
  try {
    const { providerReference } = await sender.send({ ...message, to: notification.person.email, reference: id });
    await prisma.notification.update({
      where: { id },
      data: { status: 'SENT', providerReference, sentAt: new Date(), failureReason: null },
    });
  } catch (error) {
    if (error instanceof PermanentSendError) {
      await prisma.notification.update({ where: { id }, data: { status: 'FAILED', failureReason: error.reason } });
      return;
    }
    throw error; // the job queue retries with backoff
  }
}

/** GOV.UK Notify's delivery receipt: delivered, or one of its failure statuses. */
export async function recordDeliveryReceipt(reference: string, status: string): Promise<boolean> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(reference)) return false;
  const delivered = status === 'delivered';
  const failed = ['permanent-failure', 'temporary-failure', 'technical-failure'].includes(status);
  if (!delivered && !failed) return false;
  const updated = await prisma.notification.updateMany({
    where: { id: reference, status: { in: ['SENT', 'SENDING'] } },
    data: delivered
      ? { status: 'DELIVERED', deliveredAt: new Date() }
      : { status: 'FAILED', failureReason: `notify-${status}` },
  });
  return updated.count > 0;
}

/** After the last retry (e.g. a relay down for hours): visible as FAILED on the case. */
export async function markNotificationFailed(id: string): Promise<void> {
  await prisma.notification.updateMany({
    where: { id, status: { in: ['QUEUED', 'SENDING'] } },
    data: { status: 'FAILED', failureReason: 'retries-exhausted' },
  });
}
