/**
 * caseUpdateSubject: correct what is known about the person (names, aliases, date of birth,
 * claimed and estimated age, reason to believe a child, gender, nationality, languages,
 * interpreter). The event and the audit row list the fields changed, never their values; the
 * age facts are derived again from the corrected subject (age follows the person, issue 12).
 */
import { parseOrThrow, ValidationError } from '../../errors.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { factsOf } from '../pathways/engine-adapter.ts';
import { ageFactsFromSubject, changedFacts, mergeFacts } from './case-facts.ts';
import type { CaseSubjectInput as SubjectInput } from './case-open.service.ts';
import { CaseSubjectInput as SubjectInputType } from './case-open.ts';
import { caseSubjectInput } from './case-open.validation.ts';
import { base, caseInput, caseMutation, OWNER_ERRORS } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { namePhonetics } from './phonetics.ts';

/** Columns that always hold a value: a cleared one goes back to its default. */
const DEFAULTS = { aliases: [], languages: [], ageUncertain: false, interpreterNeeded: false } as const;
const NAME_FIELDS = ['givenName', 'familyName', 'aliases'] as const;

export async function updateSubject(request: RequestInfo, input: Versioned & { subject: SubjectInput }) {
  // Absent fields stay as they are; null clears one.
  const given = Object.fromEntries(Object.entries(input.subject).filter(([, value]) => value !== undefined));
  if (Object.keys(given).length === 0)
    throw new ValidationError([{ path: ['subject'], message: 'name at least one field to correct' }]);
  const valid = parseOrThrow(caseSubjectInput.safeParse(given)) as Record<string, unknown>;
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (_tx, current, now) => {
      const update: Record<string, unknown> = {};
      for (const field of Object.keys(given)) {
        const value = valid[field] ?? DEFAULTS[field as keyof typeof DEFAULTS] ?? null;
        update[field] = value;
      }
      const after = { ...current, ...update } as typeof current;
      const fields = Object.keys(update)
        .filter((field) => JSON.stringify(current[field as keyof typeof current]) !== JSON.stringify(update[field]))
        .sort();
      if (NAME_FIELDS.some((field) => fields.includes(field)))
        update.namePhonetics = namePhonetics([after.givenName, after.familyName, ...after.aliases]);
      // The stored age facts follow the corrected subject (caseFacts derives them again on every read too).
      const before = factsOf(current.facts);
      const facts = mergeFacts(before, ageFactsFromSubject(after, now));
      const factNames = changedFacts(before, facts);
      return {
        events: [{ kind: 'SUBJECT_UPDATED', data: { fields, facts: factNames } }],
        update: { ...(update as Prisma.CaseUpdateManyMutationInput), facts },
        audit: { action: 'case.updateSubject', data: { fields, facts: factNames } },
      };
    },
    // The names are identifying: only the organisation that runs the case corrects them.
    { owner: 'staff' },
  );
}

caseMutation(
  'caseUpdateSubject',
  'Correct what is known about the person. Absent fields stay as they are; null clears one. The history lists the fields changed, never their values; age facts follow the corrected subject.',
  caseInput('CaseUpdateSubjectInput', (t) => ({
    subject: t.field({ type: SubjectInputType, required: true }),
  })),
  OWNER_ERRORS,
  (input, request) => updateSubject(request, { ...base(input), subject: input.subject }),
);
