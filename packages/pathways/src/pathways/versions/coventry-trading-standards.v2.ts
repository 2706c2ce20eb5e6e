// coventry-trading-standards version 2, frozen as it was when the next version replaced it: tracks that
// started on it keep these rules (a running track never changes version). Never edit.
// Written by packages/pathways/scripts/freeze-version.ts.
import { definePathway } from '../../definition/load';
import type { PathwayDefinition } from '../../definition/schema';

const definition: PathwayDefinition = {
  id: 'coventry-trading-standards',
  version: 2,
  title: 'Coventry: Trading Standards pathway',
  area: 'Coventry',
  source: {
    file: '002_85009a930093bd13.txt',
    section: '4.9 Trading Standards Pathway (flowchart)',
  },
  start: 'concernIdentified',
  facts: [
    {
      name: 'ageStatus',
      label: 'Age of the person',
      type: 'enum',
      values: ['child', 'adult', 'uncertain'],
    },
    {
      name: 'reasonToBelieveChild',
      label: 'Is there reason to believe the person is a child?',
      type: 'boolean',
    },
    {
      name: 'ageAssessmentOutcome',
      label: 'Outcome of an age assessment, if one was carried out',
      type: 'enum',
      values: ['child', 'adult'],
    },
    {
      name: 'consentToNrm',
      label: 'Has the adult given informed consent to enter the NRM?',
      type: 'boolean',
    },
    {
      name: 'capacityInDoubt',
      label: "Is there doubt about the adult's capacity to decide?",
      type: 'boolean',
    },
    {
      name: 'nrmConsentCapacity',
      label: 'Capacity to decide about entering the NRM (capacity assessment outcome)',
      type: 'enum',
      values: ['hasCapacity', 'lacksCapacity'],
    },
    {
      name: 'shareDetailsCapacity',
      label: 'Capacity to decide about sharing personal details (capacity assessment outcome)',
      type: 'enum',
      values: ['hasCapacity', 'lacksCapacity'],
    },
    {
      name: 'supportReferralCapacity',
      label: 'Capacity to decide about a referral for support (capacity assessment outcome)',
      type: 'enum',
      values: ['hasCapacity', 'lacksCapacity'],
    },
    {
      name: 'nrmConsentBestInterests',
      label: 'Best-interests decision about an NRM referral, for an adult who lacks capacity to consent',
      type: 'enum',
      values: ['proceed', 'doNotProceed'],
    },
    {
      name: 'shareDetailsBestInterests',
      label: 'Best-interests decision about sharing personal details, for an adult who lacks capacity',
      type: 'enum',
      values: ['proceed', 'doNotProceed'],
    },
    {
      name: 'supportReferralBestInterests',
      label: 'Best-interests decision about a referral for support, for an adult who lacks capacity',
      type: 'enum',
      values: ['proceed', 'doNotProceed'],
    },
    {
      name: 'consentToShareDetails',
      label: 'Does the adult consent to their personal details being shared?',
      type: 'boolean',
    },
    {
      name: 'dtnAnonymised',
      label: 'Is the Duty to Notify form anonymised (no name, date of birth, contact details or specific addresses)?',
      type: 'boolean',
    },
    {
      name: 'inNrm',
      label: 'Has the person already entered the NRM (on any track)?',
      type: 'boolean',
    },
    {
      name: 'exploitationPresent',
      label: 'Is exploitation present?',
      type: 'boolean',
    },
    {
      name: 'offlineNrmFormRecorded',
      label: 'Has the TSO recorded the information on the offline NRM form?',
      type: 'boolean',
    },
  ],
  steps: [
    {
      id: 'childSafeguarding',
      title: 'Child: contact the Multi-Agency Safeguarding Hub',
      description:
        "A child (or a person treated as a child) leaves this adult pathway for children's safeguarding: contact MASH and follow MASH procedures.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway (children involved: contact MASH); 4.9',
      },
      terminal: true,
      contacts: ['coventry-mash'],
    },
    {
      id: 'concernIdentified',
      title: 'Trading Standards Officer identifies a potential modern slavery concern',
      description: 'Information sharing and intelligence gathering.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.9 Trading Standards Pathway (flowchart)',
      },
    },
    {
      id: 'intelligenceGathering',
      title: 'Information uploaded to the Intelligence Database (IDB)',
      description:
        'CEnTSA RIO / West Midlands Police access the IDB. Consider discussion at SERAC and a joint investigation with other agencies, including Modern Slavery Act 2015 offences.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.9 Trading Standards Pathway (flowchart)',
      },
      contacts: ['coventry-trading-standards'],
    },
    {
      id: 'premisesVisit',
      title: 'Visit to premises of concern',
      description:
        'Consider a multi-agency visit and reception centre with other enforcement agencies and specialist support organisations.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.9 Trading Standards Pathway (flowchart)',
      },
    },
    {
      id: 'premisesExamined',
      title: 'TSO examines the premises and speaks with potential survivors',
      description: 'Assess the risk of exploitation.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.9 Trading Standards Pathway (flowchart)',
      },
    },
    {
      id: 'exploitationPresent',
      title: 'Exploitation present',
      description:
        'TSO records information on the offline NRM form; Border Force contacted on scene; other immediate safeguarding referrals (housing, support).',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.9 Trading Standards Pathway (flowchart)',
      },
      resources: ['nrm-offline-form'],
    },
    {
      id: 'seekingConsent',
      title: "TSO notifies the Council's Modern Slavery Lead",
      description: 'Use the NRM Explanatory Booklet to seek consent for the NRM.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.9 Trading Standards Pathway (flowchart)',
      },
      resources: ['nrm-explanatory-booklet'],
      contacts: ['coventry-modern-slavery-lead'],
    },
    {
      id: 'nrmSubmitted',
      title: 'NRM submission with assistance from the Modern Slavery Lead',
      description: "Follow the 'During NRM' and 'Post NRM' pathways.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.9 Trading Standards Pathway (flowchart)',
      },
      handOff: 'coventry-during-nrm',
      resources: ['nrm-referral-form'],
      contacts: ['coventry-modern-slavery-lead'],
    },
    {
      id: 'investigation',
      title: 'Investigation into offences',
      description: 'Ongoing support and appropriate intelligence sharing.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.9 Trading Standards Pathway (flowchart)',
      },
    },
    {
      id: 'prosecution',
      title: 'Prosecution',
      description: 'Offences prosecuted.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.9 Trading Standards Pathway (flowchart)',
      },
      terminal: true,
    },
    {
      id: 'investigationClosed',
      title: 'Investigation closed',
      description: 'No prosecution.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.9 Trading Standards Pathway (flowchart)',
      },
      terminal: true,
    },
  ],
  transitions: [
    {
      name: 'referChildToMash',
      label: 'A child: contact MASH',
      from: ['premisesExamined', 'exploitationPresent', 'seekingConsent'],
      to: 'childSafeguarding',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'the person is a child or treated as one',
          kind: 'treatedAsChild',
          equals: true,
        },
      ],
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway (children involved: contact MASH); 4.9',
      },
    },
    {
      name: 'uploadToIntelligenceDatabase',
      label: 'Share information and upload it to the IDB',
      from: 'concernIdentified',
      to: 'intelligenceGathering',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'visitPremises',
      label: 'Visit the premises of concern',
      from: 'intelligenceGathering',
      to: 'premisesVisit',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'examinePremises',
      label: 'Examine the premises and speak with potential survivors',
      from: 'premisesVisit',
      to: 'premisesExamined',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      requiresFacts: ['exploitationPresent'],
    },
    {
      name: 'exploitationFound',
      label: 'Exploitation is present',
      from: 'premisesExamined',
      to: 'exploitationPresent',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'exploitationPresent',
          equals: true,
        },
      ],
    },
    {
      name: 'noExploitationFound',
      label: 'No exploitation found: continue the investigation',
      from: 'premisesExamined',
      to: 'investigation',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'exploitationPresent',
          equals: false,
        },
      ],
    },
    {
      name: 'contactBorderForce',
      label: 'Contact Border Force on scene',
      from: 'exploitationPresent',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'otherSafeguardingReferrals',
      label: 'Make other immediate safeguarding referrals (housing, support)',
      from: 'exploitationPresent',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'notifyModernSlaveryLead',
      label: "Notify the Council's Modern Slavery Lead",
      from: 'exploitationPresent',
      to: 'seekingConsent',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'offlineNrmFormRecorded',
          equals: true,
        },
      ],
    },
    {
      name: 'submitNrmReferral',
      label: 'Submit the NRM with assistance from the Modern Slavery Lead',
      from: 'seekingConsent',
      to: 'nrmSubmitted',
      kind: 'nrmReferral',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
        firstResponderOnly: true,
      },
      guards: [
        {
          description:
            'a child (no consent needed), an adult with capacity who gave informed consent, or an adult lacking capacity with a best-interests decision to refer',
          rule: 'nrm-consent',
          kind: 'any',
          guards: [
            {
              kind: 'treatedAsChild',
              equals: true,
            },
            {
              description: 'an adult with capacity for the decision has given informed consent to the NRM',
              kind: 'all',
              guards: [
                {
                  kind: 'treatedAsChild',
                  equals: false,
                },
                {
                  kind: 'fact',
                  fact: 'consentToNrm',
                  equals: true,
                },
                {
                  description: 'capacity for this decision is not in doubt, or an assessment found the person has it',
                  rule: 'capacity-first',
                  kind: 'any',
                  guards: [
                    {
                      kind: 'fact',
                      fact: 'nrmConsentCapacity',
                      equals: 'hasCapacity',
                    },
                    {
                      kind: 'all',
                      guards: [
                        {
                          kind: 'fact',
                          fact: 'capacityInDoubt',
                          equals: false,
                        },
                        {
                          kind: 'not',
                          guard: {
                            kind: 'fact',
                            fact: 'nrmConsentCapacity',
                            equals: 'lacksCapacity',
                            ifMissing: false,
                          },
                        },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              description: 'an adult who lacks capacity for this decision, with a best-interests decision to go ahead',
              rule: 'capacity-for-decision',
              kind: 'all',
              guards: [
                {
                  kind: 'treatedAsChild',
                  equals: false,
                },
                {
                  kind: 'fact',
                  fact: 'nrmConsentCapacity',
                  equals: 'lacksCapacity',
                  ifMissing: false,
                },
                {
                  kind: 'fact',
                  fact: 'nrmConsentBestInterests',
                  equals: 'proceed',
                  ifMissing: false,
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'submitDutyToNotify',
      label: 'No consent: submit an anonymous Duty to Notify',
      from: 'seekingConsent',
      to: 'investigation',
      kind: 'dutyToNotify',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
        firstResponderOnly: true,
      },
      guards: [
        {
          description: 'an adult with capacity for the decision has declined the NRM',
          kind: 'all',
          guards: [
            {
              kind: 'treatedAsChild',
              equals: false,
            },
            {
              kind: 'fact',
              fact: 'consentToNrm',
              equals: false,
            },
            {
              description: 'capacity for this decision is not in doubt, or an assessment found the person has it',
              rule: 'capacity-first',
              kind: 'any',
              guards: [
                {
                  kind: 'fact',
                  fact: 'nrmConsentCapacity',
                  equals: 'hasCapacity',
                },
                {
                  kind: 'all',
                  guards: [
                    {
                      kind: 'fact',
                      fact: 'capacityInDoubt',
                      equals: false,
                    },
                    {
                      kind: 'not',
                      guard: {
                        kind: 'fact',
                        fact: 'nrmConsentCapacity',
                        equals: 'lacksCapacity',
                        ifMissing: false,
                      },
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          description:
            'Duty to Notify is only for an adult who does not enter the NRM: declined with capacity, or a best-interests decision not to refer',
          rule: 'dtn-adult-without-consent',
          kind: 'any',
          guards: [
            {
              description: 'an adult with capacity for the decision has declined the NRM',
              kind: 'all',
              guards: [
                {
                  kind: 'treatedAsChild',
                  equals: false,
                },
                {
                  kind: 'fact',
                  fact: 'consentToNrm',
                  equals: false,
                },
                {
                  description: 'capacity for this decision is not in doubt, or an assessment found the person has it',
                  rule: 'capacity-first',
                  kind: 'any',
                  guards: [
                    {
                      kind: 'fact',
                      fact: 'nrmConsentCapacity',
                      equals: 'hasCapacity',
                    },
                    {
                      kind: 'all',
                      guards: [
                        {
                          kind: 'fact',
                          fact: 'capacityInDoubt',
                          equals: false,
                        },
                        {
                          kind: 'not',
                          guard: {
                            kind: 'fact',
                            fact: 'nrmConsentCapacity',
                            equals: 'lacksCapacity',
                            ifMissing: false,
                          },
                        },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              description:
                'an adult who lacks capacity for this decision, with a best-interests decision not to go ahead',
              rule: 'capacity-for-decision',
              kind: 'all',
              guards: [
                {
                  kind: 'treatedAsChild',
                  equals: false,
                },
                {
                  kind: 'fact',
                  fact: 'nrmConsentCapacity',
                  equals: 'lacksCapacity',
                  ifMissing: false,
                },
                {
                  kind: 'fact',
                  fact: 'nrmConsentBestInterests',
                  equals: 'doNotProceed',
                  ifMissing: false,
                },
              ],
            },
          ],
        },
        {
          description: 'the form is anonymised unless the adult consents to their details being shared',
          rule: 'dtn-anonymised',
          kind: 'any',
          guards: [
            {
              kind: 'fact',
              fact: 'consentToShareDetails',
              equals: true,
            },
            {
              kind: 'fact',
              fact: 'dtnAnonymised',
              equals: true,
            },
          ],
        },
        {
          description: 'no Duty to Notify once the person has entered the NRM',
          rule: 'dtn-not-in-nrm',
          kind: 'all',
          guards: [
            {
              kind: 'not',
              guard: {
                kind: 'happened',
                transitionKind: 'nrmReferral',
              },
            },
            {
              kind: 'fact',
              fact: 'inNrm',
              equals: false,
              ifMissing: true,
            },
          ],
        },
        {
          description: "Coventry's Duty to Notify is anonymous: no name, personal details or specific locations",
          kind: 'fact',
          fact: 'dtnAnonymised',
          equals: true,
        },
        {
          description: 'no Duty to Notify has been made for this person yet',
          kind: 'not',
          guard: {
            kind: 'happened',
            event: 'submitDutyToNotify',
          },
        },
      ],
    },
    {
      name: 'continueInvestigation',
      label: 'Continue the investigation',
      from: 'nrmSubmitted',
      to: 'investigation',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'prosecute',
      label: 'Prosecute',
      from: 'investigation',
      to: 'prosecution',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'closeInvestigation',
      label: 'Close the investigation',
      from: 'investigation',
      to: 'investigationClosed',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
  ],
  clocks: [],
};

export const coventryTradingStandardsV2 = definePathway(definition);
