/** Adding, editing and archiving contacts, in happy-dom against a fake /graphql. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactDetailFragment, Role, ViewerQuery } from '@waymark/sdk';
import { App } from '../../app/App.tsx';
import { fakeFetch, ok, waitFor, type Answer, type Call, type Handler } from '../../testing/fake-graphql.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const viewerWith = (roles: Role[]): ViewerQuery => ({
  viewer: {
    person: { id: 'p1', displayName: 'Lee Fraser (directory admin)' },
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

const spoc: ContactDetailFragment = {
  id: 'k1',
  slug: 'coventry-spoc',
  name: 'Coventry SPoC',
  purpose: 'SPOC',
  status: 'ACTIVE',
  phone: '024 7683 1234',
  email: null,
  url: null,
  hours: null,
  notes: null,
  version: 3,
  area: { id: 'a1', code: 'coventry', name: 'Coventry' },
  organisation: null,
  source: { file: '003', section: '4.1' },
};

let calls: Call[];
let container: HTMLDivElement;
let root: Root;
let roles: Role[];

function base(call: Call): Answer {
  if (call.operation === 'Viewer') return ok('Viewer', viewerWith(roles));
  if (call.operation === 'Areas') return ok('Areas', { areas: [{ id: 'a1', code: 'coventry', name: 'Coventry' }] });
  if (call.operation === 'Organisations')
    return ok('Organisations', {
      organisations: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
    });
  if (call.operation === 'Contacts')
    return ok('Contacts', {
      contacts: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: spoc }] },
    });
  if (call.operation === 'Contact') return ok('Contact', { node: { __typename: 'Contact', ...spoc } });
  throw new Error(`unexpected operation ${call.operation}`);
}

async function render(path: string, handler: Handler = base) {
  window.history.replaceState(null, '', path);
  await act(async () => root.render(<App fetch={fakeFetch(handler, calls)} />));
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
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

beforeEach(() => {
  calls = [];
  roles = ['DIRECTORY_ADMIN'];
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('contacts for directory admins', () => {
  it('offers Add and an Edit link per contact to directory admins only', async () => {
    await render('/contacts');
    await waitFor(() => expect($('tbody tr')).not.toBeNull());
    expect($('a.govuk-button[href="/contacts/new"]')).not.toBeNull();
    expect(text($('tbody a[href="/contacts/k1/edit"]'))).toBe('Edit Coventry SPoC');

    await act(async () => root.unmount());
    root = createRoot(container);
    roles = ['CASEWORKER'];
    await render('/contacts');
    await waitFor(() => expect($('tbody tr')).not.toBeNull());
    expect($('a[href="/contacts/new"]')).toBeNull();
    expect($('tbody a[href$="/edit"]')).toBeNull();
  });

  it('adds a contact: asks for name and purpose first, then creates it and says so on the contacts page', async () => {
    await render('/contacts/new', (call) =>
      call.operation === 'ContactCreate'
        ? ok('ContactCreate', {
            contactCreate: {
              __typename: 'ContactPayload',
              contact: { ...spoc, id: 'k2', name: 'Modern Slavery Helpline' },
            },
          })
        : base(call),
    );
    await waitFor(() => expect(text($('h1'))).toBe('Add a contact'));
    await click($('main form .govuk-button'));
    expect(
      [...container.querySelectorAll('.govuk-error-summary__list a')].map((a) => [a.getAttribute('href'), text(a)]),
    ).toEqual([
      ['#contact-name', 'Enter the contact’s name'],
      ['#contact-purpose', 'Select what the contact is for'],
    ]);
    await type('#contact-name', 'Modern Slavery Helpline');
    await type('#contact-purpose', 'HELPLINE');
    await type('#contact-phone', '08000 121 700');
    await click($('main form .govuk-button'));
    await waitFor(() => expect(window.location.pathname).toBe('/contacts'));
    expect(calls.find((call) => call.operation === 'ContactCreate')?.variables).toEqual({
      input: {
        name: 'Modern Slavery Helpline',
        purpose: 'HELPLINE',
        organisationId: null,
        areaCode: null,
        phone: '08000 121 700',
        email: null,
        url: null,
        hours: null,
        notes: null,
      },
    });
    await waitFor(() => expect(text($('.govuk-notification-banner'))).toContain('Modern Slavery Helpline added.'));
  });

  it('edits with the version read, and offers a reload when someone else changed it first', async () => {
    await render('/contacts/k1/edit', (call) =>
      call.operation === 'ContactUpdate'
        ? ok('ContactUpdate', {
            contactUpdate: {
              __typename: 'StaleRecordError',
              code: 'STALE_RECORD',
              message: 'The contact changed since you read it.',
              currentVersion: 4,
            },
          })
        : base(call),
    );
    await waitFor(() => expect(text($('h1'))).toBe('Edit Coventry SPoC'));
    expect($<HTMLInputElement>('#contact-phone')?.value).toBe('024 7683 1234');
    expect($<HTMLSelectElement>('#contact-areaCode')?.value).toBe('coventry');
    await type('#contact-hours', 'Monday to Friday, 9am to 5pm');
    await click($('main form .govuk-button'));
    await waitFor(() => expect($('.govuk-error-summary')).not.toBeNull());
    expect(calls.find((call) => call.operation === 'ContactUpdate')?.variables).toMatchObject({
      id: 'k1',
      expectedVersion: 3,
      patch: { hours: 'Monday to Friday, 9am to 5pm', purpose: 'SPOC', areaCode: 'coventry' },
    });
    const reload = $('.govuk-error-summary__list a');
    expect(reload?.getAttribute('href')).toBe('/contacts/k1/edit');
    expect(text(reload)).toContain('Nothing was saved');
    expect(window.location.pathname).toBe('/contacts/k1/edit');
  });

  it('archives with the version read and returns to the contacts page', async () => {
    await render('/contacts/k1/edit', (call) =>
      call.operation === 'ContactArchive'
        ? ok('ContactArchive', {
            contactArchive: { __typename: 'ContactPayload', contact: { ...spoc, status: 'ARCHIVED', version: 4 } },
          })
        : base(call),
    );
    await waitFor(() => expect($('.govuk-button--warning')).not.toBeNull());
    expect(text($('.govuk-button--warning'))).toBe('Archive contact');
    await click($('.govuk-button--warning'));
    await waitFor(() => expect(window.location.pathname).toBe('/contacts'));
    expect(calls.find((call) => call.operation === 'ContactArchive')?.variables).toEqual({
      id: 'k1',
      expectedVersion: 3,
    });
    await waitFor(() => expect(text($('.govuk-notification-banner'))).toContain('Coventry SPoC archived.'));
  });
});
