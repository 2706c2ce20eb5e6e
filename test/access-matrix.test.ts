/**
 * The authorisation matrix: every query and mutation in the printed schema, run as each role,
 * from the organisation that owns the case under test and from another one, on and off that
 * case's team, against the expected outcome. One generated test runs every cell; a new
 * operation without a row (or a row for an operation that is gone) fails the completeness test.
 *
 * Case team: the owning organisation and organisations invited to a meeting on the case
 * (case-access.ts; test/case-team.test.ts covers the invitee). The service an open referral
 * went to is not on the team yet: add a 'referral' principal when it is. Area oversight of the
 * case's area (another organisation) sees it without identity ('redacted') and every change
 * refuses it ('refused': NotPermittedError); test/hand-over.test.ts walks hand-overs through,
 * test/case-team-grants.test.ts the case team's invitations and what each member may do.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../prisma/seed/demo.ts';
import { issueApiToken } from '../apps/api/src/modules/identity/api-tokens.service.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';

type Outcome = 'allow' | 'hidden' | 'forbidden' | 'unauthenticated' | 'redacted' | 'refused';
type Role =
  | 'ANONYMOUS'
  | 'PLATFORM_ADMIN'
  | 'ORG_ADMIN'
  | 'DIRECTORY_ADMIN'
  | 'AUDITOR'
  | 'LEAD'
  | 'CASEWORKER'
  | 'PARTNER_WORKER'
  | 'AREA_OVERSIGHT';

interface Principal {
  role: Role;
  /** Relative to the case under test, owned by Coventry City Council. */
  org: 'own' | 'other' | 'none';
  team: 'owner' | 'none' | 'oversight';
  email: string | null;
}

export const PRINCIPALS: Principal[] = [
  { role: 'ANONYMOUS', org: 'none', team: 'none', email: null },
  { role: 'PLATFORM_ADMIN', org: 'own', team: 'none', email: people.platformAdmin },
  { role: 'ORG_ADMIN', org: 'own', team: 'none', email: people.coventryOrgAdmin },
  { role: 'DIRECTORY_ADMIN', org: 'own', team: 'none', email: people.directoryAdmin },
  { role: 'AUDITOR', org: 'other', team: 'none', email: people.auditor },
  { role: 'LEAD', org: 'own', team: 'owner', email: people.coventryLead },
  { role: 'LEAD', org: 'other', team: 'none', email: people.bexleyLead },
  { role: 'CASEWORKER', org: 'own', team: 'owner', email: people.coventryCaseworker },
  { role: 'CASEWORKER', org: 'other', team: 'none', email: people.hertsCaseworker },
  { role: 'PARTNER_WORKER', org: 'other', team: 'none', email: people.salvationArmyPartner },
  // Coventry's Modern Slavery Lead (002 section 5): oversight of the case's area, identity not allowed there.
  { role: 'AREA_OVERSIGHT', org: 'other', team: 'oversight', email: people.coventryOversight },
];

const label = (p: Principal) => `${p.role}/${p.org}/${p.team}`;
const CASE_ID = '6f1d2c1e-0000-4000-8000-000000000001';
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

interface Fixtures {
  coventryArea: string;
  /** The case under test's current version (case mutations must pass it). */
  caseVersion(): Promise<number>;
  /** A public directory service and contact, and an organisation to own new services. */
  serviceId: string;
  contactId: string;
  organisationId: string;
  /** An open referral of the case under test to a Salvation Army service. */
  referralId: string;
  /** A fresh token id (of a Coventry City Council integration) to revoke, per principal. */
  tokenToRevoke(p: Principal): Promise<string>;
  /** An organisation nothing else uses, to update. */
  spareOrganisationId: string;
  /** A Coventry City Council integration. */
  integrationId: string;
  /** A person of Coventry City Council with no roles, whom admins give and remove roles. */
  memberId: string;
  /** A fresh pending invitation to Coventry City Council, or person of it to deactivate, per call. */
  invitationToRevoke(): Promise<string>;
  personToDeactivate(): Promise<string>;
  /** Coventry City Council: the case under test's owner. */
  ownerOrganisationId: string;
  /** Bexley cases offered to Coventry City Council: to accept, to decline. */
  handOverToAccept: string;
  handOverToDecline: string;
  /** Invitations of Coventry City Council to Bexley case teams: to accept, to decline. */
  invitationToAccept: string;
  invitationToDecline: string;
}

interface Row {
  query: string;
  variables?(p: Principal, fixtures: Fixtures): Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Reads the answer as an outcome; default: the field is not null (allow) or null (hidden). */
  classify?(data: any): Outcome;
  expect(p: Principal): Outcome;
}

const signedIn =
  (allow: (p: Principal) => Outcome) =>
  (p: Principal): Outcome =>
    p.role === 'ANONYMOUS' ? 'unauthenticated' : allow(p);
const onlyRoles = (...roles: Role[]) => signedIn((p) => (roles.includes(p.role) ? 'allow' : 'forbidden'));
/** Reading the case: its team, and oversight of its area. */
const caseReaders = signedIn((p) => (p.team === 'owner' || p.team === 'oversight' ? 'allow' : 'hidden'));
/** Changing the case: its team; oversight sees it and is refused. */
const caseChangers = signedIn((p) => (p.team === 'owner' ? 'allow' : p.team === 'oversight' ? 'refused' : 'hidden'));
/** Answering an offer to Coventry City Council: its lead; anyone else there is refused, others do not see it. */
const receivingLead = signedIn((p) => (p.org !== 'own' ? 'hidden' : p.role === 'LEAD' ? 'allow' : 'refused'));
const answerClassify =
  (name: string) =>
  (d: any): Outcome =>
    d[name].__typename === 'NotFoundError'
      ? 'hidden'
      : d[name].__typename === 'NotPermittedError'
        ? 'refused'
        : 'allow';
