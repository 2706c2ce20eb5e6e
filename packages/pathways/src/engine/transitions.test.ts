import { describe, expect, it } from 'vitest';
import { is } from '../definition/guards';
import { definePathway } from '../definition/load';
import type { Actor, PathwayDefinition } from '../definition/schema';
import { actors, Walk } from '../testing/walk';
import { deadlines } from './clocks';
import { isTreatedAsChild, validateFacts } from './facts';
import { toMermaid } from './mermaid';
import { allowedTransitions, applyTransition, startTrack } from './transitions';

const src = { file: 'test.txt', section: '1' };
const step = (id: string, terminal = false) => ({
  id,
  title: `Step ${id}`,
  description: id,
  source: src,
  ...(terminal ? { terminal } : {}),
});

// A small pathway exercising every kind of block.
const mini: PathwayDefinition = definePathway({
  id: 'mini',
  version: 2,
  title: 'Mini "quoted"',
  area: 'Test',
  source: src,
  start: 'open',
  facts: [
    { name: 'ready', label: 'Ready?', type: 'boolean' },
    { name: 'colour', label: 'Colour', type: 'enum', values: ['red', 'blue'] },
    { name: 'when', label: 'When', type: 'date' },
  ],
  steps: [step('open'), step('done', true)],
  transitions: [
    { name: 'note', label: 'Note', from: 'open', stays: true, allow: { roles: ['CASEWORKER'] } },
    {
      name: 'finish',
      label: 'Finish',
      from: 'open',
      to: 'done',
      allow: { roles: ['LEAD'], firstResponderOnly: true },
      guards: [is('ready', true)],
      requiresFacts: ['colour'],
    },
  ],
  clocks: [
    {
      id: 'window',
      label: 'Finish window',
      startOn: ['started'],
      stopOn: ['finish'],
      restartOn: ['note'],
      due: { calendarDays: 2 },
      onOverdue: { action: 'block', transitions: ['finish'], note: 'too late' },
      source: src,
    },
  ],
});

const lead = actors.lead;
const T0 = '2026-05-01T09:00:00Z';

describe('allowedTransitions', () => {
  it('lists every way out, each enabled or blocked with machine-readable reasons', () => {
    const w = new Walk(mini, T0, lead);
    const options = allowedTransitions(mini, w.track, {}, actors.partner, w.now);
    expect(options.map((o) => [o.name, o.enabled])).toEqual([
      ['note', false],
      ['finish', false],
    ]);
    const finish = options[1];
    expect(finish?.reasons.map((r) => r.code)).toEqual(['NOT_PERMITTED', 'MISSING_FACTS']);
    expect(finish?.reasons[1]).toMatchObject({ facts: ['colour', 'ready'] });
    expect(finish?.effects).toEqual({ startsClocks: [], restartsClocks: [], stopsClocks: ['window'] });
    expect(options[0]?.to).toBe('open');
  });

  it('returns nothing for a terminal step or a track of another pathway', () => {
    const w = new Walk(mini, T0, lead).set({ ready: true, colour: 'red' }).take('finish');
    expect(allowedTransitions(mini, w.track, w.facts, lead, w.now)).toEqual([]);
    expect(allowedTransitions(mini, { ...w.track, pathwayId: 'other' }, w.facts, lead, w.now)).toEqual([]);
  });
});

