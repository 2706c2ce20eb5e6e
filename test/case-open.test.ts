import {
  CaseEnrolDocument,
  CaseOpenDocument,
  CaseRecordConsentDocument,
  CaseSubmitDutyToNotifyDocument,
  CaseTransitionDocument,
  PathwayDocument,
  PathwaysDocument,
  PossibleDuplicatesDocument,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { failedWith, openCase, succeeded, track, caseState } from './support/cases.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

describe('caseOpen idempotency', () => {
  it('a retry with the same key and input returns the first case; different input is an error', async () => {
    const client = api.as(people.coventryCaseworker);
    const input = {
      concernKind: 'POTENTIAL_VICTIM' as const,
      concern: 'Retried on a flaky connection.',
      idempotencyKey: 'retry-key-0001',
      subject: { givenName: 'Retry' },
    };
    const cases = await api.prisma.case.count();
    const [a, b] = await Promise.all([openCase(client, input), openCase(client, input)]);
    const c = await openCase(client, input);
    expect(new Set([a.case.id, b.case.id, c.case.id]).size).toBe(1);
    expect([a.replayed, b.replayed, c.replayed].filter(Boolean)).toHaveLength(2);
    expect(await api.prisma.case.count()).toBe(cases + 1);

    const { caseOpen } = await client.mutate(CaseOpenDocument, {
      input: { ...input, concern: 'Something else entirely.' },
    });
    expect(caseOpen.__typename).toBe('IdempotencyConflictError');
    expect(await api.prisma.case.count()).toBe(cases + 1);
  });
});

describe('possible duplicates', () => {
  it('warns about visible cases with the same date of birth, family name or an alias, and never blocks', async () => {
    const client = api.as(people.coventryCaseworker);
    const first = await openCase(client, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'First sighting.',
      subject: { givenName: 'Ana', familyName: 'Dupli-Kate', dateOfBirth: '1993-07-08' },
    });
    expect(first.possibleDuplicates.map((d) => d.id)).not.toContain(first.case.id);
    const second = await openCase(client, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Second sighting.',
      subject: { givenName: 'Anna', familyName: 'dupli-kate' },
    });
    expect(second.possibleDuplicates.map((d) => d.id)).toContain(first.case.id);
    const alias = await openCase(client, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Third.',
      subject: { givenName: 'Z', aliases: ['Dupli-Kate'] },
    });
    expect(alias.possibleDuplicates.map((d) => d.id)).toContain(first.case.id);
    const soundsAlike = await openCase(client, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Fourth.',
      subject: { givenName: 'Mohammed', familyName: 'Chaudhry' },
    });
    const spelledOtherwise = await openCase(client, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Fifth.',
      subject: { givenName: 'Muhammad', familyName: 'Choudhury' },
    });
    expect(spelledOtherwise.possibleDuplicates.map((d) => d.id)).toContain(soundsAlike.case.id);
    const differentBirth = await openCase(client, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Sixth.',
      subject: { givenName: 'Anya', familyName: 'Duplikat', dateOfBirth: '1950-01-01' },
    });
    expect(differentBirth.possibleDuplicates.map((d) => d.id)).not.toContain(first.case.id);
    // Another organisation's cases are never offered (the viewer may not see them).
    const bexley = await openCase(api.as(people.bexleyLead), {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Elsewhere.',
      subject: { familyName: 'Dupli-Kate', dateOfBirth: '1993-07-08' },
    });
    expect(bexley.possibleDuplicates).toEqual([]);
  });
});

describe('possible duplicates before a concern is recorded', () => {
  it('finds a case by date of birth alone, writes nothing, and offers nothing another organisation holds', async () => {
    const client = api.as(people.coventryCaseworker);
    const held = await openCase(client, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Known already.',
      subject: { givenName: 'Birthdate', familyName: 'Probe', dateOfBirth: '1988-02-29' },
    });
    const cases = await api.prisma.case.count();
    const ask = async (who: typeof client, subject: Record<string, unknown>) =>
      (await who.query(PossibleDuplicatesDocument, { subject })).possibleDuplicates.map((c) => c.id);
    // The name is spelled in a way nothing matches, but the date of birth is the same.
    expect(await ask(client, { givenName: 'Qx', familyName: 'Zzyzx', dateOfBirth: '1988-02-29' })).toContain(
      held.case.id,
    );
    expect(await ask(client, { aliases: ['probe'] })).toContain(held.case.id);
    expect(await ask(client, { givenName: 'Qx', familyName: 'Zzyzx', dateOfBirth: '1988-03-01' })).not.toContain(
      held.case.id,
    );
    expect(await ask(api.as(people.bexleyLead), { familyName: 'Probe', dateOfBirth: '1988-02-29' })).toEqual([]);
    expect(await api.prisma.case.count()).toBe(cases);
  });
});

