import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../definition/load';
import type { PathwayDefinition } from '../definition/schema';
import { latestVersions } from '../pathways';
import { SEEDS } from '../pathways/shared/seeds';
import { getResource, RESOURCES } from './catalogue';

const seedFiles = new Set<string>(Object.values(SEEDS));

describe('resource catalogue', () => {
  it('names each form and guide once, each with its publisher and the documents that name it', () => {
    const ids = RESOURCES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RESOURCES) {
      expect(r.publisher.length).toBeGreaterThan(0);
      for (const at of r.namedIn) expect(seedFiles).toContain(at.file);
    }
    // The forms issue 17 lists by name are all there.
    for (const id of [
      'duty-to-notify-form-ms1',
      'nrm-referral-form',
      'nrm-offline-form',
      'nrm-explanatory-booklet',
      'nrm-prompt-sheet',
      'nrm-consent-form',
      'nrm-withdrawal-form',
      'how-to-get-help',
      'force-intelligence-bureau-form',
      'partnership-intelligence-form',
      'hcc-electronic-form',
      'trafficked-children-toolkit',
    ])
      expect(getResource(id), id).toBeDefined();
  });

  it('keeps a link only where a document prints one, never a placeholder', () => {
    const linked = RESOURCES.filter((r) => r.url).map((r) => r.id);
    expect(linked.sort()).toEqual([
      'child-exploitation-disruption-toolkit',
      'duty-to-notify-form-ms1',
      'wyp-intelligence-submission-portal',
    ]);
    for (const r of RESOURCES) expect(r.url ?? '').not.toMatch(/^#|LINK/);
  });

  it('is where steps point: every step resource exists, and step text copies no phone number or email', () => {
    const phoneOrEmail = /@[a-z0-9-]+\.|\b0\d{2,4} ?\d{3,4} ?\d{3,4}\b/i;
    // Current versions: a frozen earlier version keeps its text as it was.
    for (const p of latestVersions()) {
      for (const s of p.steps) {
        expect(s.description, `${p.id}.${s.id}`).not.toMatch(phoneOrEmail);
        for (const a of s.actions ?? [])
          expect(`${a.title} ${a.description ?? ''}`, `${p.id}.${s.id}.${a.id}`).not.toMatch(phoneOrEmail);
        for (const id of s.resources ?? []) expect(getResource(id), `${p.id}.${s.id}: ${id}`).toBeDefined();
      }
      for (const t of p.transitions) expect(t.label, `${p.id}.${t.name}`).not.toMatch(phoneOrEmail);
    }
    const linked = latestVersions().flatMap((p) => p.steps.flatMap((s) => s.resources ?? []));
    expect(new Set(linked)).toContain('nrm-explanatory-booklet');
  });

  it('the static checks refuse a step naming a resource the catalogue lacks', () => {
    const src = { file: 'test.txt', section: '1' };
    const def: PathwayDefinition = {
      id: 'tiny',
      version: 1,
      title: 'Tiny',
      area: 'Test',
      source: src,
      start: 'a',
      facts: [],
      steps: [
        { id: 'a', title: 'A', description: 'A', source: src, resources: ['nrm-referral-form', 'no-such-form'] },
        { id: 'b', title: 'B', description: 'B', source: src, terminal: true },
      ],
      transitions: [{ name: 'go', label: 'Go', from: 'a', to: 'b', allow: { roles: ['LEAD'] } }],
      clocks: [],
    };
    expect(checkDefinition(def)).toEqual({
      ok: false,
      problems: [
        {
          code: 'UNKNOWN_RESOURCE',
          path: 'steps.a.resources',
          message: 'step "a" names resource "no-such-form", not in the catalogue',
        },
      ],
    });
  });
});
