import { describe, expect, it } from 'vitest';
import { outcomeOf } from './changeProblems.tsx';

describe('outcomeOf (a case mutation’s answer, as the page shows it)', () => {
  it('is a success for the payload', () => {
    expect(outcomeOf({ __typename: 'CasePayload' }, undefined, 'facts')).toEqual({ ok: true });
  });

  it('tells a stale edit apart, so the page offers a reload rather than a retry', () => {
    const outcome = outcomeOf(
      { __typename: 'StaleCaseError', message: 'The case changed since you read it.', currentVersion: 7 } as never,
      undefined,
      'note',
    );
    expect(outcome).toMatchObject({ ok: false, stale: true });
  });

  it('links each field error to its field in the form', () => {
    const outcome = outcomeOf(
      {
        __typename: 'ValidationError',
        message: 'Check the fields.',
        fieldErrors: [{ field: 'text', message: 'must not be blank' }],
      } as never,
      undefined,
      'note',
    );
    expect(outcome).toEqual({ ok: false, stale: false, problems: [{ text: 'must not be blank', href: '#note-text' }] });
  });

  it('names missing facts by their labels, and lists each failed guard', () => {
    const missing = outcomeOf(
      { __typename: 'MissingFactsError', message: 'Some facts are missing.', facts: ['immediateDanger'] } as never,
      undefined,
      'track',
      { immediateDanger: 'Is the child in immediate danger?' },
    );
    expect(missing).toMatchObject({
      problems: [{ text: 'Some facts are missing. Record first: Is the child in immediate danger?.' }],
    });
    const guard = outcomeOf(
      {
        __typename: 'GuardFailedError',
        message: 'A condition is not met.',
        guards: [{ rule: 'the police were contacted', facts: ['immediateDanger'] }],
      } as never,
      undefined,
      'track',
      { immediateDanger: 'Immediate danger' },
    );
    expect(guard).toMatchObject({
      problems: [{ text: 'A condition is not met.' }, { text: 'the police were contacted (Immediate danger)' }],
    });
  });

  it('names the rule and the protocol section, and links to the form to use instead', () => {
    const outcome = outcomeOf(
      {
        __typename: 'RuleViolationError',
        message: 'Consent has a mutation of its own.',
        rule: 'protected-fact',
        section: '003 8.7',
        mutation: 'caseRecordConsent',
        facts: ['nrmConsent'],
      } as never,
      undefined,
      'facts',
    );
    expect(outcome).toEqual({
      ok: false,
      stale: false,
      problems: [
        { text: 'Consent has a mutation of its own. (rule protected-fact, protocol section 003 8.7)' },
        { text: 'Use “Record consent” instead', href: '#consent' },
      ],
    });
  });
});