const directoryAdmins = onlyRoles('DIRECTORY_ADMIN', 'PLATFORM_ADMIN');
/** Coventry City Council's people and integrations: its organisation admin, and platform admins. */
const peopleAdmins = onlyRoles('ORG_ADMIN', 'PLATFORM_ADMIN');
const webhookManagers = onlyRoles('LEAD', 'PARTNER_WORKER', 'PLATFORM_ADMIN');
const NOBODY = '00000000-0000-4000-8000-000000000000';

/**
 * A mutation on the case under test. Seeing the case is what is being checked: a viewer off the
 * team gets NotFoundError (hidden); a team member reaches the domain rules, whatever they then
 * say (a closed case, a missing track...), which counts as allowed.
 */
function caseChange(
  name: string,
  inputType: string,
  input: (f: Fixtures) => Record<string, unknown> = () => ({}),
): Row {
  return {
    query: `mutation ($input: ${inputType}!) { ${name}(input: $input) { __typename ... on Error { message } } }`,
    variables: async (_p, f) => ({
      input: { caseId: globalId('Case', CASE_ID), expectedVersion: await f.caseVersion(), ...input(f) },
    }),
    // Oversight's refusal says so; an owner-only refusal of a team member still counts as reaching the rules.
    classify: (d) =>
      d[name].__typename === 'NotFoundError'
        ? 'hidden'
        : d[name].__typename === 'NotPermittedError' && /oversight/.test(d[name].message)
          ? 'refused'
          : 'allow',
    expect: caseChangers,
  };
}
const aTrack = () => ({ trackId: globalId('CaseTrack', NOBODY) });

