// council-adult-referral version 2, frozen as it was when the next version replaced it: tracks that
// started on it keep these rules (a running track never changes version). Never edit.
// Written by packages/pathways/scripts/freeze-version.ts.
import { definePathway } from '../../definition/load';
import type { PathwayDefinition } from '../../definition/schema';

const definition: PathwayDefinition = {
  id: 'council-adult-referral',
  version: 2,
  title: 'Council adult referral process for victims of modern slavery',
  area: 'London council (generic)',
  source: {
    file: '000_d01e68b7f2580e43.txt',
    section: 'Steps 1-12',
  },
  start: 'identified',
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
      name: 'immediateThreat',
      label:
        'Is there an immediate threat, a need for emergency medical treatment, or is the PV still in the place of exploitation?',
      type: 'boolean',
    },
    {
      name: 'concernsInWriting',
      label: 'Have the concerns been put in writing for the audit trail?',
      type: 'boolean',
    },
    {
      name: 'immediateRisk',
      label: 'Is the PV at immediate risk after the urgent assessment?',
      type: 'boolean',
    },
    {
      name: 'nrpf',
      label: 'Does the PV have no recourse to public funds?',
      type: 'boolean',
    },
    {
      name: 'noOtherHousingDuty',
      label: 'Is there no duty to provide housing or support under other safeguarding or human rights legislation?',
      type: 'boolean',
    },
    {
      name: 'foreignNationalWithoutLeave',
      label: 'Is the PV a foreign national without leave to remain?',
      type: 'boolean',
    },
    {
      name: 'stillTargeted',
      label: 'Are they still being, or likely to be, targeted by their trafficker?',
      type: 'boolean',
    },
    {
      name: 'housed',
      label: 'Are they housed?',
      type: 'boolean',
    },
    {
      name: 'hasIncomeFoodAndClothes',
      label: 'Do they have income, food and warm clothes?',
      type: 'boolean',
    },
    {
      name: 'rgOutcome',
      label: 'Reasonable Grounds decision',
      type: 'enum',
      values: ['positive', 'negative'],
    },
    {
      name: 'rgDecisionDate',
      label: 'Date of the Reasonable Grounds decision',
      type: 'date',
    },
    {
      name: 'cgOutcome',
      label: 'Conclusive Grounds decision',
      type: 'enum',
      values: ['positive', 'negative'],
    },
    {
      name: 'cgDecisionDate',
      label: 'Date of the Conclusive Grounds decision',
      type: 'date',
    },
    {
      name: 'rgReconsiderationOutcome',
      label: 'Outcome of the RG reconsideration',
      type: 'enum',
      values: ['reversed', 'upheld'],
    },
    {
      name: 'cgReconsiderationOutcome',
      label: 'Outcome of the CG reconsideration',
      type: 'enum',
      values: ['reversed', 'upheld'],
    },
  ],
  steps: [
    {
      id: 'identified',
      title: 'Potential victim identified',
      description:
        'A professional identifies or is made aware of potential victim(s) of human trafficking and/or slavery (PV).',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 1',
      },
    },
    {
      id: 'crisisAssessment',
      title: 'Crisis risk assessment',
      description:
        'In an emergency (immediate threat to the PV or others, emergency medical treatment needed, or the PV still in the place of exploitation) call the police on 999. Queries: the Modern Slavery Helpline or the NCA. Interpreting: the council translation provider, e.g. Language Line.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 2',
      },
      contacts: [
        'police-emergency-999',
        'modern-slavery-helpline',
        'nca-queries',
        'london-council-translation',
        'language-line',
      ],
    },
    {
      id: 'spocHandover',
      title: 'Contact the Modern Slavery SPoC',
      description:
        'Contact the Modern Slavery Special Point of Contact or adult safeguarding lead as soon as possible. Once responsibility is handed over, put the concerns in writing for the audit trail. End of process for the initial referrer.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 3',
      },
      contacts: ['london-council-ms-spoc'],
    },
    {
      id: 'initialAssessment',
      title: 'Initial needs and risk assessment',
      description:
        'Urgent assessment within three hours: still targeted by the trafficker? housed? income, food and warm clothes? If at immediate risk, move to the NRM stage. Otherwise hold the strategy meeting within 24 hours: information on options, stabilising steps, safeguarding, safe housing, care and support, legal and third-sector support, interpreters; allocate a consistent advocate.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 4-5',
      },
      resources: ['trafficking-survivor-care-standards'],
    },
    {
      id: 'explainNrm',
      title: 'Explain the NRM to the PV',
      description:
        'Explain the national referral mechanism. For consent to be informed it may be appropriate to seek independent legal advice. Has the PV given informed consent to referral into the NRM?',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 6',
      },
      actions: [
        {
          id: 'pvSignsNrmForm',
          title: 'Get the PV to sign the adult NRM form',
          required: true,
          recordedBy: {
            roles: ['LEAD', 'CASEWORKER'],
          },
          blocks: ['submitNrmReferral'],
          source: {
            file: '000_d01e68b7f2580e43.txt',
            section: 'Step 7',
          },
        },
      ],
    },
    {
      id: 'dtnSubmitted',
      title: 'Duty to Notify (MS1) submitted',
      description:
        'Duty to Notify form MS1 sent to the Home Office, anonymised if the PV does not wish their personal details to be used. With support some PVs agree to enter the NRM later: see step 11, then review the NRM decision.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 5',
      },
      resources: ['duty-to-notify-form-ms1'],
      contacts: ['home-office-duty-to-notify-email'],
    },
    {
      id: 'nrmSubmitted',
      title: 'NRM referral submitted: awaiting the RG decision',
      description:
        'Adult NRM form completed and signed by the PV and emailed to the NCA (and to The Salvation Army if using TSA support). Pre-RG housing (Step 5 of the Process Guide): if the PV has NRPF and no other duty applies, contact The Salvation Army for accommodation and/or outreach, subject to assessment if destitute.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 7',
      },
      resources: ['nrm-referral-form', 'council-process-guide'],
      contacts: ['nca-nrm-email', 'salvation-army-nrm-form-copy', 'salvation-army-accommodation-outreach'],
    },
    {
      id: 'dlrOptions',
      title: 'Consider DLR options',
      description: 'Consider discretionary leave to remain options, then see step 11.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 10ii',
      },
    },
    {
      id: 'secondAssessment',
      title: 'Second needs and risk assessment',
      description:
        'Housing, benefits, ESOL, training, non-statutory support, legal needs including immigration. Safeguard the PV, reduce risks, prevent re-exploitation, provide safe housing where required. If the PV does not meet thresholds or has NRPF, consider international duties and convention rights and non-statutory support.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 11',
      },
    },
    {
      id: 'checkUps',
      title: 'Bi-monthly check-ups',
      description: "Review the PV's assessment every two months for at least 6 months.",
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 12',
      },
    },
    {
      id: 'closed',
      title: 'Case closed',
      description: 'Check-ups completed for at least six months.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 12',
      },
      terminal: true,
    },
    {
      id: 'childSafeguarding',
      title: "Child: children's safeguarding",
      description:
        "This is an adult process. A person treated as a child (including where age is uncertain and there is reason to believe they are a child) follows children's safeguarding procedures.",
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 4-5',
      },
      terminal: true,
      actions: [
        {
          id: 'referToMash',
          title: "Refer the child to the MASH / children's social care",
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
            file: '000_d01e68b7f2580e43.txt',
            section: 'Step 4-5',
          },
        },
      ],
    },
    {
      id: 'recoveryPeriod',
      title: 'Positive RG: 45-day recovery and reflection period',
      description:
        "If the PV is rehoused outside the borough the advocate contacts the TSA safe house's local authority, makes sure they have all documents and asks them to develop an exit plan; the original advocate follows up in 45 days. Awaiting the CG decision.",
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 9',
      },
    },
    {
      id: 'negativeRg',
      title: 'Negative RG decision',
      description: 'Reconsideration? Ask for the decision to be reconsidered, or consider alternative support.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 12 / Step 10i',
      },
    },
    {
      id: 'rgReconsideration',
      title: 'RG reconsideration requested',
      description: 'Waiting for the competent authority to reconsider the Reasonable Grounds decision.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 10i',
      },
    },
    {
      id: 'positiveCg',
      title: 'Positive CG decision',
      description:
        'Recovery needs and move-on support; for a foreign national without leave, consider discretionary leave to remain.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 10ii',
      },
    },
    {
      id: 'negativeCg',
      title: 'Negative CG decision',
      description: 'Reconsideration? Ask for the decision to be reconsidered, or consider alternative support.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 10i',
      },
    },
    {
      id: 'cgReconsideration',
      title: 'CG reconsideration requested',
      description: 'Waiting for the competent authority to reconsider the Conclusive Grounds decision.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 10i',
      },
    },
    {
      id: 'reconsiderationRefused',
      title: 'Reconsideration refused',
      description:
        'A refusal can be challenged by judicial review or, in some cases, at Tribunal on an immigration application.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 10i',
      },
    },
    {
      id: 'judicialReview',
      title: 'Judicial review or Tribunal challenge',
      description: 'The refusal is being challenged by judicial review or via Tribunal on an immigration application.',
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 10i',
      },
    },
  ],
  transitions: [
    {
      name: 'startCrisisAssessment',
      label: 'Carry out the crisis risk assessment',
      from: 'identified',
      to: 'crisisAssessment',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
    },
    {
      name: 'call999',
      label: 'Call the police on 999',
      from: ['identified', 'crisisAssessment', 'initialAssessment'],
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 2',
      },
    },
    {
      name: 'contactSpoc',
      label: 'Contact the Modern Slavery SPoC',
      from: 'crisisAssessment',
      to: 'spocHandover',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'the police were called on 999 when there is an immediate threat',
          kind: 'any',
          guards: [
            {
              kind: 'fact',
              fact: 'immediateThreat',
              equals: false,
            },
            {
              kind: 'happened',
              event: 'call999',
            },
          ],
        },
      ],
      requiresFacts: ['immediateThreat'],
    },
    {
      name: 'handOverToSpoc',
      label: 'Hand responsibility to the SPoC (end of process for the initial referrer)',
      from: 'spocHandover',
      to: 'initialAssessment',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'the concerns are in writing for the audit trail',
          kind: 'fact',
          fact: 'concernsInWriting',
          equals: true,
        },
      ],
    },
    {
      name: 'recordUrgentAssessment',
      label: 'Record the urgent assessment',
      from: 'initialAssessment',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      requiresFacts: ['stillTargeted', 'housed', 'hasIncomeFoodAndClothes', 'immediateRisk'],
    },
    {
      name: 'holdStrategyMeeting',
      label: 'Hold the initial needs and risk assessment strategy meeting',
      from: [
        'initialAssessment',
        'identified',
        'crisisAssessment',
        'spocHandover',
        'explainNrm',
        'nrmSubmitted',
        'negativeRg',
        'secondAssessment',
        'checkUps',
        'rgReconsideration',
        'reconsiderationRefused',
        'judicialReview',
        'recoveryPeriod',
        'negativeCg',
        'cgReconsideration',
        'positiveCg',
        'dlrOptions',
        'dtnSubmitted',
      ],
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 4-5',
      },
    },
    {
      name: 'moveToNrmStage',
      label: 'Move to the NRM stage: explain the NRM to the PV',
      from: 'initialAssessment',
      to: 'explainNrm',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          description: 'the urgent assessment is recorded',
          kind: 'happened',
          event: 'recordUrgentAssessment',
        },
        {
          description: 'the PV is at immediate risk, or the strategy meeting has been held',
          kind: 'any',
          guards: [
            {
              kind: 'fact',
              fact: 'immediateRisk',
              equals: true,
            },
            {
              kind: 'happened',
              event: 'holdStrategyMeeting',
            },
          ],
        },
      ],
    },
    {
      name: 'submitDutyToNotify',
      label: 'Complete and submit the Duty to Notify (MS1) form',
      from: 'explainNrm',
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
      name: 'declineNrmAgain',
      label: 'The PV still does not consent: back to the second assessment',
      from: 'explainNrm',
      to: 'secondAssessment',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          description: 'a Duty to Notify has already been made',
          kind: 'happened',
          event: 'submitDutyToNotify',
        },
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
      name: 'submitNrmReferral',
      label: 'Complete and submit the NRM referral',
      from: 'explainNrm',
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
      name: 'reviewAfterDtn',
      label: 'Carry out the second needs and risk assessment',
      from: 'dtnSubmitted',
      to: 'secondAssessment',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'reconsiderNrm',
      label: 'The PV may now agree to enter the NRM: explain it again',
      from: 'secondAssessment',
      to: 'explainNrm',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          description: 'the PV has not already been referred to the NRM',
          kind: 'not',
          guard: {
            kind: 'happened',
            transitionKind: 'nrmReferral',
          },
        },
      ],
    },
    {
      name: 'referToSalvationArmyHousing',
      label: 'Contact The Salvation Army for accommodation or outreach (pre-RG housing)',
      from: 'nrmSubmitted',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          description: 'the PV has NRPF and there is no other duty to house or support them',
          kind: 'all',
          guards: [
            {
              kind: 'fact',
              fact: 'nrpf',
              equals: true,
            },
            {
              kind: 'fact',
              fact: 'noOtherHousingDuty',
              equals: true,
            },
          ],
        },
      ],
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 7 (Pre RG housing)',
      },
    },
    {
      name: 'holdMultiAgencyMeeting',
      label: 'Hold a multi-agency meeting or refer into a mainstream group (MASH/MARAC) for a care plan',
      from: [
        'nrmSubmitted',
        'recoveryPeriod',
        'negativeRg',
        'rgReconsideration',
        'negativeCg',
        'cgReconsideration',
        'secondAssessment',
        'checkUps',
        'explainNrm',
        'dtnSubmitted',
        'reconsiderationRefused',
        'judicialReview',
        'positiveCg',
        'dlrOptions',
      ],
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 8',
      },
    },
    {
      name: 'rehousedOutOfBorough',
      label: 'PV rehoused outside the borough: contact the safe house local authority',
      from: 'recoveryPeriod',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 9',
      },
    },
    {
      name: 'advocateFollowUp',
      label: 'Original advocate follows up',
      from: [
        'recoveryPeriod',
        'positiveCg',
        'negativeCg',
        'negativeRg',
        'secondAssessment',
        'checkUps',
        'explainNrm',
        'nrmSubmitted',
        'rgReconsideration',
        'reconsiderationRefused',
        'judicialReview',
        'dtnSubmitted',
        'cgReconsideration',
        'dlrOptions',
      ],
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          description: 'the PV was rehoused outside the borough',
          kind: 'happened',
          event: 'rehousedOutOfBorough',
        },
      ],
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 9',
      },
    },
    {
      name: 'considerLeaveToRemain',
      label: 'Consider discretionary leave to remain options',
      from: 'positiveCg',
      to: 'dlrOptions',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'foreignNationalWithoutLeave',
          equals: true,
        },
      ],
    },
    {
      name: 'assessAfterDlr',
      label: 'Carry out the second needs and risk assessment',
      from: 'dlrOptions',
      to: 'secondAssessment',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'assessRecoveryNeeds',
      label: 'Carry out the second needs and risk assessment (move-on support)',
      from: 'positiveCg',
      to: 'secondAssessment',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'foreignNationalWithoutLeave',
          equals: false,
        },
      ],
    },
    {
      name: 'beginCheckUps',
      label: 'Begin two-monthly check-ups',
      from: 'secondAssessment',
      to: 'checkUps',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'recordCheckUp',
      label: "Review the PV's assessment (check-up)",
      from: 'checkUps',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'closeCase',
      label: 'Close the case',
      from: 'checkUps',
      to: 'closed',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          description: 'check-ups have run for at least 6 months',
          kind: 'elapsed',
          since: 'beginCheckUps',
          atLeast: {
            calendarMonths: 6,
          },
        },
      ],
    },
    {
      name: 'referToChildSafeguarding',
      label: "Treated as a child: follow children's safeguarding procedures instead",
      from: ['identified', 'crisisAssessment', 'spocHandover', 'initialAssessment', 'explainNrm'],
      to: 'childSafeguarding',
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
      name: 'rgPositive',
      label: 'Positive RG decision received',
      from: 'nrmSubmitted',
      to: 'recoveryPeriod',
      kind: 'decision',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'rgOutcome',
          equals: 'positive',
        },
      ],
      requiresFacts: ['rgDecisionDate'],
    },
    {
      name: 'rgNegative',
      label: 'Negative RG decision received',
      from: 'nrmSubmitted',
      to: 'negativeRg',
      kind: 'decision',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'rgOutcome',
          equals: 'negative',
        },
      ],
      requiresFacts: ['rgDecisionDate'],
    },
    {
      name: 'requestRgReconsideration',
      label: 'Ask for the RG decision to be reconsidered',
      from: 'negativeRg',
      to: 'rgReconsideration',
      kind: 'reconsiderationRequest',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'reconsideration follows a negative Reasonable Grounds decision',
          rule: 'reconsideration-after-negative',
          kind: 'fact',
          fact: 'rgOutcome',
          equals: 'negative',
        },
      ],
    },
    {
      name: 'rgDecisionReversed',
      label: 'Reconsideration: RG decision reversed',
      from: 'rgReconsideration',
      to: 'recoveryPeriod',
      kind: 'decision',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'rgReconsiderationOutcome',
          equals: 'reversed',
        },
      ],
      requiresFacts: [],
    },
    {
      name: 'rgDecisionUpheld',
      label: 'Reconsideration refused: RG decision upheld',
      from: 'rgReconsideration',
      to: 'reconsiderationRefused',
      kind: 'decision',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'rgReconsiderationOutcome',
          equals: 'upheld',
        },
      ],
      requiresFacts: [],
    },
    {
      name: 'rgAlternativeSupport',
      label: 'Consider alternative support options',
      from: 'negativeRg',
      to: 'secondAssessment',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'cgPositive',
      label: 'Positive CG decision received',
      from: 'recoveryPeriod',
      to: 'positiveCg',
      kind: 'decision',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'cgOutcome',
          equals: 'positive',
        },
      ],
      requiresFacts: ['cgDecisionDate'],
    },
    {
      name: 'cgNegative',
      label: 'Negative CG decision received',
      from: 'recoveryPeriod',
      to: 'negativeCg',
      kind: 'decision',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'cgOutcome',
          equals: 'negative',
        },
      ],
      requiresFacts: ['cgDecisionDate'],
    },
    {
      name: 'requestCgReconsideration',
      label: 'Ask for the CG decision to be reconsidered',
      from: 'negativeCg',
      to: 'cgReconsideration',
      kind: 'reconsiderationRequest',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'reconsideration follows a negative Conclusive Grounds decision',
          rule: 'reconsideration-after-negative',
          kind: 'fact',
          fact: 'cgOutcome',
          equals: 'negative',
        },
      ],
    },
    {
      name: 'cgDecisionReversed',
      label: 'Reconsideration: CG decision reversed',
      from: 'cgReconsideration',
      to: 'positiveCg',
      kind: 'decision',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'cgReconsiderationOutcome',
          equals: 'reversed',
        },
      ],
      requiresFacts: [],
    },
    {
      name: 'cgDecisionUpheld',
      label: 'Reconsideration refused: CG decision upheld',
      from: 'cgReconsideration',
      to: 'reconsiderationRefused',
      kind: 'decision',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'cgReconsiderationOutcome',
          equals: 'upheld',
        },
      ],
      requiresFacts: [],
    },
    {
      name: 'cgAlternativeSupport',
      label: 'Consider alternative support options',
      from: 'negativeCg',
      to: 'secondAssessment',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'seekJudicialReview',
      label: 'Challenge the refusal by judicial review (or Tribunal)',
      from: 'reconsiderationRefused',
      to: 'judicialReview',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'concludeJudicialReview',
      label: 'Judicial review concluded',
      from: 'judicialReview',
      to: 'secondAssessment',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'acceptRefusal',
      label: 'Accept the refusal; consider alternative support',
      from: 'reconsiderationRefused',
      to: 'secondAssessment',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
  ],
  clocks: [
    {
      id: 'urgentAssessment',
      label: 'Urgent assessment (still targeted? housed? income?)',
      startOn: ['started'],
      stopOn: ['recordUrgentAssessment'],
      due: {
        hours: 3,
      },
      onOverdue: {
        action: 'escalate',
        to: {
          label: 'Modern Slavery SPoC',
          role: 'LEAD',
        },
        note: 'the urgent assessment was due within 3 hours of identification',
      },
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 4-5',
      },
    },
    {
      id: 'strategyMeeting',
      label: 'Initial needs and risk assessment strategy meeting',
      startOn: ['started'],
      stopOn: ['holdStrategyMeeting'],
      due: {
        hours: 24,
      },
      onOverdue: {
        action: 'escalate',
        to: {
          label: 'Modern Slavery SPoC',
          role: 'LEAD',
        },
        note: 'the strategy meeting was due within 24 hours',
      },
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 4-5',
      },
    },
    {
      id: 'multiAgencyMeeting',
      label: 'Multi-agency meeting or referral into MASH/MARAC, care plan',
      startOn: ['submitNrmReferral'],
      stopOn: ['holdMultiAgencyMeeting'],
      due: {
        calendarDays: 35,
      },
      onOverdue: {
        action: 'escalate',
        to: {
          label: 'Modern Slavery SPoC',
          role: 'LEAD',
        },
        note: 'the care plan meeting was due within 35 days',
      },
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 8',
      },
    },
    {
      id: 'advocateFollowUp',
      label: 'Original advocate follows up after rehousing out of borough',
      startOn: ['rehousedOutOfBorough'],
      stopOn: ['advocateFollowUp'],
      due: {
        calendarDays: 45,
      },
      onOverdue: {
        action: 'flag',
        note: 'the original advocate should follow up within 45 days',
      },
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 9',
      },
    },
    {
      id: 'checkUp',
      label: 'Two-monthly check-up',
      startOn: ['beginCheckUps'],
      restartOn: ['recordCheckUp'],
      stopOn: ['closeCase'],
      due: {
        calendarMonths: 2,
      },
      onOverdue: {
        action: 'flag',
        note: "the PV's assessment is reviewed every two months",
      },
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 12',
      },
    },
    {
      id: 'rgReconsiderationWindow',
      label: 'Reconsideration request after a negative RG decision',
      startOn: ['rgNegative'],
      stopOn: ['requestRgReconsideration', 'rgAlternativeSupport'],
      anchorFact: 'rgDecisionDate',
      due: {
        calendarDays: 30,
      },
      onOverdue: {
        action: 'flag',
        note: 'the 30 days expected for a reconsideration request have passed; this document sets no limit, so a request may still be made',
      },
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.2 During NRM Pathway (flowchart)',
      },
    },
    {
      id: 'cgReconsiderationWindow',
      label: 'Reconsideration request after a negative CG decision',
      startOn: ['cgNegative'],
      stopOn: ['requestCgReconsideration', 'cgAlternativeSupport'],
      anchorFact: 'cgDecisionDate',
      due: {
        calendarDays: 30,
      },
      onOverdue: {
        action: 'flag',
        note: 'the 30 days expected for a reconsideration request have passed; this document sets no limit, so a request may still be made',
      },
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.2 During NRM Pathway (flowchart)',
      },
    },
    {
      id: 'recoveryAndReflection',
      label: '45-day recovery and reflection period',
      startOn: ['rgPositive', 'rgDecisionReversed'],
      stopOn: [],
      due: {
        calendarDays: 45,
      },
      onOverdue: {
        action: 'elapse',
        note: 'the 45-day recovery and reflection period has ended',
      },
      source: {
        file: '000_d01e68b7f2580e43.txt',
        section: 'Step 9',
      },
    },
  ],
};

export const councilAdultReferralV2 = definePathway(definition);
