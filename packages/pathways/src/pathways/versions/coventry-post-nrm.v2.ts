// coventry-post-nrm version 2, frozen as it was when the next version replaced it: tracks that
// started on it keep these rules (a running track never changes version). Never edit.
// Written by packages/pathways/scripts/freeze-version.ts.
import { definePathway } from '../../definition/load';
import type { PathwayDefinition } from '../../definition/schema';

const definition: PathwayDefinition = {
  id: 'coventry-post-nrm',
  version: 2,
  title: 'Coventry: Post-NRM pathway',
  area: 'Coventry',
  source: {
    file: '002_85009a930093bd13.txt',
    section: '4.2.3 Post NRM Pathway (flowchart)',
  },
  start: 'cgDecided',
  facts: [
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
      name: 'foreignNationalWithoutLeave',
      label: 'Is the survivor a foreign national with no existing leave to remain?',
      type: 'boolean',
    },
    {
      name: 'receivingNrmSupport',
      label: 'Is the victim receiving NRM support?',
      type: 'boolean',
    },
    {
      name: 'outstandingSupportNeeds',
      label: 'Did the Recovery Needs Assessment find outstanding support needs?',
      type: 'boolean',
    },
    {
      name: 'askedToLeaveAccommodation',
      label: 'Has the victim been asked to leave NRM accommodation?',
      type: 'boolean',
    },
    {
      name: 'groundsForReconsideration',
      label: 'Are there discrepancies in the decision making, or new evidence that could change the decision?',
      type: 'boolean',
    },
    {
      name: 'cgReconsiderationOutcome',
      label: 'Outcome of the reconsideration',
      type: 'enum',
      values: ['reversed', 'upheld'],
    },
  ],
  steps: [
    {
      id: 'cgDecided',
      title: 'Conclusive Grounds decision made',
      description: 'Explain the decision to the victim with the explanatory resources.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.3 Post NRM Pathway (flowchart)',
      },
      resources: ['nrm-explanatory-booklet'],
      contacts: ['coventry-modern-slavery-lead'],
    },
    {
      id: 'positiveCg',
      title: 'Positive CG decision',
      description:
        'If receiving NRM support, the Support Provider undertakes a Recovery Needs Assessment. The Home Office considers leave to remain of up to 30 months for foreign survivors with no existing leave.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.3 Post NRM Pathway (flowchart)',
      },
    },
    {
      id: 'negativeCg',
      title: 'Negative CG decision',
      description: 'Are there discrepancies in the decision making, or new evidence that could change the decision?',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.3 Post NRM Pathway (flowchart)',
      },
    },
    {
      id: 'cgReconsideration',
      title: 'Reconsideration requested',
      description: 'Waiting for the Competent Authority.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.3 Post NRM Pathway (flowchart)',
      },
    },
    {
      id: 'moveOnSupport',
      title: '45 days of move-on support',
      description: 'No outstanding support needs: 45 days of support before exiting the service.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.3 Post NRM Pathway (flowchart)',
      },
    },
    {
      id: 'continuingSupport',
      title: 'NRM support continues',
      description: 'Outstanding support needs: the NRM continues to provide support.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.3 Post NRM Pathway (flowchart)',
      },
    },
    {
      id: 'housingReferral',
      title: 'Refer to Housing',
      description: 'Asked to leave NRM accommodation: the victim may approach the Council for a Housing Assessment.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.3 Post NRM Pathway (flowchart)',
      },
      terminal: true,
      handOff: 'coventry-housing',
      contacts: ['coventry-housing'],
    },
    {
      id: 'supportEnded',
      title: 'NRM support ended',
      description: "Contact CCC's Modern Slavery Lead.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.3 Post NRM Pathway (flowchart)',
      },
      terminal: true,
    },
    {
      id: 'alternativeSupport',
      title: 'Consider alternative support options',
      description: "Go to 'Access to Specialist Support' (a directory look-up).",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.3 Post NRM Pathway (flowchart)',
      },
      terminal: true,
    },
  ],
  transitions: [
    {
      name: 'cgPositive',
      label: 'Positive CG decision',
      from: 'cgDecided',
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
      label: 'Negative CG decision',
      from: 'cgDecided',
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
      name: 'considerLeaveToRemain',
      label: 'Home Office consideration for leave to remain',
      from: ['positiveCg', 'moveOnSupport', 'continuingSupport'],
      stays: true,
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
      name: 'moveOn',
      label: 'No outstanding needs: 45 days of move-on support',
      from: 'positiveCg',
      to: 'moveOnSupport',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'receivingNrmSupport',
          equals: true,
        },
        {
          kind: 'fact',
          fact: 'outstandingSupportNeeds',
          equals: false,
        },
      ],
    },
    {
      name: 'continueSupport',
      label: 'Outstanding needs: NRM support continues',
      from: 'positiveCg',
      to: 'continuingSupport',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'receivingNrmSupport',
          equals: true,
        },
        {
          kind: 'fact',
          fact: 'outstandingSupportNeeds',
          equals: true,
        },
      ],
    },
    {
      name: 'notInNrmSupport',
      label: "Not receiving NRM support: contact CCC's Modern Slavery Lead",
      from: 'positiveCg',
      to: 'supportEnded',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'receivingNrmSupport',
          equals: false,
        },
      ],
    },
    {
      name: 'exitNrmSupport',
      label: 'Exit the NRM service after 45 days',
      from: 'moveOnSupport',
      to: 'supportEnded',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: '45 days of move-on support have been given',
          kind: 'elapsed',
          since: 'moveOn',
          atLeast: {
            calendarDays: 45,
          },
        },
      ],
    },
    {
      name: 'supportConcluded',
      label: 'NRM support concluded',
      from: 'continuingSupport',
      to: 'supportEnded',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
    },
    {
      name: 'referToHousing',
      label: 'Refer to Housing for a Housing Assessment',
      from: ['positiveCg', 'moveOnSupport', 'continuingSupport'],
      to: 'housingReferral',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'askedToLeaveAccommodation',
          equals: true,
        },
      ],
    },
    {
      name: 'referToHousingAfterNegativeCg',
      label: 'Asked to leave NRM accommodation: refer to Housing for a Housing Assessment',
      from: ['negativeCg', 'cgReconsideration'],
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'askedToLeaveAccommodation',
          equals: true,
        },
      ],
      description:
        "Start the Housing pathway (coventry-housing) for the case: 'asked to leave NRM accommodation… Housing Assessment'.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.3 Post NRM Pathway (flowchart)',
      },
    },
    {
      name: 'contactModernSlaveryLeadCg',
      label: "Contact the Council's Modern Slavery Lead for advice",
      from: 'negativeCg',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
    },
    {
      name: 'requestCgReconsideration',
      label: 'Submit a reconsideration request to the Competent Authority',
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
          description: 'there are discrepancies in the decision making or new evidence',
          kind: 'fact',
          fact: 'groundsForReconsideration',
          equals: true,
        },
        {
          description: "the Council's Modern Slavery Lead has been contacted for advice",
          kind: 'happened',
          event: 'contactModernSlaveryLeadCg',
        },
      ],
    },
    {
      name: 'cgDecisionReversed',
      label: 'Reconsideration: decision reversed',
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
    },
    {
      name: 'cgDecisionUpheld',
      label: 'Reconsideration refused: decision upheld',
      from: 'cgReconsideration',
      to: 'alternativeSupport',
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
    },
    {
      name: 'cgAlternativeSupport',
      label: "Consider alternative support options ('Access to Specialist Support')",
      from: 'negativeCg',
      to: 'alternativeSupport',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
    },
  ],
  clocks: [
    {
      id: 'moveOnSupport',
      label: '45 days of move-on support',
      startOn: ['moveOn'],
      stopOn: ['referToHousing', 'exitNrmSupport'],
      due: {
        calendarDays: 45,
      },
      onOverdue: {
        action: 'elapse',
        note: 'the 45 days of move-on support have ended: exit the service',
      },
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.3 Post NRM Pathway (flowchart)',
      },
    },
    {
      id: 'cgReconsiderationWindow',
      label: 'Reconsideration request to the Competent Authority',
      startOn: ['cgNegative'],
      stopOn: ['requestCgReconsideration', 'cgAlternativeSupport'],
      anchorFact: 'cgDecisionDate',
      due: {
        calendarDays: 30,
      },
      onOverdue: {
        action: 'block',
        transitions: ['requestCgReconsideration'],
        note: 'reconsideration requests are due within 30 days of the decision',
        extendable: true,
      },
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.2.3 Post NRM Pathway (flowchart)',
      },
    },
  ],
};

export const coventryPostNrmV2 = definePathway(definition);
