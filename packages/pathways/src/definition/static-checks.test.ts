import { describe, expect, it } from 'vitest';
import { pathways } from '../pathways';
import { is, treatedAsChild } from './guards';
import { nrmConsentRule } from './hard-rules';
import { checkDefinition, definePathway, PathwayDefinitionError } from './load';
import type { PathwayDefinition } from './schema';

const src = { file: 'test.txt', section: '1' };
const step = (id: string, terminal = false) => ({
  id,
  title: id,
  description: id,
  source: src,
  ...(terminal ? { terminal } : {}),
});
const base = (): PathwayDefinition => ({
  id: 'tiny',
  version: 1,
  title: 'Tiny',
  area: 'Test',
  source: src,
  start: 'a',
  facts: [{ name: 'ok', label: 'OK?', type: 'boolean' }],
  steps: [step('a'), step('b', true)],
  transitions: [{ name: 'go', label: 'Go', from: 'a', to: 'b', allow: { roles: ['LEAD'] } }],
  clocks: [],
});

describe('static checks', () => {
  it('accepts a well-formed definition', () => {
    expect(checkDefinition(base())).toMatchObject({ ok: true });
  });

  it('counts times only of a named event (a happened guard with times and a transition kind is refused)', () => {
    const counted = base();
    counted.transitions[0]!.guards = [{ kind: 'happened', event: 'go', times: 2 }];
    expect(checkDefinition(counted)).toMatchObject({ ok: true });
    const byKind = base();
    byKind.transitions[0]!.guards = [{ kind: 'happened', transitionKind: 'decision', times: 2 }];
    const result = checkDefinition(byKind);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toEqual(['SCHEMA']);
  });

  it('lists every problem of a broken definition at once', () => {
    const broken = base();
    broken.steps.push(step('island'), step('stuck'), step('b'));
    broken.transitions.push(
      { name: 'go', label: 'Again', from: 'a', to: 'nowhere', allow: { roles: ['LEAD'] } },
      {
        name: 'toStuck',
        label: 'Stuck',
        from: 'a',
        to: 'stuck',
        allow: { roles: ['LEAD'] },
        guards: [is('undeclared', true), is('ok', 'yes')],
      },
      { name: 'fromEnd', label: 'Out', from: 'b', to: 'a', allow: { roles: ['LEAD'] }, requiresFacts: ['ghost'] },
      {
        name: 'ghostStep',
        label: 'Ghost',
        from: 'phantom',
        to: 'a',
        allow: { roles: ['LEAD'] },
        guards: [treatedAsChild()],
      },
    );
    broken.facts.push({ name: 'ok', label: 'dup', type: 'boolean' });
    broken.clocks.push({
      id: 'c',
      label: 'C',
      startOn: ['neverHappens'],
      stopOn: ['go'],
      due: { hours: 1 },
      onOverdue: { action: 'block', transitions: ['noSuchTransition'], note: 'n' },
      source: src,
    });
    const result = checkDefinition(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = result.problems.map((p) => `${p.code} ${p.path}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'DUPLICATE_NAME steps.b',
        'DUPLICATE_NAME transitions.go',
        'DUPLICATE_NAME facts.ok',
        'UNKNOWN_STEP transitions.go.to',
        'UNKNOWN_STEP transitions.ghostStep.from',
        'UNREACHABLE_STEP steps.island',
        'DEAD_END steps.island',
        'DEAD_END steps.stuck',
        'TERMINAL_WITH_EXIT steps.b',
        'UNDECLARED_FACT transitions.toStuck.guards[0]',
        'FACT_TYPE_MISMATCH transitions.toStuck.guards[1]',
        'UNDECLARED_FACT transitions.fromEnd.requiresFacts',
        'UNDECLARED_FACT transitions.ghostStep.guards[0]',
        'UNKNOWN_EVENT clocks.c.startOn',
        'UNKNOWN_TRANSITION clocks.c.onOverdue',
      ]),
    );
    expect(() => definePathway(broken)).toThrow(PathwayDefinitionError);
  });

  it('reports shape errors with their paths', () => {
    const result = checkDefinition({ ...base(), version: 0, steps: [{ id: 'Bad Id' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.every((p) => p.code === 'SCHEMA')).toBe(true);
      expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['version', 'steps.0.id']));
    }
  });

  it('refuses NRM, DtN and reconsideration transitions that drop a hard rule', () => {
    const d = base();
    d.facts.push(
      { name: 'ageStatus', label: 'age', type: 'enum', values: ['child', 'adult', 'uncertain'] },
      { name: 'reasonToBelieveChild', label: 'r', type: 'boolean' },
      { name: 'ageAssessmentOutcome', label: 'a', type: 'enum', values: ['child', 'adult'] },
    );
    d.transitions.push(
      {
        name: 'nrmByAnyone',
        label: 'NRM',
        from: 'a',
        to: 'b',
        kind: 'nrmReferral',
        allow: { roles: ['LEAD'] },
        guards: [nrmConsentRule],
      },
      {
        name: 'dtnNoRules',
        label: 'DtN',
        from: 'a',
        to: 'b',
        kind: 'dutyToNotify',
        allow: { roles: ['LEAD'], firstResponderOnly: true },
      },
      {
        name: 'reconsiderFrOnly',
        label: 'R',
        from: 'a',
        to: 'b',
        kind: 'reconsiderationRequest',
        allow: { roles: ['LEAD'], firstResponderOnly: true },
      },
    );
    const result = checkDefinition(d);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.filter((p) => p.code === 'HARD_RULE').map((p) => p.message);
    expect(messages).toEqual([
      'nrmReferral transition "nrmByAnyone" must be limited to First Responder organisations',
      'dutyToNotify transition "dtnNoRules" lacks hard rule "dtn-adult-without-consent"',
      'dutyToNotify transition "dtnNoRules" lacks hard rule "dtn-anonymised"',
      'dutyToNotify transition "dtnNoRules" lacks hard rule "dtn-not-in-nrm"',
      'reconsiderationRequest transition "reconsiderFrOnly" lacks hard rule "reconsideration-after-negative"',
      'any organisation may request a reconsideration (003 8.9), not only some',
      'reconsideration "reconsiderFrOnly" needs a deadline of at most 30 days (a clock it stops, or one that blocks it)',
    ]);
  });

  it('loads every built-in pathway', () => {
    for (const p of pathways) expect(checkDefinition(p)).toMatchObject({ ok: true });
  });
});
