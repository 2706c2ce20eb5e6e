// The London council adult referral shape shared by 000 and 001: identify,
// crisis assessment, SPoC hand-over, urgent and strategy assessment, the consent
// fork (NRM vs Duty to Notify), NRM decisions, second assessment, two-monthly
// check-ups for at least six months, closure. Each document supplies its own
// words, contacts and timescales; what differs in structure is an option.
import { all, any, elapsed, happened, happenedKind, is, not, treatedAsChild } from '../../definition/guards';
import {
  adultConsentDecided,
  anyoneOnTheCase,
  caseOwners,
  DTN_FACTS,
  dtnRules,
  firstResponders,
  nrmConsentRule,
} from '../../definition/hard-rules';
import type { Clock, FactDefinition, Transition } from '../../definition/schema';
import { bool, compose, recordableWhereverRunning, source, stepFrom, type Head, type StepText } from './compose';
import { nrmDecisions, type NrmDecisionOptions } from './nrm-decisions';

type CoreStep =
  | 'identified'
  | 'crisisAssessment'
  | 'spocHandover'
  | 'initialAssessment'
  | 'explainNrm'
  | 'dtnSubmitted'
  | 'nrmSubmitted'
  | 'dlrOptions'
  | 'secondAssessment'
  | 'checkUps'
  | 'closed';

export interface CouncilAdultOptions {
  head: Head;
  file: string;
  text: Record<CoreStep, StepText> &
    NrmDecisionOptions['text'] & {
      childSafeguarding?: StepText;
      rgReturned?: StepText;
      cgReturned?: StepText;
    };
  /** Sections for the actions recorded without changing step. */
  sections: {
    call999: string;
    strategyMeeting: string;
    multiAgencyMeeting: string;
    preRgHousing: string;
    advocateFollowUp: string;
  };
  /** The urgent assessment's questions, each a fact to record (000: three, 001: three, worded differently). */
  urgentQuestions: FactDefinition[];
  strategyMeetingHours: number | null;
  multiAgencyMeetingDays: number | null;
  /**
   * 'leave': the document is for adults only, so a person treated as a child
   * leaves for children's safeguarding (000). 'nrmWithoutConsent': children go
   * to the NRM without consent and are referred to an ICTG (001).
   */
  children: 'leave' | 'nrmWithoutConsent';
  /** 001 step 8: each decision is returned and forwarded for recording before its branch. */
  decisionReturnedStep: boolean;
  recoveryDays: number;
}

const facts: FactDefinition[] = [
  ...DTN_FACTS,
  bool(
    'immediateThreat',
    'Is there an immediate threat, a need for emergency medical treatment, or is the PV still in the place of exploitation?',
  ),
  bool('concernsInWriting', 'Have the concerns been put in writing for the audit trail?'),
  bool('immediateRisk', 'Is the PV at immediate risk after the urgent assessment?'),
  bool('nrpf', 'Does the PV have no recourse to public funds?'),
  bool(
    'noOtherHousingDuty',
    'Is there no duty to provide housing or support under other safeguarding or human rights legislation?',
  ),
  bool('foreignNationalWithoutLeave', 'Is the PV a foreign national without leave to remain?'),
];