describe('Duty to Notify', () => {
  it('an adult who declines the NRM gets an anonymised notice that holds and returns no identity', async () => {
    const lead = api.as(people.coventryLead);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Declines the NRM.',
      subject: { givenName: 'Secret', familyName: 'Person', dateOfBirth: '1980-02-02' },
    });
    let state = await caseState(lead, opened.case.id);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (
        await lead.mutate(CaseRecordConsentDocument, {
          input: { ...v(), nrm: 'DECLINED', shareDetails: 'DECLINED', capacityInDoubt: false },
        })
      ).caseRecordConsent,
    );
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-pre-nrm' } })).caseEnrol,
    );
    const pre = () => track(state, 'coventry-pre-nrm').id;
    state = succeeded(
      (await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId: pre(), transition: 'consentRefused' } }))
        .caseTransition,
    );
    state = succeeded(
      (await lead.mutate(CaseSubmitDutyToNotifyDocument, { input: { ...v(), trackId: pre() } })).caseSubmitDutyToNotify,
    );
    expect(state.dutiesToNotify).toHaveLength(1);
    expect(state.dutiesToNotify[0]?.anonymised).toBe(true);
    expect(JSON.stringify(state.dutiesToNotify)).not.toMatch(/Secret|Person|1980/);
    const stored = await api.prisma.dutyToNotify.findFirstOrThrow({
      where: { caseId: Buffer.from(state.id, 'base64').toString().split(':')[1]! },
    });
    expect(stored).toMatchObject({
      anonymised: true,
      givenName: null,
      familyName: null,
      dateOfBirth: null,
      contactDetails: null,
      address: null,
    });
    // The database itself refuses identity on an anonymised notice.
    await expect(
      api.prisma.dutyToNotify.update({ where: { id: stored.id }, data: { givenName: 'Secret' } }),
    ).rejects.toThrow();
    // A second notice is not allowed: the track records it once.
    const again = (await lead.mutate(CaseSubmitDutyToNotifyDocument, { input: { ...v(), trackId: pre() } }))
      .caseSubmitDutyToNotify;
    failedWith(again, 'GuardFailedError');
  });

  it('is refused for a child', async () => {
    const lead = api.as(people.coventryLead);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'A child.',
      subject: { estimatedAge: 15 },
    });
    let state = await caseState(lead, opened.case.id);
    expect(state.ageGroup).toBe('CHILD');
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-pre-nrm' } })).caseEnrol,
    );
    const refused = (
      await lead.mutate(CaseTransitionDocument, {
        input: {
          ...v(),
          trackId: track(state, 'coventry-pre-nrm').id,
          transition: 'consentRefused',
        },
      })
    ).caseTransition;
    expect(failedWith(refused, 'GuardFailedError')).toBeTruthy();
    // Nor can the refusal be typed in as a fact: consent is recorded with its own mutation, which
    // never asks a child.
    const typed = (
      await lead.mutate(CaseTransitionDocument, {
        input: {
          ...v(),
          trackId: track(state, 'coventry-pre-nrm').id,
          transition: 'consentRefused',
          facts: { consentToNrm: false },
        },
      })
    ).caseTransition;
    expect(failedWith(typed, 'RuleViolationError')).toMatchObject({
      mutation: 'caseRecordConsent',
      facts: ['consentToNrm'],
    });
    expect(
      await api.prisma.dutyToNotify.count({
        where: { caseId: Buffer.from(state.id, 'base64').toString().split(':')[1]! },
      }),
    ).toBe(0);
  });
});

describe('pathways in the API', () => {
  it('lists every pathway and exposes one with its source, facts, steps, transitions, clocks and diagram', async () => {
    const client = api.as(people.coventryLead);
    const { pathways } = await client.query(PathwaysDocument);
    expect(pathways.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'council-adult-referral',
        'bexley-referral',
        'coventry-pre-nrm',
        'hertfordshire-child',
        'kirklees-reporting',
      ]),
    );
    const { pathway } = await client.query(PathwayDocument, { id: 'coventry-during-nrm' });
    expect(pathway?.source.file).toMatch(/^002_/);
    expect(pathway?.steps.every((s) => s.source.section.length > 0)).toBe(true);
    expect(pathway?.clocks.map((c) => c.id)).toContain('rgExpected');
    expect(pathway?.transitions.find((t) => t.name === 'rgPositive')).toMatchObject({
      kind: 'decision',
      requiresFacts: ['rgDecisionDate'],
    });
    expect(pathway?.mermaid).toMatch(/^flowchart/);
    expect((await client.query(PathwayDocument, { id: 'no-such-pathway' })).pathway).toBeNull();
  });
});
