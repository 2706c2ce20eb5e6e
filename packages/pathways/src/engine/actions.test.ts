import { describe, expect, it } from 'vitest';
import { is, not } from '../definition/guards';
import { checkDefinition, definePathway } from '../definition/load';
import type { Action, Actor, PathwayDefinition } from '../definition/schema';
import { actors, Walk } from '../testing/walk';
import { recordAction } from './actions';
import { applyTransition } from './transitions';

const src = { file: 'test.txt', section: '2' };
const contactMash: Action = {
  id: 'contactMash',
  title: 'Contact MASH',
  required: true,
  recordedBy: { roles: ['CASEWORKER', 'LEAD'] },
  records: [
    { name: 'recipient', label: 'Whom it went to', type: 'text', required: true },
    { name: 'reference', label: 'Reference', type: 'text' },
  ],
  blocks: ['refer'],
  clock: 'mashContact',
  source: src,
};
const interpreter: Action = {
  id: 'arrangeInterpreter',
  title: 'Arrange an interpreter',
  required: true,
  recordedBy: { roles: ['CASEWORKER'] },
  when: [is('interpreterNeeded', true)],
  blocks: ['refer'],
  source: src,
};
const tellHousing: Action = {
  id: 'alertHousing',
  title: 'Alert Housing',
  required: false,
  recordedBy: { roles: ['CASEWORKER'] },
  source: src,
};

const definition = (): PathwayDefinition => ({
  id: 'with-actions',
  version: 1,
  title: 'With actions',
  area: 'Test',
  source: src,
  start: 'identified',
  facts: [{ name: 'interpreterNeeded', label: 'Interpreter needed?', type: 'boolean' }],
  steps: [
    {
      id: 'identified',
      title: 'Identified',
      description: 'd',
      source: src,
      actions: [contactMash, interpreter, tellHousing],
    },
    { id: 'referred', title: 'Referred', description: 'd', source: src, terminal: true },
  ],
  transitions: [
    { name: 'refer', label: 'Refer', from: 'identified', to: 'referred', allow: { roles: ['CASEWORKER'] } },
  ],
  clocks: [
    {
      id: 'mashContact',
      label: 'MASH contacted',
      startOn: ['started'],
      stopOn: ['contactMash'],
      due: { hours: 24 },
      onOverdue: { action: 'flag', note: 'contact MASH' },
      source: src,
    },
  ],
});

