// 004: Kirklees resource page for professionals: the reporting routes
// ("Reporting Suspicion", the West Yorkshire Police partner intelligence
// portal, the Modern Slavery Helpline), the NRM vs Duty to Notify rule of the
// NRM Process Guide, and the NRM's two stages. The page sets no timescales: the
// only clocks are the shared reconsideration windows, which flag and never block.
//
// Version 3 (issue 17): the reporting routes are a checklist, recorded as many as apply,
// not one route chosen (004-3); a First Responder public authority ends the track with
// an NRM referral, a Duty to Notify or a recorded reason (004-4); the referral is
// followed by the decisions (004-6); the child procedures link Barnardo's group work
// (004-9); numbers and addresses live in the directory. Version 2 is frozen under
// ./versions/ for tracks that started on it.
import { actorIs, is, treatedAsChild, any } from '../definition/guards';
import {
  anyoneOnTheCase,
  bestInterestsDecided,
  caseOwners,
  DTN_FACTS,
  dtnRules,
  firstResponders,
  nrmConsentRule,
} from '../definition/hard-rules';
import { definePathway } from '../definition/load';
import type { Action, ActionRecordField, Transition } from '../definition/schema';
import { bool, compose, SEEDS, source, stepFrom, type StepText } from './shared/compose';
import { nrmDecisions } from './shared/nrm-decisions';

const file = SEEDS.kirklees;
const step = (id: string, text: StepText, terminal = false) =>
  stepFrom(file, id, text, terminal ? { terminal: true } : {});

const REPORTING = 'Reporting Suspicion';
const PORTAL = 'West Yorkshire Police - Intelligence Submission Partnership Portal';
const NRM_GUIDE = 'National Referral Mechanism Process Guide';

/** Whom a report went to and the reference they gave: what shows it was made. */
const reportRecords: ActionRecordField[] = [
  { name: 'recipient', label: 'Who took the report', type: 'text' },
  { name: 'reference', label: 'Their reference', type: 'text' },
];

/**
 * 004-4: why a First Responder public authority made neither an NRM referral nor a Duty to
 * Notify. The values say what happened instead; `detail` says it in a few words.
 */
export const NO_NRM_OR_DTN_REASONS = [
  'anotherFirstResponderReferredOrNotified',
  'noPotentialVictimIdentified',
  'other',
] as const;

/**
 * 004-3: the page's reporting routes do not replace each other ("not designed to replace any
 * current referral mechanisms"): each is an action at the suspicion, recorded as many as apply.
 * 999 in an emergency and the safeguarding procedures for a person at risk are "should"s, so
 * they are required where they apply; the portal and the helpline are offered.
 */
const reportingRoutes: Action[] = [
  {
    id: 'ring999',
    title: 'Emergency, threat to life or criminal activity: ring 999',
    required: true,
    recordedBy: anyoneOnTheCase,
    records: reportRecords,
    when: [is('emergency', true)],
    // An emergency is reported before anything else this track does; a child's route never waits.
    blocks: ['considerNrm', 'closeReport'],
    source: source(file, REPORTING),
  },
  {
    id: 'followSafeguardingProcedures',
    title: 'Adult or child at risk of harm: follow your safeguarding procedures',
    required: true,
    recordedBy: anyoneOnTheCase,
    records: reportRecords,
    when: [is('atRiskOfHarm', true)],
    blocks: ['closeReport'],
    source: source(file, REPORTING),
  },
  {
    id: 'submitPartnerIntelligence',
    title: 'Submit the information through the WYP Intelligence Submission Partnership Portal',
    description:
      'For information about criminality that the partner agency assesses as pertinent to West Yorkshire Police, routinely gathered: one shared log-on per partner organisation (directory: WYP Intelligence Management Unit for access). It does not replace any other route.',
    required: false,
    recordedBy: anyoneOnTheCase,
    records: [{ name: 'reference', label: 'Submission reference', type: 'text' }],
    source: source(file, PORTAL),
  },
  {
    id: 'reportToHelpline',
    title: 'Report to the Modern Slavery Helpline',
    description: 'Directory: Modern Slavery Helpline.',
    required: false,
    recordedBy: anyoneOnTheCase,
    records: reportRecords,
    source: source(file, 'Reporting Modern Slavery'),
  },
  {
    id: 'recordWhyNoNrmOrDtn',
    title: 'Record why there is no NRM referral and no Duty to Notify',
    description:
      'Your organisation is a public authority with the section 52 duty to notify the Home Office of any suspected victim it comes across: refer into the NRM, complete form MS1, or say why neither.',
    required: true,
    recordedBy: anyoneOnTheCase,
    records: [
      { name: 'reason', label: 'Why not', type: 'enum', values: [...NO_NRM_OR_DTN_REASONS], required: true },
      { name: 'detail', label: 'In a few words', type: 'text', required: true },
    ],
    // Only the public authority closing the report carries the duty; nothing is owed once the
    // person is in the NRM (on any track).
    when: [actorIs('publicAuthorityFirstResponder'), is('inNrm', false, { ifMissing: true })],
    blocks: ['closeReport'],
    source: source(file, NRM_GUIDE),
  },
];

