// The NRM decision branches shared by 000, 001 and 003 (DOMAIN rules 5 and 6):
// +ve RG -> recovery and reflection, awaiting CG; -ve RG or -ve CG ->
// reconsideration within 30 days or alternative support; refused
// reconsideration -> judicial review where the document offers it.
import { is } from '../../definition/guards';
import {
  caseOwners,
  anyoneOnTheCase,
  HARD_RULE_FACTS,
  reconsiderationAfterNegative,
} from '../../definition/hard-rules';
import type { Clock, Guard, Transition } from '../../definition/schema';
import { oneOfValues, SEEDS, source, stepFrom, type Fragment, type StepText } from './compose';

export type DecisionStep =
  | 'recoveryPeriod'
  | 'negativeRg'
  | 'rgReconsideration'
  | 'positiveCg'
  | 'negativeCg'
  | 'cgReconsideration'
  | 'reconsiderationRefused'
  | 'judicialReview';

export interface NrmDecisionOptions {
  file: string;
  /** Step in which the RG decision arrives (awaiting it, or a "decision returned" step). */
  rgFrom: string;
  /** Step in which the CG decision arrives; defaults to the recovery period. */
  cgFrom?: string;
  /** Where a person goes when the NRM route ends without a positive decision. */
  alternative: string;
  text: Record<Exclude<DecisionStep, 'judicialReview'>, StepText> & { judicialReview?: StepText };
  /** Recovery and reflection period after +ve RG, in calendar days (45 in 000/001). */
  recoveryDays: number | null;
  recoveryNote: string;
  /** Extra conditions a reconsideration request needs in this document (003 8.9: grounds). */
  reconsiderationGuards?: Guard[];
}

const decisionFacts = [
  HARD_RULE_FACTS.rgOutcome,
  HARD_RULE_FACTS.rgDecisionDate,
  HARD_RULE_FACTS.cgOutcome,
  HARD_RULE_FACTS.cgDecisionDate,
  oneOfValues('rgReconsiderationOutcome', 'Outcome of the RG reconsideration', ['reversed', 'upheld']),
  oneOfValues('cgReconsiderationOutcome', 'Outcome of the CG reconsideration', ['reversed', 'upheld']),
];

/**
 * 000, 001 and 003 set no time limit on a reconsideration request (000 step 10i, 001 step 8,
 * 003 8.9); the 30 days are 002's words and the national expectation. Here they are a deadline
 * and a warning when passed, never a block (X-6).
 */
const WINDOW_SOURCE = source(SEEDS.coventry, '4.2.2 During NRM Pathway (flowchart)');

export function nrmDecisions(o: NrmDecisionOptions): Fragment {
  const cgFrom = o.cgFrom ?? 'recoveryPeriod';
  const s = (id: DecisionStep, text: StepText) => stepFrom(o.file, id, text);
  const decision = (
    name: string,
    label: string,
    from: string,
    to: string,
    guards: Guard[],
    requiresFacts: string[],
  ): Transition => ({
    name,
    label,
    from,
    to,
    kind: 'decision',
    allow: caseOwners,
    guards,
    requiresFacts,
  });
  const branch = (d: 'rg' | 'cg') => {
    const D = d.toUpperCase();
    const outcome = `${d}Outcome`;
    const reconsideration = `${d}ReconsiderationOutcome`;
    const negative = d === 'rg' ? 'negativeRg' : 'negativeCg';
    const pending = d === 'rg' ? 'rgReconsideration' : 'cgReconsideration';
    const positive = d === 'rg' ? 'recoveryPeriod' : 'positiveCg';
    const from = d === 'rg' ? o.rgFrom : cgFrom;
    const transitions: Transition[] = [
      decision(
        `${d}Positive`,
        `Positive ${D} decision received`,
        from,
        positive,
        [is(outcome, 'positive')],
        [`${d}DecisionDate`],
      ),
      decision(
        `${d}Negative`,
        `Negative ${D} decision received`,
        from,
        negative,
        [is(outcome, 'negative')],
        [`${d}DecisionDate`],
      ),
      {
        name: `request${D === 'RG' ? 'Rg' : 'Cg'}Reconsideration`,
        label: `Ask for the ${D} decision to be reconsidered`,
        from: negative,
        to: pending,
        kind: 'reconsiderationRequest',
        // Any organisation may ask (003 8.9), not only First Responders.
        allow: anyoneOnTheCase,
        guards: [reconsiderationAfterNegative(d), ...(o.reconsiderationGuards ?? [])],
      },
      decision(
        `${d}DecisionReversed`,
        `Reconsideration: ${D} decision reversed`,
        pending,
        positive,
        [is(reconsideration, 'reversed')],
        [],
      ),
      decision(
        `${d}DecisionUpheld`,
        `Reconsideration refused: ${D} decision upheld`,
        pending,
        'reconsiderationRefused',
        [is(reconsideration, 'upheld')],
        [],
      ),
      {
        name: `${d}AlternativeSupport`,
        label: 'Consider alternative support options',
        from: negative,
        to: o.alternative,
        allow: caseOwners,
      },
    ];
    const clock: Clock = {
      id: `${d}ReconsiderationWindow`,
      label: `Reconsideration request after a negative ${D} decision`,
      startOn: [`${d}Negative`],
      stopOn: [transitions[2]?.name as string, `${d}AlternativeSupport`],
      // Counted from the decision date when recorded, not from when it was typed in.
      anchorFact: `${d}DecisionDate`,
      due: { calendarDays: 30 },
      onOverdue: {
        action: 'flag',
        note: 'the 30 days expected for a reconsideration request have passed; this document sets no limit, so a request may still be made',
      },
      source: WINDOW_SOURCE,
    };
    return { transitions, clock };
  };
  const rg = branch('rg');
  const cg = branch('cg');
  const steps = [
    s('recoveryPeriod', o.text.recoveryPeriod),
    s('negativeRg', o.text.negativeRg),
    s('rgReconsideration', o.text.rgReconsideration),
    s('positiveCg', o.text.positiveCg),
    s('negativeCg', o.text.negativeCg),
    s('cgReconsideration', o.text.cgReconsideration),
    s('reconsiderationRefused', o.text.reconsiderationRefused),
  ];
  const transitions = [...rg.transitions, ...cg.transitions];
  if (o.text.judicialReview) {
    steps.push(s('judicialReview', o.text.judicialReview));
    transitions.push(
      {
        name: 'seekJudicialReview',
        label: 'Challenge the refusal by judicial review (or Tribunal)',
        from: 'reconsiderationRefused',
        to: 'judicialReview',
        allow: caseOwners,
      },
      {
        name: 'concludeJudicialReview',
        label: 'Judicial review concluded',
        from: 'judicialReview',
        to: o.alternative,
        allow: caseOwners,
      },
    );
  }
  transitions.push({
    name: 'acceptRefusal',
    label: 'Accept the refusal; consider alternative support',
    from: 'reconsiderationRefused',
    to: o.alternative,
    allow: caseOwners,
  });
  const clocks: Clock[] = [rg.clock, cg.clock];
  if (o.recoveryDays !== null) {
    clocks.push({
      id: 'recoveryAndReflection',
      label: `${o.recoveryDays}-day recovery and reflection period`,
      startOn: ['rgPositive', 'rgDecisionReversed'],
      stopOn: [],
      due: { calendarDays: o.recoveryDays },
      onOverdue: { action: 'elapse', note: o.recoveryNote },
      source: source(o.file, o.text.recoveryPeriod.section),
    });
  }
  return { facts: decisionFacts, steps, transitions, clocks };
}
