/**
 * Background work on the database Waymark already has: pg-boss (a maintained PostgreSQL job
 * queue; on PGlite it runs in this process over the same embedded database). Two loops find work
 * and two queues do it:
 *
 * - every REMINDER_SWEEP_MS the reminder sweep makes the reminders now due (idempotent by key)
 *   and queues a `notification-send` job per reminder still to send;
 * - every WEBHOOK_DISPATCH_MS new case and directory events become webhook deliveries, each
 *   queued as a `webhook-deliver` job.
 *
 * A job's id is the row's id, so a loop that queues the same row twice queues one job. A job
 * whose worker dies (SIGKILL) stays active until it expires, then pg-boss runs it again; the
 * send and delivery code make a repeat harmless (see send.service.ts and deliver.service.ts).
 */
import PgBoss from 'pg-boss';
import type { NotificationsConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { logger } from '../logger.ts';
import { senderFor, type Sender } from '../modules/notifications/channels.ts';
import { sweepReminders } from '../modules/notifications/reminder-sweep.ts';
import { expireTeamInvitations } from '../modules/case-team/team-invitation-expiry.ts';
import { markNotificationFailed, sendNotification } from '../modules/notifications/notification-send.ts';
import { deliverWebhook, markDeliveryFailed } from '../modules/webhooks/webhook-deliver.ts';
import { dispatchWebhooks } from '../modules/webhooks/webhook-dispatch.ts';

export interface JobOptions {
  notifications: NotificationsConfig;
  /**
   * The channel reminders leave by, when the caller already has one (the API process shares its
   * invitation sender, so one SMTP pool or Notify client serves both); the caller then closes it.
   * Without it the runner builds its own from `notifications` and closes it on stop.
   */
  sender?: Sender | null;
  reminderSweepMs?: number;
  webhookDispatchMs?: number;
  /** Seconds before a retried delivery's first retry (doubling each time). */
  retryDelaySeconds?: number;
  /** Seconds a job may stay active before it is taken back from a dead worker and run again. */
  timeoutSeconds?: number;
  /** How often pg-boss's maintenance (which expires those jobs) runs. */
  maintenanceSeconds?: number;
  /** The clock the sweep reads (tests move it); the real time otherwise. */
  now?: () => Date;
}

export interface JobRunner {
  /** One reminder sweep now (also what the timer runs). */
  sweepReminders(): Promise<void>;
  /** One webhook dispatch now. */
  dispatchWebhooks(): Promise<void>;
  stop(): Promise<void>;
}

const SEND = 'notification-send';
const DELIVER = 'webhook-deliver';
const SEND_RETRIES = 8;
const DELIVER_RETRIES = 10;

export async function startJobs(database: Database, options: JobOptions): Promise<JobRunner> {
  const now = options.now ?? (() => new Date());
  const retryDelay = options.retryDelaySeconds ?? 30;
  const boss = new PgBoss({
    ...('connectionString' in database.jobStore
      ? { connectionString: database.jobStore.connectionString, max: 2 }
      : { db: database.jobStore }),
    schema: 'pgboss',
    schedule: false,
    ...(options.maintenanceSeconds ? { maintenanceIntervalSeconds: options.maintenanceSeconds } : {}),
  });
  // The queue's own errors (a lost connection) are logged without job data, which could name a case.
  boss.on('error', (error) => logger.warn({ err: { name: error.name, message: error.message } }, 'job queue error'));
  await boss.start();
  await boss.createQueue(SEND);
  await boss.createQueue(DELIVER);
  const ownsSender = options.sender === undefined;
  const sender = ownsSender ? senderFor(options.notifications) : (options.sender ?? null);

  /**
   * Each job of a fetched batch succeeds or fails on its own: pg-boss fails a whole batch when
   * its handler throws, which would count a retry against deliveries that were never tried (and
   * after the last retry leave their rows waiting for ever). A failed job is failed by id, so
   * pg-boss retries it with backoff; the handler then returns and pg-boss completes the rest.
   */
  const workEach = (
    queue: string,
    retries: number,
    run: (id: string) => Promise<void>,
    giveUp: (id: string) => Promise<void>,
  ) =>
    boss.work<{ id: string }>(
      queue,
      { pollingIntervalSeconds: 0.5, batchSize: 5, includeMetadata: true },
      async (jobs) => {
        for (const job of jobs) {
          try {
            await run(job.data.id);
          } catch (error) {
            if (job.retryCount >= retries) await giveUp(job.data.id);
            const { name, message } = error as Error;
            await boss.fail(queue, job.id, { name, message });
          }
        }
      },
    );
  await workEach(
    SEND,
    SEND_RETRIES,
    (id) => sendNotification(id, sender, options.notifications.publicUrl),
    markNotificationFailed,
  );
  await workEach(DELIVER, DELIVER_RETRIES, deliverWebhook, markDeliveryFailed);

  const sweep = async () => {
    // Case-team invitations past their expiry end on the timeline (issue 14 item 3).
    await expireTeamInvitations(now());
    const { queued } = await sweepReminders(now());
    for (const id of queued) {
      await boss.send(
        SEND,
        { id },
        {
          id,
          retryLimit: SEND_RETRIES,
          retryDelay,
          retryBackoff: true,
          expireInSeconds: options.timeoutSeconds ?? 120,
        },
      );
    }
  };
  const dispatch = async () => {
    for (const { id, jobId } of await dispatchWebhooks(now())) {
      await boss.send(
        DELIVER,
        { id },
        {
          id: jobId,
          retryLimit: DELIVER_RETRIES,
          retryDelay,
          retryBackoff: true,
          expireInSeconds: options.timeoutSeconds ?? 60,
        },
      );
    }
  };
  // One run at a time per loop; a failed run is logged and the next tick tries again.
  const loop = (work: () => Promise<void>, everyMs: number, name: string) => {
    let running: Promise<void> | null = null;
    const tick = () => {
      running ??= work()
        .catch((error: Error) => logger.warn({ err: { name: error.name, message: error.message } }, `${name} failed`))
        .finally(() => {
          running = null;
        });
      return running;
    };
    const timer = setInterval(tick, everyMs);
    timer.unref();
    return { tick, stop: () => clearInterval(timer), settled: () => running ?? Promise.resolve() };
  };
  const sweeper = loop(sweep, options.reminderSweepMs ?? 60_000, 'reminder sweep');
  const dispatcher = loop(dispatch, options.webhookDispatchMs ?? 1_000, 'webhook dispatch');

  return {
    sweepReminders: () => sweeper.tick(),
    dispatchWebhooks: () => dispatcher.tick(),
    async stop() {
      sweeper.stop();
      dispatcher.stop();
      await Promise.all([sweeper.settled(), dispatcher.settled()]);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      if (ownsSender) sender?.close();
    },
  };
}
