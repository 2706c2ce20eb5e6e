// 003's step actions (issue 17): what the Hertfordshire chapter and the HMSP child pathway ask a
// practitioner to do at a step without moving the track. Safeguarding never waits on a checkbox:
// the immediate actions, the Independent Visitor, legal advice, telling the child and the police
// report are required but hold nothing back (a missing child's NRM referral must never wait for an
// explanation the child cannot be given); they stay outstanding on the checklist, recordable at
// every step where they still make sense (`alsoAt`). Only the First Responder's referral to the
// multi-agency hub (before the meeting is scheduled) and the reconsideration checklist (before the
// request) block, because the document puts them first.
import { all, happened, is, not } from '../definition/guards';
import { anyoneOnTheCase, caseOwners } from '../definition/hard-rules';
import { PEOPLE_AROUND_RULES } from '../definition/people-around';
import type { Action, ActionRecordField, Guard } from '../definition/schema';
import { bool, SEEDS, source } from './shared/compose';

const src = (section: string) => source(SEEDS.hertfordshire, section);

/** From notification to the meeting's decision: where the immediate actions can still be done. */
const EARLY = ['awaitingOutcome', 'strategyDiscussion', 'multiAgencyMeeting'];
/** Every step before the case ends, from the assessment on. */
const THROUGHOUT = [
  'awaitingOutcome',
  'strategyDiscussion',
  'multiAgencyMeeting',
  'escalation',
  'nrmToSubmit',
  'nrmSubmitted',
  'recoveryPeriod',
  'negativeRg',
  'rgReconsideration',
  'positiveCg',
  'negativeCg',
  'cgReconsideration',
  'reconsiderationRefused',
];
/** After the NRM referral, until the case ends. */
const AFTER_REFERRAL = THROUGHOUT.slice(THROUGHOUT.indexOf('nrmSubmitted') + 1);
const except = (steps: string[], declared: string) => steps.filter((s) => s !== declared);
/** The steps at which a decision has just come back. */
const DECISION_STEPS = ['recoveryPeriod', 'negativeRg', 'positiveCg', 'negativeCg', 'reconsiderationRefused'];

export const HERTS_ACTION_FACTS = [
  bool('nonUkCase', 'Is this a non-UK case (a child from abroad)?'),
  bool('immigrationIssues', 'Does the child have any immigration issue?'),
  bool(
    'criminalProceedingsLinked',
    'Is the child investigated or prosecuted for an offence linked to their exploitation?',
  ),
];

/**
 * HMSP box: where exploitation by family or care givers is suspected, concerns are not raised with
 * them. A guardian is told about the NRM only while nothing is suspected; recording it otherwise is
 * refused, naming the rule (the same rule that keeps the circle out of contacts and meetings).
 */
const guardianNotSuspected: Guard = not(is('familyOrCarerSuspected', true, { ifMissing: false }), {
  rule: PEOPLE_AROUND_RULES.familySuspected,
  description:
    'exploitation by family or care givers is suspected: do not raise concerns with them or tell them about the NRM; tell the child',
});

const tellGuardian = (id: string, title: string, base: Omit<Action, 'id' | 'title' | 'required'>): Action => ({
  ...base,
  id,
  title,
  required: false,
  when: [guardianNotSuspected],
  guards: [guardianNotSuspected],
});

const decisionRecord: ActionRecordField = {
  name: 'decision',
  label: 'Which decision',
  type: 'enum',
  values: ['reasonableGrounds', 'conclusiveGrounds', 'reconsideration'],
  required: true,
};

const reconsiderationChecklist = (d: 'Rg' | 'Cg', label: string): Action => ({
  id: `prepare${d}Reconsideration`,
  title: `Prepare the ${label} reconsideration request: what it must contain`,
  description:
    'The request (with the reconsideration template) covers each point; the content itself goes on the reconsideration form, not here.',
  required: true,
  recordedBy: anyoneOnTheCase,
  records: [
    {
      name: 'relevantEvents',
      label: 'Relevant events since the initial referral included',
      type: 'boolean',
      required: true,
    },
    {
      name: 'guidanceMisapplied',
      label:
        'Any inappropriate application of guidance or misunderstanding (e.g. of grooming) in the decision minutes pointed out',
      type: 'boolean',
      required: true,
    },
    {
      name: 'additionalIndicators',
      label: "Additional indicators added (cited as in the referral form's table)",
      type: 'boolean',
      required: true,
    },
    { name: 'youngPersonViews', label: "The young person's views included", type: 'boolean', required: true },
  ],
  blocks: [`request${d}Reconsideration`],
  source: src('8.9 Submitting a Reconsideration Request'),
});

