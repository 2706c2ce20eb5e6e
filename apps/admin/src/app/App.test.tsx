/**
 * The whole admin in happy-dom against a fake /graphql: what is asked (method, credential
 * header, variables) and what is shown (GOV.UK markup, errors, paging).
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseWorklistQuery, OrganisationsQuery, ViewerQuery } from '@waymark/sdk';
import { fakeFetch, failed, ok, waitFor, type Answer, type Call, type Handler } from '../testing/fake-graphql.ts';
import { App } from './App.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const viewer = {
  viewer: {
    person: { id: 'p1', displayName: 'Tom Reyes (Coventry caseworker)' },
    organisation: {
      id: 'o1',
      name: 'Coventry City Council',
      slug: 'coventry-city-council',
      kind: 'COUNCIL',
      isFirstResponder: true,
    },
    roles: ['CASEWORKER'],
  },
} satisfies ViewerQuery;

function casesPage(
  count: number,
  { total = count, hasNextPage = false, endCursor = null as string | null } = {},
): CaseWorklistQuery {
  return {
    cases: {
      totalCount: total,
      pageInfo: { hasNextPage, endCursor },
      edges: Array.from({ length: count }, (_, i) => ({
        node: {
          id: `c${i}`,
          reference: `WM-2026-${String(i + 1).padStart(6, '0')}`,
          concernKind: 'POTENTIAL_VICTIM',
          status: i === 0 ? 'OPEN' : 'CLOSED',
          version: 1,
          openedAt: '2026-11-21T05:31:26.369Z',
          owningOrganisation: { id: 'o1', name: 'Coventry City Council' },
          area: { id: 'a1', code: 'coventry', name: 'Coventry' },
          ageGroup: 'ADULT',
          subject: { givenName: null, familyName: null },
          assignedTo: i === 0 ? { id: 'p1', displayName: 'Tom Reyes (Coventry caseworker)' } : null,
          nextDeadline:
            i === 0
              ? { clock: 'c', label: 'Refer to the SPoC', status: 'overdue', dueAt: '2026-11-22T05:31:26.369Z' }
              : null,
          tracks: [{ id: `t${i}`, pathwayId: 'coventry-pre-nrm', step: { id: 's', title: 'Gather information' } }],
        },
      })),
    },
  };
}

const organisations = {
  organisations: {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [
      {
        node: {
          id: 'o1',
          slug: 'coventry-city-council',
          name: 'Coventry City Council',
          kind: 'COUNCIL',
          isFirstResponder: true,
          firstResponderNote: 'Any team with frontline officers.',
          areas: [{ id: 'a1', code: 'coventry', name: 'Coventry' }],
        },
      },
    ],
  },
} satisfies OrganisationsQuery;

function defaultHandler(call: Call): Answer {
  if (call.operation === 'Viewer') return ok('Viewer', viewer);
  if (call.operation === 'CaseWorklist') return ok('CaseWorklist', casesPage(2));
  if (call.operation === 'Areas') return ok('Areas', { areas: [] });
  if (call.operation === 'Pathways') return ok('Pathways', { pathways: [] });
  if (call.operation === 'MyWork') return ok('MyWork', { myWork: [] });
  if (call.operation === 'Organisations') return ok('Organisations', organisations);
  throw new Error(`unexpected operation ${call.operation}`);
}

const apiDown = (): Answer =>
  failed([{ message: 'The Waymark API is not reachable.', extensions: { code: 'BAD_GATEWAY' } }], 502);

let calls: Call[];
let container: HTMLDivElement;
let root: Root;

async function render(path: string, handler: Handler = defaultHandler) {
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

beforeEach(() => {
  calls = [];
  window.localStorage.clear();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('layout', () => {
  it('has a skip link first, the Waymark header, service navigation, an Alpha banner and a focusable main', async () => {
    await render('/cases');
    const first = container.querySelector('a, button, input, select');
    expect(first?.className).toBe('govuk-skip-link');
    expect(first?.getAttribute('href')).toBe('#main-content');
    expect(text($('.govuk-generic-header__homepage-link'))).toBe('Waymark');
    const current = $('.govuk-service-navigation__item--active a');
    expect(text(current)).toBe('Cases');
    expect(current?.getAttribute('aria-current')).toBe('page');
    expect(text($('.govuk-phase-banner__content__tag'))).toBe('Alpha');
    expect($('main#main-content')?.getAttribute('tabindex')).toBe('-1');
    expect($('.govuk-footer')).not.toBeNull();
  });

  it('sends "/" to My work', async () => {
    await render('/');
    await waitFor(() => expect(window.location.pathname).toBe('/my-work'));
    await waitFor(() => expect(text($('h1'))).toBe('My work'));
  });

  it('shows "Page not found" for an unknown address', async () => {
    await render('/nowhere');
    expect(text($('h1'))).toBe('Page not found');
    expect(document.title).toBe('Page not found – Waymark');
  });
});

describe('cases', () => {
  it('asks by POST with no credential of its own (the cookie carries the session) and lists the cases in a GOV.UK table', async () => {
    await render('/cases');
    await waitFor(() => expect($$('tbody .govuk-table__row')).toHaveLength(2));

    const cases = calls.find((call) => call.operation === 'CaseWorklist');
    expect(cases).toMatchObject({ method: 'POST', identity: null, variables: { first: 25, after: null } });
    expect(text($('caption'))).toBe('2 cases');
    expect($$('thead th').map(text)).toEqual([
      'Reference',
      'Concern',
      'Status',
      'Area',
      'Step',
      'Assigned to',
      'Next deadline',
    ]);
    const firstRow = $$('tbody .govuk-table__row')[0]!;
    expect(firstRow.querySelector('th[scope="row"]')?.textContent).toBe('WM-2026-000001');
    expect(firstRow.querySelector('th a')?.getAttribute('href')).toBe('/cases/c0');
    expect(text(firstRow)).toContain('Refer to the SPoC');
    expect(text(firstRow)).toContain('Potential victim');
    expect(firstRow.querySelector('.govuk-tag')?.className).toBe('govuk-tag');
    expect(text(firstRow.querySelector('.govuk-tag'))).toBe('Open');
    expect(text(firstRow.querySelector('.govuk-tag--red'))).toBe('Overdue');
    expect(text(firstRow)).toContain('Due 22 November 2026 at 5:31am');
    expect($$('tbody .govuk-tag')[2]?.className).toBe('govuk-tag govuk-tag--grey');
    expect($('.govuk-pagination')).toBeNull();
    expect(document.title).toBe('Cases – Waymark');
  });

  it('shows who is signed in, from the Viewer query', async () => {
    await render('/cases');
    await waitFor(() => expect(text($('.app-identity p'))).toContain('Tom Reyes (Coventry caseworker)'));
    expect(text($('.app-identity p'))).toContain('Coventry City Council (First Responder)');
    expect(text($('.app-identity p'))).toContain('Caseworker');
  });

  it('pages forward with the connection cursor and back again', async () => {
    await render('/cases', (call) => {
      if (call.operation !== 'CaseWorklist') return defaultHandler(call);
      return call.variables.after === 'cursor-25'
        ? ok('CaseWorklist', casesPage(5, { total: 30 }))
        : ok('CaseWorklist', casesPage(25, { total: 30, hasNextPage: true, endCursor: 'cursor-25' }));
    });
    await waitFor(() => expect(text($('caption'))).toBe('Cases 1 to 25 of 30'));
    expect($('.govuk-pagination__prev')).toBeNull();

    const next = $<HTMLAnchorElement>('.govuk-pagination__next a');
    expect(next?.getAttribute('href')).toBe('/cases?after=cursor-25');
    expect(next?.getAttribute('rel')).toBe('next');
    await click(next);
    await waitFor(() => expect(text($('caption'))).toBe('Cases 26 to 30 of 30'));
    expect(calls.at(-1)?.variables).toMatchObject({ after: 'cursor-25' });
    expect(document.activeElement?.id).toBe('main-content');

    const previous = $<HTMLAnchorElement>('.govuk-pagination__prev a');
    expect(previous?.getAttribute('href')).toBe('/cases');
    await click(previous);
    await waitFor(() => expect(text($('caption'))).toBe('Cases 1 to 25 of 30'));
  });

  it('says so in inset text when there are no cases', async () => {
    await render('/cases', (call) =>
      call.operation === 'CaseWorklist' ? ok('CaseWorklist', casesPage(0)) : defaultHandler(call),
    );
    await waitFor(() => expect($('.govuk-inset-text')).not.toBeNull());
    expect($('table')).toBeNull();
  });

  it('shows a GOV.UK error summary, not a crash, when the API refuses the credential', async () => {
    await render('/cases', () =>
      failed([{ message: 'The credentials are not valid.', extensions: { code: 'UNAUTHENTICATED' } }], 401),
    );
    await waitFor(() => expect($('.govuk-error-summary')).not.toBeNull());
    expect(text($('.govuk-error-summary__title'))).toBe('There is a problem');
    expect($('.govuk-error-summary [role="alert"]')).not.toBeNull();
    expect(text($('.govuk-error-summary__list'))).toContain('You are not signed in, or your session has ended');
    expect(document.activeElement?.classList.contains('govuk-error-summary')).toBe(true);
  });

  it('explains FORBIDDEN and an unreachable API in words', async () => {
    await render('/cases', (call) =>
      call.operation === 'CaseWorklist'
        ? failed([{ message: 'Only leads may do this.', extensions: { code: 'FORBIDDEN' } }])
        : defaultHandler(call),
    );
    await waitFor(() =>
      expect(text($('.govuk-error-summary__list'))).toContain(
        'You do not have permission to see this. Only leads may do this.',
      ),
    );

    await act(async () => root.unmount());
    root = createRoot(container);
    await render('/cases', (call) => (call.operation === 'CaseWorklist' ? apiDown() : defaultHandler(call)));
    await waitFor(() => expect(text($('.govuk-error-summary__list'))).toContain('Waymark cannot reach its API'));
  });

  it('says Waymark is starting on a page of its own while the API does not answer, and carries on when it does', async () => {
    // Only the page's recheck interval is faked, so the test moves its clock instead of waiting.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let apiUp = false;
      await render('/cases', (call) => (apiUp ? defaultHandler(call) : apiDown()));
      await waitFor(() => expect(text($('h1'))).toBe('Waymark is starting'));
      expect(document.title).toBe('Waymark is starting – Waymark');
      expect(text($('[role="status"]'))).toContain('checks again every 3 seconds');
      apiUp = true;
      await act(async () => vi.advanceTimersByTime(2999));
      await waitFor(() => expect(text($('h1'))).toBe('Waymark is starting'));
      await act(async () => vi.advanceTimersByTime(1));
      await waitFor(() => expect(text($('h1'))).toBe('Cases'));
    } finally {
      vi.useRealTimers();
    }
  });
});

const signedOut: Handler = (call) =>
  call.operation === 'Viewer' ? ok('Viewer', { viewer: null }) : defaultHandler(call);

async function type(selector: string, value: string) {
  const input = $<HTMLInputElement>(selector)!;
  await act(async () => {
    // React tracks the value itself; set it through the prototype so onChange fires.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('sign in', () => {
  it('shows the GOV.UK sign-in form, and nothing else, when nobody is signed in', async () => {
    await render('/cases', signedOut);
    await waitFor(() => expect(text($('h1'))).toBe('Sign in to Waymark'));
    expect(document.title).toBe('Sign in – Waymark');
    expect($('input#sign-in-email')?.getAttribute('type')).toBe('email');
    expect($('input#sign-in-email')?.getAttribute('autocomplete')).toBe('username');
    expect($('input#sign-in-password')?.getAttribute('type')).toBe('password');
    expect($('input#sign-in-password')?.getAttribute('autocomplete')).toBe('current-password');
    expect($('.govuk-service-navigation')).toBeNull();
    expect(calls.some((call) => call.operation === 'CaseWorklist')).toBe(false);
  });

  it('asks for both fields before sending anything', async () => {
    await render('/cases', signedOut);
    await waitFor(() => expect($('form')).not.toBeNull());
    await click($('main form .govuk-button'));
    await waitFor(() => expect($('.govuk-error-summary')).not.toBeNull());
    expect($$('.govuk-error-summary__list a').map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['#sign-in-email', 'Enter your email address'],
      ['#sign-in-password', 'Enter your password'],
    ]);
    expect(text($('#sign-in-email-error'))).toBe('Error: Enter your email address');
    expect($('input#sign-in-email')?.getAttribute('aria-describedby')).toBe('sign-in-email-error');
    expect(document.title).toBe('Error: Sign in – Waymark');
    expect(calls.some((call) => call.operation === 'SignIn')).toBe(false);
  });

  it('says the email or password is not right, without saying which', async () => {
    await render('/cases', (call) =>
      call.operation === 'SignIn'
        ? failed([{ message: 'The email address or password is not right.', extensions: { code: 'UNAUTHENTICATED' } }])
        : signedOut(call),
    );
    await waitFor(() => expect($('form')).not.toBeNull());
    await type('#sign-in-email', 'someone@waymark.example');
    await type('#sign-in-password', 'wrong');
    await click($('main form .govuk-button'));
    await waitFor(() =>
      expect(text($('.govuk-error-summary__list'))).toBe('The email address or password is not right'),
    );
    expect(calls.find((call) => call.operation === 'SignIn')?.variables).toEqual({
      input: { email: 'someone@waymark.example', password: 'wrong' },
    });
  });

  it('signs in, shows the cases as the new person, and signs out again', async () => {
    let signedIn = false;
    await render('/cases', (call) => {
      if (call.operation === 'SignIn') {
        signedIn = true;
        return ok('SignIn', { signIn: { expiresAt: '2026-11-21T13:00:00Z', viewer: viewer.viewer } });
      }
      if (call.operation === 'SignOut') {
        signedIn = false;
        return ok('SignOut', { signOut: { signedOut: true } });
      }
      return signedIn ? defaultHandler(call) : signedOut(call);
    });
    await waitFor(() => expect($('form')).not.toBeNull());
    await type('#sign-in-email', 'caseworker.coventry@waymark.example');
    await type('#sign-in-password', 'waymark-demo');
    await click($('main form .govuk-button'));
    await waitFor(() => expect($$('tbody .govuk-table__row')).toHaveLength(2));
    expect(text($('.app-identity p'))).toContain('Tom Reyes (Coventry caseworker)');

    await click($('.app-identity button'));
    await waitFor(() => expect(text($('h1'))).toBe('Sign in to Waymark'));
    expect(calls.some((call) => call.operation === 'SignOut')).toBe(true);
    expect($('tbody')).toBeNull();
  });
});

describe('organisations', () => {
  it('lists organisations with kind, First Responder (and note) and areas', async () => {
    await render('/organisations');
    await waitFor(() => expect($$('tbody .govuk-table__row')).toHaveLength(1));
    expect($$('thead th').map(text)).toEqual(['Name', 'Kind', 'First Responder', 'Areas']);
    const cells = $$('tbody .govuk-table__row > *');
    expect(cells.map((cell) => cell.firstChild?.textContent)).toEqual([
      'Coventry City Council',
      'Council',
      'Yes',
      'Coventry',
    ]);
    expect(text(cells[2]!.querySelector('.govuk-hint'))).toBe('Any team with frontline officers.');
    expect(text($('caption'))).toBe('1 organisation');
    expect(calls.find((call) => call.operation === 'Organisations')?.variables).toMatchObject({
      first: 25,
      after: null,
      filter: null,
    });
  });

  it('filters to First Responders with a GOV.UK checkbox, applied by the button', async () => {
    await render('/organisations');
    const box = $<HTMLInputElement>('input#organisations-first-responders')!;
    expect(box.className).toBe('govuk-checkboxes__input');
    expect(container.querySelector('label[for="organisations-first-responders"]')?.textContent).toBe(
      'First Responders only',
    );
    expect(box.getAttribute('aria-describedby')).toBe('organisations-first-responders-item-hint');
    expect(text($('legend'))).toBe('Filter organisations');

    await click(box);
    expect(box.checked).toBe(true);
    await click($('main form .govuk-button'));
    await waitFor(() => expect(window.location.search).toBe('?firstResponders=yes'));
    await waitFor(() =>
      expect(calls.at(-1)?.variables).toMatchObject({ filter: { firstResponder: true }, after: null }),
    );
    await waitFor(() => expect(text($('caption'))).toBe('1 First Responder organisation'));
  });
});
