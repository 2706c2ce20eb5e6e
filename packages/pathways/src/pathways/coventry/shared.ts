// What Coventry's nine tracks share: the document, the track ids they hand off
// to, and Coventry's own Duty to Notify rule (always anonymous).
import { happened, is, not } from '../../definition/guards';
import { dtnRules } from '../../definition/hard-rules';
import type { Guard, Step } from '../../definition/schema';
import { SEEDS, stepFrom, type Head, type StepText } from '../shared/compose';

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

export const head = (id: string, title: string, section: string, start: string): Head => ({
  id,
  version: 1,
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
