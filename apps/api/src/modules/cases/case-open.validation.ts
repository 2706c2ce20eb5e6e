/**
 * Semantic checks on case input, run after authorisation so a caller without access learns
 * nothing from validation messages. GraphQL has already checked the shapes and types.
 */
import { z } from 'zod';
import { CLOCK_SKEW_MS, notFutureDate, text } from '../../validation.ts';

export const caseSubjectInput = z.object({
  givenName: text(200).nullish(),
  familyName: text(200).nullish(),
  aliases: z.array(text(200)).max(50, 'at most 50 aliases').nullish(),
  dateOfBirth: notFutureDate
    .refine((date) => date.getUTCFullYear() >= new Date().getUTCFullYear() - 120, 'must be within the last 120 years')
    .nullish(),
  estimatedAge: z.number().int().min(0, 'must be 0 or more').max(120, 'must be 120 or less').nullish(),
  ageUncertain: z.boolean().nullish(),
  claimedAge: z.number().int().min(0, 'must be 0 or more').max(120, 'must be 120 or less').nullish(),
  reasonToBelieveChild: z.boolean().nullish(),
  gender: z.string().nullish(),
  nationality: text(100).nullish(),
  languages: z.array(text(100)).max(20, 'at most 20 languages').nullish(),
  interpreterNeeded: z.boolean().nullish(),
  immigrationStatus: z.string().nullish(),
  recourseToPublicFunds: z.string().nullish(),
});

export const caseOpenInput = z.object({
  concernKind: z.string(),
  concern: text(20_000),
  identifiedAt: z
    .date()
    .refine((date) => date.getTime() <= Date.now() + CLOCK_SKEW_MS, 'must not be in the future')
    .refine((date) => date.getUTCFullYear() >= 2000, 'must be in 2000 or later')
    .nullish(),
  immediateRisk: z.boolean().nullish(),
  subject: caseSubjectInput.nullish(),
});
