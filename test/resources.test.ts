/**
 * The forms and guides the documents name (issue 17 item 5, X-9, X-12): a catalogue over the
 * API, steps that point to resources and to the directory's contacts instead of copying their
 * details, and consent that records how it was made informed.
 */
import {
  CaseConsentRecordsDocument,
  CaseRecordConsentDocument,
  ContactsDocument,
  ContactUpdateDocument,
  PathwayStepLinksDocument,
  ResourcesDocument,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { caseState, failedWith, openCase, succeeded } from './support/cases.ts';
import { useClock } from './support/clock.ts';

useClock('2026-11-10T10:00:00Z');

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

describe('resources', () => {
  it('lists the forms and guides with publisher, where each is named, and a link only where a document prints one', async () => {
    const { resources } = await api.anonymous().query(ResourcesDocument);
    const booklet = resources.find((r) => r.id === 'nrm-explanatory-booklet')!;
    expect(booklet).toMatchObject({ kind: 'BOOKLET', url: null, publisherInferred: true });
    expect(booklet.namedIn.map((n) => n.section)).toContain('4.2.1 Pre-NRM Pathway');
    const hcc = resources.find((r) => r.id === 'hcc-electronic-form')!;
    expect(hcc).toMatchObject({ publisher: 'Hertfordshire County Council', publisherInferred: false, url: null });
    // 001 prints "[here](#)" and 002 "LINK": placeholders, never turned into a link.
    expect(resources.find((r) => r.id === 'how-to-get-help')!.url).toBeNull();
    expect(resources.find((r) => r.id === 'duty-to-notify-form-ms1')!.url).toMatch(/duty-to-notify/);
  });

  it("a step shows the directory's current details, not a copy: an edited number reaches the step", async () => {
    const lead = api.as(people.coventryLead);
    const links = async () =>
      (await lead.query(PathwayStepLinksDocument, { id: 'coventry-initial-identification' })).pathway!.steps.find(
        (s) => s.id === 'mashContacted',
      )!;
    const before = await links();
    expect(before.contacts.map((c) => c.slug)).toEqual(['coventry-mash']);
    expect(before.contacts[0]!.phone).toBe('024 7678 8555');

    const admin = api.as(people.directoryAdmin);
    const { contacts } = await admin.query(ContactsDocument, { first: 100 });
    const mash = contacts.edges.map((e) => e.node).find((c) => c.slug === 'coventry-mash')!;
    const { contactUpdate } = await admin.mutate(ContactUpdateDocument, {
      id: mash.id,
      expectedVersion: mash.version,
      patch: { phone: '024 7600 0000' },
    });
    expect(contactUpdate.__typename).toBe('ContactPayload');
    expect((await links()).contacts[0]!.phone).toBe('024 7600 0000');

    const nrm = (await lead.query(PathwayStepLinksDocument, { id: 'coventry-pre-nrm' })).pathway!.steps.find(
      (s) => s.id === 'explainNrm',
    )!;
    expect(nrm.resources.map((r) => r.id)).toEqual(['nrm-explanatory-booklet']);
  });

  it('contacts on steps are for people signed in, as the directory is', async () => {
    await expect(api.anonymous().query(PathwayStepLinksDocument, { id: 'coventry-pre-nrm' })).rejects.toThrow();
  });
});

describe('informed consent (X-12)', () => {
  async function adultCase() {
    const lead = api.as(people.coventryLead);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Works long hours for no pay.',
      subject: { givenName: 'Informed', familyName: 'Consent', dateOfBirth: '1990-04-05', gender: 'FEMALE' },
    });
    return { lead, state: await caseState(lead, opened.case.id) };
  }

  it('records the booklet used and the legal advice offered with the answer, and shows them on the case', async () => {
    const { lead, state } = await adultCase();
    succeeded(
      (
        await lead.mutate(CaseRecordConsentDocument, {
          input: {
            caseId: state.id,
            expectedVersion: state.version,
            nrm: 'GIVEN',
            capacityInDoubt: false,
            explainedWith: ['nrm-explanatory-booklet'],
            legalAdviceOffered: true,
          },
        })
      ).caseRecordConsent,
    );
    const { case: read } = await lead.query(CaseConsentRecordsDocument, { id: state.id });
    expect(read!.consentRecords).toEqual([
      {
        nrm: 'GIVEN',
        shareDetails: null,
        explainedWith: [{ id: 'nrm-explanatory-booklet', title: 'NRM Explanatory Booklet' }],
        legalAdviceOffered: true,
        at: expect.any(String),
      },
    ]);
  });

  it('refuses a resource the catalogue lacks, and how-informed without an answer; nothing changes', async () => {
    const { lead, state } = await adultCase();
    const caseId = Buffer.from(state.id, 'base64')
      .toString()
      .replace(/^Case:/, '');
    const events = () => api.prisma.caseEvent.count({ where: { caseId } });
    const before = await events();
    const unknown = failedWith(
      (
        await lead.mutate(CaseRecordConsentDocument, {
          input: { caseId: state.id, expectedVersion: state.version, nrm: 'GIVEN', explainedWith: ['a-leaflet'] },
        })
      ).caseRecordConsent,
      'ValidationError',
    );
    expect(unknown.message).not.toContain('a-leaflet');
    failedWith(
      (
        await lead.mutate(CaseRecordConsentDocument, {
          input: { caseId: state.id, expectedVersion: state.version, capacityInDoubt: false, legalAdviceOffered: true },
        })
      ).caseRecordConsent,
      'ValidationError',
    );
    expect(await events()).toBe(before);
    expect((await caseState(lead, state.id)).version).toBe(state.version);
  });
});
