// Micro-benchmark: allowedTransitions on the largest pathway with 200 recorded
// events, in a step where a blocking clock (the reconsideration window) must be
// recomputed from the whole history. Run: npx tsx bench/allowed-transitions.bench.ts
import { performance } from 'node:perf_hooks';
import { allowedTransitions, applyTransition, pathways, startTrack, type Actor, type Track } from '../src/index';

const largest = [...pathways].sort(
  (a, b) => b.steps.length + b.transitions.length - (a.steps.length + a.transitions.length),
)[0];
if (!largest) throw new Error('no pathways');
const actor: Actor = { roles: ['CASEWORKER'], organisation: { isFirstResponder: true, kind: 'COUNCIL' } };
const facts = {
  immediateThreat: false,
  concernsInWriting: true,
  stillTargeted: true,
  housed: false,
  hasIncome: false,
  hasIncomeFoodAndClothes: false,
  immediateRisk: true,
  ageStatus: 'adult',
  capacityInDoubt: false,
  consentToNrm: true,
  rgOutcome: 'negative',
  rgDecisionDate: '2026-06-20',
};

let now = new Date('2026-06-01T09:00:00Z');
let track: Track = startTrack(largest, now).track;
const take = (name: string) => {
  now = new Date(now.getTime() + 60_000);
  const r = applyTransition(largest, track, name, facts, actor, now);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  track = r.track;
};
for (const n of [
  'startCrisisAssessment',
  'contactSpoc',
  'handOverToSpoc',
  'recordUrgentAssessment',
  'moveToNrmStage',
  'submitNrmReferral',
])
  take(n);
if (largest.transitions.some((t) => t.name === 'rgDecisionReturned')) take('rgDecisionReturned');
take('rgNegative');
while (track.events.length < 200) take('holdMultiAgencyMeeting');

const call = () => allowedTransitions(largest, track, facts, actor, now);
for (let i = 0; i < 2_000; i++) call(); // warm up the JIT
const runs = 20_000;
const t0 = performance.now();
let enabled = 0;
for (let i = 0; i < runs; i++) enabled += call().filter((o) => o.enabled).length;
const ms = (performance.now() - t0) / runs;
console.log(
  `pathway: ${largest.id} (${largest.steps.length} steps, ${largest.transitions.length} transitions, ${largest.clocks.length} clocks)`,
);
console.log(
  `track: step ${track.step}, ${track.events.length} recorded events; ${enabled / runs} transitions enabled per call`,
);
console.log(`allowedTransitions: ${(ms * 1000).toFixed(1)} µs per call (${ms.toFixed(4)} ms) over ${runs} calls`);
