/**
 * Demo people and cases for the start command. Everyone here is invented; emails use the
 * reserved `.example` domain. Organisations and areas are real ones from the seed documents
 * (see ./data). Each demo person signs in with their email and DEMO_PASSWORD.
 */

/**
 * Published on purpose (README, start banner): demo data is for trying Waymark out and is not
 * loaded in production unless WAYMARK_SEED_DEMO=true says so.
 */
export const DEMO_PASSWORD = 'waymark-demo';
import type { ConcernKind, Gender } from './types.ts';

export type DemoRole =
  | 'PLATFORM_ADMIN'
  | 'ORG_ADMIN'
  | 'DIRECTORY_ADMIN'
  | 'LEAD'
  | 'CASEWORKER'
  | 'PARTNER_WORKER'
  | 'AUDITOR'
  | 'AREA_OVERSIGHT';

export interface DemoPerson {
  email: string;
  displayName: string;
  memberships: Array<{ organisationSlug: string; role: DemoRole }>;
  /** Area codes the person oversees (with the AREA_OVERSIGHT role): read only, identity per the area. */
  oversightAreas?: string[];
}

export const demoPeople: DemoPerson[] = [
  {
    email: 'lead.coventry@waymark.example',
    displayName: 'Amira Cole (Coventry MS lead)',
    memberships: [{ organisationSlug: 'coventry-city-council', role: 'LEAD' }],
  },
  {
    email: 'caseworker.coventry@waymark.example',
    displayName: 'Tom Reyes (Coventry caseworker)',
    memberships: [{ organisationSlug: 'coventry-city-council', role: 'CASEWORKER' }],
  },
  {
    email: 'lead.bexley@waymark.example',
    displayName: 'Grace Okafor (Bexley MS lead)',
    memberships: [{ organisationSlug: 'bexley-council', role: 'LEAD' }],
  },
  {
    email: 'lead.london@waymark.example',
    displayName: 'Sam Patel (council MS lead)',
    memberships: [{ organisationSlug: 'london-council', role: 'LEAD' }],
  },
  {
    email: 'caseworker.herts@waymark.example',
    displayName: 'Jo Lindqvist (Hertfordshire children’s services)',
    memberships: [{ organisationSlug: 'hertfordshire-county-council', role: 'CASEWORKER' }],
  },
  {
    email: 'caseworker.kirklees@waymark.example',
    displayName: 'Ravi Mistry (Kirklees caseworker)',
    memberships: [{ organisationSlug: 'kirklees-council', role: 'CASEWORKER' }],
  },
  {
    email: 'partner.salvationarmy@waymark.example',
    displayName: 'Ellen Marsh (The Salvation Army)',
    memberships: [{ organisationSlug: 'the-salvation-army', role: 'PARTNER_WORKER' }],
  },
  {
    email: 'caseworker.adavu@waymark.example',
    displayName: 'Nia Brooks (Adavu advocate)',
    memberships: [{ organisationSlug: 'adavu', role: 'CASEWORKER' }],
  },
  {
    email: 'directory.admin@waymark.example',
    displayName: 'Lee Fraser (directory admin)',
    memberships: [{ organisationSlug: 'coventry-city-council', role: 'DIRECTORY_ADMIN' }],
  },
  {
    email: 'platform.admin@waymark.example',
    displayName: 'Kim Adeyemi (platform admin)',
    memberships: [{ organisationSlug: 'coventry-city-council', role: 'PLATFORM_ADMIN' }],
  },
  {
    email: 'admin.coventry@waymark.example',
    displayName: 'Demo Coventry people admin',
    memberships: [{ organisationSlug: 'coventry-city-council', role: 'ORG_ADMIN' }],
  },
  {
    email: 'auditor@waymark.example',
    displayName: 'Pat Quinn (partnership board)',
    memberships: [{ organisationSlug: 'coventry-modern-slavery-partnership', role: 'AUDITOR' }],
  },
  // 001 step 3: "the Community Safety Team (CST) need to have oversight of cases in Bexley".
  {
    email: 'oversight.bexley@waymark.example',
    displayName: 'Demo Bexley Community Safety Team',
    memberships: [{ organisationSlug: 'bexley-council', role: 'AREA_OVERSIGHT' }],
    oversightAreas: ['bexley'],
  },
  // 002 section 5: the partnership's Modern Slavery Lead monitors compliance across Coventry.
  {
    email: 'oversight.coventry@waymark.example',
    displayName: 'Demo Coventry Modern Slavery Lead (oversight)',
    memberships: [{ organisationSlug: 'coventry-modern-slavery-partnership', role: 'AREA_OVERSIGHT' }],
    oversightAreas: ['coventry'],
  },
];

