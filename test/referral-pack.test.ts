/**
 * The NRM / Duty to Notify referral through the SDK: answers recorded on the case and checked
 * against the Home Office form, packs in the form's order with completeness for a Coventry adult,
 * a Hertfordshire child and an adult who declined, the anonymisation rules, the printable page,
 * and the submission tracked to a decision.
 */
import {
  CaseDescribeEvidenceDocument,
  CaseEnrolDocument,
  CaseRecordConsentDocument,
  CaseRecordDecisionDocument,
  CaseRecordFactsDocument,
  CaseRecordIndicatorsDocument,
  CaseRecordReferralAnswersDocument,
  CaseReferralPackDocument,
  CaseReferralSubmissionsDocument,
  CaseStateDocument,
  CaseSubmitNrmReferralDocument,
  CaseDocument,
  CaseTransitionDocument,
  type CaseStateFragment,
  type ReferralPackContentFragment,
  type WaymarkClient,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { calendar } from '@waymark/pathways';
import { failedWith, openCase, succeeded, track, recordAction } from './support/cases.ts';

/** Today's date in London, as the API compares dates. */
const today = () => calendar.formatDate(calendar.londonDate(Date.now()));

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

type Kind = 'NRM' | 'DUTY_TO_NOTIFY' | 'RECONSIDERATION';
const fields = (pack: ReferralPackContentFragment) => pack.sections.flatMap((s) => s.steps.flatMap((st) => st.fields));
const field = (pack: ReferralPackContentFragment, key: string) => fields(pack).find((f) => f.key === key)!;

async function packOf(client: WaymarkClient, id: string, kind: Kind) {
  const { case: found } = await client.query(CaseReferralPackDocument, { id, kind });
  return found!;
}

async function stateOf(client: WaymarkClient, id: string): Promise<CaseStateFragment> {
  return (await client.query(CaseStateDocument, { id })).case!;
}

async function answer(client: WaymarkClient, state: { id: string; version: number }, answers: Record<string, unknown>) {
  return (
    await client.mutate(CaseRecordReferralAnswersDocument, {
      input: { caseId: state.id, expectedVersion: state.version, answers },
    })
  ).caseRecordReferralAnswers;
}

async function fetchPack(email: string | null, caseId: string, query: string) {
  const headers: Record<string, string> = {};
  if (email) headers.authorization = `Bearer ${await api.tokenFor(email)}`;
  return fetch(`${api.url}/referral-pack/${caseId}?${query}`, { headers });
}

async function coventryAdult(givenName: string, familyName: string) {
  const caseworker = api.as(people.coventryCaseworker);
  const opened = await openCase(caseworker, {
    concernKind: 'POTENTIAL_VICTIM',
    concern: 'Works at a hand car wash for food and a mattress; passport held by the boss.',
    subject: { givenName, familyName, dateOfBirth: '1994-05-06', gender: 'FEMALE', nationality: 'Romanian' },
  });
  let state = await stateOf(caseworker, opened.case.id);
  state = succeeded(
    (
      await caseworker.mutate(CaseRecordFactsDocument, {
        input: { caseId: state.id, expectedVersion: state.version, facts: { ageStatus: 'adult', wantsSupport: true } },
      })
    ).caseRecordFacts,
  );
  return state;
}

describe('a Coventry adult: answers, completeness, submission and decision', () => {
  it('reads held answers from the case, fills the pack as answers are recorded, and tracks the submission to a decision', async () => {
    const lead = api.as(people.coventryLead);
    let state = await coventryAdult('Marta', 'Lindqvist');
    state = succeeded(
      (
        await lead.mutate(CaseRecordConsentDocument, {
          input: { caseId: state.id, expectedVersion: state.version, nrm: 'GIVEN', capacityInDoubt: false },
        })
      ).caseRecordConsent,
    );

    const before = (await packOf(lead, state.id, 'NRM')).referralPack;
    expect(before).toMatchObject({
      kind: 'NRM',
      route: 'NRM_ADULT',
      formId: 'ho-nrm-digital',
      formVersion: 1,
      complete: false,
    });
    expect(before.sections.map((s) => s.id)).toEqual([
      'first-responder',
      'age',
      'background',
      'exploitation',
      'professional-insight',
      'location',
      'exploiters',
      'consent',
      'person',
      'decision-contact',
    ]);
    // Held by Waymark: read from the case, with where it came from.
    expect(field(before, 'pv-name-first-name')).toMatchObject({
      status: 'ANSWERED',
      value: 'Marta',
      source: 'case.givenName',
    });
    expect(field(before, 'pv-under-age')).toMatchObject({ value: 'no', source: 'case.ageGroup' });
    expect(field(before, 'pv-want-to-submit-nrm')).toMatchObject({ value: 'yes', source: 'case.consentToNrm' });
    expect(field(before, 'reference')).toMatchObject({ status: 'ANSWERED', source: 'case.reference' });
    expect(field(before, 'family')).toMatchObject({ status: 'MISSING', required: true });
    expect(field(before, 'local-authority-contacted-about-child-local-authority-name').status).toBe('NOT_APPLICABLE');

    // Recording answers: completeness goes up, events name the fields, never the values.
    state = { ...state, ...(await stateOf(lead, state.id)) };
    const recorded = await answer(lead, state, {
      family: 'Mother and two brothers in Constanta',
      education: 'Left school at 15',
      'employment-history': 'Farm work, then a hand car wash',
      birthplace: 'Constanta',
      'were-they-taken-somewhere-by-their-exploiter': 'yes',
      'were-they-taken-somewhere-by-their-exploiter-journey-details': 'By minibus through Austria',
    });
    expect(recorded.__typename).toBe('CaseReferralPayload');
    const after = (await packOf(lead, state.id, 'NRM')).referralPack;
    expect(after.missing.length).toBe(before.missing.length - 5);
    expect(field(after, 'family')).toMatchObject({ status: 'ANSWERED', source: 'answers' });
    expect(field(after, 'birthplace')).toMatchObject({ identifying: true, value: 'Constanta' });
    const { case: timeline } = await lead.query(CaseDocument, { id: state.id, timelineFirst: 5 });
    const event = timeline!.timeline.edges.find((e) => e.node.kind === 'REFERRAL_ANSWERS_RECORDED')!.node;
    expect(event.data.fields).toEqual(expect.arrayContaining(['family', 'birthplace']));
    expect(JSON.stringify(event.data)).not.toMatch(/Constanta|minibus/);

    // The lead's read of identifying answers is audited, once per request.
    const caseUuid = Buffer.from(state.id, 'base64').toString().split(':')[1]!;
    const reads = () => api.prisma.auditEvent.count({ where: { action: 'case.read.identifying', entityId: caseUuid } });
    const readsBefore = await reads();
    await packOf(lead, state.id, 'NRM');
    expect(await reads()).toBe(readsBefore + 1);

    // Indicators answer the form's question and suggest exploitation types; a mismatch is flagged.
    state = { ...state, ...(await stateOf(lead, state.id)) };
    const indicators = (
      await lead.mutate(CaseRecordIndicatorsDocument, {
        input: {
          caseId: state.id,
          expectedVersion: state.version,
          indicators: [
            { indicatorId: 'other-poor-conditions', note: 'Sleeps in the car wash office' },
            { indicatorId: 'abroad-false-id', note: 'Passport held by the boss' },
          ],
        },
      })
    ).caseRecordIndicators;
    expect(indicators.__typename).toBe('CaseReferralPayload');
    const withIndicators = await packOf(lead, state.id, 'NRM');
    expect(field(withIndicators.referralPack, 'indicators-seen')).toMatchObject({
      value: 'yes',
      source: 'case.indicators',
    });
    expect(field(withIndicators.referralPack, 'indicators-seen-details').value).toMatch(
      /Sleeps in the car wash office/,
    );
    expect(withIndicators.exploitationTypeSuggestion).toMatchObject({
      suggested: ['LABOUR'],
      notRecorded: ['LABOUR'],
      mismatch: true,
    });

    // Evidence described: listed on the referral, answering the form's upload question.
    state = { ...state, ...(await stateOf(lead, state.id)) };
    const evidence = (
      await lead.mutate(CaseDescribeEvidenceDocument, {
        input: {
          caseId: state.id,
          expectedVersion: state.version,
          documents: [
            { kind: 'STATEMENT', description: 'Her account, taken with an interpreter', documentDate: today() },
          ],
        },
      })
    ).caseDescribeEvidence;
    expect(evidence.__typename).toBe('CaseReferralPayload');
    const withEvidence = (await packOf(lead, state.id, 'NRM')).referralPack;
    expect(withEvidence.evidence).toEqual([
      { kind: 'STATEMENT', description: 'Her account, taken with an interpreter', documentDate: today() },
    ]);
    expect(field(withEvidence, 'supporting-documents-add')).toMatchObject({ value: 'yes', source: 'case.evidence' });

    // The printable page and the Markdown follow the same order; missing ones are marked.
    const beforePage = await reads();
    const html = await fetchPack(people.coventryLead, state.id, 'kind=NRM&format=html');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    const page = await html.text();
    expect(await reads()).toBe(beforePage + 1);
    expect(page).toMatch(/<html lang="en-GB">/);
    // One row per field in the form's order (the missing list at the top names them first).
    expect(page.lastIndexOf('Their family')).toBeLessThan(page.lastIndexOf('How did the exploitation start?'));
    expect(page).toMatch(/<td>Missing<\/td>/);
    const md = await (await fetchPack(people.coventryLead, state.id, 'kind=NRM&format=md')).text();
    expect(md).toMatch(/\*\*How did the exploitation start\?\*\* \*\*\[MISSING\]\*\*/);

    // Submitted (incomplete): the referral keeps the reference, version, hash and completeness.
    state = await stateOf(lead, state.id);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-pre-nrm' } })).caseEnrol,
    );
    const pre = () => track(state, 'coventry-pre-nrm').id;
    state = succeeded(
      (await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId: pre(), transition: 'consentGiven' } }))
        .caseTransition,
    );
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
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
    state = await recordAction(lead, state, 'coventry-pre-nrm', 'checkNrmForEarlierReferral');
    state = succeeded(
      (
        await lead.mutate(CaseSubmitNrmReferralDocument, {
          input: { ...v(), trackId: pre(), authorityReference: 'SCA-2026-11-000123' },
        })
      ).caseSubmitNrmReferral,
    );
    const submitted = (await lead.query(CaseReferralSubmissionsDocument, { id: state.id })).case!;
    expect(submitted.nrmReferrals[0]).toMatchObject({
      authorityReference: 'SCA-2026-11-000123',
      formVersion: 1,
      packComplete: false,
    });
    expect(submitted.nrmReferrals[0]!.packHash).toMatch(/^[0-9a-f]{64}$/);
    expect(submitted.nrmReferrals[0]!.packMissing).toContain('how-did-the-exploitation-start');
    const { case: afterSubmit } = await lead.query(CaseDocument, { id: state.id, timelineFirst: 5 });
    const submittedEvent = afterSubmit!.timeline.edges.find((e) => e.node.kind === 'NRM_REFERRAL_SUBMITTED')!.node;
    expect(submittedEvent.data).toMatchObject({ complete: false, formVersion: 1 });
    expect(submittedEvent.data.missing).toContain('how-did-the-exploitation-start');

    // The reconsideration pack exists only after a negative decision.
    const early = await fetchPack(people.coventryLead, state.id, 'kind=RECONSIDERATION&format=json');
    expect(early.status).toBe(403);
    // During-NRM started with the referral's hand-off.
    const during = () => track(state, 'coventry-during-nrm').id;
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: during(), transition: 'awaitRg', facts: { destitute: false } },
        })
      ).caseTransition,
    );
    state = succeeded(
      (
        await lead.mutate(CaseRecordDecisionDocument, {
          input: {
            ...v(),
            trackId: during(),
            type: 'REASONABLE_GROUNDS',
            result: 'NEGATIVE',
            decidedOn: today(),
          },
        })
      ).caseRecordDecision,
    );
    const decided = (await lead.query(CaseReferralSubmissionsDocument, { id: state.id })).case!;
    expect(decided.decisions[0]).toMatchObject({
      result: 'NEGATIVE',
      nrmReferral: { authorityReference: 'SCA-2026-11-000123' },
    });
    const recon = (await packOf(lead, state.id, 'RECONSIDERATION')).referralPack;
    expect(recon).toMatchObject({ kind: 'RECONSIDERATION', formId: 'nrm-reconsideration', complete: false });
    expect(recon.reconsideration).toMatchObject({ decisionType: 'REASONABLE_GROUNDS' });
    expect(recon.reconsideration!.eventsSinceReferral.map((e) => e.kind)).toContain('DECISION_RECORDED');
    state = await stateOf(lead, state.id);
    await answer(lead, state, {
      'reconsideration-events-since-referral': 'She has disclosed debt bondage to her ISVA.',
      'reconsideration-misapplied-guidance': 'The minutes treat her return to the car wash as consent.',
      'reconsideration-persons-views': 'She wants her account heard in full.',
    });
    expect((await packOf(lead, state.id, 'RECONSIDERATION')).referralPack.complete).toBe(true);
  });

  it('refuses bad answers per field and writes nothing', async () => {
    const lead = api.as(people.coventryLead);
    const state = await coventryAdult('Refused', 'Answers');
    const rowsBefore = await api.prisma.referralAnswers.count();
    const result = await answer(lead, state, {
      'not-a-question': 'x',
      education: 42,
      'evidence-of-dishonesty': 'perhaps',
      family: 'x'.repeat(15_001),
      'pv-name-first-name': 'Someone',
      'local-authority-contacted-about-child-local-authority-email': 'la@example.org',
      'evidence-of-dishonesty-details': 'She gave two names',
    });
    const error = failedWith(result, 'ValidationError') as unknown as {
      fieldErrors: Array<{ field: string; message: string }>;
    };
    expect(Object.fromEntries(error.fieldErrors.map((e) => [e.field, e.message.split(':')[0]]))).toEqual({
      'answers.not-a-question': 'UNKNOWN_FIELD',
      'answers.education': 'WRONG_TYPE',
      'answers.evidence-of-dishonesty': 'NOT_AN_OPTION',
      'answers.family': 'TOO_LONG',
      'answers.pv-name-first-name': 'HELD_BY_WAYMARK',
      'answers.local-authority-contacted-about-child-local-authority-email': 'BRANCH_NOT_TAKEN',
      'answers.evidence-of-dishonesty-details': 'BRANCH_NOT_TAKEN',
    });
    expect(JSON.stringify(error)).not.toMatch(/perhaps|two names|Someone|la@example/);
    expect(await api.prisma.referralAnswers.count()).toBe(rowsBefore);
    expect((await stateOf(lead, state.id)).version).toBe(state.version);
  });

  it('is FORBIDDEN, with no hint, to anyone off the case team; hidden in GraphQL', async () => {
    const state = await coventryAdult('Hidden', 'Pack');
    expect(
      (await api.as(people.bexleyLead).query(CaseReferralPackDocument, { id: state.id, kind: 'NRM' })).case,
    ).toBeNull();
    const other = await fetchPack(people.bexleyLead, state.id, 'kind=NRM');
    const nowhere = await fetchPack(
      people.bexleyLead,
      Buffer.from('Case:6f1d2c1e-0000-4000-8000-00000000dead').toString('base64'),
      'kind=NRM',
    );
    expect(other.status).toBe(403);
    expect(nowhere.status).toBe(403);
    expect(await other.text()).toBe(await nowhere.text());
    expect((await fetchPack(null, state.id, 'kind=NRM')).status).toBe(401);
  });
});

