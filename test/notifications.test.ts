/**
 * Reminders: the sweep, moved along a controlled clock, makes each reminder once (due soon,
 * overdue, escalation to the leads), sends it by SMTP to a real server on 127.0.0.1 with the case
 * reference and a link only, follows a clock moved by a later change, respects preferences, and
 * through the job queue retries a refused send and never sends a reminder twice.
 */
import {
  CaseEnrolDocument,
  CaseHandOverDocument,
  CaseNotificationsDocument,
  HandOversWaitingDocument,
  CaseTransitionDocument,
  CaseUpdateSubjectDocument,
  NotificationPreferencesDocument,
  NotificationPreferencesUpdateDocument,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDatabase } from '../apps/api/src/db/client.ts';
import { startJobs } from '../apps/api/src/jobs/runner.ts';
import { senderFor } from '../apps/api/src/modules/notifications/channels.ts';
import { sweepReminders } from '../apps/api/src/modules/notifications/reminder-sweep.ts';
import { sendNotification } from '../apps/api/src/modules/notifications/notification-send.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { deadline, openCase, succeeded, track } from './support/cases.ts';
import { eventually, startHttpReceiver, startSmtpReceiver } from './support/receivers.ts';

const HOUR = 3_600_000;
let api: TestApi;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;

beforeAll(async () => {
  api = await startTestApi();
  smtp = await startSmtpReceiver();
});
afterAll(async () => {
  await smtp.stop();
  await api.stop();
});

const config = () => ({
  publicUrl: 'https://waymark.example',
  smtp: { url: smtp.url, from: 'waymark@council.example' },
  notify: null,
});

/** A Bexley case whose 3-hour urgent assessment started at `identifiedAt`. */
async function bexleyCase(identifiedAt: Date, familyName: string) {
  const lead = api.as(people.bexleyLead);
  const opened = await openCase(lead, {
    concernKind: 'POTENTIAL_VICTIM',
    concern: 'Found sleeping at a car wash.',
    identifiedAt: identifiedAt.toISOString(),
    subject: { givenName: 'Reminder', familyName },
  });
  const state = succeeded(
    (
      await lead.mutate(CaseEnrolDocument, {
        input: { caseId: opened.case.id, expectedVersion: opened.case.version, pathwayId: 'bexley-referral' },
      })
    ).caseEnrol,
  );
  const due = deadline(state, 'bexley-referral', 'urgentAssessment')!;
  return { id: opened.case.id, reference: opened.case.reference, dueAt: new Date(due.dueAt!) };
}

async function sweepAndSend(now: Date) {
  const sender = senderFor(config());
  const { queued } = await sweepReminders(now);
  for (const id of queued) await sendNotification(id, sender, config().publicUrl);
  sender?.close();
}

async function notificationsOf(caseId: string, client = api.as(people.bexleyLead)) {
  const { case: found } = await client.query(CaseNotificationsDocument, { id: caseId });
  return found!.notifications;
}

