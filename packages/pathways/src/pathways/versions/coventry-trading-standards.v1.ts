// coventry-trading-standards version 1, frozen as it was when version 2 replaced it: tracks that
// started on it keep these rules (a running track never changes version). Never edit.
// Escalations are written in the current form ({ label, role: 'LEAD' }: the case's leads, as before).
import { definePathway } from '../../definition/load';
import type { PathwayDefinition } from '../../definition/schema';

const definition: PathwayDefinition = {
  id: 'coventry-trading-standards',
  version: 1,
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
      name: 'capacityConsidered',
      label: 'Has capacity been considered under the Mental Capacity Act Code of Practice?',
      type: 'boolean',
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
    },
    {
      id: 'seekingConsent',
      title: "TSO notifies the Council's Modern Slavery Lead",
      description: 'Use the NRM Explanatory Booklet to seek consent for the NRM.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.9 Trading Standards Pathway (flowchart)',
      },
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
        {
          description: 'Border Force was contacted on scene',
          kind: 'happened',
          event: 'contactBorderForce',
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
          description: 'a child (no consent needed), or an adult who gave informed consent with capacity settled',
          rule: 'nrm-consent',
          kind: 'any',
          guards: [
            {
              kind: 'treatedAsChild',
              equals: true,
            },
            {
              description: 'an adult has given informed consent to the NRM, with capacity settled',
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
                  description: 'capacity is not in doubt, or has been considered first',
                  rule: 'capacity-first',
                  kind: 'any',
                  guards: [
                    {
                      kind: 'fact',
                      fact: 'capacityInDoubt',
                      equals: false,
                    },
                    {
                      kind: 'fact',
                      fact: 'capacityConsidered',
                      equals: true,
                    },
                  ],
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
          description: 'an adult has declined the NRM, with capacity settled',
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
              description: 'capacity is not in doubt, or has been considered first',
              rule: 'capacity-first',
              kind: 'any',
              guards: [
                {
                  kind: 'fact',
                  fact: 'capacityInDoubt',
                  equals: false,
                },
                {
                  kind: 'fact',
                  fact: 'capacityConsidered',
                  equals: true,
                },
              ],
            },
          ],
        },
        {
          description: 'Duty to Notify is only for an adult who does not consent to the NRM',
          rule: 'dtn-adult-without-consent',
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
              description: 'capacity is not in doubt, or has been considered first',
              rule: 'capacity-first',
              kind: 'any',
              guards: [
                {
                  kind: 'fact',
                  fact: 'capacityInDoubt',
                  equals: false,
                },
                {
                  kind: 'fact',
                  fact: 'capacityConsidered',
                  equals: true,
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

export const coventryTradingStandardsV1 = definePathway(definition);