describe('a Hertfordshire child', () => {
  it('follows the child route: no consent asked, local authority contact needed, no Duty to Notify', async () => {
    const worker = api.as(people.hertsCaseworker);
    const opened = await openCase(worker, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Found at a cannabis grow; says he is 19 but looks younger.',
      subject: { estimatedAge: 16, ageUncertain: true, gender: 'MALE', interpreterNeeded: true },
    });
    const nrm = (await packOf(worker, opened.case.id, 'NRM')).referralPack;
    expect(nrm.route).toBe('NRM_CHILD');
    expect(field(nrm, 'pv-under-age')).toMatchObject({ value: 'not-sure', source: 'case.ageGroup' });
    expect(field(nrm, 'local-authority-contacted-about-child-local-authority-email')).toMatchObject({
      status: 'MISSING',
      required: true,
    });
    expect(field(nrm, 'pv-want-to-submit-nrm').status).toBe('NOT_APPLICABLE');
    expect(nrm.sections.find((s) => s.id === 'duty-to-notify')).toBeUndefined();
    expect(field(nrm, 'pv-interpreter-requirements')).toMatchObject({ value: 'yes', source: 'case.interpreterNeeded' });

    const state = await stateOf(worker, opened.case.id);
    const recorded = await answer(worker, state, {
      'local-authority-contacted-about-child-local-authority-name': 'Hertfordshire',
      'local-authority-contacted-about-child-local-authority-phone': '0300 123 4043',
      'local-authority-contacted-about-child-local-authority-email': 'childrens.services@example.gov.uk',
    });
    expect(recorded.__typename).toBe('CaseReferralPayload');
    const after = (await packOf(worker, opened.case.id, 'NRM')).referralPack;
    expect(after.missing.length).toBe(nrm.missing.length - 3);
    expect(after.sections.find((s) => s.id === 'age')!.complete).toBe(true);

    const dtn = (await packOf(worker, opened.case.id, 'DUTY_TO_NOTIFY')).referralPack;
    expect(dtn.complete).toBe(false);
    expect(dtn.warnings.map((w) => w.code)).toContain('DTN_NOT_FOR_CHILDREN');
  });
});

