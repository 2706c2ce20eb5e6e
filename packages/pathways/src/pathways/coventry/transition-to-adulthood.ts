// 002 4.8 Transition to Adulthood pathway (flowchart image15), for Children's
// Services when a child survivor turns 18: re-contact children not open to
// services; for open cases, a Transition Panel, an NRM check, an NRM referral
// before the 18th birthday, and the young person's decision to continue.
import { happened, is } from '../../definition/guards';
import {
  anyoneOnTheCase,
  caseOwners,
  CONSENT_FACTS,
  firstResponders,
  nrmConsentRule,
} from '../../definition/hard-rules';
import { definePathway } from '../../definition/load';
import { bool, compose, date, withActions } from '../shared/compose';
import { checkNrmForEarlierReferral, COVENTRY, file, head, reasonRecords, step } from './shared';

const S = '4.8 Transition to Adulthood Pathway (flowchart)';
const horizonConsulted = happened('consultHorizon', {
  description: "the Council's Horizon (Child Exploitation) Team was consulted (4.8)",
});

export const coventryTransitionToAdulthood = definePathway(
  withActions(
    compose(head(COVENTRY.transitionToAdulthood, 'Transition to Adulthood pathway', S, 'transitionIdentified', 3), {
      facts: [
        ...CONSENT_FACTS,
        date('eighteenthBirthday', 'Date of the 18th birthday'),
        bool('openToChildrensServices', "Is the child open to Children's Services in the transitional period?"),
        bool('contactMade', 'Has contact been made with the young person?'),
        bool('previouslyReferred', 'Has the child been referred to the NRM?'),
        bool(
          'continueInNrmAsAdult',
          'Has the young person made an informed decision to continue in the NRM as an adult?',
        ),
        bool('nrmConsentFormCompleted', 'Has the NRM Consent Form been completed?'),
        bool('withdrawalFormSubmitted', 'Has the NRM Withdrawal Form been completed and submitted?'),
        // 002-7: its own question (4.8), asked of the young person turning 18.
        bool('wantsAdultNrmSupport', 'Does the young person want NRM support or accommodation as an adult?'),
      ],
      steps: [
        step(
          'transitionIdentified',
          S,
          'Child survivor approaching 18',
          "Is the child open to Children's Services in the transitional period before the 18th birthday?",
        ),
        step(
          'attemptContact',
          S,
          "Horizon or children's social care attempt contact",
          'Explain NRM support and process for adults. If not contactable, enquire with other agencies for more recent contact details.',
        ),
        step(
          'transitionPanel',
          S,
          'Transition Panel Meeting',
          'Contact a manager in the Horizon Team or the Modern Slavery Lead. The allocated worker checks with the Single Competent Authority for current NRM referrals.',
          { contacts: ['coventry-horizon-team', 'coventry-modern-slavery-lead', 'sca-nrm-check'] },
        ),
        step(
          'considerNrmReferral',
          S,
          'Allocated worker considers an NRM referral',
          "Consult the Council's Horizon (Child Exploitation) Team. An NRM referral should be made before the 18th birthday.",
          { resources: ['nrm-prompt-sheet', 'nrm-referral-form'], contacts: ['coventry-horizon-team'] },
        ),
        step(
          'explainAdultNrm',
          S,
          'Allocated worker explains adult NRM support and process',
          'Use the NRM Explanatory Booklet. The young person makes an informed decision about continuing in the NRM as an adult.',
          { resources: ['nrm-explanatory-booklet'] },
        ),
        step(
          'continuingInNrm',
          S,
          'Continuing in the NRM',
          'NRM Consent Form completed. If the young person wants NRM support or accommodation, refer to The Salvation Army.',
          { resources: ['nrm-consent-form'], contacts: ['salvation-army-nrm-referrals'] },
        ),
        step(
          'scaNotified',
          S,
          'Single Competent Authority notified',
          'All routes of contact exhausted: notify the Single Competent Authority.',
          { terminal: true, contacts: ['sca-nrm-check'] },
        ),
        step(
          'noNrmReferral',
          S,
          'No NRM referral',
          'Refer to Adult Social Care if the young person has care and support needs.',
          { terminal: true, contacts: ['coventry-adult-social-care'] },
        ),
        step(
          'withdrawn',
          S,
          'NRM Withdrawal Form submitted',
          'Refer to Adult Social Care if the young person has care and support needs.',
          { terminal: true, resources: ['nrm-withdrawal-form'], contacts: ['coventry-adult-social-care'] },
        ),
        step(
          'salvationArmyReferral',
          S,
          'Referred to The Salvation Army',
          'The Salvation Army conducts a needs assessment once the young person is 18 and offers outreach or residential support. Refer to Adult Social Care if there are care and support needs.',
          { terminal: true, contacts: ['salvation-army-nrm-referrals', 'coventry-adult-social-care'] },
        ),
        step(
          'continuingWithoutSupport',
          S,
          'Continuing in the NRM without NRM support',
          'Refer to Adult Social Care if there are care and support needs.',
          { terminal: true, contacts: ['coventry-adult-social-care'] },
        ),
      ],
      transitions: [
        {
          name: 'notOpenToServices',
          label: 'Previously referred, not open to services: attempt contact',
          from: 'transitionIdentified',
          to: 'attemptContact',
          allow: caseOwners,
          guards: [is('openToChildrensServices', false)],
        },
        {
          name: 'openToServices',
          label: "Open to Children's Services: arrange a Transition Panel Meeting",
          from: 'transitionIdentified',
          to: 'transitionPanel',
          allow: caseOwners,
          guards: [is('openToChildrensServices', true)],
        },
        {
          name: 'enquireOtherAgencies',
          label: 'Not contactable: enquire with other agencies',
          from: 'attemptContact',
          stays: true,
          allow: caseOwners,
        },
        {
          name: 'contactEstablished',
          label: 'Contact made',
          from: 'attemptContact',
          to: 'explainAdultNrm',
          allow: caseOwners,
          guards: [is('contactMade', true)],
        },
        {
          name: 'notifySca',
          label: 'All routes exhausted: notify the Single Competent Authority',
          from: 'attemptContact',
          to: 'scaNotified',
          allow: caseOwners,
          guards: [
            is('contactMade', false),
            happened('enquireOtherAgencies', { description: 'other agencies were asked for contact details' }),
          ],
        },
        {
          name: 'existingNrmReferral',
          label: 'Existing NRM referral',
          from: 'transitionPanel',
          to: 'explainAdultNrm',
          allow: caseOwners,
          guards: [is('previouslyReferred', true)],
        },
        {
          name: 'noExistingReferral',
          label: 'No NRM referral',
          from: 'transitionPanel',
          to: 'considerNrmReferral',
          allow: caseOwners,
          guards: [is('previouslyReferred', false)],
        },
        {
          name: 'submitNrmReferral',
          label: 'Submit an NRM referral',
          from: 'considerNrmReferral',
          to: 'explainAdultNrm',
          kind: 'nrmReferral',
          allow: firstResponders,
          guards: [nrmConsentRule, horizonConsulted],
        },
        {
          name: 'noReferralNeeded',
          label: 'No NRM referral to be made',
          from: 'considerNrmReferral',
          to: 'noNrmReferral',
          allow: caseOwners,
          guards: [
            horizonConsulted,
            happened('recordWhyNoNrmReferral', { description: 'the reason no NRM referral is made is recorded' }),
          ],
        },
        {
          // 002-31: "consult the Council's Horizon (Child Exploitation) Team" before deciding.
          name: 'consultHorizon',
          label: "Consult the Council's Horizon (Child Exploitation) Team",
          from: 'considerNrmReferral',
          stays: true,
          allow: caseOwners,
          source: { file, section: S },
        },
        {
          name: 'continueInNrm',
          label: 'Continuing in the NRM: complete the NRM Consent Form',
          from: 'explainAdultNrm',
          to: 'continuingInNrm',
          allow: anyoneOnTheCase,
          guards: [is('continueInNrmAsAdult', true), is('nrmConsentFormCompleted', true)],
        },
        {
          name: 'withdrawFromNrm',
          label: 'Not continuing: complete and submit the NRM Withdrawal Form',
          from: 'explainAdultNrm',
          to: 'withdrawn',
          allow: anyoneOnTheCase,
          guards: [is('continueInNrmAsAdult', false), is('withdrawalFormSubmitted', true)],
        },
        {
          name: 'referToSalvationArmy',
          label: 'Refer to The Salvation Army',
          from: 'continuingInNrm',
          to: 'salvationArmyReferral',
          allow: anyoneOnTheCase,
          guards: [is('wantsAdultNrmSupport', true)],
        },
        {
          name: 'noSupportWanted',
          label: 'No NRM support wanted',
          from: 'continuingInNrm',
          to: 'continuingWithoutSupport',
          allow: anyoneOnTheCase,
          guards: [is('wantsAdultNrmSupport', false)],
        },
      ],
      clocks: [
        {
          id: 'nrmBeforeEighteen',
          label: 'NRM referral decision before the 18th birthday',
          startOn: ['openToServices'],
          stopOn: ['existingNrmReferral', 'submitNrmReferral', 'noReferralNeeded'],
          due: { beforeDateFact: 'eighteenthBirthday' },
          onOverdue: {
            action: 'escalate',
            // The Modern Slavery Lead oversees Coventry's cases (002 section 5).
            to: {
              label: 'Horizon Team / Modern Slavery Lead',
              areaOversight: true,
              contact: 'coventry-modern-slavery-lead',
            },
            note: 'an NRM referral for a child should be made before their 18th birthday',
          },
          source: { file, section: S },
        },
      ],
    }),
    {
      // 002-10: "Allocated worker checks whether child has been referred to the NRM. Email
      // nrm@modernslavery.gov.uk to check for any current NRM referrals", before either answer.
      transitionPanel: [checkNrmForEarlierReferral(caseOwners, ['existingNrmReferral', 'noExistingReferral'], S)],
      // 002-31: 2.2.1 "All suspected child survivors should be referred into the NRM": a decision
      // not to refer says why, in words.
      considerNrmReferral: [
        {
          id: 'recordWhyNoNrmReferral',
          title: 'Record why no NRM referral is made',
          required: false,
          recordedBy: caseOwners,
          records: reasonRecords('Why no NRM referral is made'),
          source: { file, section: `${S}; 2.2.1 Modern Slavery Act 2015` },
        },
      ],
    },
  ),
);
