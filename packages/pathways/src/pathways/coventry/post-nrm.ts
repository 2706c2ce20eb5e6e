// 002 4.2.3 Post-NRM pathway (flowchart image11): +ve CG -> recovery needs
// assessment, 45 days of move-on support or continued support, leave to remain
// for foreign nationals; -ve CG -> reconsideration or alternative support.
import { elapsed, happened, is, not } from '../../definition/guards';
import { anyoneOnTheCase, caseOwners, HARD_RULE_FACTS } from '../../definition/hard-rules';
import { definePathway } from '../../definition/load';
import { bool, compose, withActions } from '../shared/compose';
import { coventryReconsideration } from './reconsideration';
import { COVENTRY, explainDecision, file, head, reasonRecords, step } from './shared';

const moveOnDaysGiven = elapsed(
  'moveOn',
  { calendarDays: 45 },
  { description: '45 days of move-on support have been given' },
);

const S = '4.2.3 Post NRM Pathway (flowchart)';

export const coventryPostNrm = definePathway(
  withActions(
    compose(
      head(COVENTRY.postNrm, 'Post-NRM pathway', S, 'cgDecided', 3),
      {
        facts: [
          HARD_RULE_FACTS.cgOutcome,
          HARD_RULE_FACTS.cgDecisionDate,
          bool('foreignNationalWithoutLeave', 'Is the survivor a foreign national with no existing leave to remain?'),
          bool('receivingNrmSupport', 'Is the victim receiving NRM support?'),
          bool('outstandingSupportNeeds', 'Did the Recovery Needs Assessment find outstanding support needs?'),
          bool('askedToLeaveAccommodation', 'Has the victim been asked to leave NRM accommodation?'),
        ],
        steps: [
          step(
            'cgDecided',
            S,
            'Conclusive Grounds decision made',
            'Explain the decision to the victim with the explanatory resources.',
            { resources: ['nrm-explanatory-booklet'], contacts: ['coventry-modern-slavery-lead'] },
          ),
          step(
            'positiveCg',
            S,
            'Positive CG decision',
            'If receiving NRM support, the Support Provider undertakes a Recovery Needs Assessment. The Home Office considers leave to remain of up to 30 months for foreign survivors with no existing leave.',
          ),
          step(
            'negativeCg',
            S,
            'Negative CG decision',
            'Are there discrepancies in the decision making, or new evidence that could change the decision?',
          ),
          step('cgReconsideration', S, 'Reconsideration requested', 'Waiting for the Competent Authority.'),
          step(
            'moveOnSupport',
            S,
            '45 days of move-on support',
            'No outstanding support needs: 45 days of support before exiting the service.',
          ),
          step(
            'continuingSupport',
            S,
            'NRM support continues',
            'Outstanding support needs: the NRM continues to provide support.',
          ),
          step(
            'housingReferral',
            S,
            'Refer to Housing',
            'Asked to leave NRM accommodation: the victim may approach the Council for a Housing Assessment.',
            { terminal: true, handOff: COVENTRY.housing, contacts: ['coventry-housing'] },
          ),
          step('supportEnded', S, 'NRM support ended', "Contact CCC's Modern Slavery Lead.", { terminal: true }),
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
            name: 'cgPositive',
            label: 'Positive CG decision',
            from: 'cgDecided',
            to: 'positiveCg',
            kind: 'decision',
            allow: caseOwners,
            guards: [is('cgOutcome', 'positive')],
            requiresFacts: ['cgDecisionDate'],
          },
          {
            name: 'cgNegative',
            label: 'Negative CG decision',
            from: 'cgDecided',
            to: 'negativeCg',
            kind: 'decision',
            allow: caseOwners,
            guards: [is('cgOutcome', 'negative')],
            requiresFacts: ['cgDecisionDate'],
          },
          {
            name: 'considerLeaveToRemain',
            label: 'Home Office consideration for leave to remain',
            // 002-17, decided: the Home Office's consideration is recorded when it happens and never
            // holds up support; the chart shows it beside the +ve CG, not as a gate (README).
            from: ['positiveCg', 'moveOnSupport', 'continuingSupport'],
            stays: true,
            allow: caseOwners,
            guards: [is('foreignNationalWithoutLeave', true)],
          },
          {
            name: 'moveOn',
            label: 'No outstanding needs: 45 days of move-on support',
            from: 'positiveCg',
            to: 'moveOnSupport',
            allow: anyoneOnTheCase,
            guards: [is('receivingNrmSupport', true), is('outstandingSupportNeeds', false)],
          },
          {
            name: 'continueSupport',
            label: 'Outstanding needs: NRM support continues',
            from: 'positiveCg',
            to: 'continuingSupport',
            allow: anyoneOnTheCase,
            guards: [is('receivingNrmSupport', true), is('outstandingSupportNeeds', true)],
          },
          {
            name: 'notInNrmSupport',
            label: "Not receiving NRM support: contact CCC's Modern Slavery Lead",
            from: 'positiveCg',
            to: 'supportEnded',
            allow: anyoneOnTheCase,
            guards: [is('receivingNrmSupport', false)],
          },
          {
            name: 'exitNrmSupport',
            label: 'Exit the NRM service after 45 days',
            from: 'moveOnSupport',
            to: 'supportEnded',
            allow: anyoneOnTheCase,
            guards: [moveOnDaysGiven],
          },
          {
            // 002-18: the survivor may leave move-on support before the 45 days end (a new home, a
            // job, other support); the track says why rather than waiting out the days.
            name: 'exitMoveOnEarly',
            label: 'Move-on support ends before the 45 days',
            from: 'moveOnSupport',
            to: 'supportEnded',
            allow: anyoneOnTheCase,
            guards: [
              not(moveOnDaysGiven, { description: 'the 45 days of move-on support have not yet ended' }),
              happened('recordEarlyExitReason', {
                description: 'the reason move-on support ends early is recorded',
              }),
            ],
            source: { file, section: S },
          },
          {
            name: 'supportConcluded',
            label: 'NRM support concluded',
            from: 'continuingSupport',
            to: 'supportEnded',
            allow: anyoneOnTheCase,
          },
          {
            name: 'referToHousing',
            label: 'Refer to Housing for a Housing Assessment',
            // 002-16: a survivor asked to leave NRM accommodation may approach the Council for a
            // Housing Assessment whatever the decision, including straight after a +ve CG.
            from: ['positiveCg', 'moveOnSupport', 'continuingSupport'],
            to: 'housingReferral',
            allow: anyoneOnTheCase,
            guards: [is('askedToLeaveAccommodation', true)],
          },
          {
            // 002-16: after a -ve CG (while a reconsideration may still be asked for, or is pending)
            // NRM accommodation ends; the Housing referral is made without giving up the challenge.
            name: 'referToHousingAfterNegativeCg',
            label: 'Asked to leave NRM accommodation: refer to Housing for a Housing Assessment',
            from: ['negativeCg', 'cgReconsideration'],
            stays: true,
            allow: anyoneOnTheCase,
            guards: [is('askedToLeaveAccommodation', true)],
            description:
              "Start the Housing pathway (coventry-housing) for the case: 'asked to leave NRM accommodation… Housing Assessment'.",
            source: { file, section: S },
          },
        ],
        clocks: [
          {
            id: 'moveOnSupport',
            label: '45 days of move-on support',
            startOn: ['moveOn'],
            stopOn: ['referToHousing', 'exitNrmSupport', 'exitMoveOnEarly'],
            due: { calendarDays: 45 },
            onOverdue: { action: 'elapse', note: 'the 45 days of move-on support have ended: exit the service' },
            source: { file, section: S },
          },
        ],
      },
      // The chart says "within 30 days of the reasonable grounds decision" here too;
      // read as 30 days of the decision being challenged (the CG decision).
      coventryReconsideration('cg', {
        negative: 'negativeCg',
        pending: 'cgReconsideration',
        positive: 'positiveCg',
        alternative: 'alternativeSupport',
        section: S,
      }),
    ),
    {
      // 002-13: explain each decision.
      positiveCg: [
        explainDecision(
          'explainPositiveCgDecision',
          'positive Conclusive Grounds',
          'Use the explanatory resources that come with the decision.',
          S,
        ),
      ],
      negativeCg: [
        explainDecision(
          'explainNegativeCgDecision',
          'negative Conclusive Grounds',
          'Use the explanatory resources that come with the decision.',
          S,
        ),
      ],
      // 002-18: why move-on support ends early, in words.
      moveOnSupport: [
        {
          id: 'recordEarlyExitReason',
          title: 'Record why move-on support ends before the 45 days',
          required: false,
          recordedBy: anyoneOnTheCase,
          records: reasonRecords('Why move-on support ends early'),
          source: { file, section: S },
        },
      ],
    },
  ),
);
