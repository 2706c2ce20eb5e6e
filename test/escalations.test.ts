/**
 * Escalation reaches someone (issue 17 item 4, X-5; issue 19 "escalation notifies whom the
 * pathway names"): Coventry's NRM-before-18 clock escalates to the Modern Slavery Lead, who
 * oversees Coventry's cases. When it is overdue, the reminder sweep emails exactly the overseer
 * (over a real SMTP server on 127.0.0.1), and the escalation is on the overseer's myWork with its
 * reason; the case's own team is told it is overdue, not escalated to.
 */
import { CaseEnrolDocument, CaseNotificationsDocument, CaseTransitionDocument, MyWorkDocument } from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { senderFor } from '../apps/api/src/modules/notifications/channels.ts';
import { sendNotification } from '../apps/api/src/modules/notifications/notification-send.ts';
import { sweepReminders } from '../apps/api/src/modules/notifications/reminder-sweep.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { deadline, openCase, succeeded, track } from './support/cases.ts';
import { useClock } from './support/clock.ts';
import { startSmtpReceiver } from './support/receivers.ts';

// The 18th birthday is 11 November 2026: the NRM decision is due by the end of 10 November (London).
useClock('2026-11-10T10:00:00Z');

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

describe('an overdue clock escalates to whom its pathway names', () => {
  it('Coventry: the Modern Slavery Lead (area oversight) is emailed and sees it in myWork; nobody else gets the escalation', async () => {
    const lead = api.as(people.coventryLead);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Young person approaching 18, open to the Horizon team.',
      subject: { givenName: 'Escalation', familyName: 'Canary-Escalation', dateOfBirth: '2008-11-11' },
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
    expect(deadline(state, 'coventry-transition-to-adulthood', 'nrmBeforeEighteen')).toMatchObject({
      status: 'running',
      dueDate: '2026-11-10',
    });

    // Before it is due: nothing escalated, on anyone's list.
    const escalations = async (email: string) =>
      (await api.as(email).query(MyWorkDocument, {})).myWork.filter((w) => w.case.id === state.id && w.escalation);
    expect(await escalations(people.coventryOversight)).toEqual([]);

    vi.setSystemTime(new Date('2026-11-11T01:00:00Z'));
    const sender = senderFor(config());
    const { queued } = await sweepReminders(new Date());
    for (const id of queued) await sendNotification(id, sender, config().publicUrl);
    sender?.close();

    const { case: read } = await lead.query(CaseNotificationsDocument, { id: state.id });
    const escalated = read!.notifications.filter((n) => n.kind === 'ESCALATION');
    const overseer = await api.prisma.person.findUniqueOrThrow({ where: { email: people.coventryOversight } });
    expect(escalated).toHaveLength(1);
    const recipientIds = await api.prisma.notification.findMany({
      where: { kind: 'ESCALATION', clockId: 'nrmBeforeEighteen', case: { reference: opened.case.reference } },
      select: { personId: true },
    });
    expect(recipientIds.map((r) => r.personId)).toEqual([overseer.id]);
    // The case's team hears that it is overdue, not an escalation.
    expect(read!.notifications.some((n) => n.kind === 'OVERDUE')).toBe(true);

    const mails = smtp.mails.filter((m) => m.raw.includes(opened.case.reference) && /escalated to you/.test(m.raw));
    expect(mails.map((m) => m.to)).toEqual([[people.coventryOversight]]);
    expect(mails[0]!.raw).not.toContain('Canary-Escalation');

    const [item] = await escalations(people.coventryOversight);
    expect(item!.escalation).toEqual({
      to: 'Horizon Team / Modern Slavery Lead',
      contact: 'coventry-modern-slavery-lead',
      reason:
        'Overdue: NRM referral decision before the 18th birthday. Escalated to Horizon Team / Modern Slavery Lead: an NRM referral for a child should be made before their 18th birthday.',
    });
    expect(item!.nextDeadline.clock).toBe('nrmBeforeEighteen');
    expect(await escalations(people.coventryLead)).toEqual([]);
  });
});
