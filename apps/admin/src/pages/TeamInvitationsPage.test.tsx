/** The Team invitations page (leads) in happy-dom against a fake /graphql. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseTeamGrantSummaryFragment, Role, ViewerQuery } from '@waymark/sdk';
import { App } from '../app/App.tsx';
import { fakeFetch, ok, waitFor, type Answer, type Call } from '../testing/fake-graphql.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const viewer = (roles: Role[]): ViewerQuery => ({
  viewer: {
    person: { id: 'p1', displayName: 'Grace Okafor (Bexley MS lead)' },
    organisation: { id: 'o3', name: 'Bexley Council', slug: 'bexley-council', kind: 'COUNCIL', isFirstResponder: true },
    roles,
  },
});

const invitation: CaseTeamGrantSummaryFragment = {
  id: 'g1',
  organisationName: 'Bexley Council',
  purpose: 'SUPPORT_PROVIDER',
  seesIdentity: false,
  status: 'PENDING',
  note: 'Housing in Bexley.',
  caseReference: 'WM-2026-000042',
  concernKind: 'POTENTIAL_VICTIM',
  areaName: 'Coventry',
  owningOrganisationName: 'Coventry City Council',
  invitedAt: '2026-11-29T10:00:00.000Z',
  expiresAt: '2026-12-06T10:00:00.000Z',
  answeredAt: null,
  declineReason: null,
  endedAt: null,
  endReason: null,
  namedByMeeting: false,
};

let calls: Call[];
let container: HTMLDivElement;
let root: Root;
let roles: Role[];
let waiting: CaseTeamGrantSummaryFragment[];

function handler(call: Call): Answer {
  if (call.operation === 'Viewer') return ok('Viewer', viewer(roles));
  if (call.operation === 'CaseTeamInvitationsWaiting')
    return ok('CaseTeamInvitationsWaiting', { caseTeamInvitationsWaiting: waiting });
  if (call.operation === 'CaseTeamInvitationDecline') {
    waiting = [];
    return ok('CaseTeamInvitationDecline', {
      caseTeamInvitationDecline: {
        __typename: 'CaseTeamInvitationDeclinePayload',
        invitation: { ...invitation, status: 'DECLINED', declineReason: String(call.variables.reason) },
      },
    });
  }
  if (call.operation === 'CaseTeamInvitationAccept')
    return ok('CaseTeamInvitationAccept', {
      caseTeamInvitationAccept: {
        __typename: 'RuleViolationError',
        code: 'RULE_VIOLATION',
        message: 'This invitation has expired; ask the owning organisation to invite you again.',
        rule: 'caseTeam.expired',
        section: '003 8.5',
        mutation: null,
        facts: [],
        refusedTransition: null,
      },
    });
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
  roles = ['LEAD'];
  waiting = [invitation];
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  window.history.replaceState(null, '', '/team-invitations');
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('Team invitations', () => {
  it('lists what the invitation says, shows a refusal, and declines with a reason', async () => {
    await act(async () => root.render(<App fetch={fakeFetch(handler, calls)} />));
    await waitFor(() => expect($$('tbody tr')).toHaveLength(1));
    expect(text($('.govuk-service-navigation__item--active'))).toBe('Team invitations');
    const cells = $$('tbody tr > *').map(text);
    expect(cells[0]).toContain('WM-2026-000042');
    expect(cells[1]).toBe('Coventry City CouncilHousing in Bexley.');
    expect(cells[2]).toBe('Support provider; does not see who the person is');

    await click(button('Accept'));
    await waitFor(() => expect(text($('.govuk-error-summary'))).toContain('This invitation has expired'));

    await click(button('Decline'));
    await waitFor(() => expect(text($('.govuk-error-summary'))).toContain('Enter why you decline'));
    expect(calls.filter((c) => c.operation === 'CaseTeamInvitationDecline')).toHaveLength(0);
    await type('#decline-g1', 'We do not work in Coventry.');
    await click(button('Decline'));
    await waitFor(() =>
      expect(text($('.govuk-notification-banner'))).toContain('Invitation to case WM-2026-000042 declined.'),
    );
    expect(calls.find((c) => c.operation === 'CaseTeamInvitationDecline')?.variables).toEqual({
      invitationId: 'g1',
      reason: 'We do not work in Coventry.',
    });
    await waitFor(() => expect(text($('.govuk-inset-text'))).toBe('No invitations are waiting for your organisation.'));
  });
});
