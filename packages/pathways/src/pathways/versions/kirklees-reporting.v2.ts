// kirklees-reporting version 2, frozen as it was when the next version replaced it: tracks that
// started on it keep these rules (a running track never changes version). Never edit.
// Written by packages/pathways/scripts/freeze-version.ts.
import { definePathway } from '../../definition/load';
import type { PathwayDefinition } from '../../definition/schema';

const definition: PathwayDefinition = {
  id: 'kirklees-reporting',
  version: 2,
  title: 'Kirklees: reporting modern slavery and the NRM vs Duty to Notify rule',
  area: 'Kirklees',
  source: {
    file: '004_bf7614aad86c36e6.txt',
    section: 'Reporting Suspicion; National Referral Mechanism Process Guide',
  },
  start: 'suspicion',
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
      name: 'emergency',
      label: 'Is it an emergency, a threat to life or criminal activity?',
      type: 'boolean',
    },
    {
      name: 'atRiskOfHarm',
      label: 'Is an adult or child at risk of harm?',
      type: 'boolean',
    },
    {
      name: 'pertinentToPolice',
      label: 'Has the partner agency assessed the information as pertinent to West Yorkshire Police?',
      type: 'boolean',
    },
    {
      name: 'consentInWriting',
      label: "Is the adult's consent to the NRM given in writing?",
      type: 'boolean',
    },
  ],
  steps: [
    {
      id: 'suspicion',
      title: 'Suspicion of human trafficking or modern slavery',
      description:
        'Any Kirklees Council officer or partner agency can report a suspicion. No matter how small, the information could be essential in building a picture and safeguarding a potential victim.',
      source: {
        file: '004_bf7614aad86c36e6.txt',
        section: 'Reporting Suspicion',
      },
    },
    {
      id: 'emergencyResponse',
      title: 'Emergency reported on 999',
      description: 'Police informed of the emergency, threat to life or criminal activity.',
      source: {
        file: '004_bf7614aad86c36e6.txt',
        section: 'Reporting Suspicion',
      },
    },
    {
      id: 'safeguarding',
      title: 'Safeguarding procedures followed',
      description: "The adult or child at risk of harm is referred under your organisation's safeguarding procedures.",
      source: {
        file: '004_bf7614aad86c36e6.txt',
        section: 'Reporting Suspicion',
      },
    },
    {
      id: 'intelligenceSubmitted',
      title: 'Partner intelligence submitted',
      description:
        'Submitted through the portal (one shared log-on per partner organisation) to the central police triage team; access via XC.PIPaccess@westyorkshire.pnn.police.uk. The portal does not replace referral mechanisms.',
      source: {
        file: '004_bf7614aad86c36e6.txt',
        section: 'West Yorkshire Police - Intelligence Submission Partnership Portal',
      },
    },
    {
      id: 'helplineReport',
      title: 'Reported to the Modern Slavery Helpline',
      description: 'Modern Slavery Helpline 08000 121700, www.modernslaveryhelpline.org.',
      source: {
        file: '004_bf7614aad86c36e6.txt',
        section: 'Reporting Modern Slavery',
      },
    },
    {
      id: 'nrmDecision',
      title: 'NRM or Duty to Notify?',
      description:
        'Only First Responders refer into the NRM. An adult (over 18) needs to give written consent; no consent is needed for a child. If an adult does not consent, form MS1 is completed under section 52, anonymised if they do not consent to their details being shared. Duty to Notify is not used for children, nor when the victim enters the NRM.',
      source: {
        file: '004_bf7614aad86c36e6.txt',
        section: 'National Referral Mechanism Process Guide',
      },
    },
    {
      id: 'childProcedures',
      title: 'Kirklees Child Trafficking Procedures',
      description:
        "The child is referred to children's safeguarding under the Kirklees Child Trafficking Procedures (WY Procedures).",
      source: {
        file: '004_bf7614aad86c36e6.txt',
        section: 'Kirklees Child Trafficking Procedures',
      },
      terminal: true,
      actions: [
        {
          id: 'referToChildrensSocialCare',
          title: "Refer the child to children's social care under the child trafficking procedures",
          required: true,
          recordedBy: {
            roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
          },
          records: [
            {
              name: 'recipient',
              label: 'Who took the referral',
              type: 'text',
            },
            {
              name: 'reference',
              label: 'Their reference',
              type: 'text',
            },
          ],
          source: {
            file: '004_bf7614aad86c36e6.txt',
            section: 'Kirklees Child Trafficking Procedures',
          },
        },
      ],
    },
    {
      id: 'nrmReferred',
      title: 'Referred into the NRM',
      description: 'Referral made to a UK Competent Authority.',
      source: {
        file: '004_bf7614aad86c36e6.txt',
        section: 'National Referral Mechanism Process Guide',
      },
      terminal: true,
    },
    {
      id: 'dtnSubmitted',
      title: 'Duty to Notify (MS1) completed',
      description: 'Section 52 process followed.',
      source: {
        file: '004_bf7614aad86c36e6.txt',
        section: 'National Referral Mechanism Process Guide',
      },
      terminal: true,
    },
    {
      id: 'reported',
      title: 'Report made',
      description: 'The suspicion has been reported; no further action by this organisation.',
      source: {
        file: '004_bf7614aad86c36e6.txt',
        section: 'Reporting Suspicion',
      },
      terminal: true,
    },
  ],
  transitions: [
    {
      name: 'call999',
      label: 'Emergency, threat to life or criminal activity: ring 999',
      from: 'suspicion',
      to: 'emergencyResponse',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'emergency',
          equals: true,
        },
      ],
    },
    {
      name: 'followSafeguardingProcedures',
      label: 'Adult or child at risk of harm: follow your safeguarding procedures',
      from: ['suspicion', 'emergencyResponse'],
      to: 'safeguarding',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'atRiskOfHarm',
          equals: true,
        },
      ],
    },
    {
      name: 'submitPartnerIntelligence',
      label: 'Submit information through the WYP Intelligence Submission Partnership Portal',
      from: 'suspicion',
      to: 'intelligenceSubmitted',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'not an emergency (otherwise ring 999 first)',
          kind: 'fact',
          fact: 'emergency',
          equals: false,
        },
        {
          description: 'the partner agency has assessed the information as pertinent to West Yorkshire Police',
          kind: 'fact',
          fact: 'pertinentToPolice',
          equals: true,
        },
      ],
    },
    {
      name: 'reportToHelpline',
      label: 'Report to the Modern Slavery Helpline (08000 121700)',
      from: 'suspicion',
      to: 'helplineReport',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'not an emergency (otherwise ring 999 first)',
          kind: 'fact',
          fact: 'emergency',
          equals: false,
        },
      ],
    },
    {
      name: 'considerNrm',
      label: 'First Responder considers the NRM',
      from: ['emergencyResponse', 'safeguarding', 'intelligenceSubmitted', 'helplineReport'],
      to: 'nrmDecision',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
        firstResponderOnly: true,
      },
    },
    {
      name: 'closeReport',
      label: 'Report made: no further action by this organisation',
      from: ['emergencyResponse', 'safeguarding', 'intelligenceSubmitted', 'helplineReport'],
      to: 'reported',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
    },
    {
      name: 'submitNrmReferral',
      label: 'Refer the potential victim into the NRM',
      from: 'nrmDecision',
      to: 'nrmReferred',
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
          description: "an adult's consent is given in writing",
          kind: 'any',
          guards: [
            {
              kind: 'treatedAsChild',
              equals: true,
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
            {
              kind: 'fact',
              fact: 'consentInWriting',
              equals: true,
            },
          ],
        },
      ],
    },
    {
      name: 'followChildTraffickingProcedures',
      label: 'A child: follow the Kirklees Child Trafficking Procedures',
      from: ['suspicion', 'emergencyResponse', 'safeguarding', 'intelligenceSubmitted', 'helplineReport'],
      to: 'childProcedures',
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
      name: 'submitDutyToNotify',
      label: 'Complete form MS1 (section 52 Duty to Notify)',
      from: 'nrmDecision',
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
      ],
    },
  ],
  clocks: [],
};

export const kirkleesReportingV2 = definePathway(definition);
