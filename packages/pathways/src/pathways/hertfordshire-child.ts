// 003: Hertfordshire child trafficking and modern slavery chapter, with the
// HMSP Child Victim Referral Pathway (8.11). Children need no consent for the
// NRM; the multi-agency meeting (STRAT/MARM) decides the submission and the
// lead First Responder; disagreement goes to the HSCP escalation procedure.
import { all, any, happened, is, oneOf } from '../definition/guards';
import { anyoneOnTheCase, caseOwners, CONSENT_FACTS, firstResponders, nrmConsentRule } from '../definition/hard-rules';
import { definePathway } from '../definition/load';
import { beaconConsentRule, PEOPLE_AROUND_FACTS } from '../definition/people-around';
import type { Clock, Transition } from '../definition/schema';
import {
  bool,
  compose,
  oneOfValues,
  recordableWhereverRunning,
  SEEDS,
  source,
  stepFrom,
  type StepText,
  withActions,
} from './shared/compose';
import { nrmDecisions } from './shared/nrm-decisions';
import { HERTS_ACTION_FACTS, HERTS_ACTIONS } from './hertfordshire-actions';

const file = SEEDS.hertfordshire;
const step = (id: string, text: StepText, terminal = false) =>
  stepFrom(file, id, text, terminal ? { terminal: true } : {});
const src = (section: string) => source(file, section);

const OPEN = [
  'awaitingOutcome',
  'strategyDiscussion',
  'multiAgencyMeeting',
  'escalation',
  'nrmToSubmit',
  'nrmSubmitted',
  'recoveryPeriod',
];

const steps = [
  step('identified', {
    title: 'Potential child victim identified',
    description:
      "Safety first: if at immediate risk keep the child where identified while speaking to children's services and the police. Meet urgent health needs, arrange safe accommodation, early legal advice and a suitable interpreter; seek advice from the 24/7 Modern Slavery Helpline. Never raise concerns with, or translate through, family members, care givers or anyone accompanying the child.",
    section: '6.4 Immediate Actions; 8.5 Specific Protocols',
    resources: ['hmsp-victim-referral-pathways-guidance', 'trafficked-children-toolkit', 'hmsp-legal-advice-guidance'],
    contacts: [
      'police-emergency-999',
      'modern-slavery-helpline',
      'find-legal-aid-lawyer',
      'herts-childrens-safeguarding-team',
      'herts-child-protection-referral-online',
    ],
  }),
  step('awaitingOutcome', {
    title: "Children's services notified: awaiting reference and outcome",
    description:
      "Call HCC Children's Safeguarding team (24 hours) and follow the call up with the electronic form; the team confirms the contact with a unique reference number, and the outcome is notified within 24 hours.",
    section: '8.11 HMSP Child Victim Referral Pathway, box 1',
    resources: ['hcc-electronic-form'],
    contacts: ['herts-childrens-safeguarding-team'],
  }),
  step('strategyDiscussion', {
    title: 'Strategy discussion and section 47 enquiries',
    description:
      'Decide whether to interview the child jointly. Never interview the child together with family members or carers. Use approved, DBS-checked interpreters, never the sponsor or an adult purporting to be a parent, guardian or relative.',
    section: '6.7 Strategy Discussion and Section 47 Enquiries',
  }),
  step('multiAgencyMeeting', {
    title: 'Multi-agency meeting (STRAT or MARM)',
    description:
      'Convened by the social worker with the supervising manager, the referrer if appropriate, the police and others. Decides the plan, including whether to submit the NRM form and which First Responder organisation leads the submission. No further action before agreement.',
    section: '6.8 Multi-Agency Meeting; 8.11 HMSP pathway, boxes 2-3',
  }),
  step('escalation', {
    title: 'Escalation: practitioners disagree about the NRM',
    description: "Hertfordshire Safeguarding Children's Partnership escalation procedure.",
    section: '8.5 Specific Protocols; 8.6 HSCP Escalation Procedure',
  }),
  step('nrmToSubmit', {
    title: 'NRM submission agreed',
    description:
      'The lead First Responder submits the NRM form online with input from the other organisations, including the HCC Child Safeguarding case reference. Locally only the Local Authority and Police are First Responders. No consent is needed for a child; an age assessment must not delay the referral.',
    section: '8.7 NRM Submission; 8.2; 8.3 Consent',
    resources: [
      'nrm-referral-form',
      'nrm-offline-form',
      'hmsp-nrm-support-booklet',
      'how-to-report-first-responder-factsheet',
      'tcs-clear-nrm-referral-guidelines',
    ],
  }),
  step('nrmSubmitted', {
    title: 'NRM submitted: awaiting the RG decision',
    description:
      "The Home Office emails a reference number. Support is provided through children's services rather than NRM subcontractors. The lead organisation refers to Beacon if the child or guardian consents and the child would benefit.",
    section: '8.7 NRM Submission; 8.11 HMSP pathway, box 4',
    resources: ['hmsp-nrm-support-booklet'],
    contacts: ['beacon-hertfordshire', 'sca-further-information', 'herts-police-operation-tropic'],
  }),
  step(
    'nextSteps',
    {
      title: 'Next steps case by case',
      description: 'Next steps for the child are determined on a case-by-case basis.',
      section: '8.11 HMSP pathway, box 5',
    },
    true,
  ),
  step(
    'adultServices',
    {
      title: 'Age assessment: not a child',
      description:
        'A Merton-compliant age assessment found the person to be an adult: follow the adult pathway, where consent is needed.',
      section: '7.4 Age Assessments',
    },
    true,
  ),
];

