/** The partnership figures page in happy-dom against a fake /graphql. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../app/App.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Call {
  operation: string;
  variables: Record<string, any>;
}

let calls: Call[];
let container: HTMLDivElement;
let root: Root;

const count = (value: number) => ({ kind: 'COUNT', value, display: String(value) });
const fewer = { kind: 'FEWER_THAN', value: null, display: 'fewer than 5' };
const withheld = { kind: 'WITHHELD', value: null, display: 'withheld' };

function answer(call: Call): unknown {
  if (call.operation === 'Viewer')
    return {
      viewer: {
        person: { id: 'p1', displayName: 'Pat Quinn (partnership board)' },
        organisation: {
          id: 'o1',
          name: 'Coventry Modern Slavery Partnership',
          slug: 'c',
          kind: 'OTHER',
          isFirstResponder: false,
        },
        roles: ['AUDITOR'],
      },
    };
  if (call.operation === 'Areas') return { areas: [{ id: 'a1', code: 'coventry', name: 'Coventry' }] };
  if (call.operation === 'PartnershipFigures')
    return {
      partnershipFigures: {
        __typename: 'PartnershipFigures',
        areaCode: 'coventry',
        areaName: 'Coventry',
        threshold: 5,
        buckets: ['2026-Q1', '2026-Q2'],
        period: { from: '2026-01', to: '2026-06', granularity: 'QUARTER' },
        tables: [
          {
            id: 'concerns',
            title: 'Concerns raised, by what they are about',
            rowHeading: 'Concern about',
            columnHeading: 'Period',
            columns: ['2026-Q1', '2026-Q2'],
            withheld: false,
            primarySuppressed: 1,
            secondarySuppressed: 2,
            rows: [
              { label: 'Potential victim', cells: [withheld, withheld], total: count(30) },
              { label: 'Business', cells: [fewer, withheld], total: count(11) },
            ],
            columnTotals: [count(14), count(27)],
            total: count(41),
          },
        ],
        decisionTimes: [
          { decisionType: 'RG', medianDays: 12, percentile90Days: null },
          { decisionType: 'CG', medianDays: null, percentile90Days: null },
        ],
      },
    };
  throw new Error(`unexpected operation ${call.operation}`);
}

const fakeFetch: typeof fetch = async (_input, init) => {
  const body = JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> };
  const call = { operation: /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '?', variables: body.variables ?? {} };
  calls.push(call);
  return new Response(JSON.stringify({ data: answer(call) }), { headers: { 'content-type': 'application/json' } });
};

async function waitFor(assertion: () => void, timeoutMs = 2000) {
  const started = Date.now();
  for (;;) {
    try {
      assertion();
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }
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

describe('partnership figures page', () => {
  it('asks with the choices in the URL and shows each table as published, its chart hidden from screen readers', async () => {
    window.history.replaceState(null, '', '/figures?area=coventry&from=2026-01&to=2026-06&by=QUARTER');
    await act(async () => root.render(<App fetch={fakeFetch} />));
    await waitFor(() => expect(container.querySelectorAll('main tbody tr')).toHaveLength(3));
    expect(calls.find((c) => c.operation === 'PartnershipFigures')?.variables).toEqual({
      areaCode: 'coventry',
      period: { from: '2026-01', to: '2026-06', granularity: 'QUARTER' },
    });
    const rows = [...container.querySelectorAll('main tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent).join(' | '),
    );
    expect(rows).toEqual([
      'Potential victim | withheld | withheld | 30',
      'Business | fewer than 5 | withheld | 11',
      'Total | 14 | 27 | 41',
    ]);
    expect(container.querySelector('.govuk-inset-text')?.textContent).toBe(
      '1 count is shown as fewer than 5; 2 withheld to protect it.',
    );
    // The chart pictures the table that follows it and is hidden from assistive technology.
    const chart = container.querySelector('main svg')!;
    expect(chart.getAttribute('aria-hidden')).toBe('true');
    expect(chart.nextElementSibling?.tagName).toBe('TABLE');
    expect(container.querySelector('main dl')?.textContent).toContain('Median: 12');
  });

  it('asks nothing until an area and both months are given', async () => {
    window.history.replaceState(null, '', '/figures?area=coventry');
    await act(async () => root.render(<App fetch={fakeFetch} />));
    await waitFor(() => expect(container.querySelector('h1')?.textContent).toBe('Partnership figures'));
    expect(calls.some((c) => c.operation === 'PartnershipFigures')).toBe(false);
  });
});
