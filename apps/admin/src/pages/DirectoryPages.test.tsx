/** The directory pages (support services, find support) in happy-dom against a fake /graphql. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServicesQuery, ServicesQueryVariables, SupportOptionsForQuery } from '@waymark/sdk';
import { App } from '../app/App.tsx';
import { fakeFetch as fakeGraphql, ok, waitFor, type Answer, type Call } from '../testing/fake-graphql.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let calls: Call[];
let container: HTMLDivElement;
let root: Root;

type ServiceRow = ServicesQuery['services']['edges'][number]['node'];
type SupportOption = Extract<
  SupportOptionsForQuery['supportOptionsFor'],
  { __typename: 'SupportOptions' }
>['matches'][number];

const service = (id: string, name: string, restricted: boolean): ServiceRow => ({
  id,
  slug: id,
  name,
  status: 'ACTIVE',
  categories: ['ACCOMMODATION'],
  referralRoute: 'VIA_ORGANISATION',
  restricted,
  organisation: { id: 'o1', name: 'The Salvation Army' },
  areas: [{ id: 'a1', code: 'coventry', name: 'Coventry' }],
  eligibility: restricted
    ? null
    : {
        ageGroups: ['ADULT'],
        genders: [],
        minimumAge: null,
        maximumAge: null,
        nrmStatuses: [],
        decisionOutcomes: [],
        recourseToPublicFunds: null,
        exploitationTypes: [],
        conditions: null,
      },
});

function answer(call: Call): Answer {
  if (call.operation === 'Viewer') {
    return ok('Viewer', {
      viewer: {
        person: { id: 'p1', displayName: 'Lee Fraser (directory admin)' },
        organisation: {
          id: 'o1',
          name: 'Coventry City Council',
          slug: 'coventry-city-council',
          kind: 'COUNCIL',
          isFirstResponder: true,
        },
        roles: ['DIRECTORY_ADMIN'],
      },
    });
  }
  if (call.operation === 'Areas') return ok('Areas', { areas: [{ id: 'a1', code: 'coventry', name: 'Coventry' }] });
  if (call.operation === 'Services') {
    const nodes = (call.variables.filter as ServicesQueryVariables['filter'])?.search
      ? [service('s2', 'Safe house', true)]
      : [service('s1', 'NRM support', false), service('s2', 'Safe house', true)];
    return ok('Services', {
      services: {
        totalCount: nodes.length,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ node })),
      },
    });
  }
  if (call.operation === 'SupportOptionsFor') {
    const option = (id: string, name: string, extra: Partial<SupportOption>): SupportOption => ({
      rank: 1,
      conditions: null,
      service: { ...service(id, name, false), restrictedDetails: null },
      reasons: [],
      toCheck: [],
      excludedBy: [],
      ...extra,
    });
    return ok('SupportOptionsFor', {
      supportOptionsFor: {
        __typename: 'SupportOptions',
        facts: {
          areaCode: 'coventry',
          gender: 'MALE',
          age: 41,
          ageUncertain: null,
          treatedAsChild: false,
          nrmStatus: null,
          decisionOutcome: null,
          recourseToPublicFunds: null,
          exploitationTypes: [],
        },
        matches: [
          option('s3', 'Adavu casework support', {
            toCheck: [{ rule: 'NRM_STATUS', message: 'NRM status not known' }],
          }),
        ],
        nearMisses: [
          option('s4', 'Kairos Women Working Together', { excludedBy: [{ rule: 'GENDER', message: 'Women only' }] }),
        ],
      },
    });
  }
  throw new Error(`unexpected operation ${call.operation}`);
}

const fakeFetch = (): typeof fetch => fakeGraphql(answer, calls);

const rows = () =>
  [...container.querySelectorAll('tbody tr')].map((row) =>
    [...row.children]
      .map((cell) =>
        [...cell.childNodes]
          .map((n) => n.textContent)
          .join(' ')
          .trim(),
      )
      .join(' | '),
  );

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

describe('support services page', () => {
  it('lists services linked to their pages, with organisation, area names, route, and tags for restricted and eligibility not stated', async () => {
    window.history.replaceState(null, '', '/services');
    await act(async () => root.render(<App fetch={fakeFetch()} />));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(container.querySelector('h1')?.textContent).toBe('Support services');
    expect(container.querySelector('caption')?.textContent).toBe('2 services');
    expect(rows()[1]).toBe(
      'Safe house Eligibility not stated Restricted | The Salvation Army | Coventry | Accommodation | Via another organisation',
    );
    expect(container.querySelector('tbody tr:nth-child(2) a')?.getAttribute('href')).toBe('/services/s2');
    expect(container.querySelector('.govuk-service-navigation__item--active')?.textContent).toBe('Support services');
  });

  it('searches from the form, through the URL', async () => {
    window.history.replaceState(null, '', '/services');
    await act(async () => root.render(<App fetch={fakeFetch()} />));
    await waitFor(() => expect(rows()).toHaveLength(2));
    const input = container.querySelector<HTMLInputElement>('#services-search')!;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, 'safe');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => container.querySelector<HTMLButtonElement>('main form .govuk-button')!.click());
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(window.location.search).toBe('?search=safe');
    expect(calls.filter((c) => c.operation === 'Services').at(-1)?.variables.filter).toMatchObject({
      search: 'safe',
      areaCode: null,
      category: null,
    });
  });
});

describe('find support page', () => {
  it('asks with the facts in the URL and shows matches with what to check and near misses with the excluding rule', async () => {
    window.history.replaceState(null, '', '/support?area=coventry&gender=MALE&age=41');
    await act(async () => root.render(<App fetch={fakeFetch()} />));
    await waitFor(() => expect(container.querySelectorAll('main li')).toHaveLength(2));
    const asked = calls.find((c) => c.operation === 'SupportOptionsFor');
    expect(asked?.variables.facts).toEqual({
      areaCode: 'coventry',
      gender: 'MALE',
      age: 41,
      nrmStatus: null,
      decisionOutcome: null,
      recourseToPublicFunds: null,
    });
    const [match, nearMiss] = [...container.querySelectorAll('main li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(match).toBe('Adavu casework support (The Salvation Army) Check: NRM status not known');
    expect(nearMiss).toBe('Kairos Women Working Together (The Salvation Army) Excluded: Women only');
    expect(container.querySelector<HTMLSelectElement>('#support-gender')?.value).toBe('MALE');
  });

  it('asks nothing until a fact is given', async () => {
    window.history.replaceState(null, '', '/support');
    await act(async () => root.render(<App fetch={fakeFetch()} />));
    await waitFor(() => expect(container.querySelector('h1')?.textContent).toBe('Find support'));
    expect(calls.some((c) => c.operation === 'SupportOptionsFor')).toBe(false);
  });
});