const reconsiderText = (what: string): StepText => ({
  title: `${what} reconsideration requested`,
  description:
    "Any organisation may ask the Single Competent Authority when more information is available and there are concerns about the decision; include relevant events, misapplied guidance, added indicators and the young person's views.",
  section: '8.9 Submitting a Reconsideration Request',
  resources: ['tcs-nrm-reconsideration-template'],
  contacts: ['sca-reconsideration'],
});

const transitions: Transition[] = [
  {
    name: 'call999',
    label: 'Child or someone connected in immediate danger: contact the police',
    from: ['identified', ...OPEN],
    stays: true,
    allow: anyoneOnTheCase,
    guards: [is('immediateDanger', true)],
    source: src('6.4 Immediate Actions'),
  },
  {
    name: 'notifyChildrensServices',
    label: "Notify HCC Children's Services",
    from: 'identified',
    to: 'awaitingOutcome',
    allow: anyoneOnTheCase,
    guards: [
      any([is('immediateDanger', false), happened('call999')], {
        description: 'the police were contacted when the child is in immediate danger',
      }),
    ],
  },
  {
    name: 'recordReference',
    label: 'Record the unique reference number',
    from: 'awaitingOutcome',
    stays: true,
    allow: anyoneOnTheCase,
  },
  {
    name: 'recordContactOutcome',
    label: 'Outcome of the contact received',
    from: 'awaitingOutcome',
    to: 'strategyDiscussion',
    allow: caseOwners,
    guards: [happened('recordReference', { description: 'the unique reference number is recorded' })],
  },
  {
    name: 'recordUkviReferral',
    label: "UKVI refers the child to children's social care and the NRM",
    from: ['identified', 'awaitingOutcome'],
    stays: true,
    // 003-15: the council records UKVI's referral when it receives it; UKVI itself may too.
    allow: { roles: ['CASEWORKER', 'LEAD'], organisationKinds: ['GOVERNMENT', 'COUNCIL'] },
    source: src('7.5 Supporting the Child'),
  },
  {
    name: 'confirmUkviReferralInWriting',
    label: "UKVI confirms the referral to children's social care in writing",
    from: ['identified', ...OPEN],
    stays: true,
    allow: { roles: ['CASEWORKER', 'LEAD'], organisationKinds: ['GOVERNMENT', 'COUNCIL'] },
    guards: [happened('recordUkviReferral')],
    source: src('7.5 Supporting the Child'),
  },
  {
    name: 'recordPlacedInCare',
    label: 'Child from abroad placed in care',
    from: OPEN,
    stays: true,
    allow: caseOwners,
    // 003-14: the care plan says what to do if the child goes missing (7.2).
    guards: [
      is('missingContingencyPlan', true, {
        description: 'the care plan includes a contingency plan to follow if the child goes missing (7.2)',
      }),
    ],
    source: src('4.3; 7.2; 7.4 Age Assessments'),
  },
  // 003-14: a child who goes missing is urgently reported to the police (7.1).
  {
    name: 'recordMissing',
    label: 'The child has gone missing',
    from: ['identified', ...OPEN],
    stays: true,
    allow: anyoneOnTheCase,
    source: src('7.1; 7.2'),
  },
  {
    name: 'reportMissingToPolice',
    label: 'Missing child reported to the police',
    from: ['identified', ...OPEN],
    stays: true,
    allow: anyoneOnTheCase,
    guards: [happened('recordMissing', { description: 'the child was recorded as missing' })],
    source: src('7.1'),
  },
  {
    name: 'recordReturned',
    label: 'The missing child is found or has returned',
    from: ['identified', ...OPEN],
    stays: true,
    allow: anyoneOnTheCase,
    guards: [happened('reportMissingToPolice', { description: 'the missing child was reported to the police' })],
    source: src('7.1; 7.2'),
  },
  // 003-25: every agency may complete the offline NRM form to pass information on; only the
  // lead First Responder submits the NRM online.
  {
    name: 'completeOfflineNrmForm',
    label: 'Complete the offline NRM form for the First Responder',
    from: ['identified', ...OPEN],
    stays: true,
    allow: anyoneOnTheCase,
    source: src('8.11 HMSP Child Victim Referral Pathway, note; 8.7 NRM Submission'),
  },
  {
    name: 'recordInterview',
    label: 'Interview the child',
    from: ['strategyDiscussion', 'multiAgencyMeeting'],
    stays: true,
    allow: caseOwners,
    guards: [
      is('carersPresentAtInterview', false, {
        description: 'the child is interviewed apart from the adults purporting to be carers',
      }),
      oneOf('interpreter', ['notNeeded', 'professional'], {
        description: 'any interpreter is a professional, never family, a sponsor or an accompanying adult',
      }),
    ],
    source: src('6.7; 7.5; 7.6'),
  },
  {
    name: 'recordAgeAssessment',
    label: 'Record a Merton-compliant age assessment',
    from: OPEN,
    stays: true,
    allow: caseOwners,
    requiresFacts: ['ageAssessmentOutcome'],
    source: src('7.4 Age Assessments'),
  },
  {
    name: 'ageAssessedAdult',
    label: 'Age assessment: an adult',
    from: ['awaitingOutcome', 'strategyDiscussion', 'multiAgencyMeeting', 'escalation', 'nrmToSubmit'],
    to: 'adultServices',
    allow: caseOwners,
    guards: [is('ageAssessmentOutcome', 'adult')],
  },
  {
    name: 'scheduleMultiAgencyMeeting',
    label: 'Schedule the multi-agency meeting (STRAT or MARM)',
    from: 'strategyDiscussion',
    to: 'multiAgencyMeeting',
    allow: caseOwners,
  },
  {
    name: 'agreeNrmSubmission',
    label: 'Meeting agrees to submit the NRM and names the lead First Responder',
    from: 'multiAgencyMeeting',
    to: 'nrmToSubmit',
    kind: 'meetingOutcome',
    allow: caseOwners,
    guards: [
      is('nrmMeetingDecision', 'submit'),
      is('leadFirstResponderAgreed', true, { description: 'the lead First Responder organisation is agreed' }),
    ],
  },
  {
    name: 'escalateDisagreement',
    label: 'Practitioners disagree: follow the escalation procedure',
    from: 'multiAgencyMeeting',
    to: 'escalation',
    kind: 'meetingOutcome',
    allow: anyoneOnTheCase,
    guards: [is('nrmMeetingDecision', 'disagreement')],
  },
  {
    name: 'agreeNoNrm',
    label: 'Meeting agrees no NRM submission (no longer a suspected victim)',
    from: 'multiAgencyMeeting',
    to: 'nextSteps',
    kind: 'meetingOutcome',
    allow: caseOwners,
    guards: [is('nrmMeetingDecision', 'doNotSubmit')],
  },
  {
    name: 'escalationResolvedSubmit',
    label: 'Escalation resolved: submit the NRM',
    from: 'escalation',
    to: 'nrmToSubmit',
    allow: caseOwners,
    guards: [
      is('escalationOutcome', 'submit'),
      is('leadFirstResponderAgreed', true, { description: 'the lead First Responder organisation is agreed' }),
    ],
  },
  {
    name: 'escalationResolvedNoNrm',
    label: 'Escalation resolved: no NRM submission',
    from: 'escalation',
    to: 'nextSteps',
    allow: caseOwners,
    guards: [is('escalationOutcome', 'doNotSubmit')],
  },
  {
    name: 'submitNrmReferral',
    label: 'Lead First Responder submits the NRM form online',
    from: 'nrmToSubmit',
    to: 'nrmSubmitted',
    kind: 'nrmReferral',
    // 8.2: locally only the Local Authority and Police are First Responders.
    allow: { ...firstResponders, organisationKinds: ['COUNCIL', 'POLICE'] },
    guards: [nrmConsentRule],
  },
  {
    name: 'referToBeacon',
    label: 'Refer to Beacon for additional support',
    from: ['nrmSubmitted', 'recoveryPeriod', 'positiveCg'],
    stays: true,
    allow: caseOwners,
    guards: [
      // The same rule caseReferToService applies to the Beacon service (item 11).
      beaconConsentRule,
      is('benefitsFromAdditionalSupport', true, { description: 'the child would benefit from additional support' }),
    ],
    source: src('8.3 Consent; 8.11 HMSP pathway, box 4'),
  },
  {
    name: 'planNextSteps',
    label: 'Plan next steps for the child',
    from: 'positiveCg',
    to: 'nextSteps',
    allow: caseOwners,
  },
];

