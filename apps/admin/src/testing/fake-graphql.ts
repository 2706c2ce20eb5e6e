/**
 * A fake /graphql for the admin's component tests. Every answer is typed by the SDK's generated
 * result type for its operation, so a schema or operation change the pages would notice breaks
 * the fixtures at type-check, instead of leaving the tests to pass against a shape the API no
 * longer sends.
 */
import type {
  ApiTokenCreateMutation,
  ApiTokenRevokeMutation,
  ApiTokensQuery,
  IntegrationsQuery,
  IntegrationCreateMutation,
  InvitationAcceptMutation,
  AreasQuery,
  AreaOversightAddMutation,
  AreaOversightRemoveMutation,
  AreaSettingsListQuery,
  AreaSettingsPageQuery,
  AreaUpdateSettingsMutation,
  CasePageQuery,
  CaseTeamQuery,
  CaseTeamInvitationAcceptMutation,
  CaseTeamInvitationDeclineMutation,
  CaseTeamInvitationsWaitingQuery,
  CaseRecordReferralAnswersMutation,
  CaseReferralPackQuery,
  CaseRecordDecisionMutation,
  CaseRecordMeetingOutcomeMutation,
  CaseScheduleMeetingMutation,
  CaseUpdateSubjectMutation,
  CaseHandOverAcceptMutation,
  CaseHandOverDeclineMutation,
  HandedOverCasesQuery,
  HandOversWaitingQuery,
  CasesQuery,
  ContactArchiveMutation,
  ContactCreateMutation,
  ContactQuery,
  ContactsQuery,
  ContactUpdateMutation,
  CaseWorklistQuery,
  MyWorkQuery,
  PathwaysQuery,
  ReferralFormQuery,
  OrganisationsQuery,
  ServicesQuery,
  ServiceQuery,
  ServiceReferralRulesQuery,
  ServiceUpdateMutation,
  SignInMutation,
  SignOutMutation,
  SupportOptionsForQuery,
  ViewerQuery,
} from '@waymark/sdk';
import { act } from 'react';

/** What each operation the admin sends answers with: the generated result types. */
export interface OperationData {
  CaseHandOverAccept: CaseHandOverAcceptMutation;
  CaseHandOverDecline: CaseHandOverDeclineMutation;
  HandedOverCases: HandedOverCasesQuery;
  HandOversWaiting: HandOversWaitingQuery;
  ApiTokenCreate: ApiTokenCreateMutation;
  ApiTokenRevoke: ApiTokenRevokeMutation;
  ApiTokens: ApiTokensQuery;
  Integrations: IntegrationsQuery;
  IntegrationCreate: IntegrationCreateMutation;
  InvitationAccept: InvitationAcceptMutation;
  Areas: AreasQuery;
  AreaOversightAdd: AreaOversightAddMutation;
  AreaOversightRemove: AreaOversightRemoveMutation;
  AreaSettingsList: AreaSettingsListQuery;
  AreaSettingsPage: AreaSettingsPageQuery;
  AreaUpdateSettings: AreaUpdateSettingsMutation;
  CasePage: CasePageQuery;
  CaseTeam: CaseTeamQuery;
  CaseTeamInvitationAccept: CaseTeamInvitationAcceptMutation;
  CaseTeamInvitationDecline: CaseTeamInvitationDeclineMutation;
  CaseTeamInvitationsWaiting: CaseTeamInvitationsWaitingQuery;
  CaseRecordDecision: CaseRecordDecisionMutation;
  CaseRecordReferralAnswers: CaseRecordReferralAnswersMutation;
  CaseReferralPack: CaseReferralPackQuery;
  CaseRecordMeetingOutcome: CaseRecordMeetingOutcomeMutation;
  CaseScheduleMeeting: CaseScheduleMeetingMutation;
  CaseUpdateSubject: CaseUpdateSubjectMutation;
  Cases: CasesQuery;
  Contact: ContactQuery;
  ContactArchive: ContactArchiveMutation;
  ContactCreate: ContactCreateMutation;
  Contacts: ContactsQuery;
  ContactUpdate: ContactUpdateMutation;
  CaseWorklist: CaseWorklistQuery;
  MyWork: MyWorkQuery;
  Pathways: PathwaysQuery;
  ReferralForm: ReferralFormQuery;
  Organisations: OrganisationsQuery;
  Services: ServicesQuery;
  Service: ServiceQuery;
  ServiceReferralRules: ServiceReferralRulesQuery;
  ServiceUpdate: ServiceUpdateMutation;
  SignIn: SignInMutation;
  SignOut: SignOutMutation;
  SupportOptionsFor: SupportOptionsForQuery;
  Viewer: ViewerQuery;
}

export interface Call {
  method: string;
  operation: string;
  variables: Record<string, unknown>;
  /** The Authorization header the page sent (it must send none: the cookie carries the session). */
  identity: string | null;
}

interface GraphQLError {
  message: string;
  extensions: { code: string };
}

export type Answer =
  | { operation: keyof OperationData; status?: number; body: { data: unknown } }
  | { operation?: undefined; status?: number; body: { data?: null; errors: GraphQLError[] } };
export type Handler = (call: Call) => Answer;

/** A successful answer to `operation`, with data of that operation's generated type. */
export const ok = <K extends keyof OperationData>(operation: K, data: OperationData[K]): Answer => ({
  operation,
  body: { data },
});

/** A GraphQL error answer (any operation). */
export const failed = (errors: GraphQLError[], status?: number): Answer => ({ status, body: { data: null, errors } });

/** A fetch that records each call in `calls` and answers with `handler`. */
export function fakeFetch(handler: Handler, calls: Call[]): typeof fetch {
  return async (_input, init) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> };
    const call: Call = {
      method: init?.method ?? 'GET',
      operation: /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '?',
      variables: body.variables ?? {},
      identity: new Headers(init?.headers).get('authorization'),
    };
    calls.push(call);
    const answer = handler(call);
    // An answer typed for one operation must not be sent for another.
    if (answer.operation && answer.operation !== call.operation)
      throw new Error(`answered ${call.operation} with data for ${answer.operation}`);
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json' },
    });
  };
}

/**
 * Retries until the assertion holds: the fake answers resolve on later ticks. Bounded by a number
 * of event-loop turns, not by wall-clock time, so a loaded machine cannot make it fail.
 */
export async function waitFor(assertion: () => void, turns = 500) {
  for (let turn = 0; ; turn++) {
    try {
      assertion();
      return;
    } catch (error) {
      if (turn >= turns) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    }
  }
}
