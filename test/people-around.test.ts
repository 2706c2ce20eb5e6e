/**
 * Interpreters and the people around a child (issue 12 item 12, review 003-4, 003-5, 003-6):
 * the interpreter's relationship is recorded on every contact, interview and meeting; family, a
 * sponsor, a carer or an accompanying adult as interpreter is refused every time (003 6.7, 7.5);
 * a parent, sponsor or carer is not at a child's interview or meeting about future action
 * (003 7.4); once family or carers are suspected, nobody from the circle is included at all (HMSP
 * box). Each refusal is a RuleViolationError naming the rule and section, and writes nothing.
 */
import {
  CaseRecordContactDocument,
  CaseRecordFactsDocument,
  CaseRecordMeetingOutcomeDocument,
  CaseScheduleMeetingDocument,
  type CaseStateFragment,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { caseState, failedWith, openCase, succeeded } from './support/cases.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const uuidOf = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;

async function snapshot(caseId: string) {
  const uuid = uuidOf(caseId);
  return {
    events: await api.prisma.caseEvent.count({ where: { caseId: uuid } }),
    audit: await api.prisma.auditEvent.count({
      where: { entityId: uuid, action: { not: { startsWith: 'case.read' } } },
    }),
    row: await api.prisma.case.findUniqueOrThrow({ where: { id: uuid }, select: { version: true, facts: true } }),
    meetings: await api.prisma.meeting.findMany({ where: { caseId: uuid }, select: { heldAt: true } }),
  };
}

describe('interpreters and the people around a child (item 12)', () => {
  it('every contact and interview records who interpreted and who was there; the rules are checked each time', async () => {
    const herts = api.as(people.hertsCaseworker);
    const opened = await openCase(herts, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'People around test.',
      subject: { dateOfBirth: '2012-03-01' },
    });
    let state: CaseStateFragment = await caseState(herts, opened.case.id);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    const record = async (input: Record<string, unknown>) =>
      (await herts.mutate(CaseRecordContactDocument, { input: { ...v(), ...input } as never })).caseRecordContact;

    const before = await snapshot(state.id);
    for (const interpreter of ['FAMILY', 'SPONSOR', 'CARER', 'ACCOMPANYING_ADULT'])
      for (const kind of ['CONTACT', 'INTERVIEW'])
        expect(failedWith(await record({ kind, interpreter }), 'RuleViolationError')).toMatchObject({
          rule: 'independent-interpreter',
          section: '003 6.7, 7.5',
        });
    // A carer at the child's interview (7.4).
    expect(
      failedWith(await record({ kind: 'INTERVIEW', interpreter: 'NONE', present: ['CARER'] }), 'RuleViolationError'),
    ).toMatchObject({ rule: 'no-carers-present', section: '003 7.4' });
    expect(await snapshot(state.id)).toEqual(before);

    // Seeing the family is allowed while nothing is suspected; an interview with a professional interpreter too.
    state = succeeded(await record({ kind: 'CONTACT', interpreter: 'NONE', present: ['FAMILY'] }));
    state = succeeded(await record({ kind: 'INTERVIEW', interpreter: 'PROFESSIONAL' }));
    const events = await api.prisma.caseEvent.findMany({
      where: { caseId: uuidOf(state.id), kind: 'CONTACT_RECORDED' },
      orderBy: { caseVersion: 'asc' },
    });
    expect(events.map((e) => e.data)).toEqual([
      { kind: 'CONTACT', interpreter: 'none', present: ['family'] },
      { kind: 'INTERVIEW', interpreter: 'professional', present: [] },
    ]);

    // Family or carers suspected (HMSP box): no contact that includes them.
    state = succeeded(
      (await herts.mutate(CaseRecordFactsDocument, { input: { ...v(), facts: { familyOrCarerSuspected: true } } }))
        .caseRecordFacts,
    );
    const suspected = await snapshot(state.id);
    const refused = failedWith(
      await record({ kind: 'CONTACT', interpreter: 'NONE', present: ['FAMILY'] }),
      'RuleViolationError',
    );
    expect(refused).toMatchObject({ rule: 'family-or-carer-suspected', section: '003 7.4; 8.11 HMSP pathway box' });
    expect(await snapshot(state.id)).toEqual(suspected);
  });

  it("a meeting about the child's future: no interpreter from the circle, no parent, sponsor or carer present", async () => {
    const herts = api.as(people.hertsCaseworker);
    const opened = await openCase(herts, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'People around test.',
      subject: { dateOfBirth: '2012-03-01' },
    });
    let state = await caseState(herts, opened.case.id);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (
        await herts.mutate(CaseScheduleMeetingDocument, {
          input: { ...v(), kind: 'STRAT', scheduledFor: new Date().toISOString(), attendeeOrganisationIds: [] },
        })
      ).caseScheduleMeeting,
    );
    const meetingId = state.meetings[0]!.id;
    const outcome = async (extra: Record<string, unknown>) =>
      (
        await herts.mutate(CaseRecordMeetingOutcomeDocument, {
          input: { ...v(), meetingId, heldAt: new Date().toISOString(), ...extra } as never,
        })
      ).caseRecordMeetingOutcome;

    const before = await snapshot(state.id);
    expect(failedWith(await outcome({ interpreter: 'SPONSOR' }), 'RuleViolationError')).toMatchObject({
      rule: 'independent-interpreter',
    });
    expect(
      failedWith(await outcome({ interpreter: 'PROFESSIONAL', present: ['SPONSOR'] }), 'RuleViolationError'),
    ).toMatchObject({ rule: 'no-carers-present', section: '003 7.4' });
    expect(await snapshot(state.id)).toEqual(before);

    state = succeeded(await outcome({ interpreter: 'PROFESSIONAL' }));
    expect(state.meetings[0]!.heldAt).not.toBeNull();
    const event = await api.prisma.caseEvent.findFirstOrThrow({
      where: { caseId: uuidOf(state.id), kind: 'MEETING_OUTCOME_RECORDED' },
    });
    expect(event.data).toMatchObject({ interpreter: 'professional', present: [] });
  });
});
