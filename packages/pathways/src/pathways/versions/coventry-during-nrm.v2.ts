// coventry-during-nrm version 2, frozen as it was when the next version replaced it: tracks that
// started on it keep these rules (a running track never changes version). Never edit.
// Written by packages/pathways/scripts/freeze-version.ts.
import { definePathway } from '../../definition/load';
import type { PathwayDefinition } from '../../definition/schema';

const definition: PathwayDefinition = {
  id: 'coventry-during-nrm',
  version: 2,
  title: 'Coventry: During-NRM pathway',
  area: 'Coventry',
  source: {
    file: '002_85009a930093bd13.txt',
    section: '4.2.2 During NRM Pathway (flowchart)',
  },
  start: 'nrmSubmitted',
  facts: [
    {
      name: 'nrmSubmittedOn',
      label: 'Date the NRM referral was submitted',
      type: 'date',
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
      name: 'destitute',
      label: 'Is the victim destitute and in need of urgent support and/or accommodation?',
      type: 'boolean',
    },
    {
      name: 'wantsNrmSupport',
      label: 'Does the victim want NRM support and/or accommodation?',
      type: 'boolean',
    },
    {
      name: 'groundsForReconsideration',
      label: 'Are there discrepancies in the decision making, or new evidence that could change the decision?',
      type: 'boolean',
    },
    {
      name: 'rgReconsiderationOutcome',
      label: 'Outcome of the reconsideration',
      type: 'enum',
      values: ['reversed', 'upheld'],
    },
  ],
  steps: [
    {
      id: 'nrmSubmitted',
      title: 'NRM submission',
      description:
        "Is the victim destitute and in need of urgent support and/or accommodation? Contact CCC's Modern Slavery Lead.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.2 During NRM Pathway (flowchart)',
      },
      contacts: ['coventry-modern-slavery-lead', 'salvation-army-nrm-referrals'],
    },
    {
      id: 'awaitingRg',
      title: 'Await the Reasonable Grounds decision',
      description: 'The RG decision should take 1-2 weeks; it arrives by email.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.2 During NRM Pathway (flowchart)',
      },
    },
    {
      id: 'positiveRg',
      title: 'Positive RG decision',
      description:
        'Explain the decision with the explanatory resources. Does the victim want support and/or accommodation?',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.2 During NRM Pathway (flowchart)',
      },
      resources: ['nrm-explanatory-booklet'],
      contacts: ['salvation-army-nrm-referrals'],
    },
    {
      id: 'negativeRg',
      title: 'Negative RG decision',
      description:
        "Explain the decision and the victim's support entitlements (NRM Explanatory Booklet). Are there discrepancies in the decision making or new evidence?",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.2 During NRM Pathway (flowchart)',
      },
      resources: ['nrm-explanatory-booklet'],
    },
    {
      id: 'rgReconsideration',
      title: 'Reconsideration requested',
      description: "Submit any new information or evidence about the victim's experiences or circumstances.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.2 During NRM Pathway (flowchart)',
      },
    },
    {
      id: 'awaitingCg',
      title: 'Await the Conclusive Grounds decision',
      description: 'The CG decision takes at least 30 days, often much longer.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.2 During NRM Pathway (flowchart)',
      },
    },
    {
      id: 'cgDecided',
      title: 'Conclusive Grounds decision made',
      description: "Go to 'Post NRM Pathway'.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.2 During NRM Pathway (flowchart)',
      },
      terminal: true,
      handOff: 'coventry-post-nrm',
    },
    {
      id: 'alternativeSupport',
      title: 'Consider alternative support options',
      description: "Go to 'Access to Specialist Support' (a directory look-up).",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.2 During NRM Pathway (flowchart)',
      },
      terminal: true,
    },
  ],
  transitions: [
    {
      name: 'referToSalvationArmy',
      label: 'Refer the victim to The Salvation Army',
      from: 'nrmSubmitted',
      to: 'awaitingRg',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'destitute',
          equals: true,
        },
      ],
    },
    {
      name: 'awaitRg',
      label: 'Await the RG decision',
      from: 'nrmSubmitted',
      to: 'awaitingRg',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'destitute',
          equals: false,
        },
      ],
    },
    {
      name: 'rgPositive',
      label: 'Positive RG decision received',
      from: 'awaitingRg',
      to: 'positiveRg',
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
      from: 'awaitingRg',
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
      name: 'referForSupport',
      label: 'Refer to The Salvation Army for support and/or accommodation',
      from: 'positiveRg',
      to: 'awaitingCg',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'wantsNrmSupport',
          equals: true,
        },
      ],
    },
    {
      name: 'awaitCg',
      label: 'Await the CG decision',
      from: 'positiveRg',
      to: 'awaitingCg',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'wantsNrmSupport',
          equals: false,
        },
      ],
    },
    {
      name: 'recordCgDecision',
      label: 'CG decision received',
      from: 'awaitingCg',
      to: 'cgDecided',
      kind: 'decision',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      requiresFacts: ['cgOutcome', 'cgDecisionDate'],
    },
    {
      name: 'contactModernSlaveryLeadRg',
      label: "Contact the Council's Modern Slavery Lead for advice",
      from: 'negativeRg',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
    },
    {
      name: 'requestRgReconsideration',
      label: 'Submit a reconsideration request to the Competent Authority',
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
          description: 'there are discrepancies in the decision making or new evidence',
          kind: 'fact',
          fact: 'groundsForReconsideration',
          equals: true,
        },
        {
          description: "the Council's Modern Slavery Lead has been contacted for advice",
          kind: 'happened',
          event: 'contactModernSlaveryLeadRg',
        },
      ],
    },
    {
      name: 'rgDecisionReversed',
      label: 'Reconsideration: decision reversed',
      from: 'rgReconsideration',
      to: 'positiveRg',
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
    },
    {
      name: 'rgDecisionUpheld',
      label: 'Reconsideration refused: decision upheld',
      from: 'rgReconsideration',
      to: 'alternativeSupport',
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
    },
    {
      name: 'rgAlternativeSupport',
      label: "Consider alternative support options ('Access to Specialist Support')",
      from: 'negativeRg',
      to: 'alternativeSupport',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
    },
  ],
  clocks: [
    {
      id: 'rgExpected',
      label: 'Reasonable Grounds decision expected (1-2 weeks)',
      startOn: ['started'],
      stopOn: ['rgPositive', 'rgNegative'],
      anchorFact: 'nrmSubmittedOn',
      due: {
        calendarDays: 14,
      },
      onOverdue: {
        action: 'flag',
        note: 'the RG decision should take 1-2 weeks',
      },
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.2 During NRM Pathway (flowchart)',
      },
    },
    {
      id: 'minimumSupportPeriod',
      label: 'Minimum recovery period after +ve RG (at least 30 days; CG not expected before)',
      startOn: ['rgPositive', 'rgDecisionReversed'],
      stopOn: [],
      due: {
        calendarDays: 30,
      },
      onOverdue: {
        action: 'elapse',
        note: 'the minimum 30-day support period (Nationality and Borders Act 2022 s61) has passed',
      },
      source: {
        file: '002_85009a930093bd13.txt',
        section: '2.2.3 Nationality and Borders Act 2022; 4.2.2 flowchart',
      },
    },
    {
      id: 'rgReconsiderationWindow',
      label: 'Reconsideration request to the Competent Authority',
      startOn: ['rgNegative'],
      stopOn: ['requestRgReconsideration', 'rgAlternativeSupport'],
      anchorFact: 'rgDecisionDate',
      due: {
        calendarDays: 30,
      },
      onOverdue: {
        action: 'block',
        transitions: ['requestRgReconsideration'],
        note: 'reconsideration requests are due within 30 days of the decision',
        extendable: true,
      },
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.2 During NRM Pathway (flowchart)',
      },
    },
  ],
};

export const coventryDuringNrmV2 = definePathway(definition);