// HCC's Children's Safeguarding team (HMSP box 1): the people overseeing Hertfordshire's cases, with
// the team's directory contact.
const HCC_SAFEGUARDING = {
  label: "HCC Children's Safeguarding",
  areaOversight: true,
  contact: 'herts-childrens-safeguarding-team',
} as const;

const clocks: Clock[] = [
  {
    id: 'notifyChildrensServices',
    // 003-24, decided: 6.1 says "immediately"; 8.5 and the HMSP sheet give 24 hours as the limit.
    label: "Notify HCC Children's Services immediately (at the latest within 24 hours)",
    startOn: ['started'],
    stopOn: ['notifyChildrensServices'],
    due: { hours: 24 },
    onOverdue: {
      action: 'escalate',
      to: HCC_SAFEGUARDING,
      note: "children's services must be notified within 24 hours",
    },
    source: src('8.5 Specific Protocols'),
  },
  {
    id: 'outcomeOfContact',
    label: "Outcome of the contact from children's services",
    startOn: ['notifyChildrensServices'],
    stopOn: ['recordContactOutcome'],
    due: { hours: 24 },
    onOverdue: {
      action: 'escalate',
      to: HCC_SAFEGUARDING,
      note: 'the outcome is to be notified within 24 hours',
    },
    source: src('8.11 HMSP Child Victim Referral Pathway, box 1'),
  },
  {
    id: 'ukviWrittenConfirmation',
    label: "UKVI confirms the referral to children's social care in writing",
    startOn: ['recordUkviReferral'],
    stopOn: ['confirmUkviReferralInWriting'],
    due: { hours: 48 },
    onOverdue: {
      action: 'escalate',
      // UKVI is outside Waymark: the lead of the organisation holding the case chases it.
      to: { label: 'the lead, to chase UK Visas and Immigration', role: 'LEAD' },
      note: 'written confirmation is always due within 48 hours',
    },
    source: src('7.5 Supporting the Child'),
  },
  {
    id: 'missingPoliceReport',
    // 7.1 says "urgently" without a figure: Waymark asks for it within the hour (README).
    label: 'Missing child reported to the police urgently (within 1 hour)',
    startOn: ['recordMissing'],
    stopOn: ['reportMissingToPolice'],
    due: { hours: 1 },
    onOverdue: {
      action: 'escalate',
      to: { label: 'the lead', role: 'LEAD' },
      note: 'a trafficked child who goes missing is reported to the police urgently',
    },
    source: src('7.1'),
  },
  {
    id: 'missingRiskWindow',
    label: 'Highest risk of going missing (first 72 hours in care)',
    startOn: ['recordPlacedInCare'],
    stopOn: [],
    due: { hours: 72 },
    onOverdue: {
      action: 'elapse',
      note: 'the first 72 hours in care, when the risk of going missing is highest, have passed',
    },
    source: src('4.3; 7.4 Age Assessments'),
  },
];

