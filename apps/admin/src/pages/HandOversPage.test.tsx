/** The Hand-overs page (leads) in happy-dom against a fake /graphql. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandOverSummaryFragment, ViewerQuery } from '@waymark/sdk';
import { App } from '../app/App.tsx';
import { fakeFetch, ok, waitFor, type Answer, type Call } from '../testing/fake-graphql.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const viewer: ViewerQuery = {
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
};

const offer: HandOverSummaryFragment = {
  id: 'h1',
  status: 'PENDING',
  caseReference: 'WM-2026-000077',
  concernKind: 'POTENTIAL_VICTIM',
  areaName: 'Coventry',
  fromOrganisationName: 'Adavu',
  toOrganisationName: 'Coventry City Council',
  note: 'Please take this on.',
  offeredAt: '2026-11-30T09:00:00.000Z',
  dueAt: '2026-11-30T12:00:00.000Z',
  overdue: true,
  answeredAt: null,
  declineReason: null,
};

let calls: Call[];
let container: HTMLDivElement;
let root: Root;
let waiting: HandOverSummaryFragment[];

function handler(call: Call): Answer {
  if (call.operation === 'Viewer') return ok('Viewer', viewer);
  if (call.operation === 'HandOversWaiting') return ok('HandOversWaiting', { handOversWaiting: waiting });
  if (call.operation === 'HandedOverCases') return ok('HandedOverCases', { handedOverCases: [] });
  if (call.operation === 'CaseHandOverDecline') {
    waiting = [];
    return ok('CaseHandOverDecline', {
      caseHandOverDecline: {
        __typename: 'CaseHandOverDeclinePayload',
        handOver: { ...offer, status: 'DECLINED', declineReason: String(call.variables.reason) },
      },
    });
  }
  throw new Error(`unexpected operation ${call.operation}`);
}

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
const button = (label: string) => $$('button').find((b) => text(b)?.startsWith(label)) ?? null;

async function click(element: HTMLElement | null) {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
}

async function type(selector: string, value: string) {
  const input = $<HTMLTextAreaElement>(selector)!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => {
  calls = [];
  waiting = [offer];
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  window.history.replaceState(null, '', '/hand-overs');
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('Hand-overs', () => {
  it('lists an overdue offer without the case, asks why before declining, and says where the case stays', async () => {
    await act(async () => root.render(<App fetch={fakeFetch(handler, calls)} />));
    await waitFor(() => expect($$('tbody tr')).toHaveLength(1));
    expect(text($('.govuk-service-navigation__item--active'))).toBe('Hand-overs');
    const cells = $$('tbody tr > *').map(text);
    expect(cells[0]).toContain('WM-2026-000077');
    expect(cells[1]).toBe('AdavuPlease take this on.');
    expect(cells[2]).toContain('Overdue');

    await click(button('Decline'));
    await waitFor(() => expect(text($('.govuk-error-summary'))).toContain('Enter why you decline'));
    expect(calls.filter((c) => c.operation === 'CaseHandOverDecline')).toHaveLength(0);
    await type('#decline-h1', 'Not in our area.');
    await click(button('Decline'));
    await waitFor(() =>
      expect(text($('.govuk-notification-banner'))).toContain('Case WM-2026-000077 declined; it stays with Adavu.'),
    );
    expect(calls.find((c) => c.operation === 'CaseHandOverDecline')?.variables).toEqual({
      handOverId: 'h1',
      reason: 'Not in our area.',
    });
  });
});
