/**
 * possibleDuplicates: before a concern is recorded, the cases the viewer's organisation already
 * holds that may be about the same person (by names, aliases, sound-alike names or date of
 * birth), so a caseworker can add to an existing case instead of opening a second one.
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { parseOrThrow } from '../../errors.ts';
import { pastDate, text } from '../../validation.ts';
import { possibleDuplicates } from './case-open.service.ts';
import { Case } from './case.types.ts';

const PossibleDuplicatesInput = builder.inputType('PossibleDuplicatesInput', {
  description: 'What you are about to record about the person; any of it.',
  fields: (t) => ({
    givenName: t.string(),
    familyName: t.string(),
    aliases: t.stringList(),
    dateOfBirth: t.field({ type: 'Date' }),
  }),
});

const probeSchema = z.object({
  givenName: text(200).nullish(),
  familyName: text(200).nullish(),
  aliases: z.array(text(200)).max(20).nullish(),
  dateOfBirth: pastDate.nullish(),
});

builder.queryField('possibleDuplicates', (t) =>
  t.field({
    type: [Case],
    description:
      'Open or closed cases of your organisation that may be about the same person (same date of birth, family name or alias, or a name that sounds alike). At most 10; ask before recording a concern.',
    args: { subject: t.arg({ type: PossibleDuplicatesInput, required: true }) },
    // Those who record concerns; the answer holds only cases whose identity the viewer may see.
    authScopes: { anyRole: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'] },
    resolve: async (_root, { subject }, { viewer }) => {
      parseOrThrow(probeSchema.safeParse(subject));
      return possibleDuplicates(viewer!, subject);
    },
  }),
);
