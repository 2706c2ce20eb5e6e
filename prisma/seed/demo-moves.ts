/**
 * The moves a demo case takes on its pathway (demo.ts `DemoMove`), each run through the use case
 * the API itself runs, so the demo data passes the same rules and writes the same events and
 * audit rows as a user's change would.
 */
import type { RequestInfo } from '../../apps/api/src/context.ts';
import { recordAction } from '../../apps/api/src/modules/cases/case-record-action.ts';
import { recordConsent } from '../../apps/api/src/modules/cases/case-record-consent.ts';
import { recordDecision } from '../../apps/api/src/modules/cases/case-record-decision.ts';
import { submitNrmReferral } from '../../apps/api/src/modules/cases/case-submit-nrm-referral.ts';
import { transition } from '../../apps/api/src/modules/cases/case-transition.ts';
import type { DemoMove } from './demo.ts';

export interface MoveContext {
  request: RequestInfo;
  caseId: string;
  trackId: string;
  expectedVersion: number;
  /** Midnight UTC of the day the seed runs: a demo decision is dated today. */
  today: Date;
}

/** The field that tells one kind of move from another (every move has exactly one of them). */
type MoveKey = 'action' | 'consent' | 'nrmReferral' | 'decision' | 'name';
type Run<K extends MoveKey> = (
  move: Extract<DemoMove, Record<K, unknown>>,
  on: MoveContext,
) => Promise<{ version: number }>;

const runners: { [K in MoveKey]: Run<K> } = {
  action: (move, { request, caseId, expectedVersion, trackId }) =>
    recordAction(request, { caseId, expectedVersion, trackId, action: move.action, values: move.values ?? null }),
  consent: (move, { request, caseId, expectedVersion }) =>
    recordConsent(request, { caseId, expectedVersion, nrm: move.consent, capacityInDoubt: false }),
  nrmReferral: (_move, { request, caseId, expectedVersion, trackId }) =>
    submitNrmReferral(request, { caseId, expectedVersion, trackId }),
  // The demo has one kind of decision so far: a positive Reasonable Grounds decision.
  decision: (_move, { request, caseId, expectedVersion, trackId, today }) =>
    recordDecision(request, {
      caseId,
      expectedVersion,
      trackId,
      type: 'REASONABLE_GROUNDS',
      result: 'POSITIVE',
      decidedOn: today,
    }),
  name: (move, { request, caseId, expectedVersion, trackId }) =>
    transition(request, { caseId, expectedVersion, trackId, transition: move.name, facts: move.facts }),
};

const keys = Object.keys(runners) as MoveKey[];

/** Runs one demo move and returns the case's new version. */
export async function runDemoMove(move: DemoMove, on: MoveContext): Promise<number> {
  const key = keys.find((k) => k in move);
  if (!key) throw new Error('demo move of an unknown kind');
  const run = runners[key] as (move: DemoMove, on: MoveContext) => Promise<{ version: number }>;
  return (await run(move, on)).version;
}
