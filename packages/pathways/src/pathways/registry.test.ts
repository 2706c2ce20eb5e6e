import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromSteps } from '../definition/static-checks';
import { deadlines } from '../engine/clocks';
import { toMermaid } from '../engine/mermaid';
import { startTrack } from '../engine/transitions';
import { actors, Walk } from '../testing/walk';
import { councilAdultReferral } from './council-adult-referral';
import { checkRegistry, getPathway, latestVersions, pathways } from './index';
import { frozenVersions } from './versions';

describe('registry', () => {
  it('registers every frozen version file, each older than the definition that replaced it', () => {
    const files = readdirSync(new URL('./versions/', import.meta.url))
      .filter((f) => /\.v\d+\.ts$/.test(f))
      .sort();
    expect(frozenVersions.map((p) => `${p.id}.v${p.version}.ts`).sort()).toEqual(files);
    for (const frozen of frozenVersions) {
      expect(pathways).toContain(frozen);
      expect(latestVersions().find((p) => p.id === frozen.id)!.version).toBeGreaterThan(frozen.version);
    }
  });

  it('has unique ids, valid hand-offs, and every step cites its seed section', () => {
    expect(checkRegistry()).toEqual([]);
    expect(
      checkRegistry([
        ...pathways,
        {
          ...councilAdultReferral,
          steps: [...councilAdultReferral.steps, { ...councilAdultReferral.steps[0]!, handOff: 'nowhere' }],
        },
      ]),
    ).toEqual([
      `council-adult-referral v${councilAdultReferral.version} is registered twice`,
      `council-adult-referral v${councilAdultReferral.version} is registered twice`,
      'council-adult-referral: step identified hands off to unknown pathway nowhere',
    ]);
    for (const p of pathways) {
      for (const s of p.steps) expect(s.source.file).toMatch(/^00[0-4]_[0-9a-f]+\.txt$/);
      expect(getPathway(p.id, p.version)).toBe(p);
    }
  });

  it.each(pathways.map((p) => [p.id, p] as const))(
    '%s draws as a Mermaid flowchart with every step and transition',
    (_id, p) => {
      const chart = toMermaid(p);
      for (const s of p.steps) expect(chart).toContain(`  ${s.id}`);
      const edges = p.transitions.reduce((n, t) => n + fromSteps(t.from).length, 0);
      expect(chart.split('\n').filter((l) => l.includes('-->|') || l.includes('-.->|'))).toHaveLength(edges);
      expect(
        deadlines(
          p,
          startTrack(p, new Date('2026-01-01T00:00:00Z')).track.events,
          new Date('2026-01-01T00:00:00Z'),
        ).every((c) => c.status === 'running' || c.status === 'unscheduled'),
      ).toBe(true);
    },
  );

  it('a decision date later than the recording never delays a reconsideration window', () => {
    const w = new Walk(councilAdultReferral, '2026-06-10T09:00:00Z');
    w.set({
      immediateThreat: false,
      concernsInWriting: true,
      stillTargeted: false,
      housed: true,
      hasIncomeFoodAndClothes: true,
      immediateRisk: true,
      interpreterNeeded: false,
    });
    w.takeAll('startCrisisAssessment', 'contactSpoc', 'handOverToSpoc', 'recordUrgentAssessment', 'moveToNrmStage');
    w.set({ ageStatus: 'adult', capacityInDoubt: false, consentToNrm: true })
      .record('pvSignsNrmForm')
      .record('allocateAdvocate', { advocate: 'A. Advocate', role: 'socialWorker' })
      .take('submitNrmReferral', actors.police);
    w.set({ rgOutcome: 'negative', rgDecisionDate: '2026-07-30' }).take('rgNegative');
    w.expectClock('rgReconsiderationWindow', { startedAt: '2026-06-10T09:00:00.000Z', dueDate: '2026-07-10' });
  });
});
