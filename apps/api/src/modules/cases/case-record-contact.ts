/**
 * caseRecordContact: a contact with or about the person, or an interview, with who interpreted
 * and who from the person's circle was there. The interpreter rule and the rule on carers are
 * checked on every one (003 6.7, 7.4, 7.5, the HMSP box), not once per case.
 */
import { builder } from '../../builder.ts';
import { peopleAroundRefusal, type CircleRelationship, type InterpreterRelationship } from '@waymark/pathways';
import { caseFacts } from '../pathways/engine-adapter.ts';
import { RuleViolationError } from './case-errors.ts';
import { base, caseMutation, caseInput, RULE_ERRORS } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { OCCURRED_AT_DESCRIPTION, occurredAtOf } from './occurred-at.ts';
import { CircleRelationshipEnum, InterpreterRelationshipEnum } from './people-around.types.ts';

const ContactKind = builder.enumType('ContactKind', {
  description: 'A contact with or about the person, or an interview with them.',
  values: ['CONTACT', 'INTERVIEW'] as const,
});

export async function recordContact(
  request: RequestInfo,
  input: Versioned & {
    kind: 'CONTACT' | 'INTERVIEW';
    interpreter: InterpreterRelationship;
    present?: CircleRelationship[] | null;
    occurredAt?: Date | null;
  },
) {
  return changeCase(request, input.caseId, input.expectedVersion, async (_tx, current, now) => {
    const at = occurredAtOf(input.occurredAt, current.identifiedAt, now);
    const present = [...new Set(input.present ?? [])];
    const interaction = input.kind === 'INTERVIEW' ? 'interview' : 'contact';
    const refusal = peopleAroundRefusal(caseFacts(current, now), interaction, input.interpreter, present);
    if (refusal) throw RuleViolationError.from(refusal);
    return {
      events: [
        {
          kind: 'CONTACT_RECORDED',
          occurredAt: at,
          data: { kind: input.kind, interpreter: input.interpreter, present },
        },
      ],
      audit: { action: 'case.recordContact', data: { kind: input.kind } },
    };
  });
}

caseMutation(
  'caseRecordContact',
  "Record a contact or an interview: who interpreted and who from the person's circle was there. A family member, sponsor, carer or accompanying adult as interpreter is refused; so is a parent, sponsor or carer at a child's interview, and anyone from the circle once family or carers are suspected (003 6.7, 7.4, 7.5).",
  caseInput('CaseRecordContactInput', (t) => ({
    kind: t.field({ type: ContactKind, required: true }),
    interpreter: t.field({ type: InterpreterRelationshipEnum, required: true }),
    present: t.field({ type: [CircleRelationshipEnum], description: "Who from the person's own circle was there." }),
    occurredAt: t.field({ type: 'DateTime', description: OCCURRED_AT_DESCRIPTION }),
  })),
  RULE_ERRORS,
  (input, request) =>
    recordContact(request, {
      ...base(input),
      kind: input.kind,
      interpreter: input.interpreter,
      present: input.present,
      occurredAt: input.occurredAt,
    }),
);