export function councilAdultPathway(o: CouncilAdultOptions) {
  const s = (id: CoreStep | 'childSafeguarding' | 'rgReturned' | 'cgReturned', terminal = false) => {
    const text = o.text[id];
    if (!text) throw new Error(`missing text for step ${id}`);
    return stepFrom(o.file, id, text, terminal ? { terminal: true } : {});
  };
  const src = (section: string) => source(o.file, section);
  const steps = [
    s('identified'),
    s('crisisAssessment'),
    s('spocHandover'),
    s('initialAssessment'),
    s('explainNrm'),
    s('dtnSubmitted'),
    s('nrmSubmitted'),
    s('dlrOptions'),
    s('secondAssessment'),
    s('checkUps'),
    s('closed', true),
  ];
  const decisionsPending = [
    'nrmSubmitted',
    'recoveryPeriod',
    'negativeRg',
    'rgReconsideration',
    'negativeCg',
    'cgReconsideration',
  ];
  const transitions: Transition[] = [
    {
      name: 'startCrisisAssessment',
      label: 'Carry out the crisis risk assessment',
      from: 'identified',
      to: 'crisisAssessment',
      allow: anyoneOnTheCase,
    },
    {
      name: 'call999',
      label: 'Call the police on 999',
      from: ['identified', 'crisisAssessment', 'initialAssessment'],
      stays: true,
      allow: anyoneOnTheCase,
      source: src(o.sections.call999),
    },
    {
      name: 'contactSpoc',
      label: 'Contact the Modern Slavery SPoC',
      from: 'crisisAssessment',
      to: 'spocHandover',
      allow: anyoneOnTheCase,
      requiresFacts: ['immediateThreat'],
      guards: [
        any([is('immediateThreat', false), happened('call999')], {
          description: 'the police were called on 999 when there is an immediate threat',
        }),
      ],
    },
    {
      name: 'handOverToSpoc',
      label: 'Hand responsibility to the SPoC (end of process for the initial referrer)',
      from: 'spocHandover',
      to: 'initialAssessment',
      allow: anyoneOnTheCase,
      // DOMAIN rule 7: concerns are put in writing before the hand-over.
      guards: [is('concernsInWriting', true, { description: 'the concerns are in writing for the audit trail' })],
    },
    {
      name: 'recordUrgentAssessment',
      label: 'Record the urgent assessment',
      from: 'initialAssessment',
      stays: true,
      allow: caseOwners,
      requiresFacts: [...o.urgentQuestions.map((f) => f.name), 'immediateRisk'],
    },
    {
      name: 'holdStrategyMeeting',
      label: 'Hold the initial needs and risk assessment strategy meeting',
      from: 'initialAssessment',
      stays: true,
      allow: caseOwners,
      source: src(o.sections.strategyMeeting),
    },
    {
      name: 'moveToNrmStage',
      label: 'Move to the NRM stage: explain the NRM to the PV',
      from: 'initialAssessment',
      to: 'explainNrm',
      allow: caseOwners,
      guards: [
        happened('recordUrgentAssessment', { description: 'the urgent assessment is recorded' }),
        any([is('immediateRisk', true), happened('holdStrategyMeeting')], {
          description: 'the PV is at immediate risk, or the strategy meeting has been held',
        }),
      ],
    },
    {
      name: 'submitDutyToNotify',
      label: 'Complete and submit the Duty to Notify (MS1) form',
      from: 'explainNrm',
      to: 'dtnSubmitted',
      kind: 'dutyToNotify',
      allow: firstResponders,
      guards: [
        ...dtnRules,
        not(happened('submitDutyToNotify'), { description: 'no Duty to Notify has been made for this person yet' }),
      ],
    },
    {
      // After a DtN the PV may be asked again (step 5 N.B.); declining again needs no second DtN.
      name: 'declineNrmAgain',
      label: 'The PV still does not consent: back to the second assessment',
      from: 'explainNrm',
      to: 'secondAssessment',
      allow: caseOwners,
      guards: [
        happened('submitDutyToNotify', { description: 'a Duty to Notify has already been made' }),
        adultConsentDecided(false),
      ],
    },
    {
      name: 'submitNrmReferral',
      label: 'Complete and submit the NRM referral',
      from: 'explainNrm',
      to: 'nrmSubmitted',
      kind: 'nrmReferral',
      allow: firstResponders,
      guards: [nrmConsentRule],
    },
    {
      name: 'reviewAfterDtn',
      label: 'Carry out the second needs and risk assessment',
      from: 'dtnSubmitted',
      to: 'secondAssessment',
      allow: caseOwners,
    },
    {
      name: 'reconsiderNrm',
      label: 'The PV may now agree to enter the NRM: explain it again',
      from: 'secondAssessment',
      to: 'explainNrm',
      allow: caseOwners,
      guards: [not(happenedKind('nrmReferral'), { description: 'the PV has not already been referred to the NRM' })],
    },
    {
      name: 'referToSalvationArmyHousing',
      label: 'Contact The Salvation Army for accommodation or outreach (pre-RG housing)',
      from: 'nrmSubmitted',
      stays: true,
      allow: caseOwners,
      guards: [
        all([is('nrpf', true), is('noOtherHousingDuty', true)], {
          description: 'the PV has NRPF and there is no other duty to house or support them',
        }),
      ],
      source: src(o.sections.preRgHousing),
    },
    {
      name: 'holdMultiAgencyMeeting',
      label: 'Hold a multi-agency meeting or refer into a mainstream group (MASH/MARAC) for a care plan',
      from: decisionsPending,
      stays: true,
      allow: caseOwners,
      source: src(o.sections.multiAgencyMeeting),
    },
    {
      name: 'rehousedOutOfBorough',
      label: 'PV rehoused outside the borough: contact the safe house local authority',
      from: 'recoveryPeriod',
      stays: true,
      allow: caseOwners,
      source: src(o.sections.advocateFollowUp),
    },
    {
      name: 'advocateFollowUp',
      label: 'Original advocate follows up',
      from: ['recoveryPeriod', 'positiveCg', 'negativeCg', 'negativeRg', 'secondAssessment', 'checkUps'],
      stays: true,
      allow: caseOwners,
      guards: [happened('rehousedOutOfBorough', { description: 'the PV was rehoused outside the borough' })],
      source: src(o.sections.advocateFollowUp),
    },
    // DOMAIN rule 6: +ve CG leads to recovery needs and, for foreign nationals without leave, leave to remain.
    {
      name: 'considerLeaveToRemain',
      label: 'Consider discretionary leave to remain options',
      from: 'positiveCg',
      to: 'dlrOptions',
      allow: caseOwners,
      guards: [is('foreignNationalWithoutLeave', true)],
    },
    {
      name: 'assessAfterDlr',
      label: 'Carry out the second needs and risk assessment',
      from: 'dlrOptions',
      to: 'secondAssessment',
      allow: caseOwners,
    },
    {
      name: 'assessRecoveryNeeds',
      label: 'Carry out the second needs and risk assessment (move-on support)',
      from: 'positiveCg',
      to: 'secondAssessment',
      allow: caseOwners,
      guards: [is('foreignNationalWithoutLeave', false)],
    },
    {
      name: 'beginCheckUps',
      label: 'Begin two-monthly check-ups',
      from: 'secondAssessment',
      to: 'checkUps',
      allow: caseOwners,
    },
    {
      name: 'recordCheckUp',
      label: "Review the PV's assessment (check-up)",
      from: 'checkUps',
      stays: true,
      allow: caseOwners,
    },
    {
      name: 'closeCase',
      label: 'Close the case',
      from: 'checkUps',
      to: 'closed',
      allow: caseOwners,
      guards: [
        elapsed('beginCheckUps', { calendarMonths: 6 }, { description: 'check-ups have run for at least 6 months' }),
      ],
    },
  ];

  if (o.children === 'leave') {
    steps.push(s('childSafeguarding', true));
    // 000-14: a child found anywhere before the NRM stage leaves the adult process, not only at steps 4-6.
    transitions.push({
      name: 'referToChildSafeguarding',
      label: "Treated as a child: follow children's safeguarding procedures instead",
      from: ['identified', 'crisisAssessment', 'spocHandover', 'initialAssessment', 'explainNrm'],
      to: 'childSafeguarding',
      allow: anyoneOnTheCase,
      guards: [treatedAsChild(true)],
    });
  } else {
    transitions.push({
      name: 'referToIctg',
      label: 'Refer the child to the Independent Child Trafficking Guardians',
      from: 'nrmSubmitted',
      stays: true,
      allow: caseOwners,
      guards: [treatedAsChild(true)],
    });
  }
  const ictgDone = any([treatedAsChild(false), happened('referToIctg')], {
    description: 'a child has been referred to the ICTG service',
  });

  let rgFrom = 'nrmSubmitted';
  let cgFrom = 'recoveryPeriod';
  if (o.decisionReturnedStep) {
    steps.push(s('rgReturned'), s('cgReturned'));
    rgFrom = 'rgReturned';
    cgFrom = 'cgReturned';
    transitions.push(
      {
        name: 'rgDecisionReturned',
        label: 'RG decision returned: forward it for recording',
        from: 'nrmSubmitted',
        to: 'rgReturned',
        allow: caseOwners,
        guards: o.children === 'nrmWithoutConsent' ? [ictgDone] : [],
      },
      {
        name: 'cgDecisionReturned',
        label: 'CG decision returned: forward it for recording',
        from: 'recoveryPeriod',
        to: 'cgReturned',
        allow: caseOwners,
      },
    );
  }

  // The SPoC leads the case once it is handed over (step 3): the owning organisation's lead.
  const SPOC = { label: 'Modern Slavery SPoC', role: 'LEAD' } as const;
  const clocks: Clock[] = [
    {
      id: 'urgentAssessment',
      label: 'Urgent assessment (still targeted? housed? income?)',
      startOn: ['started'],
      stopOn: ['recordUrgentAssessment'],
      due: { hours: 3 },
      onOverdue: {
        action: 'escalate',
        to: SPOC,
        note: 'the urgent assessment was due within 3 hours of identification',
      },
      source: src(o.text.initialAssessment.section),
    },
  ];
  if (o.strategyMeetingHours !== null) {
    clocks.push({
      id: 'strategyMeeting',
      label: 'Initial needs and risk assessment strategy meeting',
      startOn: ['started'],
      stopOn: ['holdStrategyMeeting'],
      due: { hours: o.strategyMeetingHours },
      onOverdue: {
        action: 'escalate',
        to: SPOC,
        note: `the strategy meeting was due within ${o.strategyMeetingHours} hours`,
      },
      source: src(o.sections.strategyMeeting),
    });
  }
  if (o.multiAgencyMeetingDays !== null) {
    clocks.push({
      id: 'multiAgencyMeeting',
      label: 'Multi-agency meeting or referral into MASH/MARAC, care plan',
      startOn: ['submitNrmReferral'],
      stopOn: ['holdMultiAgencyMeeting'],
      due: { calendarDays: o.multiAgencyMeetingDays },
      onOverdue: {
        action: 'escalate',
        to: SPOC,
        note: `the care plan meeting was due within ${o.multiAgencyMeetingDays} days`,
      },
      source: src(o.sections.multiAgencyMeeting),
    });
  }
  clocks.push(
    {
      id: 'advocateFollowUp',
      label: 'Original advocate follows up after rehousing out of borough',
      startOn: ['rehousedOutOfBorough'],
      stopOn: ['advocateFollowUp'],
      due: { calendarDays: 45 },
      onOverdue: { action: 'flag', note: 'the original advocate should follow up within 45 days' },
      source: src(o.sections.advocateFollowUp),
    },
    {
      id: 'checkUp',
      label: 'Two-monthly check-up',
      startOn: ['beginCheckUps'],
      restartOn: ['recordCheckUp'],
      stopOn: ['closeCase'],
      due: { calendarMonths: 2 },
      onOverdue: { action: 'flag', note: "the PV's assessment is reviewed every two months" },
      source: src(o.text.checkUps.section),
    },
  );

  const composed = compose(
    o.head,
    { facts: [...facts, ...o.urgentQuestions], steps, transitions, clocks },
    nrmDecisions({
      file: o.file,
      rgFrom,
      cgFrom,
      alternative: 'secondAssessment',
      text: o.text,
      recoveryDays: o.recoveryDays,
      recoveryNote: `the ${o.recoveryDays}-day recovery and reflection period has ended`,
    }),
  );
  // 000 steps 4-5, 8 and 9 give each of these a deadline but no step to hold it in: the meeting or
  // the follow-up can be recorded from every open step where its clock runs, so the clock can
  // always be stopped (the track may have moved on, e.g. straight to the NRM at immediate risk).
  return recordableWhereverRunning(composed, ['strategyMeeting', 'multiAgencyMeeting', 'advocateFollowUp']);
}