export type DemoMove =
  | { name: string; facts?: Record<string, string | boolean | number> }
  | { action: string; values?: Record<string, string | boolean> }
  | { consent: 'GIVEN' }
  | { nrmReferral: true }
  | { decision: 'RG_POSITIVE' };

export interface DemoCase {
  /** Fixed id: loading the demo twice finds the case and leaves it alone. */
  id: string;
  openedByEmail: string;
  areaCode: string;
  concernKind: ConcernKind;
  concern: string;
  /** How long before "now" the case was opened and the person identified. */
  openedHoursAgo: number;
  immediateRisk?: boolean;
  /** The pathway the case follows from identification, and the first moves taken on it. */
  /**
   * The pathway and what happened on it, in order, through the same use cases the API runs: a
   * transition (with facts), a step action, the NRM consent, the NRM referral, a decision (today).
   */
  pathway?: { id: string; transitions: DemoMove[] };
  subject?: {
    givenName?: string;
    familyName?: string;
    aliases?: string[];
    dateOfBirth?: string;
    estimatedAge?: number;
    ageUncertain?: boolean;
    gender?: Gender;
    nationality?: string;
    languages?: string[];
    interpreterNeeded?: boolean;
  };
}

export const demoCases: DemoCase[] = [
  {
    id: '6f1d2c1e-0000-4000-8000-000000000001',
    openedByEmail: 'caseworker.coventry@waymark.example',
    areaCode: 'coventry',
    concernKind: 'POTENTIAL_VICTIM',
    concern:
      'Hand car wash worker says his passport is held by the owner and he sleeps on site. Works 7 days, paid in food.',
    openedHoursAgo: 50,
    pathway: { id: 'coventry-pre-nrm', transitions: [] },
    subject: {
      givenName: 'Demo',
      familyName: 'Person One',
      estimatedAge: 30,
      gender: 'MALE',
      nationality: 'Albanian',
      languages: ['Albanian'],
      interpreterNeeded: true,
    },
  },
  {
    id: '6f1d2c1e-0000-4000-8000-000000000002',
    openedByEmail: 'lead.coventry@waymark.example',
    areaCode: 'coventry',
    concernKind: 'BUSINESS',
    concern:
      'Nail bar opening late; staff appear to be collected by the same van each night. Intelligence only, no named person.',
    openedHoursAgo: 120,
  },
  {
    id: '6f1d2c1e-0000-4000-8000-000000000003',
    openedByEmail: 'lead.bexley@waymark.example',
    areaCode: 'bexley',
    concernKind: 'POTENTIAL_VICTIM',
    concern:
      'Woman presenting at Housing Options describes domestic servitude in a private house; not currently safe to return.',
    openedHoursAgo: 10,
    immediateRisk: false,
    // Ten hours in, the 3-hour urgent assessment is overdue: the demo shows what that looks like.
    pathway: {
      id: 'bexley-referral',
      transitions: [{ name: 'startCrisisAssessment', facts: { immediateThreat: false } }],
    },
    subject: {
      givenName: 'Demo',
      familyName: 'Person Two',
      dateOfBirth: '1994-03-12',
      gender: 'FEMALE',
      languages: ['English', 'Tagalog'],
    },
  },
  {
    id: '6f1d2c1e-0000-4000-8000-000000000004',
    openedByEmail: 'caseworker.herts@waymark.example',
    areaCode: 'hertfordshire',
    concernKind: 'POTENTIAL_VICTIM',
    concern:
      'Young person found at a cannabis grow; says he is 19 but appears younger. Age uncertain: presumed a child.',
    openedHoursAgo: 3,
    pathway: {
      id: 'hertfordshire-child',
      transitions: [{ name: 'notifyChildrensServices', facts: { immediateDanger: false } }],
    },
    subject: {
      givenName: 'Demo',
      familyName: 'Person Three',
      estimatedAge: 16,
      ageUncertain: true,
      gender: 'MALE',
      nationality: 'Vietnamese',
      languages: ['Vietnamese'],
      interpreterNeeded: true,
    },
  },
  {
    id: '6f1d2c1e-0000-4000-8000-000000000005',
    openedByEmail: 'caseworker.kirklees@waymark.example',
    areaCode: 'kirklees',
    concernKind: 'PERPETRATOR',
    concern:
      'Landlord reported to be housing several workers in one room and driving them to a factory. Submit via partner intelligence portal.',
    openedHoursAgo: 30,
    pathway: { id: 'kirklees-reporting', transitions: [] },
  },
  // Each demo lead has clocks in every state My work shows: running, due soon (within two
  // days) and overdue. Coventry's During-NRM track starts a 14-day Reasonable Grounds clock
  // when it starts; the Bexley and London council pathways start a 3-hour urgent assessment
  // (and London a 24-hour strategy meeting), so their leads' clocks are due soon or overdue.
  {
    id: '6f1d2c1e-0000-4000-8000-000000000006',
    openedByEmail: 'lead.coventry@waymark.example',
    areaCode: 'coventry',
    concernKind: 'POTENTIAL_VICTIM',
    concern: 'Referred into the NRM two days ago after a labour exploitation disclosure at a recycling plant.',
    openedHoursAgo: 48,
    pathway: { id: 'coventry-during-nrm', transitions: [] },
    subject: {
      givenName: 'Demo',
      familyName: 'Person Four',
      estimatedAge: 41,
      gender: 'MALE',
      languages: ['Romanian'],
    },
  },
  {
    id: '6f1d2c1e-0000-4000-8000-000000000007',
    openedByEmail: 'lead.coventry@waymark.example',
    areaCode: 'coventry',
    concernKind: 'POTENTIAL_VICTIM',
    concern:
      'In the NRM for almost two weeks; no Reasonable Grounds decision yet. Chase the Single Competent Authority.',
    // 13.5 days in: the 14-day Reasonable Grounds clock is due within the next day and a half.
    openedHoursAgo: 324,
    pathway: { id: 'coventry-during-nrm', transitions: [] },
    subject: {
      givenName: 'Demo',
      familyName: 'Person Five',
      estimatedAge: 24,
      gender: 'FEMALE',
      languages: ['English'],
    },
  },
  {
    id: '6f1d2c1e-0000-4000-8000-000000000008',
    openedByEmail: 'lead.coventry@waymark.example',
    areaCode: 'coventry',
    concernKind: 'POTENTIAL_VICTIM',
    concern: 'NRM referral submitted three weeks ago; the Reasonable Grounds decision is late.',
    openedHoursAgo: 480,
    pathway: { id: 'coventry-during-nrm', transitions: [] },
    subject: { givenName: 'Demo', familyName: 'Person Six', estimatedAge: 35, gender: 'MALE', languages: ['Polish'] },
  },
  {
    id: '6f1d2c1e-0000-4000-8000-000000000009',
    openedByEmail: 'lead.bexley@waymark.example',
    areaCode: 'bexley',
    concernKind: 'POTENTIAL_VICTIM',
    concern: 'Man sleeping in a car wash storeroom, identified by an outreach worker an hour ago.',
    openedHoursAgo: 1,
    pathway: { id: 'bexley-referral', transitions: [] },
    subject: {
      givenName: 'Demo',
      familyName: 'Person Seven',
      estimatedAge: 29,
      gender: 'MALE',
      languages: ['Kurdish'],
    },
  },
  {
    id: '6f1d2c1e-0000-4000-8000-000000000010',
    openedByEmail: 'lead.london@waymark.example',
    areaCode: 'london-council',
    concernKind: 'POTENTIAL_VICTIM',
    concern: 'Woman disclosed forced labour in a hotel laundry to a housing officer this morning.',
    openedHoursAgo: 1,
    pathway: { id: 'council-adult-referral', transitions: [] },
    subject: {
      givenName: 'Demo',
      familyName: 'Person Eight',
      estimatedAge: 33,
      gender: 'FEMALE',
      languages: ['Portuguese'],
    },
  },
  {
    id: '6f1d2c1e-0000-4000-8000-000000000011',
    openedByEmail: 'lead.london@waymark.example',
    areaCode: 'london-council',
    concernKind: 'POTENTIAL_VICTIM',
    concern: 'Young man found working in a takeaway kitchen yesterday; the strategy meeting has not been held.',
    openedHoursAgo: 30,
    pathway: { id: 'council-adult-referral', transitions: [] },
    subject: { givenName: 'Demo', familyName: 'Person Nine', estimatedAge: 20, gender: 'MALE', languages: ['Bengali'] },
  },
  // Bexley's and London's leads also have a clock running far off: the 45-day recovery period from
  // a positive Reasonable Grounds decision (001 step 9), and the multi-agency meeting due within
  // 35 days of the NRM referral (000 step 8). Walked through the same use cases as the API.
  {
    id: '6f1d2c1e-0000-4000-8000-000000000012',
    openedByEmail: 'lead.bexley@waymark.example',
    areaCode: 'bexley',
    concernKind: 'POTENTIAL_VICTIM',
    concern: 'Referred into the NRM; a positive Reasonable Grounds decision came back today.',
    openedHoursAgo: 72,
    immediateRisk: true,
    pathway: {
      id: 'bexley-referral',
      transitions: [
        { name: 'startCrisisAssessment', facts: { concernsInWriting: true, ageStatus: 'adult' } },
        { name: 'call999' },
        { name: 'contactSpoc' },
        { action: 'contactScreeners' },
        { action: 'requestMultiAgencyConversation' },
        { action: 'alertHousing' },
        { name: 'handOverToSpoc' },
        {
          name: 'recordUrgentAssessment',
          facts: { stillTargeted: true, housed: false, hasIncome: false, immediateRisk: true },
        },
        { name: 'moveToNrmStage' },
        { consent: 'GIVEN' },
        { nrmReferral: true },
        { name: 'rgDecisionReturned' },
        { decision: 'RG_POSITIVE' },
      ],
    },
    subject: { givenName: 'Demo', familyName: 'Person Ten', estimatedAge: 38, gender: 'MALE', languages: ['Albanian'] },
  },
  {
    id: '6f1d2c1e-0000-4000-8000-000000000013',
    openedByEmail: 'lead.london@waymark.example',
    areaCode: 'london-council',
    concernKind: 'POTENTIAL_VICTIM',
    concern: 'NRM referral made today after a disclosure of forced labour on a building site.',
    openedHoursAgo: 48,
    immediateRisk: true,
    pathway: {
      id: 'council-adult-referral',
      transitions: [
        { name: 'startCrisisAssessment', facts: { ageStatus: 'adult', interpreterNeeded: true } },
        { action: 'arrangeInterpreter', values: { provider: 'Language Line', language: 'Romanian' } },
        { name: 'call999' },
        { name: 'contactSpoc' },
        { name: 'handOverToSpoc', facts: { concernsInWriting: true } },
        {
          name: 'recordUrgentAssessment',
          facts: { stillTargeted: true, housed: false, hasIncomeFoodAndClothes: false, immediateRisk: true },
        },
        { name: 'holdStrategyMeeting' },
        { name: 'moveToNrmStage' },
        { consent: 'GIVEN' },
        { action: 'pvSignsNrmForm' },
        { action: 'allocateAdvocate', values: { advocate: 'London council social worker', role: 'socialWorker' } },
        { nrmReferral: true },
      ],
    },
    subject: {
      givenName: 'Demo',
      familyName: 'Person Eleven',
      estimatedAge: 45,
      gender: 'MALE',
      languages: ['Romanian'],
    },
  },
];
