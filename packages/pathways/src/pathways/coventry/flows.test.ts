// Every branch of Coventry's flowcharts without clocks, start to terminal step,
// as tables: the facts recorded, the transitions taken, where the case ends.
import { describe, expect, it } from 'vitest';
import type { FactValue, PathwayDefinition } from '../../definition/schema';
import { actors, Walk } from '../../testing/walk';
import {
  coventryAdultSocialCare as asc,
  coventryHealth as health,
  coventryHousing as housing,
  coventryInitialIdentification as iis,
  coventryPreNrm as pre,
  coventryTradingStandards as ts,
} from './index';

type Facts = Record<string, FactValue>;
type Route = [name: string, facts: Facts, transitions: (string | Facts)[], end: string];

const ADULT = { ageStatus: 'adult', capacityInDoubt: false };

function walk(def: PathwayDefinition, facts: Facts, transitions: (string | Facts)[]): Walk {
  const w = new Walk(def, '2026-03-02T09:00:00Z', actors.frCaseworker).set(facts);
  for (const t of transitions) {
    // The step actions each move waits for are recorded first (steps-002.test.ts tests the blocks).
    if (typeof t === 'string') {
      w.completeChecklist();
      w.take(t);
    } else w.set(t);
  }
  return w;
}

const tables: [PathwayDefinition, Route[]][] = [
  [
    iis,
    [
      [
        'immediate risk, child within 6 months of 18',
        { immediateRiskOfSeriousHarm: true, childrenInvolved: true, within6MonthsOf18: true },
        ['call999', 'contactMash', 'goToTransitionToAdulthood'],
        'transitionToAdulthood',
      ],
      [
        'presumed child: MASH procedures',
        {
          immediateRiskOfSeriousHarm: false,
          childrenInvolved: false,
          ageStatus: 'uncertain',
          reasonToBelieveChild: true,
          within6MonthsOf18: false,
        },
        ['contactMash', 'followMashProcedures'],
        'mashProcedures',
      ],
      [
        'victim wants support: referrals, then the NRM pathway',
        {
          immediateRiskOfSeriousHarm: false,
          childrenInvolved: false,
          ...ADULT,
          concernSubject: 'victim',
          wantsSupport: true,
          careAndSupportNeeds: true,
          meetsHousingCriteria: true,
          migrant: true,
        },
        [
          'gatherInformation',
          'reportToModernSlaveryLead',
          'victimConcern',
          'wantsSupport',
          'referToAdultSocialCare',
          'referToHousing',
          'contactMigrationTeam',
          'goToNrmPathway',
        ],
        'referredToNrmPathway',
      ],
      [
        'victim declines support: details recorded, anonymous DtN, How to Get Help',
        {
          immediateRiskOfSeriousHarm: false,
          childrenInvolved: false,
          ...ADULT,
          concernSubject: 'victim',
          wantsSupport: false,
          consentToNrm: false,
          dtnAnonymised: true,
        },
        [
          'gatherInformation',
          'reportToModernSlaveryLead',
          'victimConcern',
          'declinesSupport',
          'recordConcernDetails',
          'submitDutyToNotify',
          'provideHowToGetHelp',
        ],
        'signposted',
      ],
      [
        'perpetrator',
        {
          immediateRiskOfSeriousHarm: false,
          childrenInvolved: false,
          ...ADULT,
          concernSubject: 'perpetrator',
          intelligenceRoute: 'partnershipInformationReport',
        },
        ['gatherInformation', 'reportToModernSlaveryLead', 'submitIntelligence', 'perpetratorConcern'],
        'perpetratorReported',
      ],
      [
        'location',
        {
          immediateRiskOfSeriousHarm: false,
          childrenInvolved: false,
          ...ADULT,
          concernSubject: 'location',
          intelligenceRoute: 'partnershipInformationReport',
        },
        ['gatherInformation', 'reportToModernSlaveryLead', 'submitIntelligence', 'locationConcern'],
        'locationReported',
      ],
      [
        'business',
        {
          immediateRiskOfSeriousHarm: false,
          childrenInvolved: false,
          ...ADULT,
          concernSubject: 'business',
          intelligenceRoute: 'partnershipInformationReport',
        },
        ['gatherInformation', 'reportToModernSlaveryLead', 'submitIntelligence', 'businessConcern'],
        'businessReported',
      ],
    ],
  ],
  [
    pre,
    [
      [
        'consent, First Responder involved, not referred before',
        { ...ADULT, consentToNrm: true, firstResponderInvolved: true, previouslyReferred: false },
        ['consentGiven', 'firstResponderIsInvolved', 'submitNrmReferral'],
        'referred',
      ],
      [
        'consent, no First Responder: select one, previous referral updated',
        {
          ...ADULT,
          consentToNrm: true,
          firstResponderInvolved: false,
          consentToFirstResponderReferral: true,
          previouslyReferred: true,
        },
        [
          'consentGiven',
          'noFirstResponderInvolved',
          'referToFirstResponder',
          'requestPreviousNrmForm',
          'submitNrmReferral',
        ],
        'referred',
      ],
      [
        'consent to NRM but not to a First Responder referral',
        { ...ADULT, consentToNrm: true, firstResponderInvolved: false, consentToFirstResponderReferral: false },
        ['consentGiven', 'noFirstResponderInvolved', 'declineFirstResponderReferral'],
        'alternativeSupport',
      ],
      [
        'no consent: anonymous DtN, alternative support',
        { ...ADULT, consentToNrm: false, dtnAnonymised: true },
        ['consentRefused', 'submitDutyToNotify', 'seekAlternativeSupport'],
        'alternativeSupport',
      ],
      ['a child on the adult route: MASH (002-8)', { ageStatus: 'child' }, ['referChildToMash'], 'childSafeguarding'],
    ],
  ],
  [
    housing,
    [
      [
        'rough sleeping, NRPF with children',
        { roughSleeping: true, nrpf: true, hasChildren: true },
        ['referToStreetLink', 'referAfterOutreach', 'assessedNrpf', 'referChildrenToMash'],
        'childrenAccommodated',
      ],
      [
        'NRPF, Hope at Home after +ve RG',
        { roughSleeping: false, nrpf: true, nrpfAccommodation: 'hopeAtHome', rgOutcome: 'positive' },
        ['referToHousingServices', 'assessedNrpf', 'arrangeNrpfAccommodation'],
        'nrpfAccommodated',
      ],
      [
        'no local connection, not fleeing violence',
        { roughSleeping: false, nrpf: false, localConnection: false, fleeingViolence: false },
        ['referToHousingServices', 'assessedNoLocalConnection', 'referToConnectedAuthority'],
        'referredToConnectedAuthority',
      ],
      [
        'no local connection, fleeing violence, priority need',
        { roughSleeping: false, nrpf: false, localConnection: false, fleeingViolence: true, priorityNeed: true },
        [
          'referToHousingServices',
          'assessedNoLocalConnection',
          'fleeingViolenceReliefHere',
          'reliefWithTemporaryAccommodation',
        ],
        'reliefDutyWithAccommodation',
      ],
      [
        'local connection, no priority need',
        { roughSleeping: false, nrpf: false, localConnection: true, priorityNeed: false },
        ['referToHousingServices', 'assessedLocalConnection', 'reliefWithoutTemporaryAccommodation'],
        'reliefDutyNoAccommodation',
      ],
    ],
  ],
  [
    asc,
    [
      [
        'not resident in Coventry',
        { immediateDanger: true, residesInCoventry: false },
        ['call999', 'gatherInformation', 'referToOtherAuthority'],
        'referredToOtherAuthority',
      ],
      [
        'not a victim under the statutory definition',
        {
          immediateDanger: false,
          residesInCoventry: true,
          careAndSupportNeeds: false,
          section42CriteriaMet: true,
          meetsStatutoryDefinition: false,
        },
        ['gatherInformation', 'followCareActDuties', 'notSuitableForNrm'],
        'otherSupportOptions',
      ],
      [
        'another agency is the First Responder',
        {
          immediateDanger: false,
          residesInCoventry: true,
          careAndSupportNeeds: false,
          section42CriteriaMet: false,
          meetsStatutoryDefinition: true,
          disclosedToOtherFirstResponder: true,
        },
        [
          'gatherInformation',
          'followCareActDuties',
          'meetsDefinition',
          'reportCrimeToPolice',
          'contactModernSlaveryLead',
          'otherAgencyLeads',
        ],
        'otherAgencyFirstResponder',
      ],
      [
        'not disclosed elsewhere, but another agency is the most appropriate First Responder (002-22)',
        {
          immediateDanger: false,
          residesInCoventry: true,
          careAndSupportNeeds: false,
          section42CriteriaMet: false,
          meetsStatutoryDefinition: true,
          disclosedToOtherFirstResponder: false,
          otherAgencyMostAppropriate: true,
        },
        [
          'gatherInformation',
          'followCareActDuties',
          'meetsDefinition',
          'reportCrimeToPolice',
          'contactModernSlaveryLead',
          'otherAgencyLeads',
        ],
        'otherAgencyFirstResponder',
      ],
      [
        'ASC refers with consent, Salvation Army support',
        {
          immediateDanger: false,
          residesInCoventry: true,
          careAndSupportNeeds: false,
          section42CriteriaMet: true,
          meetsStatutoryDefinition: true,
          disclosedToOtherFirstResponder: false,
          otherAgencyMostAppropriate: false,
          ...ADULT,
          consentToNrm: true,
          previouslyReferred: false,
          consentToNrmSupport: true,
        },
        [
          'gatherInformation',
          'followCareActDuties',
          'meetsDefinition',
          'reportCrimeToPolice',
          'contactModernSlaveryLead',
          'ascLeads',
          'consentGiven',
          'submitNrmReferral',
          'referToSalvationArmy',
        ],
        'salvationArmyReferral',
      ],
      [
        'ASC updates an earlier referral; no NRM support wanted',
        {
          immediateDanger: false,
          residesInCoventry: true,
          careAndSupportNeeds: false,
          section42CriteriaMet: true,
          meetsStatutoryDefinition: true,
          disclosedToOtherFirstResponder: false,
          otherAgencyMostAppropriate: false,
          ...ADULT,
          consentToNrm: true,
          previouslyReferred: true,
          consentToNrmSupport: false,
        },
        [
          'gatherInformation',
          'followCareActDuties',
          'meetsDefinition',
          'reportCrimeToPolice',
          'contactModernSlaveryLead',
          'ascLeads',
          'consentGiven',
          'requestPreviousNrmForm',
          'submitNrmReferral',
          'noNrmSupport',
        ],
        'nrmWithoutSupport',
      ],
      [
        'no consent: anonymous DtN',
        {
          immediateDanger: false,
          residesInCoventry: true,
          careAndSupportNeeds: false,
          section42CriteriaMet: true,
          meetsStatutoryDefinition: true,
          disclosedToOtherFirstResponder: false,
          otherAgencyMostAppropriate: false,
          ...ADULT,
          consentToNrm: false,
          dtnAnonymised: true,
        },
        [
          'gatherInformation',
          'followCareActDuties',
          'meetsDefinition',
          'reportCrimeToPolice',
          'contactModernSlaveryLead',
          'ascLeads',
          'consentRefused',
          'submitDutyToNotify',
        ],
        'dtnSubmitted',
      ],
    ],
  ],
  [
    health,
    [
      [
        'child: MASH',
        { clinicalNeedsAddressed: true, immediateDanger: true, ageStatus: 'child' },
        ['call999', 'discussWithSafeguardingLead', 'referToMash'],
        'mashReferral',
      ],
      [
        'adult consents to a First Responder',
        { clinicalNeedsAddressed: true, immediateDanger: false, ...ADULT, consentToFirstResponderReferral: true },
        ['reportNonUrgent', 'discussWithSafeguardingLead', 'adultRoute', 'contactFirstResponder'],
        'firstResponderContacted',
      ],
      [
        'no consent, lacks capacity: best-interests referral (X-1)',
        {
          clinicalNeedsAddressed: true,
          immediateDanger: false,
          ageStatus: 'adult',
          capacityInDoubt: true,
          nrmConsentCapacity: 'lacksCapacity',
          nrmConsentBestInterests: 'proceed',
          consentToFirstResponderReferral: false,
        },
        [
          'discussWithSafeguardingLead',
          'adultRoute',
          'noConsent',
          'referToMentalCapacityCode',
          'bestInterestsReferral',
        ],
        'firstResponderContacted',
      ],
      [
        'no consent, lacks capacity: best interests not to refer',
        {
          clinicalNeedsAddressed: true,
          immediateDanger: false,
          ageStatus: 'adult',
          capacityInDoubt: true,
          nrmConsentCapacity: 'lacksCapacity',
          nrmConsentBestInterests: 'doNotProceed',
          consentToFirstResponderReferral: false,
        },
        [
          'discussWithSafeguardingLead',
          'adultRoute',
          'noConsent',
          'referToMentalCapacityCode',
          'bestInterestsNoReferral',
        ],
        'signposted',
      ],
      [
        'no consent, signposting',
        { clinicalNeedsAddressed: true, immediateDanger: false, ...ADULT, consentToFirstResponderReferral: false },
        ['discussWithSafeguardingLead', 'adultRoute', 'noConsent', 'signpost'],
        'signposted',
      ],
      [
        'no consent, care and support needs',
        {
          clinicalNeedsAddressed: true,
          immediateDanger: false,
          ...ADULT,
          consentToFirstResponderReferral: false,
          careAndSupportNeeds: true,
        },
        ['discussWithSafeguardingLead', 'adultRoute', 'noConsent', 'referToAdultSocialCare'],
        'adultSocialCareReferral',
      ],
    ],
  ],
  [
    ts,
    [
      [
        'exploitation found, consent, NRM, prosecution',
        { exploitationPresent: true, offlineNrmFormRecorded: true, ...ADULT, consentToNrm: true },
        [
          'uploadToIntelligenceDatabase',
          'visitPremises',
          'examinePremises',
          'exploitationFound',
          'contactBorderForce',
          'otherSafeguardingReferrals',
          'notifyModernSlaveryLead',
          'submitNrmReferral',
          'continueInvestigation',
          'prosecute',
        ],
        'prosecution',
      ],
      [
        'exploitation found, no consent: anonymous DtN',
        { exploitationPresent: true, offlineNrmFormRecorded: true, ...ADULT, consentToNrm: false, dtnAnonymised: true },
        [
          'uploadToIntelligenceDatabase',
          'visitPremises',
          'examinePremises',
          'exploitationFound',
          'contactBorderForce',
          'notifyModernSlaveryLead',
          'submitDutyToNotify',
          'closeInvestigation',
        ],
        'investigationClosed',
      ],
      [
        'no exploitation found',
        { exploitationPresent: false },
        [
          'uploadToIntelligenceDatabase',
          'visitPremises',
          'examinePremises',
          'noExploitationFound',
          'closeInvestigation',
        ],
        'investigationClosed',
      ],
      [
        'a child found on the premises: MASH (002-34)',
        { exploitationPresent: true, ageStatus: 'child' },
        ['uploadToIntelligenceDatabase', 'visitPremises', 'examinePremises', 'referChildToMash'],
        'childSafeguarding',
      ],
    ],
  ],
];

describe.each(tables.map(([def, routes]) => [def.id, def, routes] as const))(
  '002 %s: every branch',
  (_id, def, routes) => {
    it.each(routes)('%s', (_name, facts, transitions, end) => {
      const w = walk(def, facts, transitions).expectStep(end);
      expect(def.steps.find((s) => s.id === end)?.terminal).toBe(true);
      expect(w.enabled()).toEqual([]);
    });

    it('reaches every terminal step of the track', () => {
      const ends = new Set(routes.map((r) => r[3]));
      const terminals = def.steps.filter((s) => s.terminal).map((s) => s.id);
      expect(terminals.filter((t) => !ends.has(t))).toEqual([]);
    });
  },
);
