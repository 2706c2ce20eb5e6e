/**
 * Working across organisations (issue 14): a charity worker who is not a First Responder hands a
 * concern to the council's Single Point of Contact (000 step 3), the council's lead accepts and
 * makes the NRM referral; at each point, what each organisation sees. Area oversight (001 step 3,
 * 002 section 5) sees the area's cases without identity and changes none.
 */
import {
  AreaUpdateSettingsDocument,
  CaseAddNoteDocument,
  CaseDocument,
  CaseEnrolDocument,
  CaseHandOverAcceptDocument,
  CaseHandOverDeclineDocument,
  CaseHandOverDocument,
  CasesDocument,
  CaseSubmitNrmReferralDocument,
  CaseTransitionDocument,
  CaseRecordConsentDocument,
  HandedOverCasesDocument,
  HandOversWaitingDocument,
  type WaymarkClient,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handOver } from '../apps/api/src/modules/hand-overs/case-hand-over.ts';
import { loadViewer } from '../apps/api/src/modules/identity/viewer.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { caseState, failedWith, openCase, succeeded, track, recordAction } from './support/cases.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // Bexley lets its oversight see identity; Coventry keeps the default (no identity).
  await api.prisma.area.update({ where: { code: 'bexley' }, data: { oversightSeesIdentity: true } });
});
afterAll(() => api.stop());

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const NOBODY = '00000000-0000-4000-8000-000000000000';

/** What a client sees of a case: null when hidden, else whether the name shows. */
async function view(client: WaymarkClient, id: string) {
  const { case: found } = await client.query(CaseDocument, { id, timelineFirst: 50 });
  return found;
}
async function inCases(client: WaymarkClient, id: string) {
  const { cases } = await client.query(CasesDocument, { first: 100 });
  return cases.edges.some((e) => e.node.id === id);
}
const rowCounts = async () => ({
  handOvers: await api.prisma.caseHandOver.count(),
  events: await api.prisma.caseEvent.count(),
});

