// 002 4.2.1 Pre-NRM pathway: explain the NRM, find or choose the First
// Responder, check for an earlier referral, submit; or an anonymous DtN.
import { any, happened, is } from '../../definition/guards';
import {
  adultConsentDecided,
  anyoneOnTheCase,
  DTN_FACTS,
  firstResponders,
  nrmConsentRule,
} from '../../definition/hard-rules';
import { definePathway } from '../../definition/load';
import { bool, compose, withActions } from '../shared/compose';
import {
  checkNrmForEarlierReferral,
  childToMash,
  COVENTRY,
  coventryDtnRules,
  DTN_OR_REASON_FACT,
  dtnOrReason,
  file,
  head,
  step,
} from './shared';

const child = childToMash(
  ['explainNrm', 'firstResponderCheck', 'selectFirstResponder', 'checkExistingReferral', 'noConsent'],
  '4.1 Initial Identification & Safeguarding Pathway (children involved: contact MASH)',
);

const S = '4.2.1 Pre-NRM Pathway';

export const coventryPreNrm = definePathway(
  withActions(
    compose(head(COVENTRY.preNrm, 'Pre-NRM pathway', S, 'explainNrm', 3), {
      facts: [
        ...DTN_FACTS,
        DTN_OR_REASON_FACT,
        bool('firstResponderInvolved', 'Is there a First Responder Agency involved?'),
        bool('consentToFirstResponderReferral', 'Does the victim consent to referral to a First Responder Agency?'),
        bool('previouslyReferred', 'Has the victim already been referred to the NRM?'),
      ],
      steps: [
        step(
          'explainNrm',
          S,
          'Explain the NRM to the victim',
          'Use the NRM Explanatory Booklet. Does the victim consent?',
          { resources: ['nrm-explanatory-booklet'] },
        ),
        step(
          'firstResponderCheck',
          S,
          'Is there a First Responder Agency involved?',
          'Any Coventry City Council team with frontline officers is a suitable First Responder Agency.',
          { resources: ['first-responder-agencies-list'] },
        ),
        step(
          'selectFirstResponder',
          S,
          'Select the most appropriate First Responder Agency',
          'Consider the relationships the victim has with professionals, which agencies will be involved through recovery, specific needs (interpreting, gender or nationality of professionals) and which agency first identified modern slavery.',
        ),
        step(
          'checkExistingReferral',
          S,
          'First Responder checks for an earlier NRM referral',
          'Use the NRM prompt sheet to gather information. If already referred, request access to the previous NRM form and add any missing information.',
          { resources: ['nrm-prompt-sheet', 'nrm-referral-form'], contacts: ['sca-nrm-check'] },
        ),
        step(
          'noConsent',
          S,
          'The victim does not consent',
          'If you work for a First Responder Agency, submit an anonymous Duty to Notify online.',
          { resources: ['duty-to-notify-form-ms1'] },
        ),
        step('referred', S, 'NRM referral submitted', "Go to 'During NRM Pathway'.", {
          terminal: true,
          handOff: COVENTRY.duringNrm,
        }),
        step(
          'alternativeSupport',
          S,
          'Consider alternative support options',
          "Go to 'Access to Specialist Support' (a directory look-up).",
          { terminal: true },
        ),
        child.step,
      ],
      transitions: [
        child.transition,
        {
          name: 'consentGiven',
          label: 'The victim consents',
          from: 'explainNrm',
          to: 'firstResponderCheck',
          allow: anyoneOnTheCase,
          guards: [nrmConsentRule],
        },
        {
          name: 'consentRefused',
          label: 'The victim does not consent',
          from: 'explainNrm',
          to: 'noConsent',
          allow: anyoneOnTheCase,
          guards: [adultConsentDecided(false)],
        },
        {
          name: 'firstResponderIsInvolved',
          label: 'A First Responder Agency is involved',
          from: 'firstResponderCheck',
          to: 'checkExistingReferral',
          allow: anyoneOnTheCase,
          guards: [is('firstResponderInvolved', true)],
        },
        {
          name: 'noFirstResponderInvolved',
          label: 'No First Responder Agency is involved',
          from: 'firstResponderCheck',
          to: 'selectFirstResponder',
          allow: anyoneOnTheCase,
          guards: [is('firstResponderInvolved', false)],
        },
        {
          name: 'referToFirstResponder',
          label: 'Refer to the most appropriate First Responder Agency',
          from: 'selectFirstResponder',
          to: 'checkExistingReferral',
          allow: anyoneOnTheCase,
          guards: [is('consentToFirstResponderReferral', true)],
        },
        {
          name: 'declineFirstResponderReferral',
          label: 'The victim does not consent to a First Responder referral',
          from: 'selectFirstResponder',
          to: 'alternativeSupport',
          allow: anyoneOnTheCase,
          guards: [is('consentToFirstResponderReferral', false)],
        },
        {
          name: 'requestPreviousNrmForm',
          label: 'Request access to the previous NRM form and add missing information',
          from: 'checkExistingReferral',
          stays: true,
          allow: firstResponders,
          guards: [is('previouslyReferred', true)],
        },
        {
          name: 'submitNrmReferral',
          label: 'Submit the NRM form',
          from: 'checkExistingReferral',
          to: 'referred',
          kind: 'nrmReferral',
          allow: firstResponders,
          guards: [
            nrmConsentRule,
            any([is('previouslyReferred', false), happened('requestPreviousNrmForm')], {
              description: 'an earlier referral was checked and, if there is one, its form requested',
            }),
          ],
        },
        {
          name: 'submitDutyToNotify',
          label: 'Submit an anonymous Duty to Notify online',
          from: 'noConsent',
          stays: true,
          kind: 'dutyToNotify',
          allow: firstResponders,
          guards: coventryDtnRules,
        },
        {
          name: 'seekAlternativeSupport',
          label: 'Consider alternative support options',
          from: 'noConsent',
          to: 'alternativeSupport',
          allow: anyoneOnTheCase,
          guards: [dtnOrReason()],
          source: { file, section: S },
        },
      ],
      clocks: [],
    }),
    {
      // 002-10: "First Responder checks whether the victim has already been referred to the NRM"
      // ("Email the NRM"): recorded before the referral, so a second referral is never filed blind.
      checkExistingReferral: [
        checkNrmForEarlierReferral(firstResponders, ['requestPreviousNrmForm', 'submitNrmReferral'], S),
      ],
    },
  ),
);