export const MATRIX: Record<string, Row> = {
  'Query.viewer': { query: '{ viewer { roles } }', expect: (p) => (p.role === 'ANONYMOUS' ? 'hidden' : 'allow') },
  'Query.areas': {
    query: '{ areas { code } }',
    classify: (d) => (d.areas.length ? 'allow' : 'hidden'),
    expect: () => 'allow',
  },
  // The engine's referral rules a service can carry: reference data, like areas.
  'Query.serviceReferralRules': {
    query: '{ serviceReferralRules { id } }',
    classify: (d) => (d.serviceReferralRules.length ? 'allow' : 'hidden'),
    expect: () => 'allow',
  },
  'Query.organisations': { query: '{ organisations(first: 5) { totalCount } }', expect: signedIn(() => 'allow') },
  'Query.cases': {
    query: '{ cases(first: 100) { edges { node { id } } } }',
    classify: (d) =>
      d.cases.edges.some((e: { node: { id: string } }) => e.node.id === globalId('Case', CASE_ID)) ? 'allow' : 'hidden',
    expect: caseReaders,
  },
  'Query.case': {
    query: 'query ($id: ID!) { case(id: $id) { id subject { givenName redacted } } }',
    variables: () => ({ id: globalId('Case', CASE_ID) }),
    classify: (d) =>
      !d.case
        ? 'hidden'
        : d.case.subject.redacted === false && d.case.subject.givenName
          ? 'allow'
          : d.case.subject.redacted === true && d.case.subject.givenName === null
            ? 'redacted'
            : 'hidden',
    expect: signedIn((p) => (p.team === 'owner' ? 'allow' : p.team === 'oversight' ? 'redacted' : 'hidden')),
  },
  'Query.apiTokens': { query: '{ apiTokens(first: 5) { totalCount } }', expect: onlyRoles('PLATFORM_ADMIN') },
  'Query.auditEvents': { query: '{ auditEvents(first: 5) { totalCount } }', expect: onlyRoles('PLATFORM_ADMIN') },
  'Query.auditVerify': { query: '{ auditVerify { ok } }', expect: onlyRoles('PLATFORM_ADMIN', 'AUDITOR') },
  // Coventry's figures: its partnership's auditor and Coventry's lead; Bexley's lead has no say.
  'Query.partnershipFigures': {
    query:
      '{ partnershipFigures(areaCode: "coventry", period: { from: "2026-01", to: "2026-12", granularity: QUARTER }) { __typename } }',
    classify: (d) => (d.partnershipFigures.__typename === 'PartnershipFigures' ? 'allow' : 'hidden'),
    expect: signedIn((p) => (p.role === 'AUDITOR' || (p.role === 'LEAD' && p.org === 'own') ? 'allow' : 'forbidden')),
  },
  'Query.partnershipFiguresExport': {
    query:
      '{ partnershipFiguresExport(areaCode: "coventry", period: { from: "2026-01", to: "2026-12", granularity: QUARTER }, format: FIGURES_CSV) { __typename } }',
    classify: (d) => (d.partnershipFiguresExport.__typename === 'FiguresExport' ? 'allow' : 'hidden'),
    expect: signedIn((p) => (p.role === 'AUDITOR' || (p.role === 'LEAD' && p.org === 'own') ? 'allow' : 'forbidden')),
  },
  'Mutation.caseOpen': {
    query: 'mutation ($input: CaseOpenInput!) { caseOpen(input: $input) { __typename } }',
    variables: (_p, f) => ({ input: { concernKind: 'LOCATION', concern: 'Matrix check', areaId: f.coventryArea } }),
    classify: (d) => (d.caseOpen.__typename === 'CaseOpenPayload' ? 'allow' : 'hidden'),
    // Anyone who meets a potential victim may record a concern (DOMAIN hard rule 4).
    expect: onlyRoles('LEAD', 'CASEWORKER', 'PARTNER_WORKER'),
  },
  // Only cases whose identity the asker may see are ever in the answer (test/case-open.test.ts).
  'Query.possibleDuplicates': {
    query: '{ possibleDuplicates(subject: { familyName: "Matrix", dateOfBirth: "1990-01-01" }) { id } }',
    expect: onlyRoles('LEAD', 'CASEWORKER', 'PARTNER_WORKER'),
  },
  'Mutation.apiTokenCreate': {
    query: 'mutation ($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { __typename } }',
    variables: (_p, f) => ({
      input: {
        integrationId: f.integrationId,
        name: 'matrix',
        scopes: ['READ'],
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    }),
    classify: (d) => (d.apiTokenCreate.__typename === 'ApiTokenCreatePayload' ? 'allow' : 'hidden'),
    expect: peopleAdmins,
  },
  'Mutation.apiTokenRevoke': {
    query: 'mutation ($id: ID!) { apiTokenRevoke(id: $id) { __typename } }',
    variables: async (p, f) => ({ id: await f.tokenToRevoke(p) }),
    classify: (d) => (d.apiTokenRevoke.__typename === 'ApiTokenRevokePayload' ? 'allow' : 'hidden'),
    expect: peopleAdmins,
  },
  // People administration (issue 14 item 4): the organisation's admins and platform admins.
  'Query.organisationPeople': { query: '{ organisationPeople(first: 5) { totalCount } }', expect: peopleAdmins },
  'Query.invitations': { query: '{ invitations(first: 5) { totalCount } }', expect: peopleAdmins },
  'Query.integrations': { query: '{ integrations(first: 5) { totalCount } }', expect: peopleAdmins },
  'Mutation.personInvite': {
    query: 'mutation ($input: PersonInviteInput!) { personInvite(input: $input) { __typename } }',
    variables: (p) => ({
      input: { email: `matrix-${label(p).replace(/\//g, '-')}@example.org`, roles: ['CASEWORKER'] },
    }),
    classify: (d) => (d.personInvite.__typename === 'PersonInvitePayload' ? 'allow' : 'hidden'),
    expect: peopleAdmins,
  },
  // Public: the link's holder is signed out. A made-up link reaches the rule and is refused as not valid.
  'Mutation.invitationAccept': {
    query: 'mutation ($input: InvitationAcceptInput!) { invitationAccept(input: $input) { __typename } }',
    variables: () => ({ input: { token: 'wmi_made-up', displayName: 'Someone', password: 'long enough password' } }),
    classify: (d) => (d.invitationAccept.__typename === 'InvitationNotValidError' ? 'allow' : 'hidden'),
    expect: () => 'allow',
  },
  'Mutation.invitationRevoke': {
    query: 'mutation ($id: ID!) { invitationRevoke(id: $id) { __typename } }',
    variables: async (_p, f) => ({ id: await f.invitationToRevoke() }),
    classify: (d) => (d.invitationRevoke.__typename === 'InvitationRevokePayload' ? 'allow' : 'hidden'),
    expect: peopleAdmins,
  },
  'Mutation.personRoleGrant': {
    query: 'mutation ($input: PersonRoleInput!) { personRoleGrant(input: $input) { __typename } }',
    variables: (_p, f) => ({ input: { personId: f.memberId, role: 'CASEWORKER' } }),
    classify: (d) => (d.personRoleGrant.__typename === 'PersonRolePayload' ? 'allow' : 'hidden'),
    expect: peopleAdmins,
  },
  'Mutation.personRoleRemove': {
    query: 'mutation ($input: PersonRoleInput!) { personRoleRemove(input: $input) { __typename } }',
    variables: (_p, f) => ({ input: { personId: f.memberId, role: 'CASEWORKER' } }),
    classify: (d) => (d.personRoleRemove.__typename === 'PersonRolePayload' ? 'allow' : 'hidden'),
    expect: peopleAdmins,
  },
  'Mutation.personDeactivate': {
    query: 'mutation ($input: PersonDeactivateInput!) { personDeactivate(input: $input) { __typename } }',
    variables: async (_p, f) => ({ input: { personId: await f.personToDeactivate() } }),
    classify: (d) => (d.personDeactivate.__typename === 'PersonDeactivatePayload' ? 'allow' : 'hidden'),
    expect: peopleAdmins,
  },
  'Mutation.integrationCreate': {
    query: 'mutation { integrationCreate(input: { name: "Matrix portal", roles: [CASEWORKER] }) { __typename } }',
    classify: (d) => (d.integrationCreate.__typename === 'IntegrationCreatePayload' ? 'allow' : 'hidden'),
    expect: peopleAdmins,
  },
  // Organisations themselves: platform admins only.
  'Mutation.organisationCreate': {
    query: 'mutation ($input: OrganisationFieldsInput!) { organisationCreate(input: $input) { __typename } }',
    variables: (p) => ({
      input: { name: `Matrix ${label(p)}`, kind: 'CHARITY', isFirstResponder: false, areaIds: [] },
    }),
    classify: (d) => (d.organisationCreate.__typename === 'OrganisationPayload' ? 'allow' : 'hidden'),
    expect: onlyRoles('PLATFORM_ADMIN'),
  },
  'Mutation.organisationUpdate': {
    query:
      'mutation ($id: ID!, $input: OrganisationFieldsInput!) { organisationUpdate(id: $id, input: $input) { __typename } }',
    variables: (_p, f) => ({
      id: f.spareOrganisationId,
      input: { name: 'Matrix renamed', kind: 'CHARITY', isFirstResponder: false, areaIds: [] },
    }),
    classify: (d) => (d.organisationUpdate.__typename === 'OrganisationPayload' ? 'allow' : 'hidden'),
    expect: onlyRoles('PLATFORM_ADMIN'),
  },
  // Public by nature: signing in is how one stops being anonymous.
  'Mutation.signIn': {
    query: 'mutation ($input: SignInInput!) { signIn(input: $input) { expiresAt } }',
    variables: (p) => ({ input: { email: p.email ?? people.directoryAdmin, password: DEMO_PASSWORD } }),
    expect: () => 'allow',
  },
  'Mutation.signOut': { query: 'mutation { signOut { signedOut } }', expect: () => 'allow' },

  // Pathway definitions are public documents' rules: anyone may read them.
  'Query.pathways': { query: '{ pathways { id } }', expect: () => 'allow' },
  'Query.pathway': { query: '{ pathway(id: "coventry-pre-nrm") { id } }', expect: () => 'allow' },
  'Query.resources': { query: '{ resources { id } }', expect: () => 'allow' },
  'Query.indicatorCatalogue': { query: '{ indicatorCatalogue { version } }', expect: signedIn(() => 'allow') },
  'Query.referralForm': { query: '{ referralForm }', expect: signedIn(() => 'allow') },
  'Query.myWork': { query: '{ myWork { pathwayId } }', expect: signedIn(() => 'allow') },
  // node/nodes answer exactly as the record's own query does.
  'Query.node': {
    query: 'query ($id: ID!) { node(id: $id) { id } }',
    variables: () => ({ id: globalId('Case', CASE_ID) }),
    expect: caseReaders,
  },
  'Query.nodes': {
    query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
    variables: () => ({ ids: [globalId('Case', CASE_ID)] }),
    classify: (d) => (d.nodes[0] ? 'allow' : 'hidden'),
    expect: caseReaders,
  },

  'Mutation.caseAssign': caseChange('caseAssign', 'CaseAssignInput', () => ({ personId: globalId('Person', NOBODY) })),
  'Mutation.caseAcceptResponsibility': caseChange('caseAcceptResponsibility', 'CaseAcceptResponsibilityInput'),
  'Mutation.caseRecordFacts': caseChange('caseRecordFacts', 'CaseRecordFactsInput', () => ({
    facts: { destitute: false },
  })),
  'Mutation.caseRecordConsent': caseChange('caseRecordConsent', 'CaseRecordConsentInput', () => ({
    capacityInDoubt: false,
  })),
  'Mutation.caseUpdateSubject': caseChange('caseUpdateSubject', 'CaseUpdateSubjectInput', () => ({
    subject: { languages: ['Matrix'] },
  })),
  'Mutation.caseRecordAgeAssessment': caseChange('caseRecordAgeAssessment', 'CaseRecordAgeAssessmentInput', () => ({
    outcome: 'CHILD',
    mertonCompliant: true,
    assessedBy: 'Matrix check',
    assessedOn: '2026-01-01',
  })),
  'Mutation.caseRecordCapacityAssessment': caseChange(
    'caseRecordCapacityAssessment',
    'CaseRecordCapacityAssessmentInput',
    () => ({ decision: 'SUPPORT_REFERRAL', capacityInDoubt: false }),
  ),
  'Mutation.caseRecordBestInterestsDecision': caseChange(
    'caseRecordBestInterestsDecision',
    'CaseRecordBestInterestsDecisionInput',
    () => ({ decision: 'SUPPORT_REFERRAL', proceed: true, decisionMaker: 'Matrix check', decidedOn: '2026-01-01' }),
  ),
  'Mutation.caseEnrol': caseChange('caseEnrol', 'CaseEnrolInput', () => ({ pathwayId: 'coventry-health' })),
  'Mutation.caseTransition': caseChange('caseTransition', 'CaseTransitionInput', () => ({
    ...aTrack(),
    transition: 'consentGiven',
  })),
  'Mutation.caseRecordAction': caseChange('caseRecordAction', 'CaseRecordActionInput', () => ({
    ...aTrack(),
    actionId: 'contactScreeners',
  })),
  'Mutation.caseSubmitNrmReferral': caseChange('caseSubmitNrmReferral', 'CaseSubmitNrmReferralInput', aTrack),
  'Mutation.caseAddNrmReferralInformation': caseChange(
    'caseAddNrmReferralInformation',
    'CaseAddNrmReferralInformationInput',
    () => ({ information: 'More has come to light.' }),
  ),
  'Mutation.caseRecordReferralAnswers': caseChange(
    'caseRecordReferralAnswers',
    'CaseRecordReferralAnswersInput',
    () => ({ answers: { education: 'Matrix check' } }),
  ),
  'Mutation.caseRecordIndicators': caseChange('caseRecordIndicators', 'CaseRecordIndicatorsInput', () => ({
    indicators: [],
  })),
  'Mutation.caseDescribeEvidence': caseChange('caseDescribeEvidence', 'CaseDescribeEvidenceInput', () => ({
    documents: [],
  })),
  'Mutation.caseSubmitDutyToNotify': caseChange('caseSubmitDutyToNotify', 'CaseSubmitDutyToNotifyInput', aTrack),
  'Mutation.caseRecordDecision': caseChange('caseRecordDecision', 'CaseRecordDecisionInput', () => ({
    ...aTrack(),
    type: 'REASONABLE_GROUNDS',
    result: 'POSITIVE',
    decidedOn: '2026-01-01',
  })),
  'Mutation.caseRequestReconsideration': caseChange(
    'caseRequestReconsideration',
    'CaseRequestReconsiderationInput',
    aTrack,
  ),
  'Mutation.caseScheduleMeeting': caseChange('caseScheduleMeeting', 'CaseScheduleMeetingInput', () => ({
    kind: 'STRATEGY',
    scheduledFor: new Date().toISOString(),
    attendeeOrganisationIds: [],
  })),
  'Mutation.caseRecordMeetingOutcome': caseChange('caseRecordMeetingOutcome', 'CaseRecordMeetingOutcomeInput', () => ({
    meetingId: globalId('Meeting', NOBODY),
    heldAt: new Date().toISOString(),
  })),
  'Mutation.caseReferToService': caseChange('caseReferToService', 'CaseReferToServiceInput', (f) => ({
    serviceId: f.serviceId,
  })),
  'Mutation.caseUpdateServiceReferral': caseChange(
    'caseUpdateServiceReferral',
    'CaseUpdateServiceReferralInput',
    () => ({
      referralId: globalId('ServiceReferral', NOBODY),
      status: 'CLOSED',
    }),
  ),
  'Mutation.caseAddNote': caseChange('caseAddNote', 'CaseAddNoteInput', () => ({ text: 'Matrix check' })),
  'Mutation.caseRecordContact': caseChange('caseRecordContact', 'CaseRecordContactInput', () => ({
    kind: 'CONTACT',
    interpreter: 'NONE',
  })),
  'Mutation.caseClose': caseChange('caseClose', 'CaseCloseInput', () => ({ reason: 'Matrix check' })),
  'Mutation.caseReopen': caseChange('caseReopen', 'CaseReopenInput', () => ({ reason: 'Matrix check' })),

  // Hand-over (000 step 3). Offering to the owner itself: the team reaches the rule, nothing is written.
  'Mutation.caseHandOver': caseChange('caseHandOver', 'CaseHandOverInput', (f) => ({
    toOrganisationId: f.ownerOrganisationId,
    note: 'Matrix check',
  })),
  'Query.handOversWaiting': {
    query: '{ handOversWaiting { id } }',
    classify: (d) => (d.handOversWaiting.length ? 'allow' : 'hidden'),
    expect: signedIn((p) => (p.org === 'own' && p.role === 'LEAD' ? 'allow' : 'hidden')),
  },
  'Query.handedOverCases': {
    query: '{ handedOverCases { reference } }',
    classify: (d) => (d.handedOverCases.length ? 'allow' : 'hidden'),
    // Coventry handed one over: its leads and caseworkers keep the read-only view.
    expect: signedIn((p) => (p.org === 'own' && (p.role === 'LEAD' || p.role === 'CASEWORKER') ? 'allow' : 'hidden')),
  },
  'Mutation.caseHandOverAccept': {
    query: 'mutation ($id: ID!) { caseHandOverAccept(handOverId: $id) { __typename } }',
    variables: (_p, f) => ({ id: f.handOverToAccept }),
    classify: answerClassify('caseHandOverAccept'),
    expect: receivingLead,
  },
  'Mutation.caseHandOverDecline': {
    query: 'mutation ($id: ID!) { caseHandOverDecline(handOverId: $id, reason: "Matrix check") { __typename } }',
    variables: (_p, f) => ({ id: f.handOverToDecline }),
    classify: answerClassify('caseHandOverDecline'),
    expect: receivingLead,
  },
  // Area settings: platform admins only. An unknown area: allowed through, nothing to change.
  'Mutation.areaUpdateSettings': {
    query: 'mutation ($input: AreaUpdateSettingsInput!) { areaUpdateSettings(input: $input) { __typename } }',
    variables: () => ({ input: { areaId: globalId('Area', NOBODY), handOverAnswerHours: 3 } }),
    classify: (d) => (d.areaUpdateSettings.__typename === 'NotFoundError' ? 'allow' : 'hidden'),
    expect: onlyRoles('PLATFORM_ADMIN'),
  },

  // Who oversees an area: platform admins only. An unknown area: allowed through, nothing to change.
  'Mutation.areaOversightAdd': {
    query: 'mutation ($input: AreaOversightInput!) { areaOversightAdd(input: $input) { __typename } }',
    variables: () => ({ input: { areaId: globalId('Area', NOBODY), personId: globalId('Person', NOBODY) } }),
    classify: (d) => (d.areaOversightAdd.__typename === 'NotFoundError' ? 'allow' : 'hidden'),
    expect: onlyRoles('PLATFORM_ADMIN'),
  },
  'Mutation.areaOversightRemove': {
    query: 'mutation ($input: AreaOversightInput!) { areaOversightRemove(input: $input) { __typename } }',
    variables: () => ({ input: { areaId: globalId('Area', NOBODY), personId: globalId('Person', NOBODY) } }),
    classify: (d) => (d.areaOversightRemove.__typename === 'NotFoundError' ? 'allow' : 'hidden'),
    expect: onlyRoles('PLATFORM_ADMIN'),
  },

  // Case team (issue 14 item 3). Inviting the owner itself, revoking nothing: the team reaches the rule, nothing is written.
  'Mutation.caseTeamInvite': caseChange('caseTeamInvite', 'CaseTeamInviteInput', (f) => ({
    organisationId: f.ownerOrganisationId,
    purpose: 'SUPPORT_PROVIDER',
    seesIdentity: false,
  })),
  'Mutation.caseTeamRevoke': caseChange('caseTeamRevoke', 'CaseTeamRevokeInput', () => ({
    grantId: NOBODY,
    reason: 'Matrix check',
  })),
  'Query.caseTeamInvitationsWaiting': {
    query: '{ caseTeamInvitationsWaiting { id } }',
    classify: (d) => (d.caseTeamInvitationsWaiting.length ? 'allow' : 'hidden'),
    expect: signedIn((p) => (p.org === 'own' && p.role === 'LEAD' ? 'allow' : 'hidden')),
  },
  'Mutation.caseTeamInvitationAccept': {
    query: 'mutation ($id: ID!) { caseTeamInvitationAccept(invitationId: $id) { __typename } }',
    variables: (_p, f) => ({ id: f.invitationToAccept }),
    classify: answerClassify('caseTeamInvitationAccept'),
    expect: receivingLead,
  },
  'Mutation.caseTeamInvitationDecline': {
    query:
      'mutation ($id: ID!) { caseTeamInvitationDecline(invitationId: $id, reason: "Matrix check") { __typename } }',
    variables: (_p, f) => ({ id: f.invitationToDecline }),
    classify: answerClassify('caseTeamInvitationDecline'),
    expect: receivingLead,
  },

  // The directory: reading is for anyone signed in; changing it for directory and platform admins.
  'Query.services': { query: '{ services(first: 5) { totalCount } }', expect: signedIn(() => 'allow') },
  'Query.service': {
    query: 'query ($id: ID!) { service(id: $id) { id } }',
    variables: (_p, f) => ({ id: f.serviceId }),
    expect: signedIn(() => 'allow'),
  },
  'Query.contacts': { query: '{ contacts(first: 5) { totalCount } }', expect: signedIn(() => 'allow') },
  'Query.firstResponderOrganisations': {
    query: '{ firstResponderOrganisations { id } }',
    expect: signedIn(() => 'allow'),
  },
  'Query.supportOptionsFor': {
    query: '{ supportOptionsFor(facts: { age: 30 }) { __typename } }',
    classify: (d) => (d.supportOptionsFor.__typename === 'SupportOptions' ? 'allow' : 'hidden'),
    expect: signedIn(() => 'allow'),
  },
  'Query.supportOptions': {
    query: 'query ($id: ID!) { supportOptions(caseId: $id) { __typename } }',
    variables: () => ({ id: globalId('Case', CASE_ID) }),
    classify: (d) => (d.supportOptions.__typename === 'SupportOptions' ? 'allow' : 'hidden'),
    // Oversight reads what the case's facts match (no identity unless its area allows: case-access.ts).
    expect: caseReaders,
  },
  'Query.servicesDueForReview': { query: '{ servicesDueForReview(first: 5) { totalCount } }', expect: directoryAdmins },
  'Query.directoryExport': { query: '{ directoryExport(mode: PUBLIC) }', expect: directoryAdmins },
  'Mutation.serviceCreate': {
    query: 'mutation ($input: ServiceCreateInput!) { serviceCreate(input: $input) { __typename } }',
    // Invalid on purpose (blank name): an allowed caller reaches validation, nothing is created.
    variables: (_p, f) => ({
      input: { name: '', description: 'x', organisationId: f.organisationId, referralRoute: 'PHONE' },
    }),
    expect: directoryAdmins,
  },
  'Mutation.serviceUpdate': {
    query: 'mutation ($id: ID!) { serviceUpdate(id: $id, expectedVersion: -1, patch: {}) { __typename } }',
    variables: (_p, f) => ({ id: f.serviceId }),
    expect: directoryAdmins,
  },
  'Mutation.serviceArchive': {
    query: 'mutation ($id: ID!) { serviceArchive(id: $id, expectedVersion: -1) { __typename } }',
    variables: (_p, f) => ({ id: f.serviceId }),
    expect: directoryAdmins,
  },
  'Mutation.serviceMarkReviewed': {
    query: 'mutation ($id: ID!) { serviceMarkReviewed(id: $id, expectedVersion: -1) { __typename } }',
    variables: (_p, f) => ({ id: f.serviceId }),
    expect: directoryAdmins,
  },
  'Mutation.contactCreate': {
    query: 'mutation { contactCreate(input: { name: "", purpose: OTHER }) { __typename } }',
    expect: directoryAdmins,
  },
  'Mutation.contactUpdate': {
    query: 'mutation ($id: ID!) { contactUpdate(id: $id, expectedVersion: -1, patch: {}) { __typename } }',
    variables: (_p, f) => ({ id: f.contactId }),
    expect: directoryAdmins,
  },
  'Mutation.contactArchive': {
    query: 'mutation ($id: ID!) { contactArchive(id: $id, expectedVersion: -1) { __typename } }',
    variables: (_p, f) => ({ id: f.contactId }),
    expect: directoryAdmins,
  },
  // A live referral is seen, and answered, by the staff of the service it went to, and nobody else.
  'Query.myServiceReferrals': {
    query: '{ myServiceReferrals(first: 50) { edges { node { id } } } }',
    variables: () => ({}),
    classify: (d) => (d.myServiceReferrals.edges.length > 0 ? 'allow' : 'hidden'),
    expect: signedIn((p) => (p.role === 'PARTNER_WORKER' ? 'allow' : 'hidden')),
  },
  'Mutation.serviceReferralRespond': {
    query: 'mutation ($id: ID!) { serviceReferralRespond(referralId: $id, status: ACCEPTED) { __typename } }',
    variables: (_p, f) => ({ id: f.referralId }),
    classify: (d) => (d.serviceReferralRespond.__typename === 'NotFoundError' ? 'hidden' : 'allow'),
    expect: signedIn((p) => (p.role === 'PARTNER_WORKER' ? 'allow' : 'hidden')),
  },
  'Mutation.directoryImport': {
    query: 'mutation { directoryImport(document: "not json") { __typename } }',
    expect: directoryAdmins,
  },

  // Each person's own reminder choices.
  'Query.notificationPreferences': {
    query: '{ notificationPreferences { dueSoon } }',
    expect: signedIn(() => 'allow'),
  },
  'Mutation.notificationPreferencesUpdate': {
    query: 'mutation { notificationPreferencesUpdate(input: {}) { dueSoon } }',
    expect: signedIn(() => 'allow'),
  },
  // Webhooks: leads, partner workers and platform admins manage their own organisation's endpoints.
  'Query.webhookEndpoints': { query: '{ webhookEndpoints { id } }', expect: webhookManagers },
  'Mutation.webhookCreate': {
    query: 'mutation { webhookCreate(input: { url: "ftp://x", eventTypes: [CASE__OPENED] }) { __typename } }',
    expect: webhookManagers,
  },
  'Mutation.webhookRotateSecret': {
    query: 'mutation ($id: ID!) { webhookRotateSecret(input: { endpointId: $id }) { __typename } }',
    variables: () => ({ id: globalId('WebhookEndpoint', NOBODY) }),
    expect: webhookManagers,
  },
  'Mutation.webhookDelete': {
    query: 'mutation ($id: ID!) { webhookDelete(input: { endpointId: $id }) { __typename } }',
    variables: () => ({ id: globalId('WebhookEndpoint', NOBODY) }),
    expect: webhookManagers,
  },
  'Mutation.webhookDeliveryReplay': {
    query: 'mutation ($id: ID!) { webhookDeliveryReplay(input: { deliveryId: $id }) { __typename } }',
    variables: () => ({ id: globalId('WebhookDelivery', NOBODY) }),
    expect: webhookManagers,
  },
};

let api: TestApi;
let fixtures: Fixtures;
beforeAll(async () => {
  api = await startTestApi();
  const area = await api.prisma.area.findUniqueOrThrow({ where: { code: 'coventry' } });
  const lead = await api.prisma.person.findUniqueOrThrow({ where: { email: people.coventryLead } });
  const service = await api.prisma.supportService.findFirstOrThrow({
    where: { hidden: false, restricted: false, status: 'ACTIVE' },
    orderBy: { slug: 'asc' },
  });
  const contact = await api.prisma.contact.findFirstOrThrow({ orderBy: { slug: 'asc' } });
  const salvationArmyService = await api.prisma.supportService.findFirstOrThrow({
    where: { organisation: { slug: 'the-salvation-army' } },
    orderBy: { slug: 'asc' },
  });
  const referral = await api.prisma.serviceReferral.create({
    data: {
      caseId: CASE_ID,
      serviceId: salvationArmyService.id,
      organisationId: salvationArmyService.organisationId,
      referredById: lead.id,
    },
  });
  const coventry = await api.prisma.organisation.findUniqueOrThrow({ where: { slug: 'coventry-city-council' } });
  const bexley = await api.prisma.organisation.findUniqueOrThrow({ where: { slug: 'bexley-council' } });
  const bexleyArea = await api.prisma.area.findUniqueOrThrow({ where: { code: 'bexley' } });
  const bexleyLead = await api.prisma.person.findUniqueOrThrow({ where: { email: people.bexleyLead } });
  // Cases for the hand-over rows, written directly: each row needs one in a given state.
  const offered = async (n: number, from: string, to: string, status: 'PENDING' | 'ACCEPTED') => {
    const row = await api.prisma.case.create({
      data: {
        reference: `WM-MATRIX-${n}`,
        concernKind: 'LOCATION',
        owningOrganisationId: status === 'ACCEPTED' ? to : from,
        areaId: bexleyArea.id,
        openedById: bexleyLead.id,
      },
    });
    const now = new Date();
    return (
      await api.prisma.caseHandOver.create({
        data: {
          caseId: row.id,
          fromOrganisationId: from,
          toOrganisationId: to,
          status,
          note: 'Matrix check',
          offeredById: bexleyLead.id,
          offeredAt: now,
          dueAt: new Date(now.getTime() + 3_600_000),
          answeredAt: status === 'ACCEPTED' ? now : null,
        },
      })
    ).id;
  };
  const integrationActor = await api.prisma.person.create({
    data: { email: 'integration-matrix@integrations.waymark.invalid', displayName: 'Matrix portal' },
  });
  await api.prisma.membership.create({
    data: { personId: integrationActor.id, organisationId: coventry.id, role: 'CASEWORKER' },
  });
  const integration = await api.prisma.integration.create({
    data: { organisationId: coventry.id, name: 'Matrix portal', actorId: integrationActor.id, createdById: lead.id },
  });
  const spare = await api.prisma.organisation.create({
    data: {
      slug: 'matrix-spare',
      name: 'Matrix spare',
      kind: 'CHARITY',
      sourceFile: 'matrix',
      sourceSection: 'matrix',
    },
  });
  const member = await api.prisma.person.create({
    data: { email: 'matrix.member@example.org', displayName: 'Matrix member', joinedOrganisationId: coventry.id },
  });
  const handOverToAccept = await offered(1, bexley.id, coventry.id, 'PENDING');
  const handOverToDecline = await offered(2, bexley.id, coventry.id, 'PENDING');
  await offered(3, bexley.id, coventry.id, 'PENDING');
  await offered(4, coventry.id, bexley.id, 'ACCEPTED');
  // Bexley cases whose team invites Coventry City Council.
  const invited = async (n: number) => {
    const row = await api.prisma.case.create({
      data: {
        reference: `WM-MATRIX-${n}`,
        concernKind: 'LOCATION',
        owningOrganisationId: bexley.id,
        areaId: bexleyArea.id,
        openedById: bexleyLead.id,
      },
    });
    const now = new Date();
    return (
      await api.prisma.caseTeamGrant.create({
        data: {
          caseId: row.id,
          organisationId: coventry.id,
          purpose: 'JOINT_INVESTIGATION',
          seesIdentity: false,
          invitedById: bexleyLead.id,
          invitedAt: now,
          expiresAt: new Date(now.getTime() + 86_400_000),
        },
      })
    ).id;
  };
  const invitationToAccept = await invited(5);
  const invitationToDecline = await invited(6);
  await invited(7);
  fixtures = {
    coventryArea: globalId('Area', area.id),
    serviceId: globalId('SupportService', service.id),
    contactId: globalId('Contact', contact.id),
    referralId: referral.id,
    ownerOrganisationId: globalId('Organisation', coventry.id),
    handOverToAccept,
    handOverToDecline,
    invitationToAccept,
    invitationToDecline,
    organisationId: globalId('Organisation', service.organisationId),
    caseVersion: async () =>
      (await api.prisma.case.findUniqueOrThrow({ where: { id: CASE_ID }, select: { version: true } })).version,
    integrationId: globalId('Integration', integration.id),
    memberId: globalId('Person', member.id),
    spareOrganisationId: globalId('Organisation', spare.id),
    async invitationToRevoke() {
      const row = await api.prisma.invitation.create({
        data: {
          organisationId: coventry.id,
          email: `revoke-${Math.random()}@example.org`,
          roles: [],
          tokenHash: `matrix-${Math.random()}`,
          invitedById: lead.id,
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      });
      return globalId('Invitation', row.id);
    },
    async personToDeactivate() {
      const row = await api.prisma.person.create({
        data: {
          email: `leaving-${Math.random()}@example.org`,
          displayName: 'Leaving',
          joinedOrganisationId: coventry.id,
        },
      });
      return globalId('Person', row.id);
    },
    async tokenToRevoke() {
      const { apiToken } = await issueApiToken({
        personId: integration.actorId,
        integrationId: integration.id,
        name: 'to revoke',
        scopes: ['READ'],
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      return globalId('ApiToken', apiToken.id);
    },
  };
});
afterAll(() => api.stop());

function operationsInSchema(): string[] {
  const schema = buildSchema(readFileSync(path.resolve(import.meta.dirname, '../apps/api/schema.graphql'), 'utf8'));
  return [schema.getQueryType(), schema.getMutationType()]
    .filter((type) => type !== null && type !== undefined)
    .flatMap((type) => Object.keys(type!.getFields()).map((field) => `${type!.name}.${field}`))
    .sort();
}

async function run(row: Row, p: Principal): Promise<Outcome | string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (p.email) headers.authorization = `Bearer ${await api.tokenFor(p.email)}`;
  const variables = (await row.variables?.(p, fixtures)) ?? {};
  const response = await fetch(api.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: row.query, variables }),
  });
  const body = (await response.json()) as {
    data?: any;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  const code = body.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED') return 'unauthenticated';
  if (code === 'FORBIDDEN') return 'forbidden';
  if (body.errors) return `error ${code}: ${body.errors[0]!.message}`;
  if (row.classify) return row.classify(body.data);
  return Object.values(body.data ?? {}).every((value) => value !== null) ? 'allow' : 'hidden';
}

describe('authorisation matrix', () => {
  it('has a row for every query and mutation in the printed schema, and none for operations that are gone', () => {
    const inSchema = operationsInSchema();
    const missing = inSchema.filter((op) => !(op in MATRIX));
    const stale = Object.keys(MATRIX).filter((op) => !inSchema.includes(op));
    expect(missing, `add a row to MATRIX in test/access-matrix.test.ts for: ${missing.join(', ')}`).toEqual([]);
    expect(stale, `remove rows for operations no longer in the schema: ${stale.join(', ')}`).toEqual([]);
  });

  it(`every cell: ${Object.keys(MATRIX).length} operations x ${PRINCIPALS.length} principals`, async () => {
    const mismatches: string[] = [];
    for (const [operation, row] of Object.entries(MATRIX)) {
      for (const principal of PRINCIPALS) {
        const expected = row.expect(principal);
        const actual = await run(row, principal);
        if (actual !== expected)
          mismatches.push(`${operation} as ${label(principal)}: expected ${expected}, got ${actual}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 600_000);
});
