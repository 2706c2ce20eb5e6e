// coventry-pre-nrm version 2, frozen as it was when the next version replaced it: tracks that
// started on it keep these rules (a running track never changes version). Never edit.
// Written by packages/pathways/scripts/freeze-version.ts.
import { definePathway } from '../../definition/load';
import type { PathwayDefinition } from '../../definition/schema';

const definition: PathwayDefinition = {
  id: 'coventry-pre-nrm',
  version: 2,
  title: 'Coventry: Pre-NRM pathway',
  area: 'Coventry',
  source: {
    file: '002_85009a930093bd13.txt',
    section: '4.2.1 Pre-NRM Pathway',
  },
  start: 'explainNrm',
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
      name: 'noDutyToNotifyReason',
      label: 'Why no Duty to Notify is made for this person',
      type: 'enum',
      values: ['notAFirstResponderAgency', 'alreadyNotifiedOrInNrm'],
    },
    {
      name: 'firstResponderInvolved',
      label: 'Is there a First Responder Agency involved?',
      type: 'boolean',
    },
    {
      name: 'consentToFirstResponderReferral',
      label: 'Does the victim consent to referral to a First Responder Agency?',
      type: 'boolean',
    },
    {
      name: 'previouslyReferred',
      label: 'Has the victim already been referred to the NRM?',
      type: 'boolean',
    },
  ],
  steps: [
    {
      id: 'explainNrm',
      title: 'Explain the NRM to the victim',
      description: 'Use the NRM Explanatory Booklet. Does the victim consent?',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.1 Pre-NRM Pathway',
      },
      resources: ['nrm-explanatory-booklet'],
    },
    {
      id: 'firstResponderCheck',
      title: 'Is there a First Responder Agency involved?',
      description: 'Any Coventry City Council team with frontline officers is a suitable First Responder Agency.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.1 Pre-NRM Pathway',
      },
      resources: ['first-responder-agencies-list'],
    },
    {
      id: 'selectFirstResponder',
      title: 'Select the most appropriate First Responder Agency',
      description:
        'Consider the relationships the victim has with professionals, which agencies will be involved through recovery, specific needs (interpreting, gender or nationality of professionals) and which agency first identified modern slavery.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.1 Pre-NRM Pathway',
      },
    },
    {
      id: 'checkExistingReferral',
      title: 'First Responder checks for an earlier NRM referral',
      description:
        'Use the NRM prompt sheet to gather information. If already referred, request access to the previous NRM form and add any missing information.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.1 Pre-NRM Pathway',
      },
      resources: ['nrm-prompt-sheet', 'nrm-referral-form'],
    },
    {
      id: 'noConsent',
      title: 'The victim does not consent',
      description: 'If you work for a First Responder Agency, submit an anonymous Duty to Notify online.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.1 Pre-NRM Pathway',
      },
      resources: ['duty-to-notify-form-ms1'],
    },
    {
      id: 'referred',
      title: 'NRM referral submitted',
      description: "Go to 'During NRM Pathway'.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.1 Pre-NRM Pathway',
      },
      terminal: true,
      handOff: 'coventry-during-nrm',
    },
    {
      id: 'alternativeSupport',
      title: 'Consider alternative support options',
      description: "Go to 'Access to Specialist Support' (a directory look-up).",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.1 Pre-NRM Pathway',
      },
      terminal: true,
    },
    {
      id: 'childSafeguarding',
      title: 'Child: contact the Multi-Agency Safeguarding Hub',
      description:
        "A child (or a person treated as a child) leaves this adult pathway for children's safeguarding: contact MASH and follow MASH procedures.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway (children involved: contact MASH)',
      },
      terminal: true,
      contacts: ['coventry-mash'],
    },
  ],
  transitions: [
    {
      name: 'referChildToMash',
      label: 'A child: contact MASH',
      from: ['explainNrm', 'firstResponderCheck', 'selectFirstResponder', 'checkExistingReferral', 'noConsent'],
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
        section: '4.1 Initial Identification & Safeguarding Pathway (children involved: contact MASH)',
      },
    },
    {
      name: 'consentGiven',
      label: 'The victim consents',
      from: 'explainNrm',
      to: 'firstResponderCheck',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
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
      label: 'The victim does not consent',
      from: 'explainNrm',
      to: 'noConsent',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
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
      name: 'firstResponderIsInvolved',
      label: 'A First Responder Agency is involved',
      from: 'firstResponderCheck',
      to: 'checkExistingReferral',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'firstResponderInvolved',
          equals: true,
        },
      ],
    },
    {
      name: 'noFirstResponderInvolved',
      label: 'No First Responder Agency is involved',
      from: 'firstResponderCheck',
      to: 'selectFirstResponder',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'firstResponderInvolved',
          equals: false,
        },
      ],
    },
    {
      name: 'referToFirstResponder',
      label: 'Refer to the most appropriate First Responder Agency',
      from: 'selectFirstResponder',
      to: 'checkExistingReferral',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'consentToFirstResponderReferral',
          equals: true,
        },
      ],
    },
    {
      name: 'declineFirstResponderReferral',
      label: 'The victim does not consent to a First Responder referral',
      from: 'selectFirstResponder',
      to: 'alternativeSupport',
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
      name: 'requestPreviousNrmForm',
      label: 'Request access to the previous NRM form and add missing information',
      from: 'checkExistingReferral',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
        firstResponderOnly: true,
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
      label: 'Submit the NRM form',
      from: 'checkExistingReferral',
      to: 'referred',
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
      name: 'submitDutyToNotify',
      label: 'Submit an anonymous Duty to Notify online',
      from: 'noConsent',
      stays: true,
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
    {
      name: 'seekAlternativeSupport',
      label: 'Consider alternative support options',
      from: 'noConsent',
      to: 'alternativeSupport',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description:
            'the Duty to Notify is made, or a reason is recorded why not (not a First Responder Agency, or already notified or in the NRM); never for a child',
          kind: 'any',
          guards: [
            {
              kind: 'happened',
              event: 'submitDutyToNotify',
            },
            {
              kind: 'treatedAsChild',
              equals: true,
            },
            {
              kind: 'oneOf',
              fact: 'noDutyToNotifyReason',
              values: ['notAFirstResponderAgency', 'alreadyNotifiedOrInNrm'],
            },
          ],
        },
      ],
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.1 Pre-NRM Pathway',
      },
    },
  ],
  clocks: [],
};

export const coventryPreNrmV2 = definePathway(definition);
