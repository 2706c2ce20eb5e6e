// Rules that look at the whole case rather than one track, or at a question
// before it is asked. The API calls these instead of keeping its own copy, so
// each rule has one home.
import { RULES } from '../definition/hard-rules';
import type { Facts, FactValue, PathwayDefinition, TransitionKind } from '../definition/schema';
import { isTreatedAsChild } from './facts';

/** A refusal the API turns into a typed error: which rule, where it is written, what to do instead. */
export interface RuleRefusal {
  rule: string;
  section: string;
  message: string;
  /** The input field the refusal is about. */
  field: string;
  /** The mutation to use instead, where there is one. */
  mutation?: string;
}

export interface ConsentQuestion {
  nrm?: boolean;
  shareDetails?: boolean;
}

/**
 * May these consent questions be put, given the facts (with any capacity answer of the same
 * call already merged in)? A child, or a person presumed to be one, is never asked: children
 * need no consent to enter the NRM and a Duty to Notify is never for a child (001 step 5,
 * 003 8.3, 004). Where capacity is in doubt it is considered before consent (002 4.1).
 */
export function consentRefusal(facts: Facts, asked: ConsentQuestion): RuleRefusal | undefined {
  if (!asked.nrm && !asked.shareDetails) return undefined;
  if (isTreatedAsChild(facts) === true) {
    return {
      rule: RULES.nrmConsent,
      section: '003 8.3',
      field: asked.nrm ? 'nrm' : 'shareDetails',
      message:
        'A child, or a person presumed to be one, is never asked for consent: children enter the NRM without it and are never the subject of a Duty to Notify.',
    };
  }
  if (facts.capacityInDoubt === true && facts.capacityConsidered !== true) {
    return {
      rule: RULES.capacityFirst,
      section: '002 4.1',
      field: 'capacityConsidered',
      message: 'Capacity is in doubt: record the capacity consideration before consent.',
      mutation: 'caseRecordConsent',
    };
  }
  return undefined;
}

/**
 * Whether a Duty to Notify made now is anonymised: always unless the adult consented to their
 * details being shared (004: "if consent is not given the form must still be completed but
 * anonymised"); always where the pathway demands an anonymous form (Coventry).
 */
export function dutyToNotifyAnonymised(definition: PathwayDefinition, facts: Facts): boolean {
  const alwaysAnonymous = definition.transitions.some(
    (t) =>
      t.kind === 'dutyToNotify' &&
      (t.guards ?? []).some(
        (g) => g.kind === 'fact' && g.fact === 'dtnAnonymised' && g.equals === true && g.ifMissing === undefined,
      ),
  );
  return alwaysAnonymous || facts.consentToShareDetails !== true;
}

/** What the case as a whole holds, for the rules that span its tracks. */
export interface CaseRecords {
  nrmReferrals: number;
  /** The lead First Responder the latest held STRAT/MARM meeting named (003 8.5), if any. */
  meetingLead?: { organisationId: string; name: string } | null;
}

/**
 * Rules across tracks: one NRM referral per case (further information goes on the existing
 * referral: 003 8.7 "submit any further relevant information as it comes to light", 002 4.2.1
 * "add any missing information"), and no Duty to Notify once the person is in the NRM on any
 * track (004: "not applicable if the victim is entered into the NRM").
 */
export function caseWideRefusal(kind: TransitionKind, records: CaseRecords): RuleRefusal | undefined {
  if (kind === 'nrmReferral' && records.nrmReferrals > 0) {
    return {
      rule: 'one-nrm-referral',
      section: '003 8.7',
      field: 'trackId',
      message:
        'The person already has an NRM referral: record further information on it rather than submitting another.',
      mutation: 'caseAddNrmReferralInformation',
    };
  }
  if (kind === 'dutyToNotify' && records.nrmReferrals > 0) {
    return {
      rule: RULES.dtnNotInNrm,
      section: '004 (Duty to Notify)',
      field: 'trackId',
      message: 'The person has entered the NRM: a Duty to Notify is not made for them.',
    };
  }
  return undefined;
}

/**
 * 003 8.5: "Following discussion and agreement at a multi-agency meeting organised by HCC (STRAT
 * or MARM), the lead First Responder organisation must submit the NRM form online with input from
 * the other relevant organisations". Once a held meeting has named the lead, only that
 * organisation submits; the others give it their input. The API answers NotPermittedError.
 */
export function nrmSubmitterRefusal(records: CaseRecords, organisationId: string): RuleRefusal | undefined {
  const lead = records.meetingLead;
  if (!lead || lead.organisationId === organisationId) return undefined;
  return {
    rule: 'meeting-names-lead-first-responder',
    section: '003 8.5',
    field: 'trackId',
    message: `The multi-agency meeting named ${lead.name} as lead First Responder: only ${lead.name} submits the NRM referral; give them your input.`,
  };
}

/** The facts an NRM referral sets for the whole case: the person is in the NRM. */
export const NRM_REFERRAL_FACTS: Readonly<Record<string, FactValue>> = { inNrm: true };
