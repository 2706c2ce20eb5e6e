/**
 * Helpers for lifecycle tests: run a case mutation and insist it succeeded (returning the case),
 * or insist it failed with a given error type (returning the error).
 */
import {
  CaseOpenDocument,
  CaseRecordActionDocument,
  CaseStateDocument,
  type CaseOpenInput,
  type CaseStateFragment,
  type WaymarkClient,
} from '@waymark/sdk';
import { expect } from 'vitest';

type Result = { __typename: string } & Record<string, unknown>;

export function succeeded(result: Result): CaseStateFragment {
  if (result.__typename !== 'CasePayload')
    throw new Error(`expected CasePayload, got ${result.__typename}: ${JSON.stringify(result)}`);
  return (result as unknown as { case: CaseStateFragment }).case;
}

export function failedWith<T extends string>(
  result: Result,
  typename: T,
): Result & { __typename: T; code: string; message: string } {
  expect(result.__typename, JSON.stringify(result)).toBe(typename);
  return result as never;
}

/** The case as the client reads it (caseState query); fails when the client cannot see it. */
export async function caseState(client: WaymarkClient, id: string): Promise<CaseStateFragment> {
  const { case: state } = await client.query(CaseStateDocument, { id });
  if (!state) throw new Error(`case ${id} is not visible to this client`);
  return state;
}

export async function openCase(client: WaymarkClient, input: CaseOpenInput) {
  const { caseOpen } = await client.mutate(CaseOpenDocument, { input });
  if (caseOpen.__typename !== 'CaseOpenPayload') throw new Error(`caseOpen failed: ${JSON.stringify(caseOpen)}`);
  return caseOpen;
}

export function track(state: CaseStateFragment, pathwayId: string) {
  const found = state.tracks.find((t) => t.pathwayId === pathwayId);
  if (!found) throw new Error(`no ${pathwayId} track`);
  return found;
}

export function deadline(state: CaseStateFragment, pathwayId: string, clock: string) {
  return track(state, pathwayId).deadlines.find((d) => d.clock === clock);
}

/**
 * Record a step action on a case's track (caseRecordAction) and insist it succeeded: for tests
 * that walk past an action the pathway requires (e.g. Coventry's check with the NRM, 002-10).
 */
export async function recordAction(
  client: WaymarkClient,
  state: CaseStateFragment,
  pathwayId: string,
  actionId: string,
  values: Record<string, unknown> = {},
): Promise<CaseStateFragment> {
  const { caseRecordAction } = await client.mutate(CaseRecordActionDocument, {
    input: {
      caseId: state.id,
      expectedVersion: state.version,
      trackId: track(state, pathwayId).id,
      actionId,
      values,
    },
  });
  return succeeded(caseRecordAction);
}