const transitions: Transition[] = [
  {
    name: 'considerNrm',
    label: 'First Responder considers the NRM',
    from: 'suspicion',
    to: 'nrmDecision',
    allow: firstResponders,
  },
  {
    name: 'closeReport',
    label: 'Report made: no further action by this organisation',
    // From the NRM question too: a First Responder with no duty to notify (a charity) whose
    // adult declines is not held at the question for good.
    from: ['suspicion', 'nrmDecision'],
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
    // reporting for them.
    name: 'followChildTraffickingProcedures',
    label: 'A child: follow the Kirklees Child Trafficking Procedures',
    from: 'suspicion',
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
  {
    name: 'concludeNrm',
    label: 'Conclusive Grounds decision made: the NRM is concluded',
    from: 'positiveCg',
    to: 'nrmConcluded',
    allow: caseOwners,
  },
];

// 004-6: "The NRM is a two stage process": the First Responder's referral, then the Competent
// Authority's decisions. The page describes no more than that; the decision branches are the
// shared national ones (DOMAIN rules 5 and 6), with no recovery period or deadline of Kirklees'.
const notOnThePage = 'The Kirklees page does not describe this stage; it follows the national NRM guidance.';
const decisions = nrmDecisions({
  file,
  rgFrom: 'nrmReferred',
  alternative: 'nrmConcluded',
  recoveryDays: null,
  recoveryNote: '',
  text: {
    recoveryPeriod: {
      title: '+ve RG: awaiting the Conclusive Grounds decision',
      description:
        'The Competent Authority found reasonable grounds; the second stage is its Conclusive Grounds decision.',
      section: NRM_GUIDE,
    },
    negativeRg: {
      title: '-ve RG',
      description: `Ask for a reconsideration, or consider alternative support. ${notOnThePage}`,
      section: NRM_GUIDE,
    },
    rgReconsideration: {
      title: 'RG reconsideration requested',
      description: notOnThePage,
      section: NRM_GUIDE,
    },
    positiveCg: {
      title: '+ve CG',
      description: 'The Competent Authority concluded that the person is a victim of modern slavery.',
      section: NRM_GUIDE,
    },
    negativeCg: {
      title: '-ve CG',
      description: `Ask for a reconsideration, or consider alternative support. ${notOnThePage}`,
      section: NRM_GUIDE,
    },
    cgReconsideration: {
      title: 'CG reconsideration requested',
      description: notOnThePage,
      section: NRM_GUIDE,
    },
    reconsiderationRefused: {
      title: 'Reconsideration refused',
      description: `Consider alternative support. ${notOnThePage}`,
      section: NRM_GUIDE,
    },
  },
});

export const kirklees = definePathway(
  compose(
    {
      id: 'kirklees-reporting',
      version: 3,
      title: 'Kirklees: reporting modern slavery and the NRM vs Duty to Notify rule',
      area: 'Kirklees',
      source: { file, section: `${REPORTING}; ${NRM_GUIDE}` },
      start: 'suspicion',
    },
    {
      facts: [
        ...DTN_FACTS,
        bool('emergency', 'Is it an emergency, a threat to life or criminal activity?'),
        bool('atRiskOfHarm', 'Is an adult or child at risk of harm?'),
        bool('consentInWriting', "Is the adult's consent to the NRM given in writing?"),
      ],
      steps: [
        {
          ...step('suspicion', {
            title: 'Suspicion of human trafficking or modern slavery: report it',
            description:
              'Any Kirklees Council officer or partner agency can report a suspicion. No matter how small, the information could be essential in building a picture and safeguarding a potential victim. Report by every route that applies: the partner portal is not designed to replace any current referral mechanism, so continue as per agreed service level agreements.',
            section: REPORTING,
            resources: ['wyp-intelligence-submission-portal', 'kirklees-child-trafficking-procedures'],
            contacts: [
              'police-emergency-999',
              'wyp-intelligence-portal',
              'wyp-intelligence-portal-access',
              'modern-slavery-helpline',
            ],
          }),
          actions: reportingRoutes,
        },
        step('nrmDecision', {
          title: 'NRM or Duty to Notify?',
          description:
            'Only First Responders refer into the NRM. An adult (over 18) needs to give written consent; no consent is needed for a child. If an adult does not consent, form MS1 is completed under section 52, anonymised if they do not consent to their details being shared. Duty to Notify is not used for children, nor when the victim enters the NRM.',
          section: NRM_GUIDE,
          resources: ['nrm-referral-form', 'duty-to-notify-form-ms1', 'nrm-booklets-kirklees'],
        }),
        {
          ...step(
            'childProcedures',
            {
              title: 'Kirklees Child Trafficking Procedures',
              description:
                "The child is referred to children's safeguarding under the Kirklees Child Trafficking Procedures (WY Procedures). A child suspected of being internally trafficked may also join Barnardo's six-week therapeutic group work (at most 6 per group).",
              section: 'Kirklees Child Trafficking Procedures',
              resources: ['kirklees-child-trafficking-procedures', 'barnardos-group-work-referral-form'],
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
            {
              // 004-9: the page offers the programme and its referral form; it is an offer, not a must.
              id: 'referToBarnardosGroupWork',
              title: "Refer the child to Barnardo's Therapeutic Group Work",
              description:
                "For children suspected of being internally trafficked for exploitation: Barnardo's referral form (resources).",
              required: false,
              recordedBy: anyoneOnTheCase,
              records: [{ name: 'reference', label: "Barnardo's reference", type: 'text' }],
              source: { file, section: "Barnado's therapeutic Group Work – For Trafficked Children" },
            },
          ],
        },
        step('nrmReferred', {
          title: "Referred into the NRM: awaiting the Competent Authority's decision",
          description:
            'Stage one of two is done: the referral went to a UK Competent Authority (the Modern Slavery Human Trafficking Unit or UK Visas and Immigration). Record its Reasonable Grounds decision when it arrives.',
          section: NRM_GUIDE,
        }),
        step(
          'dtnSubmitted',
          {
            title: 'Duty to Notify (MS1) completed',
            description: 'Section 52 process followed.',
            section: NRM_GUIDE,
            resources: ['duty-to-notify-form-ms1'],
          },
          true,
        ),
        step(
          'reported',
          {
            title: 'Report made',
            description: 'The suspicion has been reported; no further action by this organisation.',
            section: REPORTING,
          },
          true,
        ),
        step(
          'nrmConcluded',
          {
            title: 'NRM concluded',
            description: `The NRM decisions are made or the NRM route has ended. ${notOnThePage}`,
            section: NRM_GUIDE,
          },
          true,
        ),
      ],
      transitions,
      clocks: [],
    },
    decisions,
  ),
);
