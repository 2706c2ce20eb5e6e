/** The case page's decision and meeting forms in happy-dom against a fake /graphql. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CasePageQuery, CaseRecordDecisionMutation, ViewerQuery } from '@waymark/sdk';
import { App } from '../../app/App.tsx';
import { fakeFetch, ok, waitFor, type Answer, type Call, type Handler } from '../../testing/fake-graphql.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type CaseView = NonNullable<CasePageQuery['case']>;

const viewer = {
  viewer: {
    person: { id: 'p1', displayName: 'Priya Shah (Coventry lead)' },
    organisation: {
      id: 'o1',
      name: 'Coventry City Council',
      slug: 'coventry-city-council',
      kind: 'COUNCIL',
      isFirstResponder: true,
    },
    roles: ['LEAD'],
  },
} satisfies ViewerQuery;

function caseView(version: number, meetings: CaseView['meetings'] = []): CaseView {
  return {
    id: 'c1',
    reference: 'WM-2026-000001',
    version,
    status: 'OPEN',
    ageGroup: 'ADULT',
    concernKind: 'POTENTIAL_VICTIM',
    facts: {},
    closeReason: null,
    acceptedAt: null,
    closedAt: null,
    identifiedAt: '2026-11-20T10:00:00.000Z',
    openedAt: '2026-11-20T10:00:00.000Z',
    exploitationTypes: [],
    openedBy: { id: 'p1', displayName: 'Priya Shah (Coventry lead)' },
    assignedTo: null,
    owningOrganisation: { id: 'o1', name: 'Coventry City Council' },
    area: { id: 'a1', code: 'coventry', name: 'Coventry' },
    subject: {
      redacted: true,
      claimedAge: null,
      reasonToBelieveChild: null,
      givenName: null,
      familyName: null,
      aliases: null,
      dateOfBirth: null,
      estimatedAge: null,
      ageUncertain: false,
      gender: null,
      nationality: null,
      languages: [],
      interpreterNeeded: false,
      immigrationStatus: null,
      recourseToPublicFunds: null,
    },
    consent: {
      nrm: null,
      shareDetails: null,
      capacityInDoubt: null,
      capacity: [],
      notAskedBecauseChild: false,
    },
    tracks: [
      {
        id: 't1',
        pathwayId: 'coventry-adult',
        pathwayVersion: 1,
        closedAt: null,
        pathway: { id: 'coventry-adult', version: 1, title: 'Coventry adult pathway', facts: [] },
        step: { id: 'referred', title: 'Referred to the NRM', terminal: false, handOff: null },
        allowedTransitions: [],
        deadlines: [],
      },
    ],
    timeline: { totalCount: 0, edges: [] },
    nrmReferrals: [],
    dutiesToNotify: [],
    decisions: [],
    meetings,
    notes: [],
    serviceReferrals: [],
  };
}

const scheduled: CaseView['meetings'][number] = {
  id: 'm1',
  kind: 'STRATEGY',
  scheduledFor: '2026-12-01T14:00:00.000Z',
  heldAt: null,
  nrmDecision: null,
  leadFirstResponder: null,
  attendees: [{ id: 'o2', name: 'West Midlands Police' }],
};

let calls: Call[];
let container: HTMLDivElement;
let root: Root;
let current: CaseView;

function base(call: Call): Answer {
  if (call.operation === 'Viewer') return ok('Viewer', viewer);
  if (call.operation === 'CasePage') return ok('CasePage', { case: current });
  if (call.operation === 'CaseTeam')
    return ok('CaseTeam', {
      case: { id: current.id, version: current.version, reference: current.reference, team: [] },
    });
  if (call.operation === 'Services')
    return ok('Services', {
      services: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
    });
  if (call.operation === 'Organisations')
    return ok('Organisations', {
      organisations: {
        totalCount: 1,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [
          {
            node: {
              id: 'o2',
              slug: 'west-midlands-police',
              name: 'West Midlands Police',
              kind: 'POLICE',
              isFirstResponder: true,
              firstResponderNote: null,
              areas: [],
            },
          },
        ],
      },
    });
  throw new Error(`unexpected operation ${call.operation}`);
}

async function render(handler: Handler) {
  window.history.replaceState(null, '', '/cases/c1');
  await act(async () => root.render(<App fetch={fakeFetch(handler, calls)} />));
  await waitFor(() => expect($('h1')?.textContent).toContain('WM-2026-000001'));
}

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

async function click(element: HTMLElement | null) {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
}

async function type(selector: string, value: string) {
  const input = $<HTMLInputElement | HTMLSelectElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  const prototype = input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    // React tracks the value itself; set it through the prototype so onChange fires.
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

const submit = (formId: string) => click($(`#${formId} form .govuk-button`));
const summary = (formId: string) =>
  [...container.querySelectorAll(`#${formId} .govuk-error-summary__list a, #${formId} .govuk-error-summary__list li`)]
    .filter((item) => item.tagName === 'A' || !item.querySelector('a'))
    .map((item) => [item.getAttribute('href'), text(item)]);

beforeEach(() => {
  calls = [];
  current = caseView(4);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('recording a decision', () => {
  it('asks for each answer, linked to its field, before sending anything', async () => {
    await render(base);
    await submit('decision');
    expect(summary('decision')).toEqual([
      ['#decision-type', 'Select the kind of decision'],
      ['#decision-result', 'Select whether the decision was positive or negative'],
      ['#decision-decidedOn', 'Enter the date of the decision'],
    ]);
    await type('#decision-decidedOn', '2026-02-30');
    await submit('decision');
    expect(text($('#decision-decidedOn-error'))).toBe(
      'Error: Date of the decision must be a real date, like 2026-11-27',
    );
    expect(calls.some((call) => call.operation === 'CaseRecordDecision')).toBe(false);
  });

  it('sends the decision with the version read, then shows it saved on the reloaded case', async () => {
    await render((call) => {
      if (call.operation !== 'CaseRecordDecision') return base(call);
      current = {
        ...caseView(5),
        decisions: [
          {
            id: 'd1',
            type: 'REASONABLE_GROUNDS',
            result: 'POSITIVE',
            decidedOn: '2026-11-27',
            reconsiderationRequestedAt: null,
          },
        ],
      };
      return ok('CaseRecordDecision', { caseRecordDecision: { __typename: 'CasePayload', case: current } });
    });
    await click($('#decision-type'));
    await click($('#decision-result'));
    await type('#decision-decidedOn', '2026-11-27');
    await submit('decision');
    await waitFor(() =>
      expect(text($('.govuk-notification-banner'))).toContain('Reasonable Grounds (RG) decision recorded.'),
    );
    expect(calls.find((call) => call.operation === 'CaseRecordDecision')?.variables).toEqual({
      input: {
        caseId: 'c1',
        expectedVersion: 4,
        trackId: 't1',
        type: 'REASONABLE_GROUNDS',
        result: 'POSITIVE',
        decidedOn: '2026-11-27',
      },
    });
    await waitFor(() =>
      expect(text($('#decision ul'))).toContain('Reasonable Grounds (RG): positive, decided on 2026-11-27'),
    );
  });

  it('shows a RuleViolationError with its rule and section, and links to the form to use instead', async () => {
    const refusal: CaseRecordDecisionMutation = {
      caseRecordDecision: {
        __typename: 'RuleViolationError',
        code: 'RULE_VIOLATION',
        message: 'A Conclusive Grounds decision needs a positive Reasonable Grounds decision first.',
        rule: 'cg-after-rg',
        section: '003 14.2',
        mutation: 'caseRecordConsent',
        facts: [],
        refusedTransition: null,
      },
    };
    await render((call) => (call.operation === 'CaseRecordDecision' ? ok('CaseRecordDecision', refusal) : base(call)));
    await click($('#decision-type-2'));
    await click($('#decision-result'));
    await type('#decision-decidedOn', '2026-11-27');
    await submit('decision');
    await waitFor(() => expect($('#decision .govuk-error-summary')).not.toBeNull());
    expect(summary('decision')).toEqual([
      [
        null,
        'A Conclusive Grounds decision needs a positive Reasonable Grounds decision first. (rule cg-after-rg, protocol section 003 14.2)',
      ],
      ['#consent', 'Use “Record consent” instead'],
    ]);
    expect(document.activeElement?.classList.contains('govuk-error-summary')).toBe(true);
    // Following the link opens the other form at its summary, for keyboard users.
    await click($<HTMLAnchorElement>('#decision .govuk-error-summary a[href="#consent"]'));
    expect($<HTMLDetailsElement>('details#consent')?.open).toBe(true);
    expect(document.activeElement?.tagName).toBe('SUMMARY');
  });
});

describe('meetings', () => {
  it('schedules a meeting in UK time with the organisations invited', async () => {
    await render((call) => {
      if (call.operation === 'CaseScheduleMeeting')
        return ok('CaseScheduleMeeting', {
          caseScheduleMeeting: { __typename: 'CasePayload', case: (current = caseView(5, [scheduled])) },
        });
      if (call.operation === 'CaseRecordMeetingOutcome')
        return ok('CaseRecordMeetingOutcome', {
          caseRecordMeetingOutcome: {
            __typename: 'CasePayload',
            case: (current = caseView(6, [{ ...scheduled, heldAt: '2026-07-01T09:00:00.000Z' }])),
          },
        });
      return base(call);
    });
    await waitFor(() => expect($('#meeting-attendee-o2')).not.toBeNull());
    await submit('meeting');
    expect(summary('meeting')).toEqual([
      ['#meeting-kind', 'Select the kind of meeting'],
      ['#meeting-scheduledFor', 'Enter the date of the meeting'],
      ['#meeting-scheduledForTime', 'Enter the time of the meeting'],
    ]);
    await type('#meeting-kind', 'STRATEGY');
    await type('#meeting-scheduledFor', '2026-07-01');
    await type('#meeting-scheduledForTime', '09:05');
    await click($('#meeting-attendee-o2'));
    await submit('meeting');
    await waitFor(() => expect(calls.some((call) => call.operation === 'CaseScheduleMeeting')).toBe(true));
    expect(calls.find((call) => call.operation === 'CaseScheduleMeeting')?.variables).toEqual({
      input: {
        caseId: 'c1',
        expectedVersion: 4,
        kind: 'STRATEGY',
        scheduledFor: '2026-07-01T08:05:00.000Z',
        attendeeOrganisationIds: ['o2'],
      },
    });
    await waitFor(() =>
      expect(text($('.govuk-notification-banner'))).toContain('Strategy meeting scheduled for 1 July 2026 at 9:05am.'),
    );
    // The meeting now waits for its outcome, and the outcome form (mounted before it existed) knows it.
    await waitFor(() => expect($('#meeting-outcome')).not.toBeNull());
    await type('#meeting-outcome-heldAt', '2026-07-01');
    await type('#meeting-outcome-heldAtTime', '10:00');
    await submit('meeting-outcome');
    await waitFor(() =>
      expect(calls.find((call) => call.operation === 'CaseRecordMeetingOutcome')?.variables).toMatchObject({
        input: { meetingId: 'm1', expectedVersion: 5, heldAt: '2026-07-01T09:00:00.000Z' },
      }),
    );
  });

  it('records an outcome, and says so when someone else changed the case first', async () => {
    current = caseView(4, [scheduled]);
    await render((call) =>
      call.operation === 'CaseRecordMeetingOutcome'
        ? ok('CaseRecordMeetingOutcome', {
            caseRecordMeetingOutcome: {
              __typename: 'StaleCaseError',
              code: 'STALE_CASE',
              message: 'The case changed since you read it.',
              currentVersion: 5,
            },
          })
        : base(call),
    );
    expect($('#meeting-outcome-meetingId option')?.textContent).toBe('Strategy meeting, 1 December 2026 at 2pm');
    await type('#meeting-outcome-heldAt', '2026-12-01');
    await type('#meeting-outcome-heldAtTime', '14:00');
    await click($('#meeting-outcome-nrmDecision'));
    await type('#meeting-outcome-leadFirstResponderId', 'o2');
    await submit('meeting-outcome');
    await waitFor(() =>
      expect(text($('#meeting-outcome .govuk-error-summary__title'))).toBe('Someone else changed this case'),
    );
    expect(calls.find((call) => call.operation === 'CaseRecordMeetingOutcome')?.variables).toEqual({
      input: {
        caseId: 'c1',
        expectedVersion: 4,
        meetingId: 'm1',
        heldAt: '2026-12-01T14:00:00.000Z',
        nrmDecision: 'SUBMIT',
        leadFirstResponderId: 'o2',
      },
    });
  });

  it('links the API’s refusal of a time still to come to the date it refers to', async () => {
    current = caseView(4, [scheduled]);
    await render((call) =>
      call.operation === 'CaseRecordMeetingOutcome'
        ? ok('CaseRecordMeetingOutcome', {
            caseRecordMeetingOutcome: {
              __typename: 'ValidationError',
              code: 'VALIDATION',
              message: 'Check the fields.',
              fieldErrors: [{ path: ['heldAt'], field: 'heldAt', message: 'must not be in the future' }],
            },
          })
        : base(call),
    );
    await type('#meeting-outcome-heldAt', '2026-12-01');
    await type('#meeting-outcome-heldAtTime', '14:00');
    await submit('meeting-outcome');
    await waitFor(() =>
      expect(summary('meeting-outcome')).toEqual([['#meeting-outcome-heldAt', 'must not be in the future']]),
    );
  });
});

describe('correcting the person’s details', () => {
  const visible = (version: number): CaseView => {
    const view = caseView(version);
    return {
      ...view,
      subject: { ...view.subject, redacted: false, givenName: 'Ana', familyName: 'Example', dateOfBirth: '1990-01-02' },
    };
  };

  it('is not offered to a viewer who may not see who the person is', async () => {
    await render(base);
    expect($('#subject')).toBeNull();
  });

  it('sends only the corrected field with the version read, and says what changed without the values', async () => {
    current = visible(4);
    await render((call) => {
      if (call.operation !== 'CaseUpdateSubject') return base(call);
      current = { ...visible(5), subject: { ...visible(5).subject, dateOfBirth: '1990-02-01' } };
      return ok('CaseUpdateSubject', { caseUpdateSubject: { __typename: 'CasePayload', case: current } });
    });
    expect($<HTMLInputElement>('#subject-dateOfBirth')!.value).toBe('1990-01-02');
    await type('#subject-dateOfBirth', '1990-02-01');
    await submit('subject');
    await waitFor(() => expect(text($('.govuk-notification-banner'))).toContain('Corrected: date of birth.'));
    const sent = calls.find((call) => call.operation === 'CaseUpdateSubject')!;
    expect(sent.variables).toEqual({
      input: { caseId: 'c1', expectedVersion: 4, subject: { dateOfBirth: '1990-02-01' } },
    });
    expect(text($('.govuk-notification-banner'))).not.toContain('1990');
  });

  it('refuses a date of birth that is not a date before sending anything', async () => {
    current = visible(4);
    await render(base);
    await type('#subject-dateOfBirth', '02/01/1990');
    await submit('subject');
    expect(summary('subject')).toEqual([['#subject-dateOfBirth', 'Enter the date of birth as 2001-03-31']]);
    expect(calls.some((call) => call.operation === 'CaseUpdateSubject')).toBe(false);
  });
});
