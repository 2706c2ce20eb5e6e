// Coventry's reconsideration branch, used for RG (During-NRM) and CG
// (Post-NRM): only with discrepancies or new evidence, always after advice
// from the Council's Modern Slavery Lead, within 30 days of the decision.
import { happened, is } from '../../definition/guards';
import { anyoneOnTheCase, caseOwners, reconsiderationAfterNegative } from '../../definition/hard-rules';
import type { Clock, Transition } from '../../definition/schema';
import { bool, oneOfValues, type Fragment } from '../shared/compose';
import { file } from './shared';

export function coventryReconsideration(
  d: 'rg' | 'cg',
  o: { negative: string; pending: string; positive: string; alternative: string; section: string },
): Fragment {
  const D = d === 'rg' ? 'Rg' : 'Cg';
  const request = `request${D}Reconsideration`;
  const transitions: Transition[] = [
    {
      name: `contactModernSlaveryLead${D}`,
      label: "Contact the Council's Modern Slavery Lead for advice",
      from: o.negative,
      stays: true,
      allow: anyoneOnTheCase,
    },
    {
      name: request,
      label: 'Submit a reconsideration request to the Competent Authority',
      from: o.negative,
      to: o.pending,
      kind: 'reconsiderationRequest',
      allow: anyoneOnTheCase,
      guards: [
        reconsiderationAfterNegative(d),
        is('groundsForReconsideration', true, {
          description: 'there are discrepancies in the decision making or new evidence',
        }),
        happened(`contactModernSlaveryLead${D}`, {
          description: "the Council's Modern Slavery Lead has been contacted for advice",
        }),
      ],
    },
    {
      name: `${d}DecisionReversed`,
      label: 'Reconsideration: decision reversed',
      from: o.pending,
      to: o.positive,
      kind: 'decision',
      allow: caseOwners,
      guards: [is(`${d}ReconsiderationOutcome`, 'reversed')],
    },
    {
      name: `${d}DecisionUpheld`,
      label: 'Reconsideration refused: decision upheld',
      from: o.pending,
      to: o.alternative,
      kind: 'decision',
      allow: caseOwners,
      guards: [is(`${d}ReconsiderationOutcome`, 'upheld')],
    },
    {
      name: `${d}AlternativeSupport`,
      label: "Consider alternative support options ('Access to Specialist Support')",
      from: o.negative,
      to: o.alternative,
      allow: anyoneOnTheCase,
    },
  ];
  const clock: Clock = {
    id: `${d}ReconsiderationWindow`,
    label: 'Reconsideration request to the Competent Authority',
    startOn: [`${d}Negative`],
    stopOn: [request, `${d}AlternativeSupport`],
    anchorFact: `${d}DecisionDate`,
    due: { calendarDays: 30 },
    onOverdue: {
      action: 'block',
      transitions: [request],
      note: 'reconsideration requests are due within 30 days of the decision',
      // 002 states the 30 days; a later request only in exceptional circumstances, with a reason.
      extendable: true,
    },
    source: { file, section: o.section },
  };
  return {
    facts: [
      bool(
        'groundsForReconsideration',
        'Are there discrepancies in the decision making, or new evidence that could change the decision?',
      ),
      oneOfValues(`${d}ReconsiderationOutcome`, 'Outcome of the reconsideration', ['reversed', 'upheld']),
    ],
    transitions,
    clocks: [clock],
  };
}
