/** caseAssign: hand the case to a lead or caseworker of the owning organisation. */
import { ValidationError } from '../../errors.ts';
import { Person } from '../orgs/orgs.types.ts';
import { base, caseMutation, CHANGE_ERRORS, caseInput } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';

/** Hand-over to the Modern Slavery lead (000 step 3): recorded with time and person. */
export async function assign(request: RequestInfo, input: Versioned & { personId: string }) {
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const member = await tx.membership.findFirst({
      where: {
        personId: input.personId,
        organisationId: current.owningOrganisationId,
        role: { in: ['LEAD', 'CASEWORKER'] },
      },
      select: { person: { select: { id: true, displayName: true } } },
    });
    if (!member)
      throw new ValidationError([
        { path: ['personId'], message: 'must be a lead or caseworker of the organisation that owns the case' },
      ]);
    return {
      events: [{ kind: 'ASSIGNED', data: { personId: member.person.id, displayName: member.person.displayName } }],
      update: { assignedToId: member.person.id, assignedAt: now, acceptedAt: null },
      audit: { action: 'case.assign', data: { personId: member.person.id } },
    };
  });
}

caseMutation(
  'caseAssign',
  'Hand the case to a Modern Slavery lead or caseworker of the owning organisation (000 step 3).',
  caseInput('CaseAssignInput', (t) => ({
    personId: t.globalID({ for: Person, required: true }),
  })),
  CHANGE_ERRORS,
  (input, request) => assign(request, { ...base(input), personId: input.personId.id }),
);
