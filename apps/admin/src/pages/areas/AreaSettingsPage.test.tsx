/** The area settings pages (platform admins) in happy-dom against a fake /graphql. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AreaOversightAddMutation, AreaSettingsPageQuery } from '@waymark/sdk';
import { App } from '../../app/App.tsx';
import { fakeFetch, ok, waitFor, type Answer, type Call } from '../../testing/fake-graphql.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Area = Extract<NonNullable<AreaSettingsPageQuery['node']>, { __typename: 'Area' }>;

const lead = { id: 'pe1', displayName: 'Demo Bexley Community Safety Team (oversight)' };
const candidate = { id: 'pe2', displayName: 'Demo Coventry Modern Slavery Lead (oversight)' };
let bexley: Area;
let calls: Call[];
let container: HTMLDivElement;
let root: Root;
let addAnswer: AreaOversightAddMutation['areaOversightAdd'];

const organisation = (id: string, name: string) => ({
  id,
  slug: id,
  name,
  kind: 'COUNCIL' as const,
  isFirstResponder: true,
  firstResponderNote: null,
  areas: [],
});

function handler(call: Call): Answer {
  if (call.operation === 'Viewer')
    return ok('Viewer', {
      viewer: {
        person: { id: 'p1', displayName: 'Platform admin' },
        organisation: { id: 'o9', name: 'Waymark', slug: 'waymark', kind: 'OTHER', isFirstResponder: false },
        roles: ['PLATFORM_ADMIN'],
      },
    });
  if (call.operation === 'AreaSettingsList') return ok('AreaSettingsList', { areas: [bexley] });
  if (call.operation === 'AreaSettingsPage') return ok('AreaSettingsPage', { node: bexley });
  if (call.operation === 'Organisations')
    return ok('Organisations', {
      organisations: {
        totalCount: 2,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [
          { node: organisation('o1', 'London Borough of Bexley') },
          { node: organisation('o2', 'Metropolitan Police') },
        ],
      },
    });
  if (call.operation === 'AreaUpdateSettings') {
    const input = call.variables.input as { handOverAnswerHours: number; spocOrganisationId?: string };
    bexley = {
      ...bexley,
      handOverAnswerHours: input.handOverAnswerHours,
      spocOrganisation: input.spocOrganisationId ? { id: 'o2', name: 'Metropolitan Police' } : null,
    };
    return ok('AreaUpdateSettings', {
      areaUpdateSettings: { __typename: 'AreaUpdateSettingsPayload', area: bexley },
    });
  }
  if (call.operation === 'AreaOversightAdd') {
    if (addAnswer.__typename === 'AreaOversightPayload')
      bexley = { ...bexley, overseers: [lead, candidate], oversightCandidates: [] };
    return ok('AreaOversightAdd', { areaOversightAdd: addAnswer });
  }
  if (call.operation === 'AreaOversightRemove') {
    bexley = { ...bexley, overseers: [candidate], oversightCandidates: [lead] };
    return ok('AreaOversightRemove', {
      areaOversightRemove: { __typename: 'AreaOversightPayload', area: bexley },
    });
  }
  throw new Error(`unexpected operation ${call.operation}`);
}

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
const button = (label: string) =>
  [...container.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label) ?? null;

async function click(element: HTMLElement | null) {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
}

async function fill(selector: string, value: string) {
  const input = $<HTMLInputElement | HTMLSelectElement>(selector)!;
  await act(async () => {
    const proto = input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

beforeEach(() => {
  calls = [];
  bexley = {
    __typename: 'Area',
    id: 'a1',
    code: 'bexley',
    name: 'Bexley',
    handOverAnswerHours: 3,
    oversightSeesIdentity: false,
    spocOrganisation: { id: 'o1', name: 'London Borough of Bexley' },
    overseers: [lead],
    oversightCandidates: [candidate],
  };
  addAnswer = { __typename: 'AreaOversightPayload', area: bexley };
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('area settings', () => {
  it('lists each area’s settings with a link to change them', async () => {
    window.history.replaceState(null, '', '/areas');
    await act(async () => root.render(<App fetch={fakeFetch(handler, calls)} />));
    await waitFor(() => expect(container.querySelectorAll('tbody tr')).toHaveLength(1));
    expect(text($('.govuk-service-navigation__item--active'))).toBe('Areas');
    const cells = [...container.querySelectorAll('tbody tr > *')].map(text);
    expect(cells.slice(0, 5)).toEqual([
      'Bexley',
      'London Borough of Bexley',
      '3 hours',
      'No',
      'Demo Bexley Community Safety Team (oversight)',
    ]);
    expect(text($('tbody a'))).toBe('Change settings for Bexley');
  });

  it('checks the hours before sending, then saves the settings', async () => {
    window.history.replaceState(null, '', '/areas/a1');
    await act(async () => root.render(<App fetch={fakeFetch(handler, calls)} />));
    await waitFor(() => expect(text($('h1'))).toBe('Settings for Bexley'));
    expect($<HTMLInputElement>('#area-handOverAnswerHours')!.value).toBe('3');
    expect($<HTMLInputElement>('#area-oversightSeesIdentity-2')!.checked).toBe(true);

    await fill('#area-handOverAnswerHours', '200');
    await click(button('Save settings'));
    await waitFor(() => expect($('.govuk-error-summary')).not.toBeNull());
    const link = $<HTMLAnchorElement>('.govuk-error-summary a')!;
    expect(text(link)).toBe('Enter the hours to answer a hand-over as a whole number from 1 to 168');
    expect(link.getAttribute('href')).toBe('#area-handOverAnswerHours');
    expect(text($('#area-handOverAnswerHours-error'))).toContain('whole number from 1 to 168');
    expect(calls.some((c) => c.operation === 'AreaUpdateSettings')).toBe(false);

    await waitFor(() => expect(container.querySelectorAll('#area-spocOrganisationId option')).toHaveLength(3));
    await fill('#area-spocOrganisationId', 'o2');
    await fill('#area-handOverAnswerHours', '6');
    await click(button('Save settings'));
    await waitFor(() => expect(text($('.govuk-notification-banner'))).toContain('Settings for Bexley saved.'));
    expect($('.govuk-error-summary')).toBeNull();
    expect(calls.find((c) => c.operation === 'AreaUpdateSettings')?.variables).toEqual({
      input: { areaId: 'a1', spocOrganisationId: 'o2', handOverAnswerHours: 6, oversightSeesIdentity: false },
    });
  });

  it('puts a refused overseer in the error summary, then adds and removes overseers', async () => {
    addAnswer = {
      __typename: 'ValidationError',
      code: 'VALIDATION',
      message: 'Invalid input: personId does not hold the Area oversight role',
      fieldErrors: [
        {
          path: ['personId'],
          field: 'personId',
          message: 'does not hold the Area oversight role; an admin of their organisation gives it first',
        },
      ],
    };
    window.history.replaceState(null, '', '/areas/a1');
    await act(async () => root.render(<App fetch={fakeFetch(handler, calls)} />));
    await waitFor(() => expect(text($('h1'))).toBe('Settings for Bexley'));

    await click(button('Add overseer'));
    await waitFor(() => expect(text($('.govuk-error-summary a'))).toBe('Select the person to add'));
    expect(calls.some((c) => c.operation === 'AreaOversightAdd')).toBe(false);

    await fill('#oversight-personId', 'pe2');
    await click(button('Add overseer'));
    await waitFor(() =>
      expect(text($('.govuk-error-summary a'))).toBe(
        'The person does not hold the Area oversight role; an admin of their organisation gives it first',
      ),
    );
    expect($('.govuk-error-summary a')!.getAttribute('href')).toBe('#oversight-personId');

    addAnswer = { __typename: 'AreaOversightPayload', area: bexley };
    await click(button('Add overseer'));
    await waitFor(() =>
      expect(text($('.govuk-notification-banner'))).toContain(
        'Demo Coventry Modern Slavery Lead (oversight) now oversees Bexley.',
      ),
    );
    expect(calls.filter((c) => c.operation === 'AreaOversightAdd').at(-1)?.variables).toEqual({
      input: { areaId: 'a1', personId: 'pe2' },
    });

    await waitFor(() => expect(container.querySelectorAll('tbody tr')).toHaveLength(2));
    await click(button('Remove Demo Bexley Community Safety Team (oversight)'));
    await waitFor(() =>
      expect(text($('.govuk-notification-banner'))).toContain(
        'Demo Bexley Community Safety Team (oversight) no longer oversees Bexley.',
      ),
    );
    expect(calls.find((c) => c.operation === 'AreaOversightRemove')?.variables).toEqual({
      input: { areaId: 'a1', personId: 'pe1' },
    });
  });
});