describe('applyTransition', () => {
  it('returns the new track, the event and the clock changes', () => {
    const { track } = startTrack(mini, new Date(T0));
    const result = applyTransition(
      mini,
      track,
      'finish',
      { ready: true, colour: 'blue' },
      lead,
      new Date('2026-05-02T10:00:00Z'),
    );
    expect(result).toEqual({
      ok: true,
      track: {
        ...track,
        step: 'done',
        events: [...track.events, { name: 'finish', at: '2026-05-02T10:00:00.000Z', from: 'open', to: 'done' }],
      },
      events: [{ name: 'finish', at: '2026-05-02T10:00:00.000Z', from: 'open', to: 'done' }],
      clockChanges: [
        { clock: 'window', change: 'stopped', at: '2026-05-02T10:00:00.000Z', dueAt: '2026-05-03T22:59:59.999Z' },
      ],
    });
  });

  it('refuses an unknown or unavailable transition with the allowed ones', () => {
    const w = new Walk(mini, T0, lead).set({ ready: true, colour: 'red' });
    expect(w.refuse('fly', 'INVALID_TRANSITION')).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'Invalid transition: "fly" is not a way out of step "open"',
      transition: 'fly',
      step: 'open',
      allowedTransitions: ['finish'],
    });
    const other = applyTransition(mini, { ...w.track, pathwayVersion: 1 }, 'finish', w.facts, lead, w.now);
    expect(other.ok === false && other.error.code).toBe('INVALID_TRANSITION');
  });

  it('reports NOT_PERMITTED before anything else, with what is required', () => {
    const w = new Walk(mini, T0);
    const notFr: Actor = { roles: ['LEAD'], organisation: { isFirstResponder: false, kind: 'CHARITY' } };
    expect(w.refuse('finish', 'NOT_PERMITTED', notFr)).toMatchObject({
      requiredRoles: ['LEAD'],
      firstResponderRequired: true,
      organisationKinds: null,
      transition: 'finish',
    });
    w.refuse('finish', 'NOT_PERMITTED', actors.auditor);
  });

  it('reports GUARD_FAILED with the guard and its facts, then MISSING_FACTS', () => {
    const w = new Walk(mini, T0, lead).set({ ready: false });
    const err = w.refuse('finish', 'GUARD_FAILED');
    expect(err).toMatchObject({ guards: [{ guard: 'ready is true', rule: null, facts: ['ready'] }] });
    expect(err.code !== 'INVALID_TRANSITION' && err.reasons.map((r) => r.code)).toEqual([
      'GUARD_FAILED',
      'MISSING_FACTS',
    ]);
    w.set({ ready: true });
    expect(w.refuse('finish', 'MISSING_FACTS')).toMatchObject({ facts: ['colour'] });
    // A value of the wrong type counts as missing.
    w.set({ colour: 'green' });
    expect(w.refuse('finish', 'MISSING_FACTS')).toMatchObject({ facts: ['colour'] });
  });

  it('reports DEADLINE_PASSED once a blocking clock is overdue, and restarts clocks', () => {
    const w = new Walk(mini, T0, lead).set({ ready: true, colour: 'red' });
    w.at('2026-05-04T00:00:00Z');
    expect(w.refuse('finish', 'DEADLINE_PASSED')).toMatchObject({
      clock: 'window',
      dueAt: '2026-05-03T22:59:59.999Z',
      overdueByMs: 3_600_001,
    });
    const noted = applyTransition(mini, w.track, 'note', w.facts, actors.frCaseworker, w.now);
    expect(noted.ok && noted.clockChanges).toEqual([
      { clock: 'window', change: 'stopped', at: '2026-05-04T00:00:00.000Z', dueAt: '2026-05-03T22:59:59.999Z' },
      { clock: 'window', change: 'restarted', at: '2026-05-04T00:00:00.000Z', dueAt: '2026-05-06T22:59:59.999Z' },
    ]);
    w.take('note', actors.frCaseworker).take('finish');
    expect(w.deadlines().map((c) => [c.instance, c.status])).toEqual([
      [1, 'metLate'],
      [2, 'met'],
    ]);
  });
});

describe('deadlines', () => {
  it('reports due at, met at and overdue by for each clock instance', () => {
    const { track } = startTrack(mini, new Date(T0));
    const [clock] = deadlines(mini, track.events, new Date('2026-05-05T23:00:00Z'));
    expect(clock).toMatchObject({
      clock: 'window',
      instance: 1,
      startedAt: '2026-05-01T09:00:00.000Z',
      dueAt: '2026-05-03T22:59:59.999Z',
      dueDate: '2026-05-03',
      metAt: null,
      status: 'overdue',
      overdueByMs: 2 * 86_400_000 + 1,
    });
  });
});

describe('facts', () => {
  it('applies the presumption of age', () => {
    expect(isTreatedAsChild({ ageStatus: 'child' })).toBe(true);
    expect(isTreatedAsChild({ ageStatus: 'adult' })).toBe(false);
    expect(isTreatedAsChild({ ageStatus: 'uncertain', reasonToBelieveChild: true })).toBe(true);
    expect(isTreatedAsChild({ ageStatus: 'uncertain', reasonToBelieveChild: false })).toBe(false);
    expect(isTreatedAsChild({ ageStatus: 'uncertain' })).toBeUndefined();
    expect(isTreatedAsChild({})).toBeUndefined();
    // An age assessment settles it either way.
    expect(
      isTreatedAsChild({ ageStatus: 'uncertain', reasonToBelieveChild: true, ageAssessmentOutcome: 'adult' }),
    ).toBe(false);
    expect(isTreatedAsChild({ ageStatus: 'adult', ageAssessmentOutcome: 'child' })).toBe(true);
  });

  it('validates recorded facts against the definition', () => {
    expect(validateFacts(mini, { ready: 'yes', colour: 'red', when: '2026-02-30', other: 1 })).toEqual([
      { fact: 'ready', message: 'ready must be true or false' },
      { fact: 'when', message: 'when must be a date YYYY-MM-DD' },
    ]);
  });
});

describe('toMermaid', () => {
  it('draws steps, transitions, stay-actions and escapes quotes', () => {
    expect(toMermaid(mini)).toBe(
      [
        'flowchart TD',
        '  %% mini v2: Mini #quot;quoted#quot;',
        '  open["Step open<br/><small>1</small>"]',
        '  done(["Step done<br/><small>1</small>"])',
        '  open -.->|"Note"| open',
        '  open -->|"Finish (First Responder)"| done',
        '  classDef start stroke-width:3px',
        '  class open start',
        '',
      ].join('\n'),
    );
  });
});
