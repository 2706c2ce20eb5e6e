// 004: Kirklees resource page for professionals: the reporting routes
// ("Reporting Suspicion", the West Yorkshire Police partner intelligence
// portal, the Modern Slavery Helpline) and the NRM vs Duty to Notify rule of the
// NRM Process Guide. The page sets no timescales, so there are no clocks.
import { any, is, treatedAsChild } from '../definition/guards';
import {
  anyoneOnTheCase,
  bestInterestsDecided,
  DTN_FACTS,
  dtnRules,
  firstResponders,
  nrmConsentRule,
} from '../definition/hard-rules';
import { definePathway } from '../definition/load';
import type { Transition } from '../definition/schema';
import { bool, compose, SEEDS, stepFrom, type StepText } from './shared/compose';

const file = SEEDS.kirklees;
const step = (id: string, text: StepText, terminal = false) =>
  stepFrom(file, id, text, terminal ? { terminal: true } : {});

const ROUTES = ['emergencyResponse', 'safeguarding', 'intelligenceSubmitted', 'helplineReport'];
const notEmergency = is('emergency', false, { description: 'not an emergency (otherwise ring 999 first)' });

const transitions: Transition[] = [
  {
    name: 'call999',
    label: 'Emergency, threat to life or criminal activity: ring 999',
    from: 'suspicion',
    to: 'emergencyResponse',
    allow: anyoneOnTheCase,
    guards: [is('emergency', true)],
  },
  {
    name: 'followSafeguardingProcedures',
    label: 'Adult or child at risk of harm: follow your safeguarding procedures',
    from: ['suspicion', 'emergencyResponse'],
    to: 'safeguarding',
    allow: anyoneOnTheCase,
    guards: [is('atRiskOfHarm', true)],
  },
  {
    name: 'submitPartnerIntelligence',
    label: 'Submit information through the WYP Intelligence Submission Partnership Portal',
    from: 'suspicion',
    to: 'intelligenceSubmitted',
    allow: anyoneOnTheCase,
    guards: [
      notEmergency,
      is('pertinentToPolice', true, {
        description: 'the partner agency has assessed the information as pertinent to West Yorkshire Police',
      }),
    ],
  },
  {
    name: 'reportToHelpline',
    label: 'Report to the Modern Slavery Helpline (08000 121700)',
    from: 'suspicion',
    to: 'helplineReport',
    allow: anyoneOnTheCase,
    guards: [notEmergency],
  },
  {
    name: 'considerNrm',
    label: 'First Responder considers the NRM',
    from: ROUTES,
    to: 'nrmDecision',
    allow: firstResponders,
  },
  {
    name: 'closeReport',
    label: 'Report made: no further action by this organisation',
    from: ROUTES,
    to: 'reported',
    allow: anyoneOnTheCase,
  },
  {
    name: 'submitNrmReferral',
    label: 'Refer the potential victim into the NRM',
    from: 'nrmDecision',
    to: 'nrmReferred',
    kind: 'nrmReferral',
    allow: firstResponders,
    // Kirklees asks for an adult's consent in writing.
    guards: [
      nrmConsentRule,
      // 004-1: everyone treated as an adult (by age, age assessment or the presumption), not only a
      // raw ageStatus of adult. An adult referred on a best-interests decision gives no consent.
      any([treatedAsChild(true), bestInterestsDecided('nrmConsent', 'proceed'), is('consentInWriting', true)], {
        description: "an adult's consent is given in writing",
      }),
    ],
  },
  {
    // 004-5: the page links the Kirklees Child Trafficking Procedures; a child leaves the
    // reporting routes for them from wherever the suspicion has got to.
    name: 'followChildTraffickingProcedures',
    label: 'A child: follow the Kirklees Child Trafficking Procedures',
    from: ['suspicion', ...ROUTES],
    to: 'childProcedures',
    allow: anyoneOnTheCase,
    guards: [treatedAsChild(true)],
  },
  {
    name: 'submitDutyToNotify',
    label: 'Complete form MS1 (section 52 Duty to Notify)',
    from: 'nrmDecision',
    to: 'dtnSubmitted',
    kind: 'dutyToNotify',
    allow: firstResponders,
    guards: dtnRules,
  },
];

