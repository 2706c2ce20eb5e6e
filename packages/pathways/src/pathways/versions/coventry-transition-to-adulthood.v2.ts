// coventry-transition-to-adulthood version 2, frozen as it was when the next version replaced it: tracks that
// started on it keep these rules (a running track never changes version). Never edit.
// Written by packages/pathways/scripts/freeze-version.ts.
import { definePathway } from '../../definition/load';
import type { PathwayDefinition } from '../../definition/schema';

const definition: PathwayDefinition = {
  id: 'coventry-transition-to-adulthood',
  version: 2,
  title: 'Coventry: Transition to Adulthood pathway',
  area: 'Coventry',
  source: {
    file: '002_85009a930093bd13.txt',
    section: '4.8 Transition to Adulthood Pathway (flowchart)',
  },
  start: 'transitionIdentified',
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
      name: 'eighteenthBirthday',
      label: 'Date of the 18th birthday',
      type: 'date',
    },
    {
      name: 'openToChildrensServices',
      label: "Is the child open to Children's Services in the transitional period?",
      type: 'boolean',
    },
    {
      name: 'contactMade',
      label: 'Has contact been made with the young person?',
      type: 'boolean',
    },
    {
      name: 'previouslyReferred',
      label: 'Has the child been referred to the NRM?',
      type: 'boolean',
    },
    {
      name: 'continueInNrmAsAdult',
      label: 'Has the young person made an informed decision to continue in the NRM as an adult?',
      type: 'boolean',
    },
    {
      name: 'nrmConsentFormCompleted',
      label: 'Has the NRM Consent Form been completed?',
      type: 'boolean',
    },
    {
      name: 'withdrawalFormSubmitted',
      label: 'Has the NRM Withdrawal Form been completed and submitted?',
      type: 'boolean',
    },
    {
      name: 'wantsAdultNrmSupport',
      label: 'Does the young person want NRM support or accommodation as an adult?',
      type: 'boolean',
    },
  ],
  steps: [
    {
      id: 'transitionIdentified',
      title: 'Child survivor approaching 18',
      description: "Is the child open to Children's Services in the transitional period before the 18th birthday?",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.8 Transition to Adulthood Pathway (flowchart)',
      },
    },
    {
      id: 'attemptContact',
      title: "Horizon or children's social care attempt contact",
      description:
        'Explain NRM support and process for adults. If not contactable, enquire with other agencies for more recent contact details.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.8 Transition to Adulthood Pathway (flowchart)',
      },
    },
    {
      id: 'transitionPanel',
      title: 'Transition Panel Meeting',
      description:
        'Contact a manager in the Horizon Team or the Modern Slavery Lead. The allocated worker checks with the Single Competent Authority for current NRM referrals.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.8 Transition to Adulthood Pathway (flowchart)',
      },
      contacts: ['coventry-horizon-team', 'coventry-modern-slavery-lead', 'sca-nrm-check'],
    },
    {
      id: 'considerNrmReferral',
      title: 'Allocated worker considers an NRM referral',
      description:
        "Consult the Council's Horizon (Child Exploitation) Team. An NRM referral should be made before the 18th birthday.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.8 Transition to Adulthood Pathway (flowchart)',
      },
      resources: ['nrm-prompt-sheet', 'nrm-referral-form'],
      contacts: ['coventry-horizon-team'],
    },
    {
      id: 'explainAdultNrm',
      title: 'Allocated worker explains adult NRM support and process',
      description:
        'Use the NRM Explanatory Booklet. The young person makes an informed decision about continuing in the NRM as an adult.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.8 Transition to Adulthood Pathway (flowchart)',
      },
      resources: ['nrm-explanatory-booklet'],
    },
    {
      id: 'continuingInNrm',
      title: 'Continuing in the NRM',
      description:
        'NRM Consent Form completed. If the young person wants NRM support or accommodation, refer to The Salvation Army.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.8 Transition to Adulthood Pathway (flowchart)',
      },
      resources: ['nrm-consent-form'],
      contacts: ['salvation-army-nrm-referrals'],
    },
    {
      id: 'scaNotified',
      title: 'Single Competent Authority notified',
      description: 'All routes of contact exhausted: notify the Single Competent Authority.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.8 Transition to Adulthood Pathway (flowchart)',
      },
      terminal: true,
      contacts: ['sca-nrm-check'],
    },
    {
      id: 'noNrmReferral',
      title: 'No NRM referral',
      description: 'Refer to Adult Social Care if the young person has care and support needs.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.8 Transition to Adulthood Pathway (flowchart)',
      },
      terminal: true,
      contacts: ['coventry-adult-social-care'],
    },
    {
      id: 'withdrawn',
      title: 'NRM Withdrawal Form submitted',
      description: 'Refer to Adult Social Care if the young person has care and support needs.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.8 Transition to Adulthood Pathway (flowchart)',
      },
      terminal: true,
      resources: ['nrm-withdrawal-form'],
      contacts: ['coventry-adult-social-care'],
    },
    {
      id: 'salvationArmyReferral',
      title: 'Referred to The Salvation Army',
      description:
        'The Salvation Army conducts a needs assessment once the young person is 18 and offers outreach or residential support. Refer to Adult Social Care if there are care and support needs.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.8 Transition to Adulthood Pathway (flowchart)',
      },
      terminal: true,
      contacts: ['salvation-army-nrm-referrals', 'coventry-adult-social-care'],
    },
    {
      id: 'continuingWithoutSupport',
      title: 'Continuing in the NRM without NRM support',
      description: 'Refer to Adult Social Care if there are care and support needs.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.8 Transition to Adulthood Pathway (flowchart)',
      },
      terminal: true,
      contacts: ['coventry-adult-social-care'],
    },
  ],
  transitions: [
    {
      name: 'notOpenToServices',
      label: 'Previously referred, not open to services: attempt contact',
      from: 'transitionIdentified',
      to: 'attemptContact',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'openToChildrensServices',
          equals: false,
        },
      ],
    },
    {
      name: 'openToServices',
      label: "Open to Children's Services: arrange a Transition Panel Meeting",
      from: 'transitionIdentified',
      to: 'transitionPanel',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'openToChildrensServices',
          equals: true,
        },
      ],
    },
    {
      name: 'enquireOtherAgencies',
      label: 'Not contactable: enquire with other agencies',
      from: 'attemptContact',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'contactEstablished',
      label: 'Contact made',
      from: 'attemptContact',
      to: 'explainAdultNrm',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'contactMade',
          equals: true,
        },
      ],
    },
    {
      name: 'notifySca',
      label: 'All routes exhausted: notify the Single Competent Authority',
      from: 'attemptContact',
      to: 'scaNotified',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'contactMade',
          equals: false,
        },
        {
          description: 'other agencies were asked for contact details',
          kind: 'happened',
          event: 'enquireOtherAgencies',
        },
      ],
    },
    {
      name: 'existingNrmReferral',
      label: 'Existing NRM referral',
      from: 'transitionPanel',
      to: 'explainAdultNrm',
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
      name: 'noExistingReferral',
      label: 'No NRM referral',
      from: 'transitionPanel',
      to: 'considerNrmReferral',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'previouslyReferred',
          equals: false,
        },
      ],
    },
    {
      name: 'submitNrmReferral',
      label: 'Submit an NRM referral',
      from: 'considerNrmReferral',
      to: 'explainAdultNrm',
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
          description: "the Council's Horizon (Child Exploitation) Team was consulted (4.8)",
          kind: 'happened',
          event: 'consultHorizon',
        },
      ],
    },
    {
      name: 'noReferralNeeded',
      label: 'No NRM referral to be made',
      from: 'considerNrmReferral',
      to: 'noNrmReferral',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          description: "the Council's Horizon (Child Exploitation) Team was consulted (4.8)",
          kind: 'happened',
          event: 'consultHorizon',
        },
      ],
    },
    {
      name: 'consultHorizon',
      label: "Consult the Council's Horizon (Child Exploitation) Team",
      from: 'considerNrmReferral',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.8 Transition to Adulthood Pathway (flowchart)',
      },
    },
    {
      name: 'continueInNrm',
      label: 'Continuing in the NRM: complete the NRM Consent Form',
      from: 'explainAdultNrm',
      to: 'continuingInNrm',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'continueInNrmAsAdult',
          equals: true,
        },
        {
          kind: 'fact',
          fact: 'nrmConsentFormCompleted',
          equals: true,
        },
      ],
    },
    {
      name: 'withdrawFromNrm',
      label: 'Not continuing: complete and submit the NRM Withdrawal Form',
      from: 'explainAdultNrm',
      to: 'withdrawn',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'continueInNrmAsAdult',
          equals: false,
        },
        {
          kind: 'fact',
          fact: 'withdrawalFormSubmitted',
          equals: true,
        },
      ],
    },
    {
      name: 'referToSalvationArmy',
      label: 'Refer to The Salvation Army',
      from: 'continuingInNrm',
      to: 'salvationArmyReferral',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'wantsAdultNrmSupport',
          equals: true,
        },
      ],
    },
    {
      name: 'noSupportWanted',
      label: 'No NRM support wanted',
      from: 'continuingInNrm',
      to: 'continuingWithoutSupport',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'wantsAdultNrmSupport',
          equals: false,
        },
      ],
    },
  ],
  clocks: [
    {
      id: 'nrmBeforeEighteen',
      label: 'NRM referral decision before the 18th birthday',
      startOn: ['openToServices'],
      stopOn: ['existingNrmReferral', 'submitNrmReferral', 'noReferralNeeded'],
      due: {
        beforeDateFact: 'eighteenthBirthday',
      },
      onOverdue: {
        action: 'escalate',
        to: {
          label: 'Horizon Team / Modern Slavery Lead',
          areaOversight: true,
          contact: 'coventry-modern-slavery-lead',
        },
        note: 'an NRM referral for a child should be made before their 18th birthday',
      },
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.8 Transition to Adulthood Pathway (flowchart)',
      },
    },
  ],
};

export const coventryTransitionToAdulthoodV2 = definePathway(definition);
