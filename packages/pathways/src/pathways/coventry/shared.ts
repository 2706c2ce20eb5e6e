// What Coventry's nine tracks share: the document, the track ids they hand off
// to, and Coventry's own Duty to Notify rule (always anonymous).
import { any, happened, is, not, oneOf, treatedAsChild } from '../../definition/guards';
import { anyoneOnTheCase } from '../../definition/hard-rules';
import { dtnRules } from '../../definition/hard-rules';
import type { Action, ActionRecordField, Guard, Permission, Step, Transition } from '../../definition/schema';
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

// Version 2 (November 2026): the review's items, resources and contacts, real dates, capacity per decision.
// Version 3 (issue 17): the step actions of the review's 002 items, on the tracks they touch. Earlier
// versions are frozen under ../versions/ for tracks that started on them.
export const head = (id: string, title: string, section: string, start: string, version = 2): Head => ({
  id,
  version,
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

/** Whom a contact went to and the reference they gave: what shows it happened. */
export const contactRecords: ActionRecordField[] = [
  { name: 'recipient', label: 'Who was contacted', type: 'text' },
  { name: 'reference', label: 'Their reference', type: 'text' },
];

/**
 * 002-10: the check with the NRM (the Single Competent Authority's mailbox, directory contact
 * `sca-nrm-check`) for an earlier referral, recorded before the moves that depend on its answer.
 * The answer itself is the case fact `previouslyReferred`.
 */
export const checkNrmForEarlierReferral = (recordedBy: Permission, blocks: string[], section: string): Action => ({
  id: 'checkNrmForEarlierReferral',
  title: 'Check with the NRM whether the victim has already been referred',
  description:
    'Ask the Single Competent Authority (directory: NRM referral check) for any current or earlier NRM referral, then record the answer as "already referred to the NRM?".',
  required: true,
  recordedBy,
  records: [
    { name: 'checkedOn', label: 'Date the NRM was asked', type: 'date' },
    { name: 'reference', label: 'Reference of the enquiry or reply', type: 'text' },
  ],
  blocks,
  source: { file, section },
});

/** A reason recorded in words (why no referral, why an early exit): text, never quoted back in messages. */
export const reasonRecords = (label: string): ActionRecordField[] => [
  { name: 'reason', label, type: 'text', required: true },
];

/**
 * 002-13: "Explain the decision to the victim" at each of the four decision boxes (4.2.2, 4.2.3).
 * Required, so the checklist shows it outstanding, but it holds nothing back: what follows a
 * decision (support, a reconsideration inside its 30 days) never waits on the record of it.
 */
export const explainDecision = (id: string, decision: string, how: string, section: string): Action => ({
  id,
  title: `Explain the ${decision} decision to the victim`,
  description: how,
  required: true,
  recordedBy: anyoneOnTheCase,
  records: [
    { name: 'explainedOn', label: 'Date it was explained', type: 'date' },
    { name: 'explainedWith', label: 'What was used to explain it', type: 'text' },
  ],
  source: { file, section },
});
