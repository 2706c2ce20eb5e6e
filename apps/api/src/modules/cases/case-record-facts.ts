/** caseRecordFacts: facts the pathways read, and the exploitation types. */
import { ValidationError } from '../../errors.ts';
import type * as enums from '../../generated/prisma/enums.ts';
import { factsOf } from '../pathways/engine-adapter.ts';
import { changedFacts, checkFacts, mergeFacts } from './case-facts.ts';
import { base, caseMutation, CHANGE_ERRORS, caseInput } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { ExploitationType } from './case.types.ts';

export async function recordFacts(
  request: RequestInfo,
  input: Versioned & { facts?: Record<string, unknown> | null; exploitationTypes?: enums.ExploitationType[] | null },
) {
  const given = input.facts ?? {};
  const problems = checkFacts(given);
  if (Object.keys(given).length === 0 && !input.exploitationTypes)
    problems.push({ path: ['facts'], message: 'must name at least one fact' });
  if (problems.length) throw new ValidationError(problems);
  return changeCase(request, input.caseId, input.expectedVersion, async (_tx, current) => {
    const before = factsOf(current.facts);
    const facts = mergeFacts(before, given);
    const changed = changedFacts(before, facts);
    const exploitationTypes = input.exploitationTypes ? [...new Set(input.exploitationTypes)] : undefined;
    if (exploitationTypes) changed.push('exploitationTypes');
    return {
      events: [{ kind: 'FACTS_RECORDED', data: { facts: changed } }],
      update: { facts, ...(exploitationTypes ? { exploitationTypes } : {}) },
      audit: { action: 'case.recordFacts', data: { facts: changed } },
    };
  });
}

caseMutation(
  'caseRecordFacts',
  'Record facts the pathways read (see Pathway.facts). A null value clears a fact.',
  caseInput('CaseRecordFactsInput', (t) => ({
    facts: t.field({ type: 'JSONObject', description: 'Fact name -> value; null clears a fact.' }),
    exploitationTypes: t.field({
      type: [ExploitationType],
      description: 'Replaces the recorded exploitation types.',
    }),
  })),
  CHANGE_ERRORS,
  (input, request) =>
    recordFacts(request, { ...base(input), facts: input.facts, exploitationTypes: input.exploitationTypes }),
);