describe('step actions', () => {
  it('a required action blocks the transition after it, naming the action, until it is recorded', () => {
    const w = new Walk(definePathway(definition()), '2026-03-01T10:00:00Z');
    w.set({ interpreterNeeded: false });
    expect(w.blockingActions('refer')).toEqual(['contactMash']);
    const error = w.refuse('refer', 'ACTION_REQUIRED');
    expect(error).toMatchObject({ action: 'contactMash', actionTitle: 'Contact MASH', step: 'identified' });
    w.after({ hours: 2 }).record('contactMash', { recipient: 'MASH duty desk' });
    expect(w.blockingActions('refer')).toEqual([]);
    w.expectClock('mashContact', { status: 'met', metAt: '2026-03-01T12:00:00.000Z', metBy: 'contactMash' });
    w.take('refer').expectStep('referred');
  });

  it('an action whose condition is unknown asks for the fact; one that does not apply never blocks', () => {
    const w = new Walk(definePathway(definition()), '2026-03-01T10:00:00Z');
    w.record('contactMash', { recipient: 'MASH' });
    expect(w.refuse('refer', 'MISSING_FACTS')).toMatchObject({ facts: ['interpreterNeeded'] });
    w.set({ interpreterNeeded: true });
    expect(w.blockingActions('refer')).toEqual(['arrangeInterpreter']);
    w.set({ interpreterNeeded: false });
    expect(w.checklist().find((i) => i.action === 'arrangeInterpreter')).toMatchObject({
      applies: false,
      outstanding: false,
    });
    w.take('refer');
  });

  it('the checklist shows done (with what and when) and outstanding, required or optional', () => {
    const w = new Walk(definePathway(definition()), '2026-03-01T10:00:00Z');
    w.set({ interpreterNeeded: true }).record('contactMash', { recipient: 'MASH', reference: 'M-1' });
    const list = w.checklist();
    expect(list.map((i) => [i.action, i.required, i.outstanding, i.done.length])).toEqual([
      ['contactMash', true, false, 1],
      ['arrangeInterpreter', true, true, 0],
      ['alertHousing', false, false, 0],
    ]);
    expect(list[0]!.done[0]).toEqual({
      at: '2026-03-01T10:00:00.000Z',
      values: { recipient: 'MASH', reference: 'M-1' },
      by: null,
    });
    expect(list[0]).toMatchObject({ blocks: ['refer'], clock: 'mashContact', canRecord: true });
    expect(w.checklist(actors.partner).every((i) => !i.canRecord)).toBe(true);
  });

  it('refuses an unknown action, one from another step, the wrong role and bad values, changing nothing', () => {
    const def = definePathway(definition());
    const w = new Walk(def, '2026-03-01T10:00:00Z');
    const at = w.now;
    const codeOf = (id: string, values: Record<string, unknown>, actor: Actor = actors.frCaseworker) => {
      const r = recordAction(def, w.track, id, values, actor, at, undefined, w.facts);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(codeOf('nope', {})).toBe('UNKNOWN_ACTION');
    expect(codeOf('contactMash', { recipient: 'x' }, actors.partner)).toBe('NOT_PERMITTED');
    const bad = recordAction(
      def,
      w.track,
      'contactMash',
      { recipient: 42, colour: 'red' },
      actors.frCaseworker,
      at,
      undefined,
      w.facts,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok && bad.error.code === 'INVALID_VALUES') {
      expect(bad.error.fields.map((f) => f.field).sort()).toEqual(['colour', 'recipient']);
      expect(bad.error.message).not.toContain('red');
    }
    expect(codeOf('contactMash', {})).toBe('INVALID_VALUES');
    w.set({ interpreterNeeded: false }).record('contactMash', { recipient: 'MASH' }).take('refer');
    const late = recordAction(def, w.track, 'alertHousing', {}, actors.frCaseworker, at, undefined, w.facts);
    expect(late).toMatchObject({ ok: false, error: { code: 'ACTION_NOT_AT_STEP', step: 'referred', actionsHere: [] } });
    expect(w.track.events.filter((e) => e.name === 'alertHousing')).toEqual([]);
    // A transition still refuses actions by name: they are not ways out of a step.
    expect(applyTransition(def, w.track, 'contactMash', {}, actors.frCaseworker, at).ok).toBe(false);
  });

  it('an action that holds back a later move can be recorded at that later step', () => {
    const def = definition();
    def.steps[1] = { ...def.steps[1]!, terminal: undefined } as (typeof def.steps)[number];
    def.steps.push({ id: 'done', title: 'Done', description: 'd', source: src, terminal: true });
    def.transitions.push({
      name: 'finish',
      label: 'Finish',
      from: 'referred',
      to: 'done',
      allow: { roles: ['CASEWORKER'] },
    });
    def.steps[0]!.actions = [{ ...contactMash, blocks: ['finish'], clock: undefined }];
    def.clocks = [];
    const w = new Walk(definePathway(def), '2026-03-01T10:00:00Z');
    w.set({ interpreterNeeded: false }).take('refer');
    expect(w.blockingActions('finish')).toEqual(['contactMash']);
    expect(w.checklist().map((i) => [i.action, i.step, i.outstanding])).toEqual([['contactMash', 'identified', true]]);
    w.record('contactMash', { recipient: 'MASH' }).take('finish').expectStep('done');
  });

  it('static checks cover actions like transitions', () => {
    const broken = definition();
    broken.steps[0]!.actions = [
      contactMash,
      { ...contactMash, blocks: ['ghost'] },
      { ...tellHousing, blocks: ['refer'] },
      { ...interpreter, id: 'refer', when: [is('undeclared', true)], clock: 'noSuchClock' },
    ];
    broken.steps[1]!.actions = [
      { ...tellHousing, id: 'late', required: true, blocks: ['refer'], clock: 'mashContact' },
    ];
    const result = checkDefinition(broken);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map((p) => `${p.code} ${p.path}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'DUPLICATE_NAME steps.actions.contactMash',
        'DUPLICATE_NAME steps.identified.actions.refer',
        'UNKNOWN_TRANSITION steps.identified.actions.contactMash.blocks',
        'ACTION_BLOCK steps.identified.actions.alertHousing.blocks',
        'UNDECLARED_FACT steps.identified.actions.refer.when[0]',
        'ACTION_CLOCK steps.identified.actions.refer.clock',
        'ACTION_CLOCK steps.referred.actions.late.clock',
      ]),
    );
  });

  it('a clock that only an action stops is not stuck while that action can be reached', () => {
    const def = definition();
    expect(checkDefinition(def).ok).toBe(true);
    def.steps[0]!.actions = [tellHousing];
    const result = checkDefinition(def);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['UNKNOWN_EVENT', 'STUCK_CLOCK']),
    );
  });
  it('guards refuse recording an action, naming the rule, while alsoAt keeps it recordable after the track moved on', () => {
    const def = definition();
    def.facts.push({ name: 'suspected', label: 'Suspected?', type: 'boolean' });
    def.steps[1] = { ...def.steps[1]!, terminal: undefined } as (typeof def.steps)[number];
    def.steps.push({ id: 'done', title: 'Done', description: 'd', source: src, terminal: true });
    def.transitions.push({
      name: 'finish',
      label: 'Finish',
      from: 'referred',
      to: 'done',
      allow: { roles: ['CASEWORKER'] },
    });
    def.steps[0]!.actions = [
      { ...contactMash, blocks: undefined, clock: undefined },
      {
        ...tellHousing,
        id: 'tellGuardian',
        guards: [
          not(is('suspected', true, { ifMissing: false }), { rule: 'suspect-rule', description: 'not a suspect' }),
        ],
        alsoAt: ['referred'],
      },
    ];
    def.clocks = [];
    const w = new Walk(definePathway(def), '2026-03-01T10:00:00Z').set({ interpreterNeeded: false });
    w.take('refer');
    // Declared at "identified", still shown and recordable at "referred"; not at "done".
    expect(w.checklist().map((i) => [i.action, i.step, i.canRecord])).toEqual([['tellGuardian', 'identified', true]]);
    w.set({ suspected: true });
    expect(w.checklist()[0]!.canRecord).toBe(false);
    const refused = recordAction(
      w.definition,
      w.track,
      'tellGuardian',
      {},
      actors.frCaseworker,
      w.now,
      undefined,
      w.facts,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'GUARD_FAILED',
        action: 'tellGuardian',
        guards: [{ rule: 'suspect-rule', guard: 'not a suspect' }],
      },
    });
    w.set({ suspected: false }).record('tellGuardian').take('finish');
    expect(w.checklist()).toEqual([]);
  });

  it('a field required only when another field has a value (reasons when declined)', () => {
    const def = definition();
    def.steps[0]!.actions = [
      {
        ...tellHousing,
        id: 'offerVisitor',
        records: [
          { name: 'response', label: 'Response', type: 'enum', values: ['accepted', 'declined'], required: true },
          { name: 'reasons', label: 'Reasons', type: 'text', requiredIf: { field: 'response', equals: 'declined' } },
        ],
      },
    ];
    def.clocks = [];
    const w = new Walk(definePathway(def), '2026-03-01T10:00:00Z');
    const declined = recordAction(
      w.definition,
      w.track,
      'offerVisitor',
      { response: 'declined' },
      actors.frCaseworker,
      w.now,
      undefined,
      w.facts,
    );
    expect(declined).toMatchObject({ ok: false, error: { code: 'INVALID_VALUES', fields: [{ field: 'reasons' }] } });
    expect(declined.ok ? '' : declined.error.message).not.toContain('declined');
    w.record('offerVisitor', { response: 'accepted' }).record('offerVisitor', { response: 'declined', reasons: 'r' });
    const broken = definition();
    broken.steps[0]!.actions = [
      {
        ...tellHousing,
        records: [{ name: 'reasons', label: 'R', type: 'text', requiredIf: { field: 'ghost', equals: true } }],
        alsoAt: ['nowhere'],
      },
    ];
    const result = checkDefinition(broken);
    expect(result.ok ? [] : result.problems.map((p) => `${p.code} ${p.path}`)).toEqual(
      expect.arrayContaining([
        'SCHEMA steps.identified.actions.alertHousing.records.reasons',
        'UNKNOWN_STEP steps.identified.actions.alertHousing.alsoAt',
      ]),
    );
  });
});
