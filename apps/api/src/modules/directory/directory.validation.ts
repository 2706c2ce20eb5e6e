/**
 * Semantic checks on directory input, run after authorisation. GraphQL has checked shapes and
 * enums; these check formats (UK phone numbers, emails, web addresses) and that eligibility
 * makes sense (an age range the right way round and consistent with the age group).
 */
import { z } from 'zod';
import { text } from '../../validation.ts';

/**
 * A UK number as printed in the documents: 0 or +44 then 9-10 digits (spaces allowed), or a
 * short service number (999, 101, 111, 116 xxx). Anything else is refused, never "fixed".
 */
export function isUkPhoneNumber(value: string): boolean {
  if (!/^[+\d][\d ]*$/.test(value.trim())) return false;
  const digits = value.replace(/ /g, '');
  if (/^(999|101|111|116\d{3})$/.test(digits)) return true;
  const national = digits.startsWith('+44') ? `0${digits.slice(3)}` : digits;
  return /^0[1-9]\d{8,9}$/.test(national);
}

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.hostname.includes('.') &&
      !url.username &&
      !url.password
    );
  } catch {
    return false;
  }
}

export const phone = z
  .string()
  .trim()
  .refine(isUkPhoneNumber, 'must be a UK phone number, e.g. 0800 808 3733 or +44 20 7233 9887');
export const email = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be an email address'));
export const webAddress = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .refine(isWebAddress, 'must be a web address starting with https:// or http://');

export const eligibilityInput = z
  .object({
    genders: z.array(z.string()).max(5).nullish(),
    ageGroups: z.array(z.string()).max(2).nullish(),
    minimumAge: z.number().int().min(0, 'must be 0 or more').max(120, 'must be 120 or less').nullish(),
    maximumAge: z.number().int().min(0, 'must be 0 or more').max(120, 'must be 120 or less').nullish(),
    nrmStatuses: z.array(z.string()).max(2).nullish(),
    decisionOutcomes: z.array(z.string()).max(5).nullish(),
    recourseToPublicFunds: z.boolean().nullish(),
    exploitationTypes: z.array(z.string()).max(10).nullish(),
    conditions: text(5000).nullish(),
  })
  .superRefine((e, ctx) => {
    const { minimumAge: min, maximumAge: max } = e;
    if (min != null && max != null && min > max) {
      ctx.addIssue({ code: 'custom', path: ['maximumAge'], message: 'must not be less than minimumAge' });
    }
    const groups = new Set(e.ageGroups ?? []);
    if (groups.size === 1 && groups.has('CHILD') && min != null && min >= 18) {
      ctx.addIssue({ code: 'custom', path: ['minimumAge'], message: 'must be under 18 for a service for children' });
    }
    if (groups.size === 1 && groups.has('ADULT') && max != null && max < 18) {
      ctx.addIssue({ code: 'custom', path: ['maximumAge'], message: 'must be 18 or more for a service for adults' });
    }
    for (const key of ['genders', 'ageGroups', 'nrmStatuses', 'decisionOutcomes', 'exploitationTypes'] as const) {
      const list = e[key] ?? [];
      if (new Set(list).size !== list.length)
        ctx.addIssue({ code: 'custom', path: [key], message: 'must not repeat a value' });
    }
  });

const serviceFields = {
  name: text(200),
  description: text(5000),
  url: webAddress.nullish(),
  email: email.nullish(),
  phones: z.array(phone).max(10, 'at most 10 phone numbers').nullish(),
  languages: z.array(text(100)).max(50, 'at most 50 languages').nullish(),
  categories: z.array(z.string()).max(14).nullish(),
  referralRoute: z.string(),
  referralDetails: text(2000).nullish(),
  restrictedDetails: text(5000).nullish(),
  areaCodes: z.array(text(100)).max(100).nullish(),
  reviewDueAt: z.date().nullish(),
  sourceFile: text(200).nullish(),
  sourceSection: text(500).nullish(),
  eligibility: eligibilityInput.nullish(),
};

/** Cross-field rules, on the whole record: the referral route needs the detail it names. */
export function referralRouteProblems(s: {
  referralRoute?: string | null;
  email?: string | null;
  phones?: string[] | null;
  url?: string | null;
  referralViaOrganisationId?: string | null;
}): Array<{ path: string[]; message: string }> {
  const problems: Array<{ path: string[]; message: string }> = [];
  if (s.referralRoute === 'EMAIL' && !s.email)
    problems.push({ path: ['email'], message: 'is required when referrals are by email' });
  if (s.referralRoute === 'PHONE' && !s.phones?.length)
    problems.push({ path: ['phones'], message: 'needs a number when referrals are by phone' });
  if (s.referralRoute === 'ONLINE_FORM' && !s.url)
    problems.push({ path: ['url'], message: 'is required when referrals are by online form' });
  if (s.referralRoute === 'VIA_ORGANISATION' && !s.referralViaOrganisationId) {
    problems.push({
      path: ['referralViaOrganisationId'],
      message: 'is required when referrals go via another organisation',
    });
  }
  return problems;
}

export const serviceCreateInput = z.object({
  ...serviceFields,
  organisationId: z.string(),
  referralViaOrganisationId: z.string().nullish(),
});

/** An update checks only the fields it sets: records copied from the documents keep their printed form until edited. */
export const servicePatchInput = serviceCreateInput.partial();

export const contactInput = z.object({
  name: text(200),
  purpose: z.string(),
  phone: phone.nullish(),
  email: email.nullish(),
  url: webAddress.nullish(),
  hours: text(200).nullish(),
  notes: text(5000).nullish(),
  sourceFile: text(200).nullish(),
  sourceSection: text(500).nullish(),
});
