// coventry-housing version 2, frozen as it was when the next version replaced it: tracks that
// started on it keep these rules (a running track never changes version). Never edit.
// Written by packages/pathways/scripts/freeze-version.ts.
import { definePathway } from '../../definition/load';
import type { PathwayDefinition } from '../../definition/schema';

const definition: PathwayDefinition = {
  id: 'coventry-housing',
  version: 2,
  title: 'Coventry: Access to Housing pathway',
  area: 'Coventry',
  source: {
    file: '002_85009a930093bd13.txt',
    section: '4.5 Access to Housing Pathway (flowchart)',
  },
  start: 'housingNeed',
  facts: [
    {
      name: 'rgOutcome',
      label: 'Reasonable Grounds decision',
      type: 'enum',
      values: ['positive', 'negative'],
    },
    {
      name: 'cgOutcome',
      label: 'Conclusive Grounds decision',
      type: 'enum',
      values: ['positive', 'negative'],
    },
    {
      name: 'roughSleeping',
      label: 'Is the victim currently rough sleeping?',
      type: 'boolean',
    },
    {
      name: 'nrpf',
      label: 'Does the victim have no recourse to public funds?',
      type: 'boolean',
    },
    {
      name: 'localConnection',
      label: 'Does the victim have a local connection to Coventry?',
      type: 'boolean',
    },
    {
      name: 'fleeingViolence',
      label:
        'Is the victim fleeing violence in their previous area (would they be at risk of violence if they returned)?',
      type: 'boolean',
    },
    {
      name: 'priorityNeed',
      label: 'Is the victim in priority need?',
      type: 'boolean',
    },
    {
      name: 'hasChildren',
      label: 'Does the victim have children?',
      type: 'boolean',
    },
    {
      name: 'nrpfAccommodation',
      label: 'Who accommodates the NRPF victim?',
      type: 'enum',
      values: ['nrmOnReferral', 'crmc', 'wmasnSafehouse', 'hopeAtHome'],
    },
  ],
  steps: [
    {
      id: 'housingNeed',
      title: 'Victim of modern slavery with a housing need',
      description: 'Is the victim currently rough sleeping?',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.5 Access to Housing Pathway (flowchart)',
      },
    },
    {
      id: 'roughSleepingOutreach',
      title: 'StreetLink referral',
      description: 'The Rough Sleeping Outreach Team finds the victim and offers short-term accommodation.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.5 Access to Housing Pathway (flowchart)',
      },
      contacts: ['streetlink'],
    },
    {
      id: 'housingAssessment',
      title: 'Local Authority Housing and Homelessness Services: Housing Assessment',
      description:
        "Recourse to public funds, local connection and priority need decide the duty owed. When assessing priority need, consider the survivor's particular vulnerability to re-exploitation (2.2.8).",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.5 Access to Housing Pathway (flowchart)',
      },
      contacts: ['coventry-housing'],
    },
    {
      id: 'nrpfOptions',
      title: 'NRPF: not eligible for LA homelessness assistance',
      description:
        "If the victim has children, refer to MASH for Children's Services to accommodate. The NRM may accommodate homeless NRPF victims without an asylum claim on referral; Coventry Refugee and Migrant Centre (subject to availability); West Midlands Anti Slavery Network safehouse for pre-NRM male adults; Hope at Home hosting subject to a positive RG or CG.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.5 Access to Housing Pathway (flowchart)',
      },
      contacts: ['coventry-mash', 'salvation-army-nrm-referrals', 'coventry-refugee-and-migrant-centre'],
    },
    {
      id: 'localConnectionCheck',
      title: 'RPF and homeless, no local connection to Coventry',
      description: 'Is the victim fleeing violence in their previous area?',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.5 Access to Housing Pathway (flowchart)',
      },
    },
    {
      id: 'priorityNeedDecision',
      title: 'RPF and homeless: priority need?',
      description: 'Relief duty applies; priority need decides whether temporary accommodation is offered.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.5 Access to Housing Pathway (flowchart)',
      },
    },
    {
      id: 'childrenAccommodated',
      title: "Children's Services accommodate",
      description: "Referral to MASH for Children's Services to accommodate.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.5 Access to Housing Pathway (flowchart)',
      },
      terminal: true,
      contacts: ['coventry-mash'],
    },
    {
      id: 'nrpfAccommodated',
      title: 'NRPF accommodation arranged',
      description: 'Accommodation through the NRM, CRMC, WMASN or Hope at Home.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.5 Access to Housing Pathway (flowchart)',
      },
      terminal: true,
    },
    {
      id: 'referredToConnectedAuthority',
      title: 'Relief duty referred',
      description: 'The relief duty is referred to the local authority where the connection is held.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.5 Access to Housing Pathway (flowchart)',
      },
      terminal: true,
    },
    {
      id: 'reliefDutyWithAccommodation',
      title: 'Relief duty: one offer of temporary accommodation',
      description: 'RPF, homeless and in priority need.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.5 Access to Housing Pathway (flowchart)',
      },
      terminal: true,
    },
    {
      id: 'reliefDutyNoAccommodation',
      title: 'Relief duty: no temporary accommodation duty',
      description: 'RPF and homeless but no priority need.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.5 Access to Housing Pathway (flowchart)',
      },
      terminal: true,
    },
  ],
  transitions: [
    {
      name: 'referToStreetLink',
      label: 'Complete a StreetLink referral',
      from: 'housingNeed',
      to: 'roughSleepingOutreach',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'roughSleeping',
          equals: true,
        },
      ],
    },
    {
      name: 'referToHousingServices',
      label: 'Refer to LA Housing and Homelessness Services',
      from: 'housingNeed',
      to: 'housingAssessment',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'roughSleeping',
          equals: false,
        },
      ],
    },
    {
      name: 'referAfterOutreach',
      label: 'Refer to LA Housing and Homelessness Services',
      from: 'roughSleepingOutreach',
      to: 'housingAssessment',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
    },
    {
      name: 'assessedNrpf',
      label: 'No recourse to public funds',
      from: 'housingAssessment',
      to: 'nrpfOptions',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'nrpf',
          equals: true,
        },
      ],
    },
    {
      name: 'assessedNoLocalConnection',
      label: 'RPF, homeless, no local connection',
      from: 'housingAssessment',
      to: 'localConnectionCheck',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'nrpf',
          equals: false,
        },
        {
          kind: 'fact',
          fact: 'localConnection',
          equals: false,
        },
      ],
    },
    {
      name: 'assessedLocalConnection',
      label: 'RPF, homeless, local connection',
      from: 'housingAssessment',
      to: 'priorityNeedDecision',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'nrpf',
          equals: false,
        },
        {
          kind: 'fact',
          fact: 'localConnection',
          equals: true,
        },
      ],
    },
    {
      name: 'fleeingViolenceReliefHere',
      label: 'Fleeing violence: relief duty in Coventry',
      from: 'localConnectionCheck',
      to: 'priorityNeedDecision',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'fleeingViolence',
          equals: true,
        },
      ],
    },
    {
      name: 'referToConnectedAuthority',
      label: 'Refer the relief duty to the authority of local connection',
      from: 'localConnectionCheck',
      to: 'referredToConnectedAuthority',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'fleeingViolence',
          equals: false,
        },
      ],
    },
    {
      name: 'reliefWithTemporaryAccommodation',
      label: 'Priority need: relief duty with one offer of temporary accommodation',
      from: 'priorityNeedDecision',
      to: 'reliefDutyWithAccommodation',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'priorityNeed',
          equals: true,
        },
      ],
    },
    {
      name: 'reliefWithoutTemporaryAccommodation',
      label: 'No priority need: relief duty, no temporary accommodation duty',
      from: 'priorityNeedDecision',
      to: 'reliefDutyNoAccommodation',
      allow: {
        roles: ['LEAD', 'CASEWORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'priorityNeed',
          equals: false,
        },
      ],
    },
    {
      name: 'referChildrenToMash',
      label: "Refer to MASH for Children's Services to accommodate",
      from: 'nrpfOptions',
      to: 'childrenAccommodated',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'hasChildren',
          equals: true,
        },
      ],
    },
    {
      name: 'arrangeNrpfAccommodation',
      label: 'Arrange accommodation for an NRPF victim',
      from: 'nrpfOptions',
      to: 'nrpfAccommodated',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'Hope at Home hosts only after a positive RG or CG decision',
          kind: 'any',
          guards: [
            {
              kind: 'not',
              guard: {
                kind: 'fact',
                fact: 'nrpfAccommodation',
                equals: 'hopeAtHome',
              },
            },
            {
              description: 'a positive Reasonable Grounds or Conclusive Grounds decision has been received',
              rule: 'positive-nrm-decision',
              kind: 'any',
              guards: [
                {
                  kind: 'fact',
                  fact: 'rgOutcome',
                  equals: 'positive',
                },
                {
                  kind: 'fact',
                  fact: 'cgOutcome',
                  equals: 'positive',
                },
              ],
            },
          ],
        },
      ],
      requiresFacts: ['nrpfAccommodation'],
    },
  ],
  clocks: [],
};

export const coventryHousingV2 = definePathway(definition);
