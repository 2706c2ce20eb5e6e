/** caseOpen: record a concern (the use case itself: case-open.service.ts). */
import { builder } from '../../builder.ts';
import { ValidationError } from '../../errors.ts';
import type { Case as CaseRow } from '../../generated/prisma/client.ts';
import { Area } from '../orgs/orgs.types.ts';
import { IdempotencyConflictError } from './case-errors.ts';
import { openCase, possibleDuplicates } from './case-open.service.ts';
import { Case, ConcernKind, ExploitationType, Gender, ImmigrationStatus, RecourseToPublicFunds } from './case.types.ts';

export const CaseSubjectInput = builder.inputType('CaseSubjectInput', {
  description: 'What is known about the person. Every field is optional: record what you know.',
  fields: (t) => ({
    givenName: t.string(),
    familyName: t.string(),
    aliases: t.stringList(),
    dateOfBirth: t.field({ type: 'Date' }),
    estimatedAge: t.int({ description: 'When the date of birth is unknown.' }),
    ageUncertain: t.boolean({ description: 'True when the age is in doubt; a possible child is treated as a child.' }),
    claimedAge: t.int({
      description:
        'The age the person says they are. Under 18: treated as a child until a Merton-compliant age assessment (003 7.4).',
    }),
    reasonToBelieveChild: t.boolean({
      description: 'A professional has reason to believe the person is a child (003 7.4), whatever their appearance.',
    }),
    gender: t.field({ type: Gender }),
    nationality: t.string(),
    languages: t.stringList(),
    interpreterNeeded: t.boolean({ description: 'Never a family member, sponsor or accompanying adult (003 6.7).' }),
    immigrationStatus: t.field({ type: ImmigrationStatus }),
    recourseToPublicFunds: t.field({ type: RecourseToPublicFunds }),
  }),
});

const CaseOpenInput = builder.inputType('CaseOpenInput', {
  fields: (t) => ({
    concernKind: t.field({ type: ConcernKind, required: true }),
    areaId: t.globalID({
      for: Area,
      description: 'Area whose pathway applies; defaults to your organisation’s only area.',
    }),
    concern: t.string({ required: true, description: 'What was seen or heard, in writing.' }),
    identifiedAt: t.field({
      type: 'DateTime',
      description: 'When the person was identified; deadlines count from here. Defaults to now.',
    }),
    immediateRisk: t.boolean({ description: 'Is anyone in immediate danger? If so, call 999 first.' }),
    subject: t.field({ type: CaseSubjectInput }),
    exploitationTypes: t.field({ type: [ExploitationType], description: 'Types of exploitation indicated, if known.' }),
    idempotencyKey: t.string({
      description:
        'A key of your choosing (8-200 characters). Retrying with the same key and input returns the first result; different input is an error.',
    }),
  }),
});

const CaseOpenPayload = builder
  .objectRef<{ case: CaseRow; possibleDuplicates: CaseRow[]; replayed: boolean }>('CaseOpenPayload')
  .implement({
    fields: (t) => ({
      case: t.field({ type: Case, resolve: (payload) => payload.case }),
      possibleDuplicates: t.field({
        type: [Case],
        description:
          'Cases you can see that may be about the same person (same date of birth, family name or alias). A warning, never a block.',
        resolve: (payload) => payload.possibleDuplicates,
      }),
      replayed: t.exposeBoolean('replayed', {
        description: 'True when an earlier request with the same idempotency key opened this case.',
      }),
    }),
  });

builder.mutationField('caseOpen', (t) =>
  t.field({
    type: CaseOpenPayload,
    description: 'Record a concern about a potential victim, perpetrator, location or business, opening a case.',
    args: { input: t.arg({ type: CaseOpenInput, required: true }) },
    // Anyone who meets a potential victim may record a concern (DOMAIN: hard rule 4).
    authScopes: { anyRole: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'] },
    errors: {
      types: [ValidationError, IdempotencyConflictError],
      directResult: true,
      union: { name: 'CaseOpenResult' },
    },
    resolve: async (_root, { input }, { viewer, requestId }) => {
      const opened = await openCase({ viewer: viewer!, requestId }, { ...input, areaId: input.areaId?.id ?? null });
      return {
        case: opened.case,
        replayed: opened.replayed,
        possibleDuplicates: await possibleDuplicates(viewer!, { ...opened.case, excludeId: opened.case.id }),
      };
    },
  }),
);