export const kirklees = definePathway(
  compose(
    {
      id: 'kirklees-reporting',
      version: 2,
      title: 'Kirklees: reporting modern slavery and the NRM vs Duty to Notify rule',
      area: 'Kirklees',
      source: { file, section: 'Reporting Suspicion; National Referral Mechanism Process Guide' },
      start: 'suspicion',
    },
    {
      facts: [
        ...DTN_FACTS,
        bool('emergency', 'Is it an emergency, a threat to life or criminal activity?'),
        bool('atRiskOfHarm', 'Is an adult or child at risk of harm?'),
        bool(
          'pertinentToPolice',
          'Has the partner agency assessed the information as pertinent to West Yorkshire Police?',
        ),
        bool('consentInWriting', "Is the adult's consent to the NRM given in writing?"),
      ],
      steps: [
        step('suspicion', {
          title: 'Suspicion of human trafficking or modern slavery',
          description:
            'Any Kirklees Council officer or partner agency can report a suspicion. No matter how small, the information could be essential in building a picture and safeguarding a potential victim.',
          section: 'Reporting Suspicion',
        }),
        step('emergencyResponse', {
          title: 'Emergency reported on 999',
          description: 'Police informed of the emergency, threat to life or criminal activity.',
          section: 'Reporting Suspicion',
        }),
        step('safeguarding', {
          title: 'Safeguarding procedures followed',
          description:
            "The adult or child at risk of harm is referred under your organisation's safeguarding procedures.",
          section: 'Reporting Suspicion',
        }),
        step('intelligenceSubmitted', {
          title: 'Partner intelligence submitted',
          description:
            'Submitted through the portal (one shared log-on per partner organisation) to the central police triage team; access via XC.PIPaccess@westyorkshire.pnn.police.uk. The portal does not replace referral mechanisms.',
          section: 'West Yorkshire Police - Intelligence Submission Partnership Portal',
        }),
        step('helplineReport', {
          title: 'Reported to the Modern Slavery Helpline',
          description: 'Modern Slavery Helpline 08000 121700, www.modernslaveryhelpline.org.',
          section: 'Reporting Modern Slavery',
        }),
        step('nrmDecision', {
          title: 'NRM or Duty to Notify?',
          description:
            'Only First Responders refer into the NRM. An adult (over 18) needs to give written consent; no consent is needed for a child. If an adult does not consent, form MS1 is completed under section 52, anonymised if they do not consent to their details being shared. Duty to Notify is not used for children, nor when the victim enters the NRM.',
          section: 'National Referral Mechanism Process Guide',
        }),
        {
          ...step(
            'childProcedures',
            {
              title: 'Kirklees Child Trafficking Procedures',
              description:
                "The child is referred to children's safeguarding under the Kirklees Child Trafficking Procedures (WY Procedures).",
              section: 'Kirklees Child Trafficking Procedures',
            },
            true,
          ),
          actions: [
            {
              id: 'referToChildrensSocialCare',
              title: "Refer the child to children's social care under the child trafficking procedures",
              required: true,
              recordedBy: anyoneOnTheCase,
              records: [
                { name: 'recipient', label: 'Who took the referral', type: 'text' },
                { name: 'reference', label: 'Their reference', type: 'text' },
              ],
              source: { file, section: 'Kirklees Child Trafficking Procedures' },
            },
          ],
        },
        step(
          'nrmReferred',
          {
            title: 'Referred into the NRM',
            description: 'Referral made to a UK Competent Authority.',
            section: 'National Referral Mechanism Process Guide',
          },
          true,
        ),
        step(
          'dtnSubmitted',
          {
            title: 'Duty to Notify (MS1) completed',
            description: 'Section 52 process followed.',
            section: 'National Referral Mechanism Process Guide',
          },
          true,
        ),
        step(
          'reported',
          {
            title: 'Report made',
            description: 'The suspicion has been reported; no further action by this organisation.',
            section: 'Reporting Suspicion',
          },
          true,
        ),
      ],
      transitions,
      clocks: [],
    },
  ),
);
