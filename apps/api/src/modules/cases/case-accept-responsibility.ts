/** caseAcceptResponsibility: the assignee accepts the case (recorded with time and person). */
import { ValidationError } from '../../errors.ts';
import { base, caseMutation, CHANGE_ERRORS, caseInput } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';

export async function acceptResponsibility(request: RequestInfo, input: Versioned) {
  return changeCase(request, input.caseId, input.expectedVersion, async (_tx, current, now) => {
    if (current.assignedToId !== request.viewer.personId) {
      throw new ValidationError([
        { path: ['caseId'], message: 'only the person the case is assigned to can accept responsibility for it' },
      ]);
    }
    return {
      events: [{ kind: 'RESPONSIBILITY_ACCEPTED', data: { personId: request.viewer.personId } }],
      update: { acceptedAt: now },
      audit: { action: 'case.acceptResponsibility' },
    };
  });
}

caseMutation(
  'caseAcceptResponsibility',
  'The assignee accepts responsibility for the case; recorded with time and person.',
  caseInput('CaseAcceptResponsibilityInput', () => ({})),
  CHANGE_ERRORS,
  (input, request) => acceptResponsibility(request, base(input)),
);
