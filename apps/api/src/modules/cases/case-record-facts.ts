/** caseRecordFacts: facts the pathways read, and the exploitation types. */
import { ValidationError } from '../../errors.ts';
import type * as enums from '../../generated/prisma/enums.ts';
import { factsOf } from '../pathways/engine-adapter.ts';
import { changedFacts, checkFacts, mergeFacts, refuseProtectedFacts } from './case-facts.ts';
import { base, caseMutation, caseInput, RULE_ERRORS } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { ExploitationType } from './case.types.ts';
import { OCCURRED_AT_DESCRIPTION, occurredAtOf } from './occurred-at.ts';

export async function recordFacts(
  request: RequestInfo,
  input: Versioned & {
    facts?: Record<string, unknown> | null;
    exploitationTypes?: enums.ExploitationType[] | null;
    occurredAt?: Date | null;
  },
) {
  const given = input.facts ?? {};
  const problems = checkFacts(given);
  if (Object.keys(given).length === 0 && !input.exploitationTypes)
    problems.push({ path: ['facts'], message: 'must name at least one fact' });
  if (problems.length) throw new ValidationError(problems);
  refuseProtectedFacts(Object.keys(given));
  return changeCase(request, input.caseId, input.expectedVersion, async (_tx, current, now) => {
    // Facts learnt earlier than recorded carry their real date in the history.
    const at = occurredAtOf(input.occurredAt, current.identifiedAt, now);
    const before = factsOf(current.facts);
    const facts = mergeFacts(before, given);
    const changed = changedFacts(before, facts);
    const exploitationTypes = input.exploitationTypes ? [...new Set(input.exploitationTypes)] : undefined;
    if (exploitationTypes) changed.push('exploitationTypes');
    return {
      events: [{ kind: 'FACTS_RECORDED', occurredAt: at, data: { facts: changed } }],
      update: { facts, ...(exploitationTypes ? { exploitationTypes } : {}) },
      audit: { action: 'case.recordFacts', data: { facts: changed } },
    };
  });
}

caseMutation(
  'caseRecordFacts',
  'Record facts the pathways read (see Pathway.facts). A null value clears a fact. Facts that have a mutation of their own (consent, capacity, age assessment, meeting decisions, in-NRM, DtN anonymised, decisions) are refused with RuleViolationError naming it.',
  caseInput('CaseRecordFactsInput', (t) => ({
    facts: t.field({ type: 'JSONObject', description: 'Fact name -> value; null clears a fact.' }),
    exploitationTypes: t.field({
      type: [ExploitationType],
      description: 'Replaces the recorded exploitation types.',
    }),
    occurredAt: t.field({
      type: 'DateTime',
      description: `When these facts became known or true, if earlier than now. ${OCCURRED_AT_DESCRIPTION}`,
    }),
  })),
  RULE_ERRORS,
  (input, request) =>
    recordFacts(request, {
      ...base(input),
      facts: input.facts,
      exploitationTypes: input.exploitationTypes,
      occurredAt: input.occurredAt,
    }),
);