export const hertfordshireChild = definePathway(
  withActions(
    // 7.5: UKVI's written confirmation is due within 48 hours whatever the track has reached.
    recordableWhereverRunning(
      compose(
        {
          id: 'hertfordshire-child',
          // Versions 1 and 2 are frozen under versions/ for tracks that started on them; version 3
          // adds the step actions of issue 17 (hertfordshire-actions.ts).
          version: 3,
          title: 'Child trafficking and modern slavery: HMSP child victim referral pathway',
          area: 'Hertfordshire',
          source: { file, section: '6-8 Protection, Trafficked Children from Abroad, Referring to the NRM' },
          start: 'identified',
        },
        {
          facts: [
            ...CONSENT_FACTS,
            bool('immediateDanger', 'Is the child, or anyone connected to them, in immediate danger?'),
            bool(
              'missingContingencyPlan',
              "Does the child's care plan include a contingency plan to follow if the child goes missing?",
            ),
            bool('carersPresentAtInterview', 'Were adults purporting to be carers present at the interview?'),
            oneOfValues('interpreter', 'Interpreter used', ['notNeeded', 'professional', 'familyOrAccompanyingAdult']),
            oneOfValues('nrmMeetingDecision', 'Multi-agency decision on NRM submission', [
              'submit',
              'doNotSubmit',
              'disagreement',
            ]),
            bool('leadFirstResponderAgreed', 'Has the meeting agreed the lead First Responder organisation?'),
            oneOfValues('escalationOutcome', 'Outcome of the escalation procedure', ['submit', 'doNotSubmit']),
            bool('beaconConsent', 'Does the child or guardian consent to a referral to Beacon?'),
            PEOPLE_AROUND_FACTS.beaconConsentGivenBy,
            PEOPLE_AROUND_FACTS.familyOrCarerSuspected,
            bool('benefitsFromAdditionalSupport', 'Would the child benefit from additional support?'),
            bool('newInformationAvailable', 'Has more information about the case become available?'),
            bool('concernsAboutDecision', 'Are there concerns about the original decision?'),
            ...HERTS_ACTION_FACTS,
          ],
          steps,
          transitions,
          clocks,
        },
        nrmDecisions({
          file,
          rgFrom: 'nrmSubmitted',
          alternative: 'nextSteps',
          recoveryDays: null,
          recoveryNote: '',
          reconsiderationGuards: [
            all([is('newInformationAvailable', true), is('concernsAboutDecision', true)], {
              description: 'more information is available and there are concerns about the original decision (8.9)',
            }),
          ],
          text: {
            recoveryPeriod: {
              title: '+ve RG: awaiting the CG decision',
              description: "Support continues through children's services.",
              section: '8.10; 8.5',
            },
            negativeRg: {
              title: '-ve RG',
              description: 'Consider a reconsideration request, or next steps.',
              section: '8.9 Submitting a Reconsideration Request',
            },
            rgReconsideration: reconsiderText('RG'),
            positiveCg: {
              title: '+ve CG',
              description: 'A positive CG can support leave to remain and a section 45 defence.',
              section: '8.10; 6.10 Statutory Defence',
            },
            negativeCg: {
              title: '-ve CG',
              description: 'Consider a reconsideration request, or next steps.',
              section: '8.9 Submitting a Reconsideration Request',
            },
            cgReconsideration: reconsiderText('CG'),
            reconsiderationRefused: {
              title: 'Reconsideration refused',
              description: 'Decide next steps for the child.',
              section: '8.9 Submitting a Reconsideration Request',
            },
          },
        }),
      ),
      ['ukviWrittenConfirmation', 'missingPoliceReport'],
    ),
    HERTS_ACTIONS,
  ),
);