export const HERTS_ACTIONS: Record<string, Action[]> = {
  // 003-19: the immediate actions upon identification (6.4). "Assess for immediate risk" is the
  // fact `immediateDanger`, which notifying children's services already asks for; "contact the
  // police if in immediate danger" is the transition `call999`.
  identified: [
    {
      id: 'meetUrgentHealthNeeds',
      title: 'Meet any urgent health needs (emergency medical treatment if appropriate)',
      required: true,
      recordedBy: anyoneOnTheCase,
      records: [
        {
          name: 'outcome',
          label: 'Urgent health needs',
          type: 'enum',
          values: ['noUrgentNeeds', 'needsMet', 'emergencyTreatmentArranged'],
          required: true,
        },
      ],
      alsoAt: EARLY,
      source: src('6.4 Immediate Actions'),
    },
    {
      id: 'arrangeSafeAccommodation',
      title: 'Arrange safe accommodation for the child',
      description: 'Never record where the child is here: their whereabouts are kept confidential (6.5, 7.6).',
      required: true,
      recordedBy: anyoneOnTheCase,
      records: [
        {
          name: 'arrangement',
          label: 'Accommodation',
          type: 'enum',
          values: ['currentPlacementSafe', 'safeAccommodationArranged'],
          required: true,
        },
      ],
      alsoAt: EARLY,
      source: src('6.4 Immediate Actions; 6.5'),
    },
    // 003-18: early legal advice (6.4, 6.9, 7.5).
    {
      id: 'facilitateEarlyLegalAdvice',
      title: 'Facilitate access to early legal advice',
      description:
        'Inform the child of their right to protection, support and assistance in any criminal proceedings; seek a solicitor with trafficking expertise, or raise the concerns clearly with the solicitor (see the HMSP legal advice guidance).',
      required: true,
      recordedBy: anyoneOnTheCase,
      records: [{ name: 'adviser', label: 'Legal adviser or service (whom it went to)', type: 'text', required: true }],
      alsoAt: EARLY,
      source: src('6.4 Immediate Actions; 6.9 Legal and Criminal Support Advice; 7.5'),
    },
    {
      id: 'arrangeInterpreter',
      title: 'Arrange a suitable interpreter (non-UK case)',
      description:
        'An official interpreter from the national register (approved, DBS-checked), never family, friends or anyone found with the child; the same interpreter throughout unless the child asks for a change.',
      required: true,
      recordedBy: anyoneOnTheCase,
      when: [is('nonUkCase', true)],
      records: [
        {
          name: 'genderChoiceOffered',
          label: 'The child was offered a choice of the interpreter’s gender',
          type: 'boolean',
          required: true,
        },
        {
          name: 'dialectMatched',
          label: 'The dialect was double-checked for a match',
          type: 'boolean',
          required: true,
        },
      ],
      alsoAt: EARLY,
      source: src('6.4 Immediate Actions; 7.5 Supporting the Child'),
    },
    {
      id: 'seekHelplineAdvice',
      title: 'Seek advice from the 24/7 Modern Slavery Helpline',
      required: true,
      recordedBy: anyoneOnTheCase,
      alsoAt: EARLY,
      source: src('6.4 Immediate Actions'),
    },
    {
      id: 'notifyDesignatedLead',
      title: "Notify the organisation's modern slavery / trafficking designated lead (if applicable)",
      required: false,
      recordedBy: anyoneOnTheCase,
      alsoAt: EARLY,
      source: src('6.4 Immediate Actions'),
    },
  ],
  // 003-10: the HMSP sheet's two columns after the call to HCC. A First Responder (locally the
  // council or the police) makes sure the referral reaches the multi-agency hub before the meeting
  // is scheduled; anyone else takes HCC's direction, may be invited to the meeting, and passes
  // what they know to a First Responder on the offline NRM form (003-25), which only a First
  // Responder submits online.
  awaitingOutcome: [
    {
      id: 'ensureMultiAgencyReferral',
      title: 'First Responder: make sure the referral reaches the multi-agency referral hub',
      description: 'Alongside your child protection and safeguarding procedures (HMSP: "I am a NRM First Responder").',
      required: true,
      recordedBy: { roles: ['CASEWORKER', 'LEAD'], firstResponderOnly: true, organisationKinds: ['COUNCIL', 'POLICE'] },
      blocks: ['scheduleMultiAgencyMeeting'],
      source: src('8.11 HMSP Child Victim Referral Pathway, "I am a NRM First Responder" 1'),
    },
    {
      id: 'takeDirectionFromHcc',
      title: "Not a First Responder: take further direction from HCC Children's Safeguarding team",
      description:
        'Depending on your engagement with the child and if HCC deems it appropriate, you are invited to the multi-agency meeting.',
      required: false,
      recordedBy: anyoneOnTheCase,
      records: [
        { name: 'invitedToMeeting', label: 'Invited to the multi-agency meeting', type: 'boolean', required: true },
      ],
      alsoAt: ['strategyDiscussion', 'multiAgencyMeeting'],
      source: src('8.11 HMSP Child Victim Referral Pathway, "I am not a NRM First Responder" 1-2'),
    },
    {
      id: 'passOfflineNrmFormToFirstResponder',
      title: 'Pass the completed offline NRM form to a First Responder',
      description: 'Locally only the council and the police are First Responders; they submit the NRM online.',
      required: false,
      recordedBy: anyoneOnTheCase,
      guards: [happened('completeOfflineNrmForm', { description: 'the offline NRM form is completed first' })],
      records: [
        {
          name: 'firstResponder',
          label: 'First Responder it went to',
          type: 'enum',
          values: ['hccChildrensSafeguarding', 'hertfordshirePolice'],
          required: true,
        },
      ],
      alsoAt: ['strategyDiscussion', 'multiAgencyMeeting', 'escalation', 'nrmToSubmit'],
      source: src('6.3; 8.2; 8.11 HMSP Child Victim Referral Pathway, note'),
    },
  ],
  strategyDiscussion: [
    // 003-17 (7.4).
    {
      id: 'offerIndependentVisitor',
      title: 'Offer the child an Independent Visitor',
      description:
        'Any Independent Visitor appointed has appropriate training and understands the needs of unaccompanied or trafficked children.',
      required: true,
      recordedBy: caseOwners,
      records: [
        {
          name: 'response',
          label: "The child's answer",
          type: 'enum',
          values: ['accepted', 'declined'],
          required: true,
        },
        {
          name: 'declineReasons',
          label: "The child's reasons for declining",
          type: 'text',
          requiredIf: { field: 'response', equals: 'declined' },
        },
      ],
      alsoAt: except(THROUGHOUT, 'strategyDiscussion'),
      source: src('7.4 Age Assessments'),
    },
    // 003-18: a specialist immigration adviser (7.5) and the statutory defence (6.9, 6.10).
    {
      id: 'referToImmigrationAdviser',
      title: 'Refer the child to a specialist immigration adviser (OISC or Law Society regulated)',
      description:
        'For every trafficked child from abroad with any immigration issue, as early as possible, even if the child seems to have decided: immigration advice must come from someone qualified.',
      required: true,
      recordedBy: anyoneOnTheCase,
      when: [all([is('nonUkCase', true), is('immigrationIssues', true)])],
      records: [
        { name: 'regulatedBy', label: 'Regulated by', type: 'enum', values: ['OISC', 'lawSociety'], required: true },
        { name: 'adviser', label: 'Adviser (whom it went to)', type: 'text', required: true },
      ],
      alsoAt: except(THROUGHOUT, 'strategyDiscussion'),
      source: src('7.5 Supporting the Child (Interpreters and Legal Advice)'),
    },
    {
      id: 'adviseStatutoryDefence',
      title: 'Advise the child, and their legal representative, of the statutory (section 45) defence',
      description:
        'An offence directly linked to the exploitation may have the statutory defence; it is not a blanket bar on prosecution. A positive conclusive grounds decision can support it.',
      required: true,
      recordedBy: anyoneOnTheCase,
      when: [is('criminalProceedingsLinked', true)],
      records: [
        { name: 'childAdvised', label: 'The child was advised', type: 'boolean', required: true },
        {
          name: 'legalRepresentativeAdvised',
          label: "The child's legal representative was advised",
          type: 'boolean',
          required: true,
        },
      ],
      alsoAt: except(THROUGHOUT, 'strategyDiscussion'),
      source: src('6.9 Legal and Criminal Support Advice; 6.10 Statutory Defence'),
    },
  ],
  // 003-8 (6.8): the meeting decides more than the NRM: the child protection conference and plan,
  // moving the child from the household, immigration advice, and the safeguarding and disruption
  // powers it considered. Recorded once, after the meeting; it holds nothing back (the NRM and
  // the child's safety never wait on the minutes), so it stays outstanding until recorded.
  multiAgencyMeeting: [
    {
      id: 'recordMeetingPlan',
      title: "Record the meeting's plan: child protection, the household, immigration advice and the powers considered",
      description:
        'The multi-agency meeting agrees the plan, including the need for a Child Protection Conference and a possible Child Protection Plan, whether the child needs to be moved from the household, legal advice on a separate immigration application, and the safeguarding provisions and disruption powers available to the local authority and the police (e.g. a Modern Slavery Risk Order, a Child Abduction Warning Notice).',
      required: true,
      recordedBy: caseOwners,
      records: [
        {
          name: 'childProtectionConference',
          label: 'A Child Protection Conference is needed',
          type: 'boolean',
          required: true,
        },
        {
          name: 'childProtectionPlan',
          label: 'A Child Protection Plan is proposed',
          type: 'boolean',
          required: true,
        },
        {
          name: 'household',
          label:
            'Moving the child from the household (where the child is not related to the family or anyone in this country)',
          type: 'enum',
          values: ['notApplicable', 'staysInHousehold', 'toBeMoved'],
          required: true,
        },
        {
          name: 'immigrationAdviceSought',
          label: 'Legal advice sought on a separate application for immigration status',
          type: 'boolean',
        },
        {
          name: 'powersConsidered',
          label: 'Safeguarding provisions and disruption powers considered, and what was decided',
          type: 'text',
          required: true,
        },
      ],
      alsoAt: ['nrmToSubmit', 'escalation', 'nrmSubmitted'],
      source: src('6.8 Multi-Agency Meeting'),
    },
  ],
  // 003-20 (8.3): before the referral, the child is told honestly about the concerns, the reasons
  // for the referral, what the NRM is and what being referred leads to; a guardian may be told too.
  nrmToSubmit: [
    {
      id: 'explainNrmToChild',
      title: 'Tell the child about the concerns, the reasons for the NRM referral, what the NRM is and what follows',
      required: true,
      recordedBy: anyoneOnTheCase,
      alsoAt: ['multiAgencyMeeting', 'nrmSubmitted'],
      source: src('8.3 Consent'),
    },
    tellGuardian('explainNrmToGuardian', "Tell the child's guardian what the NRM is and what being referred leads to", {
      recordedBy: anyoneOnTheCase,
      alsoAt: ['multiAgencyMeeting', 'nrmSubmitted'],
      source: src('8.3 Consent; 8.11 HMSP pathway box'),
    }),
  ],
  nrmSubmitted: [
    // 003-22 (8.10; the HMSP sheet's Operation Tropic address; 7.3).
    {
      id: 'reportCrimeToPolice',
      title: 'Make sure Hertfordshire Police (Operation Tropic) have the crime to investigate',
      description:
        'Child trafficking is a crime the police must investigate; the NRM referral puts a duty on them. Keep sharing with the police what emerges about crimes against the child or risks to other children.',
      required: true,
      recordedBy: anyoneOnTheCase,
      records: [
        {
          name: 'reportedTo',
          label: 'Reported to',
          type: 'enum',
          values: ['operationTropic', 'policeControlRoom'],
          required: true,
        },
        { name: 'crimeReference', label: 'Crime reference number, if given', type: 'text' },
      ],
      alsoAt: AFTER_REFERRAL,
      source: src('8.10 Importance of Submitting an NRM Form; 7.3; 8.11 HMSP pathway, key email addresses'),
    },
  ],
  // 003-20: the outcome of the referral, told when a decision comes back.
  recoveryPeriod: [
    {
      id: 'tellNrmOutcomeToChild',
      title: 'Tell the child the outcome of the NRM referral',
      required: true,
      recordedBy: anyoneOnTheCase,
      records: [decisionRecord],
      alsoAt: except(DECISION_STEPS, 'recoveryPeriod'),
      source: src('8.3 Consent'),
    },
    tellGuardian('tellNrmOutcomeToGuardian', "Tell the child's guardian the outcome of the NRM referral", {
      recordedBy: anyoneOnTheCase,
      records: [decisionRecord],
      alsoAt: except(DECISION_STEPS, 'recoveryPeriod'),
      source: src('8.3 Consent; 8.11 HMSP pathway box'),
    }),
  ],
  // 003-28 (8.9): what a request must contain, before it is made.
  negativeRg: [reconsiderationChecklist('Rg', 'RG')],
  negativeCg: [reconsiderationChecklist('Cg', 'CG')],
};
