/** The accept-invitation page, signed out, in happy-dom against a fake /graphql. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../app/App.tsx';
import { fakeFetch, ok, waitFor, type Answer, type Call } from '../testing/fake-graphql.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let calls: Call[];
let container: HTMLDivElement;
let root: Root;
let answer: 'accepted' | 'used';

function handler(call: Call): Answer {
  if (call.operation === 'Viewer') return ok('Viewer', { viewer: null });
  if (call.operation === 'InvitationAccept')
    return ok('InvitationAccept', {
      invitationAccept:
        answer === 'accepted'
          ? { __typename: 'InvitationAcceptPayload', accepted: true }
          : {
              __typename: 'InvitationNotValidError',
              code: 'INVITATION_NOT_VALID',
              message:
                "This invitation has expired, has been used or was withdrawn. Ask your organisation's admin for a new one.",
            },
    });
  throw new Error(`unexpected operation ${call.operation}`);
}

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

async function type(selector: string, value: string) {
  const input = $<HTMLInputElement>(selector)!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit() {
  await act(async () => $<HTMLButtonElement>('main form .govuk-button')!.click());
}

beforeEach(async () => {
  calls = [];
  answer = 'accepted';
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  window.history.replaceState(null, '', '/invitation#wmi_secret-from-the-email');
  await act(async () => root.render(<App fetch={fakeFetch(handler, calls)} />));
  await waitFor(() => expect(text($('h1'))).toBe('Accept your invitation'));
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('accepting an invitation', () => {
  it('sends the link’s secret with the chosen name and password, then clears it from the address', async () => {
    await submit();
    expect([...container.querySelectorAll('.govuk-error-summary__list a')].map(text)).toEqual([
      'Enter your name',
      'Enter a password of at least 12 characters',
    ]);
    await type('#accept-displayName', 'Nia Obi');
    await type('#accept-password', 'a long new password');
    await type('#accept-confirm', 'a long new password');
    await submit();
    await waitFor(() => expect(text($('h1'))).toBe('You have joined Waymark'));
    expect(calls.find((c) => c.operation === 'InvitationAccept')?.variables).toEqual({
      input: { token: 'wmi_secret-from-the-email', displayName: 'Nia Obi', password: 'a long new password' },
    });
    expect(window.location.href).not.toContain('secret');
  });

  it('says a used or expired link is no longer valid', async () => {
    answer = 'used';
    await type('#accept-displayName', 'Nia Obi');
    await type('#accept-password', 'a long new password');
    await type('#accept-confirm', 'a long new password');
    await submit();
    await waitFor(() =>
      expect(text($('.govuk-error-summary'))).toContain('has expired, has been used or was withdrawn'),
    );
  });
});
