/** The integrations and API tokens page (organisation and platform admins) in happy-dom against a fake /graphql. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiTokenFieldsFragment, IntegrationsQuery, Role, ViewerQuery } from '@waymark/sdk';
import { App } from '../app/App.tsx';
import { fakeFetch, ok, waitFor, type Answer, type Call, type Handler } from '../testing/fake-graphql.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const viewerWith = (roles: Role[]): ViewerQuery => ({
  viewer: {
    person: { id: 'p9', displayName: 'Sam Okafor (platform admin)' },
    organisation: {
      id: 'o1',
      name: 'Coventry City Council',
      slug: 'coventry-city-council',
      kind: 'COUNCIL',
      isFirstResponder: true,
    },
    roles,
  },
});

const housing: ApiTokenFieldsFragment = {
  id: 't1',
  name: 'Housing portal',
  prefix: 'wm_ab12',
  scopes: ['READ'],
  status: 'ACTIVE',
  createdAt: '2026-11-01T10:00:00.000Z',
  expiresAt: '2027-01-30T10:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  integration: { id: 'i1', name: 'Housing portal' },
  createdBy: { id: 'p3', displayName: 'Dee Admin' },
  organisation: { id: 'o1', name: 'Coventry City Council' },
};

const list = (...tokens: ApiTokenFieldsFragment[]): IntegrationsQuery => ({
  integrations: {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [
      {
        node: {
          id: 'i1',
          name: 'Housing portal',
          roles: ['CASEWORKER'],
          createdAt: '2026-11-01T09:00:00.000Z',
          createdBy: { id: 'p3', displayName: 'Dee Admin' },
          apiTokens: tokens,
        },
      },
    ],
  },
});

let calls: Call[];
let container: HTMLDivElement;
let root: Root;
let roles: Role[];
let tokens: ApiTokenFieldsFragment[];

function base(call: Call): Answer {
  if (call.operation === 'Viewer') return ok('Viewer', viewerWith(roles));
  if (call.operation === 'Integrations') return ok('Integrations', list(...tokens));
  if (call.operation === 'CaseWorklist')
    return ok('CaseWorklist', {
      cases: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
    });
  if (call.operation === 'ApiTokenCreate') {
    const created = { ...housing, id: 't2', name: 'Police records link', scopes: ['READ' as const, 'WRITE' as const] };
    tokens = [created, ...tokens];
    return ok('ApiTokenCreate', {
      apiTokenCreate: { __typename: 'ApiTokenCreatePayload', token: 'wm_secret-shown-once', apiToken: created },
    });
  }
  if (call.operation === 'ApiTokenRevoke') {
    const revoked = { ...housing, status: 'REVOKED' as const, revokedAt: '2026-11-30T12:00:00.000Z' };
    tokens = [revoked];
    return ok('ApiTokenRevoke', { apiTokenRevoke: { __typename: 'ApiTokenRevokePayload', apiToken: revoked } });
  }
  throw new Error(`unexpected operation ${call.operation}`);
}

async function render(path = '/api-tokens', handler: Handler = base) {
  window.history.replaceState(null, '', path);
  await act(async () => root.render(<App fetch={fakeFetch(handler, calls)} />));
}

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

async function click(element: HTMLElement | null) {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
}

async function type(selector: string, value: string) {
  const input = $<HTMLInputElement>(selector)!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => {
  calls = [];
  roles = ['PLATFORM_ADMIN'];
  tokens = [housing];
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  vi.useRealTimers();
  await act(async () => root.unmount());
  container.remove();
});

describe('API tokens', () => {
  it('is in the navigation for organisation and platform admins only', async () => {
    roles = ['ORG_ADMIN'];
    await render();
    await waitFor(() => expect(text($('.govuk-service-navigation__item--active'))).toBe('Integrations'));
    await act(async () => root.unmount());
    root = createRoot(container);
    roles = ['LEAD'];
    await render('/cases');
    await waitFor(() => expect($('.govuk-service-navigation')).not.toBeNull());
    expect($$('.govuk-service-navigation a').map(text)).not.toContain('Integrations');
  });

  it('lists the tokens with their integration, creator, status and dates', async () => {
    await render();
    await waitFor(() => expect($$('tbody tr')).toHaveLength(1));
    expect(text($('caption'))).toBe('1 token');
    const cells = $$('tbody tr > *').map(text);
    expect($('tbody th')?.firstChild?.textContent).toBe('Housing portal');
    expect(text($('tbody th .govuk-body-s'))).toBe('Starts wm_ab12');
    expect(cells.slice(1, 5)).toEqual(['Housing portal', 'Dee Admin', 'read', 'Active']);
    expect($$('tbody tr > *')[5]!.querySelectorAll('li').length).toBe(3);
    expect([...$$('tbody tr > *')[5]!.querySelectorAll('li')].map(text).join(' | ')).toBe(
      'Created 1 November 2026 at 10am | Expires 30 January 2027 at 10am | Never used',
    );
  });

  it('creates a token and shows its secret once, focused, until the page is left', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T12:00:00.000Z'));
    await render();
    await waitFor(() => expect($$('tbody tr')).toHaveLength(1));
    const tokenForm = () => $$('main form')[1]!.querySelector<HTMLElement>('.govuk-button');
    await click(tokenForm());
    expect($$('.govuk-error-summary__list a').map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['#token-name', 'Enter what the token is for'],
      ['#token-integrationId', 'Select the integration the token is for'],
    ]);
    await type('#token-name', 'Police records link');
    const select = $<HTMLSelectElement>('#token-integrationId')!;
    await act(async () => {
      select.value = 'i1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click($('#token-scope-WRITE'));
    await click(tokenForm());
    await waitFor(() => expect(text($('#new-token'))).toBe('wm_secret-shown-once'));
    expect(calls.find((call) => call.operation === 'ApiTokenCreate')?.variables).toEqual({
      input: {
        name: 'Police records link',
        integrationId: 'i1',
        scopes: ['READ', 'WRITE'],
        expiresAt: '2027-02-28T12:00:00.000Z',
      },
    });
    expect(document.activeElement?.getAttribute('aria-labelledby')).toBe('new-token-title');
    await waitFor(() => expect($$('tbody tr')).toHaveLength(2));
    // Not kept anywhere: the page shows it once, and never again after a reload.
    expect(window.location.href).not.toContain('secret');
    expect(JSON.stringify({ ...window.localStorage, ...window.sessionStorage })).not.toContain('secret');
    await act(async () => root.unmount());
    root = createRoot(container);
    await render();
    await waitFor(() => expect($$('tbody tr')).toHaveLength(2));
    expect($('#new-token')).toBeNull();
  });

  it('revokes a token and shows it revoked', async () => {
    await render();
    await waitFor(() => expect($$('tbody tr')).toHaveLength(1));
    const revoke = $('tbody .govuk-button--warning');
    expect(text(revoke)).toBe('Revoke Housing portal');
    await click(revoke);
    await waitFor(() => expect(text($('.govuk-notification-banner'))).toContain('Housing portal revoked'));
    expect(calls.find((call) => call.operation === 'ApiTokenRevoke')?.variables).toEqual({ id: 't1' });
    await waitFor(() => expect(text($('tbody .govuk-tag'))).toBe('Revoked'));
    expect($('tbody .govuk-button--warning')).toBeNull();
  });
});
