import { describe, expect, it } from 'vitest';
import { actorIs, not } from '../definition/guards';
import { definePathway } from '../definition/load';
import type { Actor, OrganisationKind, PathwayDefinition } from '../definition/schema';
import { actors, Walk } from '../testing/walk';
import { checklist } from './actions';
import { isPublicAuthorityFirstResponder } from './public-authority';

const actor = (kind: OrganisationKind, isFirstResponder: boolean): Actor => ({
  roles: ['CASEWORKER'],
  organisation: { kind, isFirstResponder },
});

describe('public-authority First Responders (section 52 Duty to Notify)', () => {
  it('are First Responder councils, police forces and government bodies; never charities or health bodies', () => {
    expect(isPublicAuthorityFirstResponder(actor('COUNCIL', true))).toBe(true);
    expect(isPublicAuthorityFirstResponder(actor('POLICE', true))).toBe(true);
    expect(isPublicAuthorityFirstResponder(actor('GOVERNMENT', true))).toBe(true);
    // The Salvation Army or Barnardo's: First Responders with no duty to notify.
    expect(isPublicAuthorityFirstResponder(actor('CHARITY', true))).toBe(false);
    expect(isPublicAuthorityFirstResponder(actor('HEALTH', true))).toBe(false);
    // A council team that is not registered as a First Responder here.
    expect(isPublicAuthorityFirstResponder(actor('COUNCIL', false))).toBe(false);
  });

  const src = { file: 'test.txt', section: '1' };
  const definition: PathwayDefinition = definePathway({
    id: 'actor-guards',
    version: 1,
    title: 'Actor guards',
    area: 'Test',
    source: src,
    start: 'met',
    facts: [],
    steps: [
      {
        id: 'met',
        title: 'Met',
        description: 'd',
        source: src,
        actions: [
          {
            id: 'sayWhyNoNotification',
            title: 'Say why no one was notified',
            required: true,
            recordedBy: { roles: ['CASEWORKER', 'PARTNER_WORKER'] },
            when: [actorIs('publicAuthorityFirstResponder')],
            blocks: ['close'],
            source: src,
          },
        ],
      },
      { id: 'closed', title: 'Closed', description: 'd', source: src, terminal: true },
      { id: 'charityOnly', title: 'Charity only', description: 'd', source: src, terminal: true },
    ],
    transitions: [
      { name: 'close', label: 'Close', from: 'met', to: 'closed', allow: { roles: ['CASEWORKER', 'PARTNER_WORKER'] } },
      {
        name: 'noDuty',
        label: 'Only without the duty',
        from: 'met',
        to: 'charityOnly',
        allow: { roles: ['CASEWORKER', 'PARTNER_WORKER'] },
        guards: [not(actorIs('publicAuthorityFirstResponder'))],
      },
    ],
    clocks: [],
  });

  it("a required action's `when` reads who acts: it holds a council back and not a charity", () => {
    const council = new Walk(definition, '2026-04-01T10:00:00Z', actors.frCaseworker);
    expect(council.blockingActions('close')).toEqual(['sayWhyNoNotification']);
    expect(council.checklist()[0]).toMatchObject({ applies: true, outstanding: true });
    council.refuse('close', 'ACTION_REQUIRED');
    council.record('sayWhyNoNotification').take('close').expectStep('closed');

    const charity = new Walk(definition, '2026-04-01T10:00:00Z', actors.frCharity);
    expect(charity.checklist()[0]).toMatchObject({ applies: false, outstanding: false });
    charity.take('close').expectStep('closed');
  });

  it('a transition guard reads who acts, and its refusal says so in plain words', () => {
    const w = new Walk(definition, '2026-04-01T10:00:00Z', actors.police);
    const error = w.refuse('noDuty', 'GUARD_FAILED');
    expect(error.message).toMatch(/First Responder public authority/);
    new Walk(definition, '2026-04-01T10:00:00Z', actors.partner).take('noDuty');
  });

  it('with nobody acting, whether it applies is unknown (never shown as not applying)', () => {
    const w = new Walk(definition, '2026-04-01T10:00:00Z');
    const [item] = checklist(definition, w.track, {}, null, w.now);
    expect(item).toMatchObject({ applies: null, outstanding: true });
  });
});
