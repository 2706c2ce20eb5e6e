/**
 * caseRecordConsent: consent to the NRM and to sharing details. Consent counts only from a person
 * with capacity for that decision: where capacity is in doubt it is assessed first
 * (caseRecordCapacityAssessment), and an adult who lacks it takes the best-interests route.
 */
import { consentRefusal, getResource } from '@waymark/pathways';
import { builder } from '../../builder.ts';
import { ValidationError } from '../../errors.ts';
import { caseFacts, factsOf } from '../pathways/engine-adapter.ts';
import { RuleViolationError } from './case-errors.ts';
import { changedFacts, mergeFacts } from './case-facts.ts';
import { base, caseMutation, caseInput, RULE_ERRORS } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';

export const ConsentAnswer = builder.enumType('ConsentAnswer', { values: ['GIVEN', 'DECLINED', 'WITHDRAWN'] as const });

export type ConsentAnswer = 'GIVEN' | 'DECLINED' | 'WITHDRAWN';

export async function recordConsent(
  request: RequestInfo,
  input: Versioned & {
    nrm?: ConsentAnswer | null;
    shareDetails?: ConsentAnswer | null;
    capacityInDoubt?: boolean | null;
    explainedWith?: readonly string[] | null;
    legalAdviceOffered?: boolean | null;
  },
) {
  if (!input.nrm && !input.shareDetails && input.capacityInDoubt == null) {
    throw new ValidationError([
      { path: ['nrm'], message: 'say what was consented to (nrm, shareDetails) or whether capacity is in doubt' },
    ]);
  }
  const informed = informedBy(input);
  return changeCase(request, input.caseId, input.expectedVersion, async (_tx, current, now) => {
    const before = factsOf(current.facts);
    const changes: Record<string, unknown> = {};
    if (input.capacityInDoubt != null) changes.capacityInDoubt = input.capacityInDoubt;
    // The engine's consent rules, on the facts as they stand now (age derived from the subject):
    // a child is never asked; consent counts only from a person with capacity for the decision.
    const refusal = consentRefusal(caseFacts({ ...current, facts: mergeFacts(before, changes) }, now), {
      nrm: !!input.nrm,
      shareDetails: !!input.shareDetails,
    });
    if (refusal) throw RuleViolationError.from(refusal);
    if (input.nrm) changes.consentToNrm = input.nrm === 'GIVEN';
    if (input.shareDetails) changes.consentToShareDetails = input.shareDetails === 'GIVEN';
    const facts = mergeFacts(before, changes);
    return {
      events: [
        {
          kind: 'CONSENT_RECORDED',
          data: {
            nrm: input.nrm ?? null,
            shareDetails: input.shareDetails ?? null,
            capacityInDoubt: input.capacityInDoubt ?? null,
            ...informed,
          },
        },
      ],
      update: { facts },
      audit: { action: 'case.recordConsent', data: { facts: changedFacts(before, facts) } },
    };
  });
}

/**
 * How the answer was made informed (X-12: 000 Step 6 "it may be appropriate to seek independent
 * legal advice"; 002 "use the NRM Explanatory Booklet"): the resources used to explain the NRM and
 * whether independent legal advice was offered. It belongs to an answer, so it needs one.
 */
function informedBy(input: {
  nrm?: ConsentAnswer | null;
  shareDetails?: ConsentAnswer | null;
  explainedWith?: readonly string[] | null;
  legalAdviceOffered?: boolean | null;
}) {
  const explainedWith = [...new Set(input.explainedWith ?? [])];
  if (explainedWith.length === 0 && input.legalAdviceOffered == null) return {};
  const problems = explainedWith.flatMap((id, i) =>
    getResource(id)
      ? []
      : [{ path: ['explainedWith', String(i)], message: 'not a resource in the catalogue (query resources)' }],
  );
  if (!input.nrm && !input.shareDetails)
    problems.push({
      path: ['explainedWith'],
      message: 'how consent was made informed goes with a consent answer (nrm or shareDetails)',
    });
  if (problems.length > 0) throw new ValidationError(problems);
  return { explainedWith, legalAdviceOffered: input.legalAdviceOffered ?? null };
}

caseMutation(
  'caseRecordConsent',
  'Record consent to the NRM referral and to sharing details (given, declined, withdrawn). A child is never asked. Where capacity is in doubt, assess it for the decision first (caseRecordCapacityAssessment); an adult who lacks it takes the best-interests route (caseRecordBestInterestsDecision).',
  caseInput('CaseRecordConsentInput', (t) => ({
    nrm: t.field({ type: ConsentAnswer }),
    shareDetails: t.field({ type: ConsentAnswer }),
    capacityInDoubt: t.boolean({
      description:
        'Is there doubt about capacity for these decisions? When true, record an assessment per decision with caseRecordCapacityAssessment.',
    }),
    explainedWith: t.stringList({
      description:
        'Resources used to explain the NRM so that consent is informed, by id (query resources), e.g. nrm-explanatory-booklet.',
    }),
    legalAdviceOffered: t.boolean({ description: 'Whether independent legal advice was offered before the answer.' }),
  })),
  RULE_ERRORS,
  (input, request) =>
    recordConsent(request, {
      ...base(input),
      nrm: input.nrm,
      shareDetails: input.shareDetails,
      capacityInDoubt: input.capacityInDoubt,
      explainedWith: input.explainedWith,
      legalAdviceOffered: input.legalAdviceOffered,
    }),
);
