/** The service editor's referral rules (a directory admin) in happy-dom against a fake /graphql. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceQuery, ServiceUpdateMutation } from '@waymark/sdk';
import { App } from '../../app/App.tsx';
import { fakeFetch, ok, waitFor, type Answer, type Call } from '../../testing/fake-graphql.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const positiveDecision = {
  id: 'POSITIVE_NRM_DECISION' as const,
  label: 'A positive Reasonable Grounds or Conclusive Grounds decision',
  section: '002 Housing flowchart',
};
const beaconConsent = {
  id: 'BEACON_CONSENT' as const,
  label: 'The child or guardian consents to the referral, and who consented is recorded',
  section: '003 8.3',
};

const hopeAtHome: NonNullable<ServiceQuery['service']> = {
  id: 's1',
  slug: 'hope-at-home',
  name: 'Hope at Home',
  status: 'ACTIVE',
  categories: ['ACCOMMODATION'],
  referralRoute: 'EMAIL',
  restricted: false,
  organisation: { id: 'o1', name: 'Hope at Home' },
  areas: [],
  eligibility: null,
  description: 'Hosting in volunteers’ homes after a positive decision.',
  url: null,
  email: 'referrals@hopeathome.example',
  phones: [],
  languages: [],
  referralDetails: null,
  referralVia: null,
  hidden: false,
  restrictedDetails: null,
  referralRules: [positiveDecision],
  source: { file: '002', section: 'Housing flowchart' },
  lastReviewedAt: null,
  reviewDueAt: null,
  version: 4,
};

let calls: Call[];
let container: HTMLDivElement;
let root: Root;
let updateAnswer: ServiceUpdateMutation['serviceUpdate'];

function handler(call: Call): Answer {
  if (call.operation === 'Viewer')
    return ok('Viewer', {
      viewer: {
        person: { id: 'p1', displayName: 'Lee Fraser (directory admin)' },
        organisation: { id: 'o2', name: 'Coventry City Council', slug: 'ccc', kind: 'COUNCIL', isFirstResponder: true },
        roles: ['DIRECTORY_ADMIN'],
      },
    });
  if (call.operation === 'Service') return ok('Service', { service: hopeAtHome });
  if (call.operation === 'Areas') return ok('Areas', { areas: [{ id: 'a1', code: 'coventry', name: 'Coventry' }] });
  if (call.operation === 'Organisations')
    return ok('Organisations', {
      organisations: {
        totalCount: 1,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [
          {
            node: {
              id: 'o1',
              slug: 'hope-at-home',
              name: 'Hope at Home',
              kind: 'CHARITY',
              isFirstResponder: false,
              firstResponderNote: null,
              areas: [],
            },
          },
        ],
      },
    });
  if (call.operation === 'ServiceReferralRules')
    return ok('ServiceReferralRules', { serviceReferralRules: [beaconConsent, positiveDecision] });
  if (call.operation === 'ServiceUpdate') return ok('ServiceUpdate', { serviceUpdate: updateAnswer });
  throw new Error(`unexpected operation ${call.operation}`);
}

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
const checkbox = (label: string) => {
  const found = [...container.querySelectorAll<HTMLLabelElement>('.govuk-checkboxes__label')].find(
    (l) => text(l) === label,
  );
  return found ? $<HTMLInputElement>(`#${found.htmlFor}`) : null;
};

const saveButton = () =>
  [...container.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === 'Save changes') ?? null;

async function click(element: HTMLElement | null) {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
}

beforeEach(() => {
  calls = [];
  updateAnswer = { __typename: 'ServicePayload', service: hopeAtHome };
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  window.history.replaceState(null, '', '/services/s1/edit');
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('service editor: referral rules', () => {
  it('shows every rule with the service’s own ticked, and saves the ticked ones', async () => {
    await act(async () => root.render(<App fetch={fakeFetch(handler, calls)} />));
    await waitFor(() => expect(checkbox(beaconConsent.label)).not.toBeNull());
    const group = checkbox(beaconConsent.label)!.closest('fieldset')!;
    expect(text(group.querySelector('legend'))).toBe('Referral rules');
    expect(text(group)).toContain('Source: 003 8.3');
    expect(checkbox(positiveDecision.label)!.checked).toBe(true);
    expect(checkbox(beaconConsent.label)!.checked).toBe(false);

    await click(checkbox(beaconConsent.label));
    await click(checkbox(positiveDecision.label));
    await click(saveButton());
    await waitFor(() => expect(calls.some((c) => c.operation === 'ServiceUpdate')).toBe(true));
    const update = calls.find((c) => c.operation === 'ServiceUpdate')!;
    expect(update.variables).toMatchObject({ id: 's1', expectedVersion: 4 });
    expect((update.variables.patch as { referralRules: string[] }).referralRules).toEqual(['BEACON_CONSENT']);
    await waitFor(() => expect(window.location.pathname).toBe('/services/s1'));
  });

  it('puts a refusal of the rules in the error summary, linked to the first rule, and keeps the ticks', async () => {
    updateAnswer = {
      __typename: 'ValidationError',
      code: 'VALIDATION',
      message: 'Invalid input: patch.referralRules must not repeat a value',
      fieldErrors: [
        { path: ['patch', 'referralRules'], field: 'patch.referralRules', message: 'must not repeat a value' },
      ],
    };
    await act(async () => root.render(<App fetch={fakeFetch(handler, calls)} />));
    await waitFor(() => expect(checkbox(beaconConsent.label)).not.toBeNull());
    await click(checkbox(beaconConsent.label));
    await click(saveButton());

    await waitFor(() => expect($('.govuk-error-summary')).not.toBeNull());
    const link = $<HTMLAnchorElement>('.govuk-error-summary a')!;
    expect(text(link)).toBe('Referral rules must not repeat a value');
    const target = $<HTMLInputElement>(link.getAttribute('href')!)!;
    expect(target).toBe(checkbox(beaconConsent.label));
    const group = target.closest('.govuk-form-group')!;
    expect(group.classList).toContain('govuk-form-group--error');
    expect(text(group.querySelector('.govuk-error-message'))).toBe('Error: Referral rules must not repeat a value');
    expect(group.querySelector('fieldset')!.getAttribute('aria-describedby')).toContain('service-referralRules-error');
    expect(checkbox(beaconConsent.label)!.checked).toBe(true);
    expect(checkbox(positiveDecision.label)!.checked).toBe(true);
    expect(window.location.pathname).toBe('/services/s1/edit');
  });
});
