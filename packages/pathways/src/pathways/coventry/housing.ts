// 002 4.5 Access to Housing pathway (flowchart image13): rough sleeping ->
// StreetLink; otherwise Housing Assessment; NRPF options; local connection
// (unless fleeing violence); priority need decides the relief duty offer.
import { any, is, not } from '../../definition/guards';
import { anyoneOnTheCase, caseOwners, HARD_RULE_FACTS } from '../../definition/hard-rules';
import { definePathway } from '../../definition/load';
import { positiveNrmDecisionRule } from '../../definition/service-referral-rules';
import { bool, compose, oneOfValues } from '../shared/compose';
import { COVENTRY, head, step } from './shared';

const S = '4.5 Access to Housing Pathway (flowchart)';

export const coventryHousing = definePathway(
  compose(head(COVENTRY.housing, 'Access to Housing pathway', S, 'housingNeed'), {
    facts: [
      HARD_RULE_FACTS.rgOutcome,
      HARD_RULE_FACTS.cgOutcome,
      bool('roughSleeping', 'Is the victim currently rough sleeping?'),
      bool('nrpf', 'Does the victim have no recourse to public funds?'),
      bool('localConnection', 'Does the victim have a local connection to Coventry?'),
      bool(
        'fleeingViolence',
        'Is the victim fleeing violence in their previous area (would they be at risk of violence if they returned)?',
      ),
      bool('priorityNeed', 'Is the victim in priority need?'),
      bool('hasChildren', 'Does the victim have children?'),
      oneOfValues('nrpfAccommodation', 'Who accommodates the NRPF victim?', [
        'nrmOnReferral',
        'crmc',
        'wmasnSafehouse',
        'hopeAtHome',
      ]),
    ],
    steps: [
      step('housingNeed', S, 'Victim of modern slavery with a housing need', 'Is the victim currently rough sleeping?'),
      step(
        'roughSleepingOutreach',
        S,
        'StreetLink referral',
        'The Rough Sleeping Outreach Team finds the victim and offers short-term accommodation.',
        { contacts: ['streetlink'] },
      ),
      step(
        'housingAssessment',
        S,
        'Local Authority Housing and Homelessness Services: Housing Assessment',
        "Recourse to public funds, local connection and priority need decide the duty owed. When assessing priority need, consider the survivor's particular vulnerability to re-exploitation (2.2.8).",
        { contacts: ['coventry-housing'] },
      ),
      step(
        'nrpfOptions',
        S,
        'NRPF: not eligible for LA homelessness assistance',
        "If the victim has children, refer to MASH for Children's Services to accommodate. The NRM may accommodate homeless NRPF victims without an asylum claim on referral; Coventry Refugee and Migrant Centre (subject to availability); West Midlands Anti Slavery Network safehouse for pre-NRM male adults; Hope at Home hosting subject to a positive RG or CG.",
        { contacts: ['coventry-mash', 'salvation-army-nrm-referrals', 'coventry-refugee-and-migrant-centre'] },
      ),
      step(
        'localConnectionCheck',
        S,
        'RPF and homeless, no local connection to Coventry',
        'Is the victim fleeing violence in their previous area?',
      ),
      step(
        'priorityNeedDecision',
        S,
        'RPF and homeless: priority need?',
        'Relief duty applies; priority need decides whether temporary accommodation is offered.',
      ),
      step(
        'childrenAccommodated',
        S,
        "Children's Services accommodate",
        "Referral to MASH for Children's Services to accommodate.",
        { terminal: true, contacts: ['coventry-mash'] },
      ),
      step(
        'nrpfAccommodated',
        S,
        'NRPF accommodation arranged',
        'Accommodation through the NRM, CRMC, WMASN or Hope at Home.',
        { terminal: true },
      ),
      step(
        'referredToConnectedAuthority',
        S,
        'Relief duty referred',
        'The relief duty is referred to the local authority where the connection is held.',
        { terminal: true },
      ),
      step(
        'reliefDutyWithAccommodation',
        S,
        'Relief duty: one offer of temporary accommodation',
        'RPF, homeless and in priority need.',
        { terminal: true },
      ),
      step(
        'reliefDutyNoAccommodation',
        S,
        'Relief duty: no temporary accommodation duty',
        'RPF and homeless but no priority need.',
        { terminal: true },
      ),
    ],
    transitions: [
      {
        name: 'referToStreetLink',
        label: 'Complete a StreetLink referral',
        from: 'housingNeed',
        to: 'roughSleepingOutreach',
        allow: anyoneOnTheCase,
        guards: [is('roughSleeping', true)],
      },
      {
        name: 'referToHousingServices',
        label: 'Refer to LA Housing and Homelessness Services',
        from: 'housingNeed',
        to: 'housingAssessment',
        allow: anyoneOnTheCase,
        guards: [is('roughSleeping', false)],
      },
      {
        name: 'referAfterOutreach',
        label: 'Refer to LA Housing and Homelessness Services',
        from: 'roughSleepingOutreach',
        to: 'housingAssessment',
        allow: anyoneOnTheCase,
      },
      {
        name: 'assessedNrpf',
        label: 'No recourse to public funds',
        from: 'housingAssessment',
        to: 'nrpfOptions',
        allow: caseOwners,
        guards: [is('nrpf', true)],
      },
      {
        name: 'assessedNoLocalConnection',
        label: 'RPF, homeless, no local connection',
        from: 'housingAssessment',
        to: 'localConnectionCheck',
        allow: caseOwners,
        guards: [is('nrpf', false), is('localConnection', false)],
      },
      {
        name: 'assessedLocalConnection',
        label: 'RPF, homeless, local connection',
        from: 'housingAssessment',
        to: 'priorityNeedDecision',
        allow: caseOwners,
        guards: [is('nrpf', false), is('localConnection', true)],
      },
      {
        name: 'fleeingViolenceReliefHere',
        label: 'Fleeing violence: relief duty in Coventry',
        from: 'localConnectionCheck',
        to: 'priorityNeedDecision',
        allow: caseOwners,
        guards: [is('fleeingViolence', true)],
      },
      {
        name: 'referToConnectedAuthority',
        label: 'Refer the relief duty to the authority of local connection',
        from: 'localConnectionCheck',
        to: 'referredToConnectedAuthority',
        allow: caseOwners,
        guards: [is('fleeingViolence', false)],
      },
      {
        name: 'reliefWithTemporaryAccommodation',
        label: 'Priority need: relief duty with one offer of temporary accommodation',
        from: 'priorityNeedDecision',
        to: 'reliefDutyWithAccommodation',
        allow: caseOwners,
        guards: [is('priorityNeed', true)],
      },
      {
        name: 'reliefWithoutTemporaryAccommodation',
        label: 'No priority need: relief duty, no temporary accommodation duty',
        from: 'priorityNeedDecision',
        to: 'reliefDutyNoAccommodation',
        allow: caseOwners,
        guards: [is('priorityNeed', false)],
      },
      {
        name: 'referChildrenToMash',
        label: "Refer to MASH for Children's Services to accommodate",
        from: 'nrpfOptions',
        to: 'childrenAccommodated',
        allow: anyoneOnTheCase,
        guards: [is('hasChildren', true)],
      },
      {
        name: 'arrangeNrpfAccommodation',
        label: 'Arrange accommodation for an NRPF victim',
        from: 'nrpfOptions',
        to: 'nrpfAccommodated',
        allow: anyoneOnTheCase,
        requiresFacts: ['nrpfAccommodation'],
        guards: [
          // The same rule caseReferToService applies to the Hope at Home hosting service (item 11).
          any([not(is('nrpfAccommodation', 'hopeAtHome')), positiveNrmDecisionRule], {
            description: 'Hope at Home hosts only after a positive RG or CG decision',
          }),
        ],
      },
    ],
    clocks: [],
  }),
);
