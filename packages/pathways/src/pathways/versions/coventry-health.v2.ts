// coventry-health version 2, frozen as it was when the next version replaced it: tracks that
// started on it keep these rules (a running track never changes version). Never edit.
// Written by packages/pathways/scripts/freeze-version.ts.
import { definePathway } from '../../definition/load';
import type { PathwayDefinition } from '../../definition/schema';

const definition: PathwayDefinition = {
  id: 'coventry-health',
  version: 2,
  title: 'Coventry: Health pathway',
  area: 'Coventry',
  source: {
    file: '002_85009a930093bd13.txt',
    section: '4.7 Health Pathway (flowchart)',
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
      name: 'clinicalNeedsAddressed',
      label: 'Have immediate clinical health needs been prioritised and met?',
      type: 'boolean',
    },
    {
      name: 'immediateDanger',
      label: 'Is the child or adult in immediate danger?',
      type: 'boolean',
    },
    {
      name: 'consentToFirstResponderReferral',
      label: 'Does the adult consent to referral to a First Responder organisation for referral to the NRM?',
      type: 'boolean',
    },
    {
      name: 'careAndSupportNeeds',
      label: 'Does the adult have an appearance of care and support needs?',
      type: 'boolean',
    },
  ],
  steps: [
    {
      id: 'concernIdentified',
      title: 'Professional identifies a potential modern slavery concern',
      description:
        'Immediate clinical health needs are prioritised. If in immediate danger call 999; consider 101 or a FIB form for non-urgent concerns.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.7 Health Pathway (flowchart)',
      },
      resources: ['force-intelligence-bureau-form'],
      contacts: ['police-emergency-999', 'police-non-emergency-101'],
    },
    {
      id: 'safeguardingDiscussion',
      title: 'Discuss with the organisation safeguarding lead or team',
      description: 'Is the potential victim a child or an adult?',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.7 Health Pathway (flowchart)',
      },
    },
    {
      id: 'adultConsent',
      title: 'Adult: consent to a First Responder referral?',
      description: 'Does the adult consent to referral to a First Responder organisation for referral to the NRM?',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.7 Health Pathway (flowchart)',
      },
    },
    {
      id: 'capacityCheck',
      title: 'The adult does not consent',
      description:
        "Is there any concern regarding the adult's capacity to make the decision independently? If the adult appears to have care and support needs, refer to Adult Social Care.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.7 Health Pathway (flowchart)',
      },
      contacts: ['coventry-adult-social-care'],
    },
    {
      id: 'mashReferral',
      title: 'Refer to MASH',
      description: 'As per local procedures.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.7 Health Pathway (flowchart)',
      },
      terminal: true,
    },
    {
      id: 'firstResponderContacted',
      title: 'Contact Adult Social Care, Police or The Salvation Army',
      description: 'A First Responder takes the NRM referral forward.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.7 Health Pathway (flowchart)',
      },
      terminal: true,
      handOff: 'coventry-pre-nrm',
      contacts: ['coventry-adult-social-care', 'police-non-emergency-101', 'salvation-army-nrm-referrals'],
    },
    {
      id: 'mentalCapacity',
      title: 'Refer to the Mental Capacity Code of Practice',
      description:
        'Capacity is in doubt: assess capacity for this decision. An adult who lacks it does not consent; a named decision-maker decides in their best interests (caseRecordBestInterestsDecision).',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.7 Health Pathway (flowchart)',
      },
      resources: ['mental-capacity-act-code-of-practice'],
    },
    {
      id: 'signposted',
      title: 'Signposting to resources and support',
      description: "See 'Access to Specialist Support'.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.7 Health Pathway (flowchart)',
      },
      terminal: true,
    },
    {
      id: 'adultSocialCareReferral',
      title: 'Refer to Adult Social Care',
      description: 'The adult has an appearance of care and support needs.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.7 Health Pathway (flowchart)',
      },
      terminal: true,
      handOff: 'coventry-adult-social-care',
      contacts: ['coventry-adult-social-care'],
    },
  ],
  transitions: [
    {
      name: 'call999',
      label: 'Immediate danger: call 999',
      from: 'concernIdentified',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'immediateDanger',
          equals: true,
        },
      ],
    },
    {
      name: 'reportNonUrgent',
      label: 'Non-urgent: 101 or a FIB form',
      from: 'concernIdentified',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
    },
    {
      name: 'discussWithSafeguardingLead',
      label: 'Discuss with the organisation safeguarding lead or team',
      from: 'concernIdentified',
      to: 'safeguardingDiscussion',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'immediate clinical health needs are prioritised',
          kind: 'fact',
          fact: 'clinicalNeedsAddressed',
          equals: true,
        },
        {
          description: 'the police were called where someone is in immediate danger',
          kind: 'any',
          guards: [
            {
              kind: 'fact',
              fact: 'immediateDanger',
              equals: false,
            },
            {
              kind: 'happened',
              event: 'call999',
            },
          ],
        },
      ],
    },
    {
      name: 'referToMash',
      label: 'Child: refer to MASH',
      from: 'safeguardingDiscussion',
      to: 'mashReferral',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'treatedAsChild',
          equals: true,
        },
      ],
    },
    {
      name: 'adultRoute',
      label: 'Adult',
      from: 'safeguardingDiscussion',
      to: 'adultConsent',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'treatedAsChild',
          equals: false,
        },
      ],
    },
    {
      name: 'contactFirstResponder',
      label: 'Consent: contact ASC, Police or The Salvation Army',
      from: 'adultConsent',
      to: 'firstResponderContacted',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'all',
          guards: [
            {
              kind: 'fact',
              fact: 'consentToFirstResponderReferral',
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
      ],
    },
    {
      name: 'noConsent',
      label: 'No consent',
      from: 'adultConsent',
      to: 'capacityCheck',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'consentToFirstResponderReferral',
          equals: false,
        },
      ],
    },
    {
      name: 'referToMentalCapacityCode',
      label: 'Capacity in doubt: Mental Capacity Code of Practice',
      from: 'capacityCheck',
      to: 'mentalCapacity',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'capacityInDoubt',
          equals: true,
        },
      ],
    },
    {
      name: 'bestInterestsReferral',
      label: 'Best-interests decision: refer to a First Responder',
      from: 'mentalCapacity',
      to: 'firstResponderContacted',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
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
    {
      name: 'bestInterestsNoReferral',
      label: 'Best-interests decision: no referral; signpost',
      from: 'mentalCapacity',
      to: 'signposted',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'an adult who lacks capacity for this decision, with a best-interests decision not to go ahead',
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
      name: 'signpost',
      label: 'Provide signposting to resources and support',
      from: 'capacityCheck',
      to: 'signposted',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'capacityInDoubt',
          equals: false,
        },
      ],
    },
    {
      name: 'referToAdultSocialCare',
      label: 'Refer to Adult Social Care',
      from: 'capacityCheck',
      to: 'adultSocialCareReferral',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'careAndSupportNeeds',
          equals: true,
        },
      ],
    },
  ],
  clocks: [],
};

export const coventryHealthV2 = definePathway(definition);
