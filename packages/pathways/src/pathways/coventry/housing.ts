// 002 4.5 Access to Housing pathway (flowchart image13): rough sleeping ->
// StreetLink; otherwise Housing Assessment; NRPF options; local connection
// (unless fleeing violence); priority need decides the relief duty offer.
import { all, any, is, not, treatedAsChild, whenThen } from '../../definition/guards';
import { GENDER_FACT } from '../../definition/gender';
import { AGE_FACTS, anyoneOnTheCase, CASE_ROLES, caseOwners, HARD_RULE_FACTS } from '../../definition/hard-rules';
import { definePathway } from '../../definition/load';
import type { Permission } from '../../definition/schema';
import { positiveNrmDecisionRule } from '../../definition/service-referral-rules';
import { bool, compose, oneOfValues, withActions } from '../shared/compose';
import { COVENTRY, file, head, step } from './shared';

const S = '4.5 Access to Housing Pathway (flowchart)';

// 002-19: the chart's conditions on each NRPF option, as guards that apply only to the option
// chosen. Each names its own fact, so a refusal says which answer is missing or does not fit.
const chosen = (option: string) => is('nrpfAccommodation', option, { ifMissing: false });
const wmasn = 'the West Midlands Anti Slavery Network safehouse accommodates';
const NRPF_ELIGIBILITY = [
  whenThen(chosen('wmasnSafehouse'), is('gender', 'male'), {
    description: `${wmasn} male victims: the person's recorded gender must be male (never guessed; "not known" or "prefer not to say" does not qualify)`,
  }),
  whenThen(chosen('wmasnSafehouse'), treatedAsChild(false), { description: `${wmasn} adults only` }),
  whenThen(chosen('wmasnSafehouse'), all([is('inNrm', false, { ifMissing: true }), is('previouslyReferred', false)]), {
    description: `${wmasn} pre-NRM victims: not yet referred to the NRM`,
  }),
  whenThen(chosen('wmasnSafehouse'), is('wmasnAssessmentAccepted', true), {
    description: `${wmasn} victims subject to availability and its assessment`,
  }),
  whenThen(chosen('nrmOnReferral'), is('asylumClaim', false), {
    description: 'the NRM may accommodate homeless NRPF victims without an asylum claim',
  }),
];
/** Public authorities, who carry the Homelessness Reduction Act duty to refer (2.2.9). */
const publicAuthorities: Permission = {
  roles: [...CASE_ROLES],
  organisationKinds: ['COUNCIL', 'POLICE', 'HEALTH', 'GOVERNMENT'],
};

export const coventryHousing = definePathway(
  withActions(
    compose(head(COVENTRY.housing, 'Access to Housing pathway', S, 'housingNeed', 3), {
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
        ...AGE_FACTS,
        GENDER_FACT,
        HARD_RULE_FACTS.inNrm,
        bool('previouslyReferred', 'Has the victim already been referred to the NRM?'),
        bool('asylumClaim', 'Has the victim made an asylum claim?'),
        bool(
          'wmasnAssessmentAccepted',
          'Has the West Midlands Anti Slavery Network assessed the victim and offered a safehouse place?',
        ),
        oneOfValues('nrpfAccommodation', 'Who accommodates the NRPF victim?', [
          'nrmOnReferral',
          'crmc',
          'wmasnSafehouse',
          'hopeAtHome',
        ]),
      ],
      steps: [
        step(
          'housingNeed',
          S,
          'Victim of modern slavery with a housing need',
          'Is the victim currently rough sleeping?',
        ),
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
            ...NRPF_ELIGIBILITY,
          ],
          source: { file, section: S },
        },
      ],
      clocks: [],
    }),
    {
      // 002-21: 2.2.9 "a duty on public authorities to refer consenting individuals to the local
      // authority for support preventing or relieving homelessness". Only a public authority can
      // record it, and only by stating the person's consent. Optional: whether the duty binds the
      // worker depends on their organisation, which the case alone cannot tell.
      housingNeed: [
        {
          id: 'dutyToReferToHousingAuthority',
          title: 'Duty to refer: refer the person, with their consent, to the local housing authority',
          description:
            'Homelessness Reduction Act 2017 (2.2.9): public authorities refer consenting individuals who are homeless or threatened with homelessness.',
          required: false,
          recordedBy: publicAuthorities,
          records: [
            {
              name: 'consent',
              label: 'The person consented to the referral',
              type: 'enum',
              values: ['consented'],
              required: true,
            },
            { name: 'housingAuthority', label: 'Local housing authority referred to', type: 'text', required: true },
            { name: 'reference', label: 'Their reference', type: 'text' },
          ],
          source: { file, section: '2.2.9 Homelessness Reduction Act 2017' },
        },
      ],
    },
  ),
);
