/** The referral pack page in happy-dom against a fake /graphql. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseReferralPackQuery, ViewerQuery } from '@waymark/sdk';
import { App } from '../../app/App.tsx';
import { fakeFetch, ok, waitFor, type Answer, type Call, type Handler } from '../../testing/fake-graphql.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Pack = NonNullable<CaseReferralPackQuery['case']>['referralPack'];
type Field = Pack['sections'][number]['steps'][number]['fields'][number];

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

const field = (key: string, label: string, extra: Partial<Field>): Field => ({
  key,
  label,
  type: 'text',
  required: true,
  status: 'MISSING',
  value: null,
  values: null,
  source: null,
  identifying: false,
  redacted: false,
  withheld: false,
  message: null,
  ...extra,
});

const pack: Pack = {
  kind: 'NRM',
  formId: 'ho-nrm',
  formVersion: 1,
  route: null,
  anonymised: false,
  complete: false,
  missing: [{ key: 'pv-want-to-submit-nrm', label: 'Do they want to be referred?', stepId: 'consent' }],
  warnings: [],
  sections: [
    {
      id: 'about',
      title: 'About the person',
      complete: true,
      steps: [
        {
          id: 'names',
          title: 'Their name',
          fields: [
            field('pv-name-first-name', 'Given name', {
              status: 'ANSWERED',
              value: 'Withheld',
              source: 'case.givenName',
              redacted: true,
              identifying: true,
            }),
          ],
        },
      ],
    },
    {
      id: 'consent',
      title: 'Consent',
      complete: false,
      steps: [
        {
          id: 'consent',
          title: 'Do they want to be referred?',
          fields: [
            field('pv-want-to-submit-nrm', 'Do they want to be referred?', { type: 'radio' }),
            field('pv-phone-number', 'Phone number', { status: 'NOT_APPLICABLE', required: false }),
            field('reference', 'Your own reference', { status: 'INVALID', value: 'x', message: 'Too long' }),
          ],
        },
      ],
    },
  ],
  indicators: [],
  evidence: [],
  reconsideration: null,
};

let calls: Call[];
let container: HTMLDivElement;
let root: Root;

function base(call: Call): Answer {
  if (call.operation === 'Viewer') return ok('Viewer', viewer);
  if (call.operation === 'CaseReferralPack')
    return ok('CaseReferralPack', {
      case: {
        id: 'c1',
        version: 6,
        referralPack: pack,
        exploitationTypeSuggestion: { suggested: [], notRecorded: [], notIndicated: [], mismatch: false },
      },
    });
  if (call.operation === 'ReferralForm')
    return ok('ReferralForm', {
      referralForm: { fields: [{ key: 'pv-want-to-submit-nrm', type: 'radio', options: ['yes', 'no'] }] },
    });
  throw new Error(`unexpected operation ${call.operation}`);
}

async function render(handler: Handler = base, path = '/cases/c1/referral?kind=NRM') {
  window.history.replaceState(null, '', path);
  await act(async () => root.render(<App fetch={fakeFetch(handler, calls)} />));
  await waitFor(() => expect($('.govuk-task-list')).not.toBeNull());
}

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

async function click(element: HTMLElement | null) {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
}

beforeEach(() => {
  calls = [];
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('the referral pack page', () => {
  it('shows the sections as a GOV.UK task list, each field’s status, and links to the printable pack', async () => {
    await render();
    expect(text($('h1'))).toBe('NRM referral');
    expect(document.title).toBe('NRM referral – Waymark');
    expect(calls.find((call) => call.operation === 'CaseReferralPack')?.variables).toEqual({ id: 'c1', kind: 'NRM' });
    expect(
      $$('.govuk-task-list__item').map((item) => [
        item.querySelector('a')?.getAttribute('href'),
        text(item.querySelector('a')),
        text(item.querySelector('.govuk-task-list__status')),
      ]),
    ).toEqual([
      ['#section-about', 'About the person', 'Completed'],
      ['#section-consent', 'Consent', 'Incomplete'],
    ]);
    expect($('.govuk-task-list__link')?.getAttribute('aria-describedby')).toBe('section-about-status');
    expect(text($('main'))).toContain('You have completed 1 of 2 sections; 1 required answers are missing.');
    const rows = $$('.govuk-summary-list__row').map((row) => [
      text(row.querySelector('dt')),
      [...row.querySelector('dd')!.children].map((part) => text(part)).join(' | '),
    ]);
    expect(rows).toEqual([
      ['Given name', ''],
      ['Do they want to be referred?', 'Missing'],
      ['Phone number', 'Not applicable'],
      ['Your own reference', 'x | Invalid | Too long'],
    ]);
    expect(text($('.govuk-summary-list__value'))).toBe('Withheld');
    const printable = $$('main a').find((a) => text(a)?.startsWith('Printable'));
    expect(printable?.getAttribute('href')).toBe('/graphql/referral-pack/c1?kind=NRM&format=html');
  });

  it('asks only what the case does not hold, and records the answers with the version read', async () => {
    await render((call) =>
      call.operation === 'CaseRecordReferralAnswers'
        ? ok('CaseRecordReferralAnswers', {
            caseRecordReferralAnswers: { __typename: 'CaseReferralPayload', case: { id: 'c1', version: 7 } },
          })
        : base(call),
    );
    // The name comes from the case (and is withheld from this viewer); the phone's branch is not taken.
    expect($('#answers-names')).toBeNull();
    expect($('#answers-consent-pv-phone-number')).toBeNull();
    await waitFor(() => expect($('#answers-consent-pv-want-to-submit-nrm')).not.toBeNull());
    expect(text($('label[for="answers-consent-pv-want-to-submit-nrm"]'))).toBe('Yes');
    await click($('#answers-consent-pv-want-to-submit-nrm'));
    await click($('#answers-consent form .govuk-button'));
    await waitFor(() =>
      expect(text($('.govuk-notification-banner'))).toContain('Answers saved: Do they want to be referred?.'),
    );
    expect(calls.find((call) => call.operation === 'CaseRecordReferralAnswers')?.variables).toEqual({
      input: { caseId: 'c1', expectedVersion: 6, answers: { 'pv-want-to-submit-nrm': 'yes' } },
    });
  });

  it('links each refused answer to its field', async () => {
    await render((call) =>
      call.operation === 'CaseRecordReferralAnswers'
        ? ok('CaseRecordReferralAnswers', {
            caseRecordReferralAnswers: {
              __typename: 'ValidationError',
              code: 'VALIDATION',
              message: 'Some answers do not fit the form.',
              fieldErrors: [
                { path: ['answers', 'reference'], field: 'reference', message: 'Your own reference is too long' },
              ],
            },
          })
        : base(call),
    );
    await click($('#answers-consent-pv-want-to-submit-nrm-2'));
    await click($('#answers-consent form .govuk-button'));
    await waitFor(() => expect($('#answers-consent .govuk-error-summary')).not.toBeNull());
    const link = $('#answers-consent .govuk-error-summary__list a');
    expect([link?.getAttribute('href'), text(link)]).toEqual([
      '#answers-consent-reference',
      'Your own reference is too long',
    ]);
  });
});
