// coventry-adult-social-care version 2, frozen as it was when the next version replaced it: tracks that
// started on it keep these rules (a running track never changes version). Never edit.
// Written by packages/pathways/scripts/freeze-version.ts.
import { definePathway } from '../../definition/load';
import type { PathwayDefinition } from '../../definition/schema';

const definition: PathwayDefinition = {
  id: 'coventry-adult-social-care',
  version: 2,
  title: 'Coventry: Adult Social Care pathway',
  area: 'Coventry',
  source: {
    file: '002_85009a930093bd13.txt',
    section: '4.6 Adult Social Care Pathway (flowchart)',
  },
  start: 'referralReceived',
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
      name: 'immediateDanger',
      label: 'Is the victim in immediate danger?',
      type: 'boolean',
    },
    {
      name: 'residesInCoventry',
      label: 'Does the victim reside in Coventry?',
      type: 'boolean',
    },
    {
      name: 'section42CriteriaMet',
      label: 'Are the Care Act section 42 criteria met?',
      type: 'boolean',
    },
    {
      name: 'meetsStatutoryDefinition',
      label: 'Does the victim meet the statutory definition of a victim of slavery or trafficking?',
      type: 'boolean',
    },
    {
      name: 'disclosedToOtherFirstResponder',
      label: 'Has modern slavery been disclosed to another First Responder organisation?',
      type: 'boolean',
    },
    {
      name: 'otherAgencyMostAppropriate',
      label:
        'Is another agency the most appropriate First Responder (relationships, agencies involved, specific needs, who identified it first, location)?',
      type: 'boolean',
    },
    {
      name: 'previouslyReferred',
      label: 'Has the victim already been referred to the NRM?',
      type: 'boolean',
    },
    {
      name: 'consentToNrmSupport',
      label: 'Does the victim consent to NRM support?',
      type: 'boolean',
    },
  ],
  steps: [
    {
      id: 'referralReceived',
      title: 'Referral to ASC regarding a potential modern slavery concern',
      description: 'Immediate safety of the victim first (e.g. 999).',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.6 Adult Social Care Pathway (flowchart)',
      },
      contacts: ['police-emergency-999'],
    },
    {
      id: 'informationGathered',
      title: 'Gathering information',
      description: 'Does the victim reside in Coventry?',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.6 Adult Social Care Pathway (flowchart)',
      },
    },
    {
      id: 'careActDuties',
      title: 'Follow statutory duties under the Care Act',
      description:
        'Determine whether the section 42 criteria are met, and whether the victim meets the statutory definition of a victim of slavery or trafficking.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.6 Adult Social Care Pathway (flowchart)',
      },
    },
    {
      id: 'firstResponderSelection',
      title: 'Report the crime and choose the First Responder',
      description:
        'Report the crime to the police; contact the Modern Slavery Lead for advice. Has modern slavery been disclosed to another First Responder organisation? Consider relationships, agencies involved, specific needs, which agency first identified it and the location of the victim and exploitation.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.6 Adult Social Care Pathway (flowchart)',
      },
      contacts: ['police-non-emergency-101', 'coventry-modern-slavery-lead'],
    },
    {
      id: 'ascFirstResponder',
      title: 'ASC is the most appropriate First Responder',
      description: 'Use the NRM Explanatory Booklet to explain the NRM. Does the victim consent to NRM referral?',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.6 Adult Social Care Pathway (flowchart)',
      },
      resources: ['nrm-explanatory-booklet'],
    },
    {
      id: 'checkExistingReferral',
      title: 'ASC checks whether the victim has already been referred',
      description:
        'If so, ASC requests access to the previous NRM form and adds missing information; if not, gathers information from the victim and professionals.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.6 Adult Social Care Pathway (flowchart)',
      },
      resources: ['nrm-referral-form'],
    },
    {
      id: 'nrmSubmitted',
      title: 'NRM referral submitted',
      description: 'Does the victim consent to NRM support?',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.6 Adult Social Care Pathway (flowchart)',
      },
    },
    {
      id: 'anonymousDtn',
      title: 'ASC gathers anonymous information',
      description:
        "Do not include the name or other personal information of the victim or perpetrators, or specific locations such as the victim's address.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.6 Adult Social Care Pathway (flowchart)',
      },
      resources: ['duty-to-notify-form-ms1'],
    },
    {
      id: 'referredToOtherAuthority',
      title: 'Referral to the most appropriate Local Authority',
      description: 'The victim does not reside in Coventry.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.6 Adult Social Care Pathway (flowchart)',
      },
      terminal: true,
    },
    {
      id: 'otherSupportOptions',
      title: 'Not suitable for referral to the NRM',
      description: 'Consider other support options.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.6 Adult Social Care Pathway (flowchart)',
      },
      terminal: true,
    },
    {
      id: 'otherAgencyFirstResponder',
      title: 'Other agency is the most appropriate First Responder',
      description:
        'The agency seeks consent and submits the NRM referral if appropriate; ASC provides supporting evidence and information.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.6 Adult Social Care Pathway (flowchart)',
      },
      terminal: true,
    },
    {
      id: 'salvationArmyReferral',
      title: 'Referral to The Salvation Army',
      description: "Contact The Salvation Army's NRM referral line.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.6 Adult Social Care Pathway (flowchart)',
      },
      terminal: true,
      handOff: 'coventry-during-nrm',
      contacts: ['salvation-army-nrm-referrals'],
    },
    {
      id: 'nrmWithoutSupport',
      title: 'In the NRM without NRM support',
      description: 'The victim does not consent to NRM support.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.6 Adult Social Care Pathway (flowchart)',
      },
      terminal: true,
      handOff: 'coventry-during-nrm',
    },
    {
      id: 'dtnSubmitted',
      title: 'Anonymous Duty to Notify submitted online',
      description: 'Submitted by ASC.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.6 Adult Social Care Pathway (flowchart)',
      },
      terminal: true,
    },
  ],
  transitions: [
    {
      name: 'call999',
      label: 'Immediate danger: call 999',
      from: 'referralReceived',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
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
      name: 'gatherInformation',
      label: 'Gather information',
      from: 'referralReceived',
      to: 'informationGathered',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          description: 'the police were called where the victim is in immediate danger',
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
      name: 'referToOtherAuthority',
      label: 'Refer to the most appropriate Local Authority',
      from: 'informationGathered',
      to: 'referredToOtherAuthority',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'residesInCoventry',
          equals: false,
        },
      ],
    },
    {
      name: 'followCareActDuties',
      label: 'Follow statutory duties under the Care Act',
      from: 'informationGathered',
      to: 'careActDuties',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'residesInCoventry',
          equals: true,
        },
      ],
    },
    {
      name: 'notSuitableForNrm',
      label: 'Not a victim under the statutory definition: consider other support',
      from: 'careActDuties',
      to: 'otherSupportOptions',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'meetsStatutoryDefinition',
          equals: false,
        },
      ],
      requiresFacts: ['section42CriteriaMet'],
    },
    {
      name: 'meetsDefinition',
      label: 'Meets the statutory definition',
      from: 'careActDuties',
      to: 'firstResponderSelection',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'meetsStatutoryDefinition',
          equals: true,
        },
      ],
      requiresFacts: ['section42CriteriaMet'],
    },
    {
      name: 'reportCrimeToPolice',
      label: 'Report the crime to the police',
      from: 'firstResponderSelection',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'contactModernSlaveryLead',
      label: 'Contact the Modern Slavery Lead for advice',
      from: 'firstResponderSelection',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'otherAgencyLeads',
      label: 'Another agency is the most appropriate First Responder',
      from: 'firstResponderSelection',
      to: 'otherAgencyFirstResponder',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          description: 'it was disclosed to another First Responder, or another agency is the most appropriate',
          kind: 'any',
          guards: [
            {
              kind: 'fact',
              fact: 'disclosedToOtherFirstResponder',
              equals: true,
            },
            {
              kind: 'fact',
              fact: 'otherAgencyMostAppropriate',
              equals: true,
            },
          ],
        },
        {
          kind: 'happened',
          event: 'contactModernSlaveryLead',
        },
      ],
    },
    {
      name: 'ascLeads',
      label: 'ASC is the most appropriate First Responder',
      from: 'firstResponderSelection',
      to: 'ascFirstResponder',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'disclosedToOtherFirstResponder',
          equals: false,
        },
        {
          kind: 'fact',
          fact: 'otherAgencyMostAppropriate',
          equals: false,
        },
        {
          kind: 'happened',
          event: 'contactModernSlaveryLead',
        },
      ],
    },
    {
      name: 'consentGiven',
      label: 'The victim consents to NRM referral',
      from: 'ascFirstResponder',
      to: 'checkExistingReferral',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
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
      name: 'consentRefused',
      label: 'The victim does not consent to NRM referral',
      from: 'ascFirstResponder',
      to: 'anonymousDtn',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
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
      ],
    },
    {
      name: 'requestPreviousNrmForm',
      label: 'Request access to the previous NRM form and add missing information',
      from: 'checkExistingReferral',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'previouslyReferred',
          equals: true,
        },
      ],
    },
    {
      name: 'submitNrmReferral',
      label: 'Submit the NRM referral online',
      from: 'checkExistingReferral',
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
        {
          description: 'an earlier referral was checked and, if there is one, its form requested',
          kind: 'any',
          guards: [
            {
              kind: 'fact',
              fact: 'previouslyReferred',
              equals: false,
            },
            {
              kind: 'happened',
              event: 'requestPreviousNrmForm',
            },
          ],
        },
      ],
    },
    {
      name: 'referToSalvationArmy',
      label: 'Refer to The Salvation Army',
      from: 'nrmSubmitted',
      to: 'salvationArmyReferral',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'consentToNrmSupport',
          equals: true,
        },
      ],
    },
    {
      name: 'noNrmSupport',
      label: 'The victim does not want NRM support',
      from: 'nrmSubmitted',
      to: 'nrmWithoutSupport',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'consentToNrmSupport',
          equals: false,
        },
      ],
    },
    {
      name: 'submitDutyToNotify',
      label: 'ASC submits an anonymous Duty to Notify online',
      from: 'anonymousDtn',
      to: 'dtnSubmitted',
      kind: 'dutyToNotify',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
        firstResponderOnly: true,
      },
      guards: [
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
  ],
  clocks: [],
};

export const coventryAdultSocialCareV2 = definePathway(definition);
