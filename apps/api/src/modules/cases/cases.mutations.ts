import { builder } from '../../builder.ts';
import type { Case as CaseRow } from '../../generated/prisma/client.ts';
import { ValidationError } from '../../errors.ts';
import { Area } from '../orgs/orgs.types.ts';
import { openCase } from './cases.service.ts';
import { Case, ConcernKind, Gender, ImmigrationStatus, RecourseToPublicFunds } from './cases.types.ts';

const CaseSubjectInput = builder.inputType('CaseSubjectInput', {
  description: 'What is known about the person. Every field is optional: record what you know.',
  fields: (t) => ({
    givenName: t.string(),
    familyName: t.string(),
    aliases: t.stringList(),
    dateOfBirth: t.field({ type: 'Date' }),
    estimatedAge: t.int({ description: 'When the date of birth is unknown.' }),
    ageUncertain: t.boolean({ description: 'True when the age is in doubt; a possible child is treated as a child.' }),
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
    areaId: t.globalID({ for: Area, description: 'Area whose pathway applies; defaults to your organisation’s only area.' }),
    concern: t.string({ required: true, description: 'What was seen or heard, in writing.' }),
    identifiedAt: t.field({ type: 'DateTime', description: 'When the person was identified; deadlines count from here. Defaults to now.' }),
    immediateRisk: t.boolean({ description: 'Is anyone in immediate danger? If so, call 999 first.' }),
    subject: t.field({ type: CaseSubjectInput }),
  }),
});

const CaseOpenPayload = builder.objectRef<{ case: CaseRow }>('CaseOpenPayload').implement({
  fields: (t) => ({
    case: t.field({ type: Case, resolve: (payload) => payload.case }),
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
      types: [ValidationError],
      directResult: true,
      union: { name: 'CaseOpenResult' },
    },
    resolve: async (_root, { input }, { viewer, requestId }) => {
      const created = await openCase(
        { viewer: viewer!, requestId },
        { ...input, areaId: input.areaId?.id ?? null },
      );
      return { case: created };
    },
  }),
);
