/**
 * What the API benchmark sends: seven workloads against Waymark, the two reads also against B1
 * and B2. Each workload makes its i-th request; writes take their cases from pools so no two
 * requests in flight change the same case (a stale version would be a refusal, not work).
 */
import type { Request } from './load.ts';

export type Target = 'waymark' | 'b1' | 'b2' | 'p1';

export interface Workload {
  name: string;
  targets: Target[];
  request: (target: Target, i: number) => Request | null;
  /** Requests left for a target, where each can be sent once (a pool of cases); unbounded otherwise. */
  budget?: (target: Target) => number;
  /** A success: HTTP 200 and the answer the workload expects (a refusal is an error). */
  ok: (status: number, body: string) => boolean;
}

export const WORKLIST = `query Worklist { cases(first: 50) { totalCount edges { node { id reference status concernKind openedAt subject { givenName familyName } } } } }`;
export const CASE = `query Case($id: ID!) { case(id: $id) { id reference status concernKind openedAt subject { givenName familyName } version tracks { pathwayId step { id } } nextDeadline { clock status dueAt } timeline(first: 50) { edges { node { kind occurredAt } } } } }`;
export const TRANSITION = `mutation Move($input: CaseTransitionInput!) { caseTransition(input: $input) { __typename ... on CasePayload { case { version } } ... on Error { code } } }`;
const NOTE = `mutation Note($input: CaseAddNoteInput!) { caseAddNote(input: $input) { __typename ... on CasePayload { case { version } } ... on Error { code } } }`;
const SUPPORT = `query Support($facts: SupportFactsInput!) { supportOptionsFor(facts: $facts) { __typename ... on SupportOptions { matches { rank service { id name organisation { name } areas { code } } } nearMisses { rank service { id name } } } } }`;
const SEARCH = `query Search($search: String!) { services(first: 20, filter: { search: $search }) { totalCount edges { node { id name organisation { name } } } } }`;

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

export interface TransitionCopy {
  caseId: string;
  trackId: string;
  version: number;
}

/** The caseTransition variables for one copy (Waymark's mutation; B1 takes the same). */
export const transitionVariables = (copy: TransitionCopy, transition: WorkloadInput['transition']) => ({
  input: {
    caseId: globalId('Case', copy.caseId),
    trackId: globalId('CaseTrack', copy.trackId),
    expectedVersion: copy.version,
    transition: transition.name,
    facts: transition.facts,
  },
});

/**
 * The transition pool dealt alternately to Waymark and B1 (copies of one template, all at the
 * same step), so each moves its own copies and both see the same kind of case.
 */
export function dealTransitionPool(pool: TransitionCopy[]): Record<'waymark' | 'b1', TransitionCopy[]> {
  return { waymark: pool.filter((_, i) => i % 2 === 0), b1: pool.filter((_, i) => i % 2 === 1) };
}

export interface WorkloadInput {
  /** The viewer's (Coventry's lead): every workload but the transition. */
  token: string;
  /** The transition pool's case team's. */
  moverToken: string;
  /** Cases the viewer's organisation owns (identity readable, so every read is audited). */
  readCases: string[];
  /** Copies at the transition's step, each used once: { caseId, trackId, version }. */
  transitionPool: TransitionCopy[];
  transition: { name: string; facts: Record<string, unknown> | null };
  /** Cases notes are added to, with the version each is at (advanced as notes land). */
  notePool: Array<{ caseId: string; version: number }>;
}

const ok200 = (status: number) => status === 200;
const graphqlOk = (status: number, body: string) => status === 200 && !body.includes('"errors"');

export function workloads(input: WorkloadInput): Workload[] {
  const graphql = (query: string, variables?: unknown, token = input.token): Request => ({
    method: 'POST',
    path: '/graphql',
    headers: { authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const read = (target: Target, path: string, query: string, variables?: unknown): Request =>
    target === 'waymark' ? graphql(query, variables) : { method: 'POST', path, body: JSON.stringify({ variables }) };
  let notes = 0;
  const transitions = dealTransitionPool(input.transitionPool);
  return [
    {
      name: 'worklist cases(first: 50)',
      targets: ['waymark', 'b1', 'b2', 'p1'],
      request: (target) => read(target, '/worklist', WORKLIST),
      ok: graphqlOk,
    },
    {
      name: 'case + 50 events + next deadline',
      targets: ['waymark', 'b1', 'b2', 'p1'],
      request: (target, i) =>
        read(target, '/case', CASE, { id: globalId('Case', input.readCases[i % input.readCases.length]!) }),
      ok: (status, body) => graphqlOk(status, body) && !body.includes('"case":null'),
    },
    {
      name: 'caseTransition',
      targets: ['waymark', 'b1'],
      budget: (target) => (target === 'b1' ? transitions.b1 : transitions.waymark).length,
      // Each copy once: the transition leaves the step, so a copy cannot take it twice.
      request: (target) => {
        const next = (target === 'b1' ? transitions.b1 : transitions.waymark).shift();
        if (!next) return null;
        const variables = transitionVariables(next, input.transition);
        return target === 'b1'
          ? { method: 'POST', path: '/transition', body: JSON.stringify({ variables }) }
          : graphql(TRANSITION, variables, input.moverToken);
      },
      ok: (status, body) => graphqlOk(status, body) && body.includes('"CasePayload"'),
    },
    {
      name: 'caseAddNote',
      targets: ['waymark'],
      request: () => {
        const target = input.notePool[notes++ % input.notePool.length]!;
        const version = target.version++;
        return graphql(NOTE, {
          input: { caseId: globalId('Case', target.caseId), expectedVersion: version, text: 'Benchmark note.' },
        });
      },
      ok: (status, body) => graphqlOk(status, body) && body.includes('"CasePayload"'),
    },
    {
      name: 'supportOptionsFor',
      targets: ['waymark'],
      request: () =>
        graphql(SUPPORT, {
          facts: { age: 30, gender: 'MALE', areaCode: 'coventry', exploitationTypes: ['LABOUR'], nrmStatus: 'IN_NRM' },
        }),
      ok: graphqlOk,
    },
    {
      name: 'services text search',
      targets: ['waymark'],
      request: (_target, i) => graphql(SEARCH, { search: ['support', 'housing', 'advice', 'trafficking'][i % 4] }),
      ok: graphqlOk,
    },
    {
      name: 'ORUK /oruk/services page',
      targets: ['waymark'],
      request: (_target, i) => ({ method: 'GET', path: `/oruk/services?page=${1 + (i % 2)}&per_page=50` }),
      ok: ok200,
    },
  ];
}
