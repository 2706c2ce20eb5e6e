/**
 * A worker process killed with SIGKILL in the middle of a send loses nothing and sends nothing
 * under a second key: a real `pnpm worker` process sends overdue reminders to a real SMTP server
 * on 127.0.0.1 that takes the first message in but never answers (the worst moment: the relay has
 * the mail, the worker does not know). The worker is killed there; a second worker takes the
 * job back after its timeout and finishes. Every reminder arrives, each under its own
 * Message-ID; the only repeat possible is the message in flight, and it repeats its Message-ID
 * (so mail systems drop it). Needs PostgreSQL (two processes on one database): runs in
 * `pnpm test:postgres`, skipped on PGlite.
 */
import { CaseEnrolDocument } from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { openCase, succeeded } from './support/cases.ts';
import { baseEnv, clockEnv, repoRoot, startProcess, type Running } from './support/processes.ts';
import { eventually, startSmtpReceiver } from './support/receivers.ts';

const HOUR = 3_600_000;
const postgres = Boolean(process.env.DATABASE_URL);

describe.skipIf(!postgres)('a worker killed mid-send', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  const workers: Running[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    smtp = await startSmtpReceiver();
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop('SIGKILL')));
    await smtp?.stop();
    await api?.stop();
  });

  const startWorker = () =>
    startProcess(`${repoRoot}/apps/api/src/worker.ts`, [], {
      env: {
        ...baseEnv(),
        ...clockEnv(), // both processes agree on "now" under a faked clock
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        DATABASE_URL: api.databaseUrl!,
        SMTP_URL: smtp.url,
        PUBLIC_URL: 'https://waymark.example',
        JOBS_SWEEP_SECONDS: '1',
        JOBS_TIMEOUT_SECONDS: '2',
        JOBS_RETRY_DELAY_SECONDS: '1',
        JOBS_MAINTENANCE_SECONDS: '1',
      },
      ready: /Waymark worker ready/,
    }).then((worker) => {
      workers.push(worker);
      return worker;
    });

  it('loses no reminder and repeats none under a new key', async () => {
    // Three Bexley cases whose 3-hour urgent assessment ran out an hour ago: each has reminders due now.
    const lead = api.as(people.bexleyLead);
    const caseIds: string[] = [];
    for (const familyName of ['Kill', 'Restart', 'Resume']) {
      const opened = await openCase(lead, {
        concernKind: 'POTENTIAL_VICTIM',
        concern: 'Found sleeping at a car wash.',
        identifiedAt: new Date(Date.now() - 4 * HOUR).toISOString(),
        subject: { givenName: 'Worker', familyName },
      });
      succeeded(
        (
          await lead.mutate(CaseEnrolDocument, {
            input: { caseId: opened.case.id, expectedVersion: opened.case.version, pathwayId: 'bexley-referral' },
          })
        ).caseEnrol,
      );
      caseIds.push(opened.case.id);
    }

    smtp.stall();
    const first = await startWorker();
    // The relay has the first message; the worker is waiting for its answer.
    await eventually(() => (smtp.mails.length >= 1 ? true : undefined));
    const sending = await api.prisma.notification.count({ where: { status: 'SENDING' } });
    expect(sending).toBeGreaterThanOrEqual(1);
    const killed = await first.stop('SIGKILL');
    expect(killed.code).toBeNull(); // killed, not exited
    smtp.stall(false);

    await startWorker();
    const notifications = await eventually(async () => {
      const rows = await api.prisma.notification.findMany({ select: { id: true, status: true } });
      return rows.length > 0 && rows.every((row) => row.status === 'SENT') ? rows : undefined;
    });
    // Each case's clock gave reminders (overdue to the team, an escalation to the lead).
    expect(notifications.length).toBeGreaterThanOrEqual(caseIds.length);

    const byMessageId = new Map<string, number>();
    for (const mail of smtp.mails) byMessageId.set(mail.messageId!, (byMessageId.get(mail.messageId!) ?? 0) + 1);
    // Nothing lost: every reminder reached the relay, under the key it was made with.
    expect([...byMessageId.keys()].sort()).toEqual(notifications.map((n) => `<${n.id}@waymark>`).sort());
    // Nothing repeated under another key; a repeat can only be a message in flight at the kill.
    const repeats = smtp.mails.length - byMessageId.size;
    expect(repeats).toBeLessThanOrEqual(sending);
  });
});