describe('hand-over from a charity to the council SPoC, through the SDK', () => {
  it('offers, is accepted, and moves identity and the work list with the case; the NRM referral follows', async () => {
    const charity = api.as(people.adavuCaseworker);
    const councilLead = api.as(people.coventryLead);
    const councilCaseworker = api.as(people.coventryCaseworker);
    const oversight = api.as(people.coventryOversight);
    const otherOversight = api.as(people.bexleyOversight);

    // 1. The charity worker records the concern: Adavu owns it and sees the name; nobody at the council does.
    const opened = await openCase(charity, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Met at a drop-in; says her employer keeps her passport.',
      subject: { givenName: 'Handed', familyName: 'Over', dateOfBirth: '1990-05-06', gender: 'FEMALE' },
    });
    const id = opened.case.id;
    let state = await caseState(charity, id);
    expect((await view(charity, id))?.subject).toMatchObject({ givenName: 'Handed', familyName: 'Over' });
    expect((await view(charity, id))?.owningOrganisation.name).toBe('Adavu');
    expect(await view(councilLead, id)).toBeNull();
    expect(await inCases(councilLead, id)).toBe(false);
    const adavuOrg = (await view(charity, id))!.owningOrganisation.id;

    // Oversight of Coventry sees the case, its status, no identity; Bexley's oversight does not see it.
    const overseen = await view(oversight, id);
    expect(overseen).toMatchObject({
      status: 'OPEN',
      subject: { givenName: null, familyName: null, dateOfBirth: null },
    });
    expect(await inCases(oversight, id)).toBe(true);
    expect(await view(otherOversight, id)).toBeNull();

    // 2. Bad offers: to the owner itself, to an organisation that does not exist. Nothing is written.
    const before = await rowCounts();
    const toSelf = (
      await charity.mutate(CaseHandOverDocument, {
        input: { caseId: id, expectedVersion: state.version, toOrganisationId: adavuOrg, note: 'x' },
      })
    ).caseHandOver;
    expect(failedWith(toSelf, 'RuleViolationError')).toMatchObject({ rule: 'handOver.toOwner' });
    const toNobody = (
      await charity.mutate(CaseHandOverDocument, {
        input: {
          caseId: id,
          expectedVersion: state.version,
          toOrganisationId: globalId('Organisation', NOBODY),
          note: 'x',
        },
      })
    ).caseHandOver;
    expect(failedWith(toNobody, 'RuleViolationError')).toMatchObject({ rule: 'handOver.unknownOrganisation' });
    expect(await rowCounts()).toEqual(before);
    expect((await caseState(charity, id)).version).toBe(state.version);

    // 3. The offer goes to the area's SPoC by default (Coventry City Council); the charity still owns the case.
    state = succeeded(
      (
        await charity.mutate(CaseHandOverDocument, {
          input: { caseId: id, expectedVersion: state.version, note: 'Needs a First Responder for the NRM.' },
        })
      ).caseHandOver,
    );
    expect(await view(councilLead, id)).toBeNull();
    const { handOversWaiting } = await councilLead.query(HandOversWaitingDocument, {});
    const offer = handOversWaiting.find((h) => h.caseReference === state.reference)!;
    expect(offer).toMatchObject({
      status: 'PENDING',
      fromOrganisationName: 'Adavu',
      toOrganisationName: 'Coventry City Council',
      note: 'Needs a First Responder for the NRM.',
      overdue: false,
    });
    // The 000 urgent assessment's 3 hours, from the offer.
    expect(new Date(offer.dueAt).getTime() - new Date(offer.offeredAt).getTime()).toBe(3 * 3_600_000);
    expect(offer).not.toHaveProperty('givenName');
    expect((await councilCaseworker.query(HandOversWaitingDocument, {})).handOversWaiting).toEqual([]);

    // A second offer while one waits is refused.
    const again = (
      await charity.mutate(CaseHandOverDocument, { input: { caseId: id, expectedVersion: state.version, note: 'x' } })
    ).caseHandOver;
    expect(failedWith(again, 'RuleViolationError')).toMatchObject({ rule: 'handOver.pending' });

    // A caseworker may not answer; a lead may not decline without a reason. Nothing written.
    const counts = await rowCounts();
    expect(
      failedWith(
        (await councilCaseworker.mutate(CaseHandOverAcceptDocument, { handOverId: offer.id })).caseHandOverAccept,
        'NotPermittedError',
      ),
    ).toBeTruthy();
    const noReason = (await councilLead.mutate(CaseHandOverDeclineDocument, { handOverId: offer.id, reason: ' ' }))
      .caseHandOverDecline;
    expect(failedWith(noReason, 'ValidationError').message).toMatch(/reason must not be blank/);
    expect(await rowCounts()).toEqual(counts);

    // 4. The council lead accepts: the council owns it, identity included, assigned to the lead.
    const accepted = succeeded(
      (await councilLead.mutate(CaseHandOverAcceptDocument, { handOverId: offer.id })).caseHandOverAccept,
    );
    expect(accepted.assignedTo?.displayName).toMatch(/Amira Cole/);
    const councilView = await view(councilLead, id);
    expect(councilView).toMatchObject({
      owningOrganisation: { name: 'Coventry City Council' },
      subject: { givenName: 'Handed', familyName: 'Over' },
    });
    expect(await inCases(councilLead, id)).toBe(true);
    const twice = (await councilLead.mutate(CaseHandOverAcceptDocument, { handOverId: offer.id })).caseHandOverAccept;
    expect(failedWith(twice, 'RuleViolationError')).toMatchObject({ rule: 'handOver.answered' });

    // The charity's part has ended: not in its lists, no case, a read-only record with the status.
    expect(await view(charity, id)).toBeNull();
    expect(await inCases(charity, id)).toBe(false);
    const { handedOverCases } = await charity.query(HandedOverCasesDocument, {});
    const kept = handedOverCases.find((c) => c.reference === state.reference)!;
    expect(kept).toMatchObject({ status: 'OPEN', handedOverTo: 'Coventry City Council' });
    expect(kept.ownEvents.map((e) => e.kind)).toEqual(['CONCERN_RECORDED', 'HAND_OVER_OFFERED']);
    expect(JSON.stringify(kept)).not.toContain('Handed');
    expect((await councilLead.query(HandedOverCasesDocument, {})).handedOverCases).toEqual([]);
    expect(
      failedWith(
        (
          await charity.mutate(CaseAddNoteDocument, {
            input: { caseId: id, expectedVersion: accepted.version, text: 'x' },
          })
        ).caseAddNote,
        'NotFoundError',
      ),
    ).toBeTruthy();

    // 5. The council, a First Responder, makes the NRM referral.
    state = accepted;
    const v = () => ({ caseId: id, expectedVersion: state.version });
    state = succeeded(
      (await councilLead.mutate(CaseRecordConsentDocument, { input: { ...v(), nrm: 'GIVEN', capacityInDoubt: false } }))
        .caseRecordConsent,
    );
    state = succeeded(
      (await councilLead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-pre-nrm' } })).caseEnrol,
    );
    const pre = () => track(state, 'coventry-pre-nrm').id;
    state = succeeded(
      (
        await councilLead.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: pre(), transition: 'consentGiven' },
        })
      ).caseTransition,
    );
    state = succeeded(
      (
        await councilLead.mutate(CaseTransitionDocument, {
          input: {
            ...v(),
            trackId: pre(),
            transition: 'firstResponderIsInvolved',
            facts: { firstResponderInvolved: true, previouslyReferred: false },
          },
        })
      ).caseTransition,
    );
    // 002-10: the check with the NRM for an earlier referral comes before the referral.
    state = await recordAction(councilLead, state, 'coventry-pre-nrm', 'checkNrmForEarlierReferral');
    state = succeeded(
      (await councilLead.mutate(CaseSubmitNrmReferralDocument, { input: { ...v(), trackId: pre() } }))
        .caseSubmitNrmReferral,
    );
    expect(state.nrmReferrals[0]).toMatchObject({ organisation: { name: 'Coventry City Council' } });

    // Oversight still sees it without identity, and may not change it.
    expect((await view(oversight, id))?.subject.givenName).toBeNull();
    const note = (await oversight.mutate(CaseAddNoteDocument, { input: { ...v(), text: 'x' } })).caseAddNote;
    expect(failedWith(note, 'NotPermittedError').message).toMatch(/oversight/);
    expect((await caseState(councilLead, id)).version).toBe(state.version);
    // The charity's record now shows the referral's effect on the status only.
    const after = (await charity.query(HandedOverCasesDocument, {})).handedOverCases.find(
      (c) => c.reference === state.reference,
    )!;
    expect(after.ownEvents).toHaveLength(2);

    const timeline = (await view(councilLead, id))!.timeline.edges.map(
      (e) => `${e.node.kind} by ${e.node.organisation.name}`,
    );
    expect(timeline).toEqual(
      expect.arrayContaining([
        'CONCERN_RECORDED by Adavu',
        'HAND_OVER_OFFERED by Adavu',
        'HAND_OVER_ACCEPTED by Coventry City Council',
        'NRM_REFERRAL_SUBMITTED by Coventry City Council',
      ]),
    );
    console.log(`walk-through timeline:\n  ${[...timeline].reverse().join('\n  ')}`);
  }, 60_000);

  it('a declined offer leaves the case with its owner, the reason on its timeline; an unanswered one goes overdue', async () => {
    const charity = api.as(people.adavuCaseworker);
    const councilLead = api.as(people.coventryLead);
    const opened = await openCase(charity, { concernKind: 'LOCATION', concern: 'A house with many occupants.' });
    const id = opened.case.id;
    const state = await caseState(charity, id);
    // Offered on a fixed past date: the 3-hour clock has run out whenever the test runs.
    const person = await api.prisma.person.findUniqueOrThrow({ where: { email: people.adavuCaseworker } });
    const viewer = (await loadViewer(person.id, null, { kind: 'session', id: null, scopes: null }))!;
    await handOver(
      { viewer, requestId: 'test' },
      { caseId: Buffer.from(id, 'base64').toString().split(':')[1]!, expectedVersion: state.version, note: 'Please.' },
      new Date('2026-01-05T09:00:00Z'),
    );
    const offer = (await councilLead.query(HandOversWaitingDocument, {})).handOversWaiting.find(
      (h) => h.caseReference === state.reference,
    )!;
    expect(offer).toMatchObject({ overdue: true, dueAt: '2026-01-05T12:00:00.000Z' });

    const declined = (
      await councilLead.mutate(CaseHandOverDeclineDocument, { handOverId: offer.id, reason: 'Not in our area.' })
    ).caseHandOverDecline;
    expect(declined).toMatchObject({ handOver: { status: 'DECLINED', declineReason: 'Not in our area.' } });
    expect(await view(councilLead, id)).toBeNull();
    const charityView = (await view(charity, id))!;
    expect(charityView.owningOrganisation.name).toBe('Adavu');
    expect(charityView.timeline.edges.map((e) => e.node.kind)).toContain('HAND_OVER_DECLINED');
    const again = (await councilLead.mutate(CaseHandOverAcceptDocument, { handOverId: offer.id })).caseHandOverAccept;
    expect(failedWith(again, 'RuleViolationError')).toMatchObject({ rule: 'handOver.answered' });
    // Each step is audited.
    const audit = await api.prisma.auditEvent.findMany({
      where: { entityId: Buffer.from(id, 'base64').toString().split(':')[1]!, action: { startsWith: 'case.handOver' } },
      select: { action: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(['case.handOver', 'case.handOverDecline']);
  }, 60_000);

  it('oversight sees identity only where its area allows it, and that read is audited', async () => {
    const bexleyCase = globalId('Case', '6f1d2c1e-0000-4000-8000-000000000003');
    const coventryCase = globalId('Case', '6f1d2c1e-0000-4000-8000-000000000001');
    const before = await api.prisma.auditEvent.count({
      where: { action: 'case.read.identifying', entityId: '6f1d2c1e-0000-4000-8000-000000000003' },
    });
    expect((await view(api.as(people.bexleyOversight), bexleyCase))?.subject).toMatchObject({ givenName: 'Demo' });
    expect(
      await api.prisma.auditEvent.count({
        where: { action: 'case.read.identifying', entityId: '6f1d2c1e-0000-4000-8000-000000000003' },
      }),
    ).toBe(before + 1);
    expect((await view(api.as(people.coventryOversight), coventryCase))?.subject).toMatchObject({
      givenName: null,
      familyName: null,
    });
  });
});

describe('area settings (platform admins)', () => {
  it('sets the SPoC organisation, oversight identity and answer hours, audited; a hand-over follows them', async () => {
    const admin = api.as(people.platformAdmin);
    const kirklees = await api.prisma.area.findUniqueOrThrow({ where: { code: 'kirklees' } });
    const police = await api.prisma.organisation.findUniqueOrThrow({ where: { slug: 'west-yorkshire-police' } });
    const areaId = globalId('Area', kirklees.id);
    const audits = () =>
      api.prisma.auditEvent.count({ where: { action: 'area.updateSettings', entityId: kirklees.id } });
    const before = await audits();

    // Bad input changes nothing.
    const tooLong = (await admin.mutate(AreaUpdateSettingsDocument, { input: { areaId, handOverAnswerHours: 169 } }))
      .areaUpdateSettings;
    expect(tooLong.__typename).toBe('ValidationError');
    const noSuchOrganisation = (
      await admin.mutate(AreaUpdateSettingsDocument, {
        input: { areaId, spocOrganisationId: globalId('Organisation', NOBODY) },
      })
    ).areaUpdateSettings;
    expect(noSuchOrganisation.__typename).toBe('ValidationError');
    expect(await api.prisma.area.findUniqueOrThrow({ where: { id: kirklees.id } })).toMatchObject({
      handOverAnswerHours: kirklees.handOverAnswerHours,
      spocOrganisationId: kirklees.spocOrganisationId,
    });
    expect(await audits()).toBe(before);

    const updated = (
      await admin.mutate(AreaUpdateSettingsDocument, {
        input: {
          areaId,
          spocOrganisationId: globalId('Organisation', police.id),
          oversightSeesIdentity: true,
          handOverAnswerHours: 6,
        },
      })
    ).areaUpdateSettings;
    expect(updated).toMatchObject({ area: { code: 'kirklees', handOverAnswerHours: 6, oversightSeesIdentity: true } });
    expect(await audits()).toBe(before + 1);

    // A hand-over of a Kirklees case now goes to the new SPoC, with six hours to answer.
    const worker = api.as('caseworker.kirklees@waymark.example');
    const opened = await openCase(worker, {
      concernKind: 'LOCATION',
      concern: 'Car wash with workers sleeping on site.',
    });
    const state = await caseState(worker, opened.case.id);
    succeeded(
      (
        await worker.mutate(CaseHandOverDocument, {
          input: { caseId: state.id, expectedVersion: state.version, note: 'For the SPoC.' },
        })
      ).caseHandOver,
    );
    const offer = await api.prisma.caseHandOver.findFirstOrThrow({
      where: { case: { reference: state.reference } },
      select: { toOrganisationId: true, offeredAt: true, dueAt: true },
    });
    expect(offer.toOrganisationId).toBe(police.id);
    expect(offer.dueAt.getTime() - offer.offeredAt.getTime()).toBe(6 * 3_600_000);
  });
});
