// hertfordshire-child version 2, frozen as it was when the next version replaced it: tracks that
// started on it keep these rules (a running track never changes version). Never edit.
// Written by packages/pathways/scripts/freeze-version.ts.
import { definePathway } from '../../definition/load';
import type { PathwayDefinition } from '../../definition/schema';

const definition: PathwayDefinition = {
  id: 'hertfordshire-child',
  version: 2,
  title: 'Child trafficking and modern slavery: HMSP child victim referral pathway',
  area: 'Hertfordshire',
  source: {
    file: '003_eef8dc0b317e2207.txt',
    section: '6-8 Protection, Trafficked Children from Abroad, Referring to the NRM',
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
      name: 'immediateDanger',
      label: 'Is the child, or anyone connected to them, in immediate danger?',
      type: 'boolean',
    },
    {
      name: 'missingContingencyPlan',
      label: "Does the child's care plan include a contingency plan to follow if the child goes missing?",
      type: 'boolean',
    },
    {
      name: 'carersPresentAtInterview',
      label: 'Were adults purporting to be carers present at the interview?',
      type: 'boolean',
    },
    {
      name: 'interpreter',
      label: 'Interpreter used',
      type: 'enum',
      values: ['notNeeded', 'professional', 'familyOrAccompanyingAdult'],
    },
    {
      name: 'nrmMeetingDecision',
      label: 'Multi-agency decision on NRM submission',
      type: 'enum',
      values: ['submit', 'doNotSubmit', 'disagreement'],
    },
    {
      name: 'leadFirstResponderAgreed',
      label: 'Has the meeting agreed the lead First Responder organisation?',
      type: 'boolean',
    },
    {
      name: 'escalationOutcome',
      label: 'Outcome of the escalation procedure',
      type: 'enum',
      values: ['submit', 'doNotSubmit'],
    },
    {
      name: 'beaconConsent',
      label: 'Does the child or guardian consent to a referral to Beacon?',
      type: 'boolean',
    },
    {
      name: 'beaconConsentGivenBy',
      label: 'Who consented to the referral to Beacon: the child or their guardian?',
      type: 'enum',
      values: ['child', 'guardian'],
    },
    {
      name: 'familyOrCarerSuspected',
      label: 'Is the exploitation suspected to be carried out by family members or care givers?',
      type: 'boolean',
    },
    {
      name: 'benefitsFromAdditionalSupport',
      label: 'Would the child benefit from additional support?',
      type: 'boolean',
    },
    {
      name: 'newInformationAvailable',
      label: 'Has more information about the case become available?',
      type: 'boolean',
    },
    {
      name: 'concernsAboutDecision',
      label: 'Are there concerns about the original decision?',
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
      title: 'Potential child victim identified',
      description:
        "Safety first: if at immediate risk keep the child where identified while speaking to children's services and the police. Meet urgent health needs, arrange safe accommodation, early legal advice and a suitable interpreter; seek advice from the 24/7 Modern Slavery Helpline. Never raise concerns with, or translate through, family members, care givers or anyone accompanying the child.",
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '6.4 Immediate Actions; 8.5 Specific Protocols',
      },
      resources: ['hmsp-victim-referral-pathways-guidance', 'trafficked-children-toolkit'],
      contacts: [
        'police-emergency-999',
        'modern-slavery-helpline',
        'herts-childrens-safeguarding-team',
        'herts-child-protection-referral-online',
      ],
    },
    {
      id: 'awaitingOutcome',
      title: "Children's services notified: awaiting reference and outcome",
      description:
        "Call HCC Children's Safeguarding team (24 hours) and follow the call up with the electronic form; the team confirms the contact with a unique reference number, and the outcome is notified within 24 hours.",
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.11 HMSP Child Victim Referral Pathway, box 1',
      },
      resources: ['hcc-electronic-form'],
      contacts: ['herts-childrens-safeguarding-team'],
    },
    {
      id: 'strategyDiscussion',
      title: 'Strategy discussion and section 47 enquiries',
      description:
        'Decide whether to interview the child jointly. Never interview the child together with family members or carers. Use approved, DBS-checked interpreters, never the sponsor or an adult purporting to be a parent, guardian or relative.',
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '6.7 Strategy Discussion and Section 47 Enquiries',
      },
    },
    {
      id: 'multiAgencyMeeting',
      title: 'Multi-agency meeting (STRAT or MARM)',
      description:
        'Convened by the social worker with the supervising manager, the referrer if appropriate, the police and others. Decides the plan, including whether to submit the NRM form and which First Responder organisation leads the submission. No further action before agreement.',
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '6.8 Multi-Agency Meeting; 8.11 HMSP pathway, boxes 2-3',
      },
    },
    {
      id: 'escalation',
      title: 'Escalation: practitioners disagree about the NRM',
      description: "Hertfordshire Safeguarding Children's Partnership escalation procedure.",
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.5 Specific Protocols; 8.6 HSCP Escalation Procedure',
      },
    },
    {
      id: 'nrmToSubmit',
      title: 'NRM submission agreed',
      description:
        'The lead First Responder submits the NRM form online with input from the other organisations, including the HCC Child Safeguarding case reference. Locally only the Local Authority and Police are First Responders. No consent is needed for a child; an age assessment must not delay the referral.',
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.7 NRM Submission; 8.2; 8.3 Consent',
      },
      resources: [
        'nrm-referral-form',
        'nrm-offline-form',
        'how-to-report-first-responder-factsheet',
        'tcs-clear-nrm-referral-guidelines',
      ],
    },
    {
      id: 'nrmSubmitted',
      title: 'NRM submitted: awaiting the RG decision',
      description:
        "The Home Office emails a reference number. Support is provided through children's services rather than NRM subcontractors. The lead organisation refers to Beacon if the child or guardian consents and the child would benefit.",
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.7 NRM Submission; 8.11 HMSP pathway, box 4',
      },
      resources: ['hmsp-nrm-support-booklet'],
      contacts: ['beacon-hertfordshire', 'sca-further-information'],
    },
    {
      id: 'nextSteps',
      title: 'Next steps case by case',
      description: 'Next steps for the child are determined on a case-by-case basis.',
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.11 HMSP pathway, box 5',
      },
      terminal: true,
    },
    {
      id: 'adultServices',
      title: 'Age assessment: not a child',
      description:
        'A Merton-compliant age assessment found the person to be an adult: follow the adult pathway, where consent is needed.',
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '7.4 Age Assessments',
      },
      terminal: true,
    },
    {
      id: 'recoveryPeriod',
      title: '+ve RG: awaiting the CG decision',
      description: "Support continues through children's services.",
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.10; 8.5',
      },
    },
    {
      id: 'negativeRg',
      title: '-ve RG',
      description: 'Consider a reconsideration request, or next steps.',
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.9 Submitting a Reconsideration Request',
      },
    },
    {
      id: 'rgReconsideration',
      title: 'RG reconsideration requested',
      description:
        "Any organisation may ask the Single Competent Authority when more information is available and there are concerns about the decision; include relevant events, misapplied guidance, added indicators and the young person's views.",
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.9 Submitting a Reconsideration Request',
      },
      resources: ['tcs-nrm-reconsideration-template'],
      contacts: ['sca-reconsideration'],
    },
    {
      id: 'positiveCg',
      title: '+ve CG',
      description: 'A positive CG can support leave to remain and a section 45 defence.',
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.10; 6.10 Statutory Defence',
      },
    },
    {
      id: 'negativeCg',
      title: '-ve CG',
      description: 'Consider a reconsideration request, or next steps.',
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.9 Submitting a Reconsideration Request',
      },
    },
    {
      id: 'cgReconsideration',
      title: 'CG reconsideration requested',
      description:
        "Any organisation may ask the Single Competent Authority when more information is available and there are concerns about the decision; include relevant events, misapplied guidance, added indicators and the young person's views.",
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.9 Submitting a Reconsideration Request',
      },
      resources: ['tcs-nrm-reconsideration-template'],
      contacts: ['sca-reconsideration'],
    },
    {
      id: 'reconsiderationRefused',
      title: 'Reconsideration refused',
      description: 'Decide next steps for the child.',
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.9 Submitting a Reconsideration Request',
      },
    },
  ],
  transitions: [
    {
      name: 'call999',
      label: 'Child or someone connected in immediate danger: contact the police',
      from: [
        'identified',
        'awaitingOutcome',
        'strategyDiscussion',
        'multiAgencyMeeting',
        'escalation',
        'nrmToSubmit',
        'nrmSubmitted',
        'recoveryPeriod',
      ],
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
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '6.4 Immediate Actions',
      },
    },
    {
      name: 'notifyChildrensServices',
      label: "Notify HCC Children's Services",
      from: 'identified',
      to: 'awaitingOutcome',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'the police were contacted when the child is in immediate danger',
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
      name: 'recordReference',
      label: 'Record the unique reference number',
      from: 'awaitingOutcome',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
    },
    {
      name: 'recordContactOutcome',
      label: 'Outcome of the contact received',
      from: 'awaitingOutcome',
      to: 'strategyDiscussion',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          description: 'the unique reference number is recorded',
          kind: 'happened',
          event: 'recordReference',
        },
      ],
    },
    {
      name: 'recordUkviReferral',
      label: "UKVI refers the child to children's social care and the NRM",
      from: ['identified', 'awaitingOutcome'],
      stays: true,
      allow: {
        roles: ['CASEWORKER', 'LEAD'],
        organisationKinds: ['GOVERNMENT', 'COUNCIL'],
      },
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '7.5 Supporting the Child',
      },
    },
    {
      name: 'confirmUkviReferralInWriting',
      label: "UKVI confirms the referral to children's social care in writing",
      from: [
        'identified',
        'awaitingOutcome',
        'strategyDiscussion',
        'multiAgencyMeeting',
        'escalation',
        'nrmToSubmit',
        'nrmSubmitted',
        'recoveryPeriod',
        'negativeRg',
        'rgReconsideration',
        'reconsiderationRefused',
        'negativeCg',
        'cgReconsideration',
        'positiveCg',
      ],
      stays: true,
      allow: {
        roles: ['CASEWORKER', 'LEAD'],
        organisationKinds: ['GOVERNMENT', 'COUNCIL'],
      },
      guards: [
        {
          kind: 'happened',
          event: 'recordUkviReferral',
        },
      ],
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '7.5 Supporting the Child',
      },
    },
    {
      name: 'recordPlacedInCare',
      label: 'Child from abroad placed in care',
      from: [
        'awaitingOutcome',
        'strategyDiscussion',
        'multiAgencyMeeting',
        'escalation',
        'nrmToSubmit',
        'nrmSubmitted',
        'recoveryPeriod',
      ],
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          description: 'the care plan includes a contingency plan to follow if the child goes missing (7.2)',
          kind: 'fact',
          fact: 'missingContingencyPlan',
          equals: true,
        },
      ],
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '4.3; 7.2; 7.4 Age Assessments',
      },
    },
    {
      name: 'recordMissing',
      label: 'The child has gone missing',
      from: [
        'identified',
        'awaitingOutcome',
        'strategyDiscussion',
        'multiAgencyMeeting',
        'escalation',
        'nrmToSubmit',
        'nrmSubmitted',
        'recoveryPeriod',
      ],
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '7.1; 7.2',
      },
    },
    {
      name: 'reportMissingToPolice',
      label: 'Missing child reported to the police',
      from: [
        'identified',
        'awaitingOutcome',
        'strategyDiscussion',
        'multiAgencyMeeting',
        'escalation',
        'nrmToSubmit',
        'nrmSubmitted',
        'recoveryPeriod',
        'negativeCg',
        'cgReconsideration',
        'reconsiderationRefused',
        'positiveCg',
        'negativeRg',
        'rgReconsideration',
      ],
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'the child was recorded as missing',
          kind: 'happened',
          event: 'recordMissing',
        },
      ],
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '7.1',
      },
    },
    {
      name: 'recordReturned',
      label: 'The missing child is found or has returned',
      from: [
        'identified',
        'awaitingOutcome',
        'strategyDiscussion',
        'multiAgencyMeeting',
        'escalation',
        'nrmToSubmit',
        'nrmSubmitted',
        'recoveryPeriod',
      ],
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'the missing child was reported to the police',
          kind: 'happened',
          event: 'reportMissingToPolice',
        },
      ],
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '7.1; 7.2',
      },
    },
    {
      name: 'completeOfflineNrmForm',
      label: 'Complete the offline NRM form for the First Responder',
      from: [
        'identified',
        'awaitingOutcome',
        'strategyDiscussion',
        'multiAgencyMeeting',
        'escalation',
        'nrmToSubmit',
        'nrmSubmitted',
        'recoveryPeriod',
      ],
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.11 HMSP Child Victim Referral Pathway, note; 8.7 NRM Submission',
      },
    },
    {
      name: 'recordInterview',
      label: 'Interview the child',
      from: ['strategyDiscussion', 'multiAgencyMeeting'],
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          description: 'the child is interviewed apart from the adults purporting to be carers',
          kind: 'fact',
          fact: 'carersPresentAtInterview',
          equals: false,
        },
        {
          description: 'any interpreter is a professional, never family, a sponsor or an accompanying adult',
          kind: 'oneOf',
          fact: 'interpreter',
          values: ['notNeeded', 'professional'],
        },
      ],
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '6.7; 7.5; 7.6',
      },
    },
    {
      name: 'recordAgeAssessment',
      label: 'Record a Merton-compliant age assessment',
      from: [
        'awaitingOutcome',
        'strategyDiscussion',
        'multiAgencyMeeting',
        'escalation',
        'nrmToSubmit',
        'nrmSubmitted',
        'recoveryPeriod',
      ],
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      requiresFacts: ['ageAssessmentOutcome'],
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '7.4 Age Assessments',
      },
    },
    {
      name: 'ageAssessedAdult',
      label: 'Age assessment: an adult',
      from: ['awaitingOutcome', 'strategyDiscussion', 'multiAgencyMeeting', 'escalation', 'nrmToSubmit'],
      to: 'adultServices',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'ageAssessmentOutcome',
          equals: 'adult',
        },
      ],
    },
    {
      name: 'scheduleMultiAgencyMeeting',
      label: 'Schedule the multi-agency meeting (STRAT or MARM)',
      from: 'strategyDiscussion',
      to: 'multiAgencyMeeting',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'agreeNrmSubmission',
      label: 'Meeting agrees to submit the NRM and names the lead First Responder',
      from: 'multiAgencyMeeting',
      to: 'nrmToSubmit',
      kind: 'meetingOutcome',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'nrmMeetingDecision',
          equals: 'submit',
        },
        {
          description: 'the lead First Responder organisation is agreed',
          kind: 'fact',
          fact: 'leadFirstResponderAgreed',
          equals: true,
        },
      ],
    },
    {
      name: 'escalateDisagreement',
      label: 'Practitioners disagree: follow the escalation procedure',
      from: 'multiAgencyMeeting',
      to: 'escalation',
      kind: 'meetingOutcome',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'nrmMeetingDecision',
          equals: 'disagreement',
        },
      ],
    },
    {
      name: 'agreeNoNrm',
      label: 'Meeting agrees no NRM submission (no longer a suspected victim)',
      from: 'multiAgencyMeeting',
      to: 'nextSteps',
      kind: 'meetingOutcome',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'nrmMeetingDecision',
          equals: 'doNotSubmit',
        },
      ],
    },
    {
      name: 'escalationResolvedSubmit',
      label: 'Escalation resolved: submit the NRM',
      from: 'escalation',
      to: 'nrmToSubmit',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'escalationOutcome',
          equals: 'submit',
        },
        {
          description: 'the lead First Responder organisation is agreed',
          kind: 'fact',
          fact: 'leadFirstResponderAgreed',
          equals: true,
        },
      ],
    },
    {
      name: 'escalationResolvedNoNrm',
      label: 'Escalation resolved: no NRM submission',
      from: 'escalation',
      to: 'nextSteps',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'escalationOutcome',
          equals: 'doNotSubmit',
        },
      ],
    },
    {
      name: 'submitNrmReferral',
      label: 'Lead First Responder submits the NRM form online',
      from: 'nrmToSubmit',
      to: 'nrmSubmitted',
      kind: 'nrmReferral',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
        firstResponderOnly: true,
        organisationKinds: ['COUNCIL', 'POLICE'],
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
      name: 'referToBeacon',
      label: 'Refer to Beacon for additional support',
      from: ['nrmSubmitted', 'recoveryPeriod', 'positiveCg'],
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          description:
            "the child or guardian consents to a referral to Beacon, and who consented is recorded (a suspected guardian's consent does not count)",
          rule: 'beacon-consent',
          kind: 'all',
          guards: [
            {
              kind: 'fact',
              fact: 'beaconConsent',
              equals: true,
            },
            {
              kind: 'any',
              guards: [
                {
                  kind: 'fact',
                  fact: 'beaconConsentGivenBy',
                  equals: 'child',
                },
                {
                  description: "a guardian's consent counts only when family or carers are not suspected",
                  rule: 'family-or-carer-suspected',
                  kind: 'all',
                  guards: [
                    {
                      kind: 'fact',
                      fact: 'beaconConsentGivenBy',
                      equals: 'guardian',
                    },
                    {
                      kind: 'not',
                      guard: {
                        kind: 'fact',
                        fact: 'familyOrCarerSuspected',
                        equals: true,
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
          description: 'the child would benefit from additional support',
          kind: 'fact',
          fact: 'benefitsFromAdditionalSupport',
          equals: true,
        },
      ],
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.3 Consent; 8.11 HMSP pathway, box 4',
      },
    },
    {
      name: 'planNextSteps',
      label: 'Plan next steps for the child',
      from: 'positiveCg',
      to: 'nextSteps',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
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
        {
          description: 'more information is available and there are concerns about the original decision (8.9)',
          kind: 'all',
          guards: [
            {
              kind: 'fact',
              fact: 'newInformationAvailable',
              equals: true,
            },
            {
              kind: 'fact',
              fact: 'concernsAboutDecision',
              equals: true,
            },
          ],
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
      to: 'nextSteps',
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
        {
          description: 'more information is available and there are concerns about the original decision (8.9)',
          kind: 'all',
          guards: [
            {
              kind: 'fact',
              fact: 'newInformationAvailable',
              equals: true,
            },
            {
              kind: 'fact',
              fact: 'concernsAboutDecision',
              equals: true,
            },
          ],
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
      to: 'nextSteps',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
    {
      name: 'acceptRefusal',
      label: 'Accept the refusal; consider alternative support',
      from: 'reconsiderationRefused',
      to: 'nextSteps',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
    },
  ],
  clocks: [
    {
      id: 'notifyChildrensServices',
      label: "Notify HCC Children's Services immediately (at the latest within 24 hours)",
      startOn: ['started'],
      stopOn: ['notifyChildrensServices'],
      due: {
        hours: 24,
      },
      onOverdue: {
        action: 'escalate',
        to: {
          label: "HCC Children's Safeguarding",
          areaOversight: true,
          contact: 'herts-childrens-safeguarding-team',
        },
        note: "children's services must be notified within 24 hours",
      },
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.5 Specific Protocols',
      },
    },
    {
      id: 'outcomeOfContact',
      label: "Outcome of the contact from children's services",
      startOn: ['notifyChildrensServices'],
      stopOn: ['recordContactOutcome'],
      due: {
        hours: 24,
      },
      onOverdue: {
        action: 'escalate',
        to: {
          label: "HCC Children's Safeguarding",
          areaOversight: true,
          contact: 'herts-childrens-safeguarding-team',
        },
        note: 'the outcome is to be notified within 24 hours',
      },
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '8.11 HMSP Child Victim Referral Pathway, box 1',
      },
    },
    {
      id: 'ukviWrittenConfirmation',
      label: "UKVI confirms the referral to children's social care in writing",
      startOn: ['recordUkviReferral'],
      stopOn: ['confirmUkviReferralInWriting'],
      due: {
        hours: 48,
      },
      onOverdue: {
        action: 'escalate',
        to: {
          label: 'the lead, to chase UK Visas and Immigration',
          role: 'LEAD',
        },
        note: 'written confirmation is always due within 48 hours',
      },
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '7.5 Supporting the Child',
      },
    },
    {
      id: 'missingPoliceReport',
      label: 'Missing child reported to the police urgently (within 1 hour)',
      startOn: ['recordMissing'],
      stopOn: ['reportMissingToPolice'],
      due: {
        hours: 1,
      },
      onOverdue: {
        action: 'escalate',
        to: {
          label: 'the lead',
          role: 'LEAD',
        },
        note: 'a trafficked child who goes missing is reported to the police urgently',
      },
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '7.1',
      },
    },
    {
      id: 'missingRiskWindow',
      label: 'Highest risk of going missing (first 72 hours in care)',
      startOn: ['recordPlacedInCare'],
      stopOn: [],
      due: {
        hours: 72,
      },
      onOverdue: {
        action: 'elapse',
        note: 'the first 72 hours in care, when the risk of going missing is highest, have passed',
      },
      source: {
        file: '003_eef8dc0b317e2207.txt',
        section: '4.3; 7.4 Age Assessments',
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
  ],
};

export const hertfordshireChildV2 = definePathway(definition);