describe('an adult who declined the NRM', () => {
  it('gets an anonymised Duty to Notify that never carries identity, whoever asks', async () => {
    const lead = api.as(people.coventryLead);
    let state = await coventryAdult('Ileana', 'Dragomirescu');
    state = succeeded(
      (
        await lead.mutate(CaseRecordConsentDocument, {
          input: {
            caseId: state.id,
            expectedVersion: state.version,
            nrm: 'DECLINED',
            shareDetails: 'DECLINED',
            capacityInDoubt: false,
          },
        })
      ).caseRecordConsent,
    );
    state = { ...state, ...(await stateOf(lead, state.id)) };
    expect(
      (
        await answer(lead, state, {
          'co-operate-with-police': 'yes',
          birthplace: 'Galati',
          'how-they-were-treated': 'Ileana was locked in at 14 Foleshill Road, CV6 5AA at night.',
          'who-exploited-pv': 'A man called Dorin and his brother',
          family: 'Parents in Romania, no contact',
          'refuse-nrm': 'She fears the men will find her family.',
        })
      ).__typename,
    ).toBe('CaseReferralPayload');

    // The owning lead may see identity elsewhere, yet the anonymised notice holds none of it.
    for (const format of ['json', 'html', 'md']) {
      const body = await (
        await fetchPack(people.coventryLead, state.id, `kind=DUTY_TO_NOTIFY&format=${format}`)
      ).text();
      for (const secret of ['Ileana', 'Dragomirescu', '1994-05-06', 'Galati', 'Foleshill', 'CV6', 'Dorin'])
        expect(body).not.toContain(secret);
    }
    const dtn = (await packOf(lead, state.id, 'DUTY_TO_NOTIFY')).referralPack;
    expect(dtn).toMatchObject({ route: 'DUTY_TO_NOTIFY', anonymised: true });
    expect(JSON.stringify(dtn)).not.toMatch(/Ileana|Dragomirescu|Galati|Foleshill|Dorin/);
    expect(dtn.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['CONSENT_TO_SHARE_MISMATCH', 'SEEMS_IDENTIFYING']),
    );
    expect(field(dtn, 'pv-name-first-name')).toMatchObject({ status: 'NOT_APPLICABLE', withheld: true, value: null });
    expect(field(dtn, 'how-they-were-treated')).toMatchObject({ status: 'INVALID', withheld: true, value: null });
    expect(field(dtn, 'family')).toMatchObject({ status: 'ANSWERED', value: 'Parents in Romania, no contact' });
    expect(field(dtn, 'refuse-nrm').status).toBe('ANSWERED');
    expect(dtn.evidence).toEqual([]);

    // A platform admin has no case access at all: the same FORBIDDEN, no identity.
    const admin = await fetchPack(people.platformAdmin, state.id, 'kind=DUTY_TO_NOTIFY&format=json');
    expect(admin.status).toBe(403);
    expect(await admin.text()).not.toMatch(/Ileana|Dragomirescu/);

    // The NRM pack says consent is missing: a Duty to Notify is the way.
    const nrm = (await packOf(lead, state.id, 'NRM')).referralPack;
    expect(nrm.complete).toBe(false);
    expect(nrm.warnings.map((w) => w.code)).toContain('NRM_NEEDS_CONSENT');
  });
});
