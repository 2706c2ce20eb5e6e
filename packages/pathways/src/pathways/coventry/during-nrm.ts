// 002 4.2.2 During-NRM pathway (flowchart image10): Salvation Army referral
// when destitute, RG decision (1-2 weeks), +ve RG support, -ve RG
// reconsideration within 30 days or alternative support, awaiting CG.
import { is } from '../../definition/guards';
import { anyoneOnTheCase, caseOwners, HARD_RULE_FACTS } from '../../definition/hard-rules';
import { definePathway } from '../../definition/load';
import { bool, compose, withActions } from '../shared/compose';
import { coventryReconsideration } from './reconsideration';
import { contactRecords, COVENTRY, explainDecision, file, head, step } from './shared';

const S = '4.2.2 During NRM Pathway (flowchart)';

export const coventryDuringNrm = definePathway(
  withActions(
    compose(
      head(COVENTRY.duringNrm, 'During-NRM pathway', S, 'nrmSubmitted', 3),
      {
        facts: [
          HARD_RULE_FACTS.nrmSubmittedOn,
          HARD_RULE_FACTS.rgOutcome,
          HARD_RULE_FACTS.rgDecisionDate,
          HARD_RULE_FACTS.cgOutcome,
          HARD_RULE_FACTS.cgDecisionDate,
          bool('destitute', 'Is the victim destitute and in need of urgent support and/or accommodation?'),
          // 002-7: its own question (4.2.2), not the Initial Identification's "want to access support".
          bool('wantsNrmSupport', 'Does the victim want NRM support and/or accommodation?'),
        ],
        steps: [
          step(
            'nrmSubmitted',
            S,
            'NRM submission',
            "Is the victim destitute and in need of urgent support and/or accommodation? Contact CCC's Modern Slavery Lead.",
            { contacts: ['coventry-modern-slavery-lead', 'salvation-army-nrm-referrals'] },
          ),
          step(
            'awaitingRg',
            S,
            'Await the Reasonable Grounds decision',
            'The RG decision should take 1-2 weeks; it arrives by email.',
          ),
          step(
            'positiveRg',
            S,
            'Positive RG decision',
            'Explain the decision with the explanatory resources. Does the victim want support and/or accommodation?',
            { resources: ['nrm-explanatory-booklet'], contacts: ['salvation-army-nrm-referrals'] },
          ),
          step(
            'negativeRg',
            S,
            'Negative RG decision',
            "Explain the decision and the victim's support entitlements (NRM Explanatory Booklet). Are there discrepancies in the decision making or new evidence?",
            { resources: ['nrm-explanatory-booklet'] },
          ),
          step(
            'rgReconsideration',
            S,
            'Reconsideration requested',
            "Submit any new information or evidence about the victim's experiences or circumstances.",
          ),
          step(
            'awaitingCg',
            S,
            'Await the Conclusive Grounds decision',
            'The CG decision takes at least 30 days, often much longer.',
          ),
          step('cgDecided', S, 'Conclusive Grounds decision made', "Go to 'Post NRM Pathway'.", {
            terminal: true,
            handOff: COVENTRY.postNrm,
          }),
          step(
            'alternativeSupport',
            S,
            'Consider alternative support options',
            "Go to 'Access to Specialist Support' (a directory look-up).",
            { terminal: true },
          ),
        ],
        transitions: [
          {
            name: 'referToSalvationArmy',
            label: 'Refer the victim to The Salvation Army',
            from: 'nrmSubmitted',
            to: 'awaitingRg',
            allow: anyoneOnTheCase,
            guards: [is('destitute', true)],
          },
          {
            name: 'awaitRg',
            label: 'Await the RG decision',
            from: 'nrmSubmitted',
            to: 'awaitingRg',
            allow: anyoneOnTheCase,
            guards: [is('destitute', false)],
          },
          {
            name: 'rgPositive',
            label: 'Positive RG decision received',
            from: 'awaitingRg',
            to: 'positiveRg',
            kind: 'decision',
            allow: caseOwners,
            guards: [is('rgOutcome', 'positive')],
            requiresFacts: ['rgDecisionDate'],
          },
          {
            name: 'rgNegative',
            label: 'Negative RG decision received',
            from: 'awaitingRg',
            to: 'negativeRg',
            kind: 'decision',
            allow: caseOwners,
            guards: [is('rgOutcome', 'negative')],
            requiresFacts: ['rgDecisionDate'],
          },
          {
            name: 'referForSupport',
            label: 'Refer to The Salvation Army for support and/or accommodation',
            from: 'positiveRg',
            to: 'awaitingCg',
            allow: anyoneOnTheCase,
            guards: [is('wantsNrmSupport', true)],
          },
          {
            name: 'awaitCg',
            label: 'Await the CG decision',
            from: 'positiveRg',
            to: 'awaitingCg',
            allow: anyoneOnTheCase,
            guards: [is('wantsNrmSupport', false)],
          },
          {
            name: 'recordCgDecision',
            label: 'CG decision received',
            from: 'awaitingCg',
            to: 'cgDecided',
            kind: 'decision',
            allow: caseOwners,
            requiresFacts: ['cgOutcome', 'cgDecisionDate'],
          },
        ],
        clocks: [
          {
            id: 'rgExpected',
            label: 'Reasonable Grounds decision expected (1-2 weeks)',
            startOn: ['started'],
            stopOn: ['rgPositive', 'rgNegative'],
            // The 1-2 weeks run from the NRM submission (on the Pre-NRM track or Transition to
            // Adulthood), not from when this track was enrolled (002-11).
            anchorFact: 'nrmSubmittedOn',
            due: { calendarDays: 14 },
            onOverdue: { action: 'flag', note: 'the RG decision should take 1-2 weeks' },
            source: { file, section: S },
          },
          {
            id: 'minimumSupportPeriod',
            label: 'Minimum recovery period after +ve RG (at least 30 days; CG not expected before)',
            startOn: ['rgPositive', 'rgDecisionReversed'],
            stopOn: [],
            due: { calendarDays: 30 },
            onOverdue: {
              action: 'elapse',
              note: 'the minimum 30-day support period (Nationality and Borders Act 2022 s61) has passed',
            },
            source: { file, section: '2.2.3 Nationality and Borders Act 2022; 4.2.2 flowchart' },
          },
        ],
      },
      coventryReconsideration('rg', {
        negative: 'negativeRg',
        pending: 'rgReconsideration',
        positive: 'positiveRg',
        alternative: 'alternativeSupport',
        section: S,
      }),
    ),
    {
      // 002-14: "Contact CCC's Modern Slavery Lead" heads the During-NRM chart. Required, and
      // outstanding while the RG decision is awaited, but it holds nothing back: the urgent Salvation
      // Army referral of a destitute victim and the Home Office's decision never wait for it. Declared
      // on the wait for the decision (1-2 weeks), where it stays recordable.
      awaitingRg: [
        {
          id: 'contactModernSlaveryLead',
          title: "Contact CCC's Modern Slavery Lead about the NRM referral",
          required: true,
          recordedBy: anyoneOnTheCase,
          records: contactRecords,
          source: { file, section: S },
        },
      ],
      // 002-13: explain each decision.
      positiveRg: [
        explainDecision(
          'explainPositiveRgDecision',
          'positive Reasonable Grounds',
          'Use the explanatory resources that come with the decision.',
          S,
        ),
      ],
      negativeRg: [
        explainDecision(
          'explainNegativeRgDecision',
          'negative Reasonable Grounds',
          "Use the NRM Explanatory Booklet to explain the victim's support entitlements.",
          S,
        ),
      ],
    },
  ),
);
