// What Coventry's nine tracks share: the document, the track ids they hand off
// to, and Coventry's own Duty to Notify rule (always anonymous).
import { any, happened, is, not, oneOf, treatedAsChild } from '../../definition/guards';
import { anyoneOnTheCase } from '../../definition/hard-rules';
import { dtnRules } from '../../definition/hard-rules';
import type { Guard, Step, Transition } from '../../definition/schema';
import { oneOfValues, SEEDS, stepFrom, type Head, type StepText } from '../shared/compose';

export const file = SEEDS.coventry;

export const COVENTRY = {
  initialIdentification: 'coventry-initial-identification',
  preNrm: 'coventry-pre-nrm',
  duringNrm: 'coventry-during-nrm',
  postNrm: 'coventry-post-nrm',
  housing: 'coventry-housing',
  adultSocialCare: 'coventry-adult-social-care',
  health: 'coventry-health',
  transitionToAdulthood: 'coventry-transition-to-adulthood',
  tradingStandards: 'coventry-trading-standards',
} as const;

// Version 2 (November 2026): the review's items, resources and contacts, real dates, capacity per decision;
// version 1 is frozen under ../versions/ for tracks that started on it.
export const head = (id: string, title: string, section: string, start: string): Head => ({
  id,
  version: 2,
  title: `Coventry: ${title}`,
  area: 'Coventry',
  source: { file, section },
  start,
});

export const step = (
  id: string,
  section: string,
  title: string,
  description: string,
  extra: Partial<Pick<Step, 'terminal' | 'handOff' | 'resources' | 'contacts'>> = {},
) => stepFrom(file, id, { title, description, section } satisfies StepText, extra);

/**
 * Every Coventry flowchart says "anonymous Duty to Notify" and the ASC chart
 * lists what to leave out, so Coventry's DtN is anonymised even when the adult
 * would consent to sharing details: stricter than the national rule.
 */
export const coventryDtnRules: Guard[] = [
  ...dtnRules,
  is('dtnAnonymised', true, {
    description: "Coventry's Duty to Notify is anonymous: no name, personal details or specific locations",
  }),
  not(happened('submitDutyToNotify'), { description: 'no Duty to Notify has been made for this person yet' }),
];

/**
 * 002-4: a First Responder public authority that meets a victim who declines makes the (anonymous)
 * Duty to Notify; the track moves on only once it is made or a reason is recorded why not.
 */
const NO_DTN_REASONS = ['notAFirstResponderAgency', 'alreadyNotifiedOrInNrm'];
export const DTN_OR_REASON_FACT = oneOfValues(
  'noDutyToNotifyReason',
  'Why no Duty to Notify is made for this person',
  NO_DTN_REASONS,
);
export const dtnOrReason = (dtn = 'submitDutyToNotify'): Guard =>
  any([happened(dtn), treatedAsChild(true), oneOf('noDutyToNotifyReason', NO_DTN_REASONS)], {
    description:
      'the Duty to Notify is made, or a reason is recorded why not (not a First Responder Agency, or already notified or in the NRM); never for a child',
  });

/** 002-8, 002-34: a child found on an adult route goes to Coventry's MASH (4.1). */
export const childToMash = (from: string[], section: string) => ({
  step: stepFrom(
    file,
    'childSafeguarding',
    {
      title: 'Child: contact the Multi-Agency Safeguarding Hub',
      description:
        "A child (or a person treated as a child) leaves this adult pathway for children's safeguarding: contact MASH and follow MASH procedures.",
      section,
    },
    { terminal: true, contacts: ['coventry-mash'] },
  ),
  transition: {
    name: 'referChildToMash',
    label: 'A child: contact MASH',
    from,
    to: 'childSafeguarding',
    allow: anyoneOnTheCase,
    guards: [treatedAsChild(true, { description: 'the person is a child or treated as one' })],
    source: { file, section },
  } satisfies Transition,
});