describe('reminders', () => {
  it('reminds the team before a 3-hour clock, then says overdue and escalates to the leads, once each', async () => {
    const identifiedAt = new Date(Date.now() - 1_000);
    const opened = await bexleyCase(identifiedAt, 'Canary-Surname-Reminder');
    const bexleyLead = (await api.prisma.person.findUniqueOrThrow({ where: { email: people.bexleyLead } })).email;

    await sweepAndSend(new Date(opened.dueAt.getTime() - 2 * HOUR));
    expect(await notificationsOf(opened.id)).toEqual([]);

    await sweepAndSend(new Date(opened.dueAt.getTime() - HOUR + 60_000));
    const dueSoon = (await notificationsOf(opened.id)).filter((n) => n.kind === 'DUE_SOON');
    expect(dueSoon.length).toBeGreaterThan(0);
    expect(dueSoon.every((n) => n.status === 'SENT' && n.channel === 'EMAIL' && n.clockId === 'urgentAssessment')).toBe(
      true,
    );

    // Overdue: the pathway escalates this clock, so the leads hear at once.
    await sweepAndSend(new Date(opened.dueAt.getTime() + 60_000));
    await sweepAndSend(new Date(opened.dueAt.getTime() + 120_000)); // a second sweep adds nothing
    const all = await notificationsOf(opened.id);
    const kinds = all.map((n) => n.kind).sort();
    expect(new Set(kinds)).toEqual(new Set(['DUE_SOON', 'OVERDUE', 'ESCALATION']));
    const keys = all.map((n) => `${n.kind}:${n.recipient.id}`);
    expect(new Set(keys).size).toBe(keys.length);

    const mails = smtp.mails.filter((m) => m.raw.includes(opened.reference));
    expect(mails).toHaveLength(all.length);
    expect(mails.some((m) => m.to.includes(bexleyLead) && /escalated to you/.test(m.raw))).toBe(true);
    for (const mail of mails) {
      expect(mail.raw).toContain('https://waymark.example/cases/');
      expect(mail.raw).not.toContain('Canary-Surname-Reminder');
      expect(mail.raw).not.toContain('Reminder ');
      expect(mail.raw).not.toContain('car wash');
    }
    // One Message-ID per notification: a repeated send would carry the same one.
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(mails.length);
  });

  it('leaves out the reminders a person turned off, but never an escalation', async () => {
    const caseworker = api.as(people.bexleyLead);
    const before = await caseworker.query(NotificationPreferencesDocument, {});
    expect(before.notificationPreferences).toEqual({ dueSoon: true, overdue: true });
    const after = await caseworker.mutate(NotificationPreferencesUpdateDocument, {
      input: { dueSoon: false, overdue: false },
    });
    expect(after.notificationPreferencesUpdate).toEqual({ dueSoon: false, overdue: false });

    const opened = await bexleyCase(new Date(Date.now() - 1_000), 'Preferences');
    const lead = await api.prisma.person.findUniqueOrThrow({ where: { email: people.bexleyLead } });
    await sweepAndSend(new Date(opened.dueAt.getTime() - HOUR + 60_000));
    await sweepAndSend(new Date(opened.dueAt.getTime() + 60_000));
    const mine = (await notificationsOf(opened.id))
      .filter((n) => n.recipient.displayName === lead.displayName)
      .map((n) => n.kind);
    expect(mine).toEqual(['ESCALATION']);
    await caseworker.mutate(NotificationPreferencesUpdateDocument, { input: { dueSoon: true, overdue: true } });
  });

  it('proposes the Transition to Adulthood pathway to the team six months before an 18th birthday (002 4.8)', async () => {
    const lead = api.as(people.coventryLead);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Turns 18 in the spring.',
      subject: { givenName: 'Nearly', familyName: 'Adult', dateOfBirth: '2009-04-15' },
    });
    succeeded(
      (
        await lead.mutate(CaseEnrolDocument, {
          input: { caseId: opened.case.id, expectedVersion: opened.case.version, pathwayId: 'coventry-pre-nrm' },
        })
      ).caseEnrol,
    );
    const ofKind = async () =>
      (await lead.query(CaseNotificationsDocument, { id: opened.case.id })).case!.notifications.filter(
        (n) => n.kind === 'TRANSITION_TO_ADULTHOOD',
      );
    await sweepAndSend(new Date('2026-10-14T12:00:00Z')); // more than six months before
    expect(await ofKind()).toEqual([]);
    await sweepAndSend(new Date('2026-10-15T12:00:00Z'));
    await sweepAndSend(new Date('2027-01-15T12:00:00Z')); // still one per person: already proposed
    const proposed = await ofKind();
    expect(proposed.length).toBeGreaterThan(0);
    expect(new Set(proposed.map((n) => n.recipient.id)).size).toBe(proposed.length);
    expect(proposed[0]).toMatchObject({
      pathwayId: 'coventry-transition-to-adulthood',
      dueAt: '2027-04-14T23:00:00.000Z', // the start of the birthday, London time (BST)
    });
    const mail = smtp.mails.find((m) => m.raw.includes(opened.case.reference) && m.raw.includes('18th birthday'))!;
    expect(mail.raw).not.toMatch(/Nearly|Adult |2009/);
  });

  it('follows a clock moved by a later change: a corrected date of birth moves the 18th-birthday reminders', async () => {
    const lead = api.as(people.coventryLead);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Open to children services; turns 18 next year.',
      subject: { givenName: 'Moved', familyName: 'Birthday', dateOfBirth: '2009-03-10' },
    });
    let state = succeeded(
      (
        await lead.mutate(CaseEnrolDocument, {
          input: {
            caseId: opened.case.id,
            expectedVersion: opened.case.version,
            pathwayId: 'coventry-transition-to-adulthood',
          },
        })
      ).caseEnrol,
    );
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: {
            caseId: state.id,
            expectedVersion: state.version,
            trackId: track(state, 'coventry-transition-to-adulthood').id,
            transition: 'openToServices',
            facts: { openToChildrensServices: true },
          },
        })
      ).caseTransition,
    );
    const oldDue = new Date(deadline(state, 'coventry-transition-to-adulthood', 'nrmBeforeEighteen')!.dueAt!);
    const ofClock = async () =>
      (await notificationsOf(opened.case.id, lead)).filter((n) => n.clockId === 'nrmBeforeEighteen');

    await sweepAndSend(new Date(oldDue.getTime() - 24 * HOUR + 60_000));
    expect((await ofClock()).map((n) => [n.kind, n.dueAt])).toContainEqual(['DUE_SOON', oldDue.toISOString()]);

    // The date of birth was wrong: the person turns 18 ten weeks later.
    state = succeeded(
      (
        await lead.mutate(CaseUpdateSubjectDocument, {
          input: { caseId: state.id, expectedVersion: state.version, subject: { dateOfBirth: '2009-05-19' } },
        })
      ).caseUpdateSubject,
    );
    const newDue = new Date(deadline(state, 'coventry-transition-to-adulthood', 'nrmBeforeEighteen')!.dueAt!);
    expect(newDue.getTime() - oldDue.getTime()).toBeGreaterThan(60 * 24 * HOUR);

    // The old date passes: nobody is told the clock is overdue, because it is not.
    await sweepAndSend(new Date(oldDue.getTime() + 60_000));
    expect((await ofClock()).filter((n) => n.kind !== 'DUE_SOON')).toEqual([]);

    // The new date is what the reminders follow.
    await sweepAndSend(new Date(newDue.getTime() - 24 * HOUR + 60_000));
    await sweepAndSend(new Date(newDue.getTime() + 60_000));
    const moved = (await ofClock()).filter((n) => n.dueAt === newDue.toISOString()).map((n) => n.kind);
    expect(new Set(moved)).toEqual(new Set(['DUE_SOON', 'OVERDUE', 'ESCALATION']));
    expect((await ofClock()).filter((n) => n.dueAt === oldDue.toISOString()).map((n) => n.kind)).toEqual(
      expect.arrayContaining(['DUE_SOON']),
    );
  });

  it("reminds the receiving organisation's leads, once, of a hand-over nobody answered, with a link to the offers and no name", async () => {
    const charity = api.as(people.adavuCaseworker);
    const opened = await openCase(charity, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Met at a drop-in; her employer keeps her passport.',
      subject: { givenName: 'Unanswered', familyName: 'Offer-Canary' },
    });
    succeeded(
      (
        await charity.mutate(CaseHandOverDocument, {
          input: { caseId: opened.case.id, expectedVersion: opened.case.version, note: 'Please take this on.' },
        })
      ).caseHandOver,
    );
    const [offer] = (await api.as(people.coventryLead).query(HandOversWaitingDocument, {})).handOversWaiting.filter(
      (h) => h.caseReference === opened.case.reference,
    );
    const dueAt = new Date(offer!.dueAt);
    const caseId = Buffer.from(opened.case.id, 'base64').toString().split(':')[1]!;
    const unanswered = () =>
      api.prisma.notification.findMany({
        where: { caseId, kind: 'HAND_OVER_UNANSWERED' },
        include: { person: { select: { email: true } } },
      });
    await sweepAndSend(new Date(dueAt.getTime() - 60_000));
    expect(await unanswered()).toEqual([]);
    await sweepAndSend(new Date(dueAt.getTime() + 60_000));
    await sweepAndSend(new Date(dueAt.getTime() + 2 * HOUR)); // still unanswered: no second reminder
    const sent = await unanswered();
    expect(sent.map((n) => n.person.email)).toEqual([people.coventryLead]); // Coventry's leads, not the caseworker
    expect(sent[0]).toMatchObject({ status: 'SENT', dueAt });
    const mails = smtp.mails.filter((m) => m.raw.includes(opened.case.reference) && /offered to/.test(m.raw));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual([people.coventryLead]);
    expect(mails[0]!.raw).toContain('https://waymark.example/hand-overs');
    expect(mails[0]!.raw).not.toMatch(/Offer-Canary|Unanswered |passport/);
  });

  it('through the job queue: a refused send is retried on its own and each reminder is mailed once', async () => {
    const opened = await bexleyCase(new Date(Date.now() - 1_000), 'Queue');
    let clock = new Date(opened.dueAt.getTime() + 60_000);
    const mailsBefore = smtp.mails.length;
    smtp.refuse(1);
    const runner = await startJobs(currentDatabase(), {
      notifications: config(),
      reminderSweepMs: 3_600_000,
      webhookDispatchMs: 3_600_000,
      retryDelaySeconds: 1,
      now: () => clock,
    });
    try {
      await runner.sweepReminders();
      const pending = () => api.prisma.notification.count({ where: { status: { in: ['QUEUED', 'SENDING'] } } });
      await eventually(async () => ((await pending()) === 0 ? true : undefined));
      const rows = await api.prisma.notification.findMany({
        where: { createdAt: { gte: new Date(Date.now() - 600_000) } },
      });
      expect(rows.filter((n) => n.attempts === 2)).toHaveLength(1); // the refused one, on its second try
      const mails = smtp.mails.slice(mailsBefore);
      expect(new Set(mails.map((m) => m.messageId)).size).toBe(mails.length);
      expect(mails.filter((m) => m.raw.includes(opened.reference))).toHaveLength(
        (await notificationsOf(opened.id)).length,
      );

      // Sweeping again (as a restarted process would) sends nothing more.
      const sentSoFar = smtp.mails.length;
      clock = new Date(clock.getTime() + 60_000);
      await runner.sweepReminders();
      await runner.sweepReminders();
      expect(await pending()).toBe(0);
      expect(smtp.mails.length).toBe(sentSoFar);
    } finally {
      await runner.stop();
    }
  });

  it('GOV.UK Notify: templates by id with personalisation and reference, 429 retried, a half-done send not repeated, receipts recorded', async () => {
    const sent: Array<{
      template_id: string;
      email_address: string;
      reference: string;
      personalisation: Record<string, string>;
    }> = [];
    let tooMany = 1;
    // A stand-in for GOV.UK Notify's API on 127.0.0.1: the two calls the official client makes.
    const notify = await startHttpReceiver((request) => {
      if (request.method === 'POST') {
        if (tooMany-- > 0) return 429;
        sent.push(JSON.parse(request.body));
      }
      return request.method === 'POST' ? 201 : 200;
    });
    notify.respondBody((request) => {
      if (request.method === 'POST') return { id: `notify-${sent.length}` };
      const reference = new URL(request.path, 'http://x').searchParams.get('reference');
      const match = sent.filter((m) => m.reference === reference);
      return {
        notifications: match.map((m, i) => ({ id: `notify-existing-${i}`, reference: m.reference })),
        links: {},
      };
    });
    const notifyConfig = {
      publicUrl: 'https://waymark.example',
      smtp: null,
      notify: {
        apiKey: `waymark_test-${'11111111-1111-4111-8111-111111111111'}-${'22222222-2222-4222-8222-222222222222'}`,
        emailTemplateId: '33333333-3333-4333-8333-333333333333',
        baseUrl: notify.url,
        callbackToken: null,
      },
    };
    try {
      const opened = await bexleyCase(new Date(Date.now() - 1_000), 'Notify');
      const { queued } = await sweepReminders(new Date(opened.dueAt.getTime() - HOUR + 60_000));
      const ours = await api.prisma.notification.findMany({
        where: { id: { in: queued }, caseId: Buffer.from(opened.id, 'base64').toString().split(':')[1] },
      });
      expect(ours.length).toBeGreaterThan(0);
      const sender = senderFor(notifyConfig)!;
      const first = ours[0]!;
      // 429: the send throws (the queue retries with backoff) and the row waits in SENDING.
      await expect(sendNotification(first.id, sender, notifyConfig.publicUrl)).rejects.toThrow();
      expect((await api.prisma.notification.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('SENDING');
      await sendNotification(first.id, sender, notifyConfig.publicUrl);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ template_id: notifyConfig.notify.emailTemplateId, reference: first.id });
      expect(sent[0]!.personalisation.case_reference).toBe(opened.reference);
      expect(JSON.stringify(sent[0])).not.toContain('Notify"'); // the family name given to the case
      expect((await api.prisma.notification.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('SENT');

      // A worker that died after Notify took the message: the row is still SENDING; the retried job
      // finds the message by its reference and does not send it again.
      await api.prisma.notification.update({ where: { id: first.id }, data: { status: 'SENDING' } });
      await sendNotification(first.id, sender, notifyConfig.publicUrl);
      expect(sent).toHaveLength(1);
      expect((await api.prisma.notification.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('SENT');

      // Delivery receipt from Notify.
      const receipts = await fetch(api.url.replace('/graphql', '/notify/receipts'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer wrong' },
        body: JSON.stringify({ reference: first.id, status: 'delivered' }),
      });
      expect(receipts.status).toBe(404); // this test API has no callback token: the route is off
      const { recordDeliveryReceipt } = await import('../apps/api/src/modules/notifications/notification-send.ts');
      expect(await recordDeliveryReceipt(first.id, 'delivered')).toBe(true);
      const delivered = (await notificationsOf(opened.id)).find((n) => n.id === first.id)!;
      expect(delivered.status).toBe('DELIVERED');
    } finally {
      await notify.stop();
    }
  });
});
