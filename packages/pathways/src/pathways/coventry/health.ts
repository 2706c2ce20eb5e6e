// 002 4.7 Health pathway (flowchart at the end of 002): clinical needs first,
// 999 or 101/FIB, safeguarding lead; children to MASH; adults by consent to a
// First Responder referral, else capacity, else signposting.
import { all, any, happened, is, treatedAsChild } from '../../definition/guards';
import { anyoneOnTheCase, bestInterestsDecided, capacityResolved, CONSENT_FACTS } from '../../definition/hard-rules';
import { definePathway } from '../../definition/load';
import { bool, compose, withActions } from '../shared/compose';
import { contactRecords, COVENTRY, file, head, step } from './shared';

const S = '4.7 Health Pathway (flowchart)';

export const coventryHealth = definePathway(
  withActions(
    compose(head(COVENTRY.health, 'Health pathway', S, 'concernIdentified', 3), {
      facts: [
        ...CONSENT_FACTS,
        bool('clinicalNeedsAddressed', 'Have immediate clinical health needs been prioritised and met?'),
        bool('immediateDanger', 'Is the child or adult in immediate danger?'),
        bool(
          'consentToFirstResponderReferral',
          'Does the adult consent to referral to a First Responder organisation for referral to the NRM?',
        ),
        bool('careAndSupportNeeds', 'Does the adult have an appearance of care and support needs?'),
      ],
      steps: [
        step(
          'concernIdentified',
          S,
          'Professional identifies a potential modern slavery concern',
          'Immediate clinical health needs are prioritised. If in immediate danger call 999; consider 101 or a FIB form for non-urgent concerns.',
          {
            resources: ['force-intelligence-bureau-form'],
            contacts: ['police-emergency-999', 'police-non-emergency-101'],
          },
        ),
        step(
          'safeguardingDiscussion',
          S,
          'Discuss with the organisation safeguarding lead or team',
          'Is the potential victim a child or an adult?',
        ),
        step(
          'adultConsent',
          S,
          'Adult: consent to a First Responder referral?',
          'Does the adult consent to referral to a First Responder organisation for referral to the NRM?',
        ),
        step(
          'capacityCheck',
          S,
          'The adult does not consent',
          "Is there any concern regarding the adult's capacity to make the decision independently? If the adult appears to have care and support needs, refer to Adult Social Care.",
          { contacts: ['coventry-adult-social-care'] },
        ),
        step('mashReferral', S, 'Refer to MASH', 'As per local procedures.', { terminal: true }),
        step(
          'firstResponderContacted',
          S,
          'Contact Adult Social Care, Police or The Salvation Army',
          'A First Responder takes the NRM referral forward.',
          {
            terminal: true,
            handOff: COVENTRY.preNrm,
            contacts: ['coventry-adult-social-care', 'police-non-emergency-101', 'salvation-army-nrm-referrals'],
          },
        ),
        step(
          'mentalCapacity',
          S,
          'Refer to the Mental Capacity Code of Practice',
          'Capacity is in doubt: assess capacity for this decision. An adult who lacks it does not consent; a named decision-maker decides in their best interests (caseRecordBestInterestsDecision).',
          { resources: ['mental-capacity-act-code-of-practice'] },
        ),
        step('signposted', S, 'Signposting to resources and support', "See 'Access to Specialist Support'.", {
          terminal: true,
        }),
        step(
          'adultSocialCareReferral',
          S,
          'Refer to Adult Social Care',
          'The adult has an appearance of care and support needs.',
          { terminal: true, handOff: COVENTRY.adultSocialCare, contacts: ['coventry-adult-social-care'] },
        ),
      ],
      transitions: [
        {
          name: 'call999',
          label: 'Immediate danger: call 999',
          from: 'concernIdentified',
          stays: true,
          allow: anyoneOnTheCase,
          guards: [is('immediateDanger', true)],
        },
        {
          name: 'reportNonUrgent',
          label: 'Non-urgent: 101 or a FIB form',
          from: 'concernIdentified',
          stays: true,
          allow: anyoneOnTheCase,
        },
        {
          name: 'discussWithSafeguardingLead',
          label: 'Discuss with the organisation safeguarding lead or team',
          from: 'concernIdentified',
          to: 'safeguardingDiscussion',
          allow: anyoneOnTheCase,
          guards: [
            is('clinicalNeedsAddressed', true, { description: 'immediate clinical health needs are prioritised' }),
            any([is('immediateDanger', false), happened('call999')], {
              description: 'the police were called where someone is in immediate danger',
            }),
          ],
        },
        {
          name: 'referToMash',
          label: 'Child: refer to MASH',
          from: 'safeguardingDiscussion',
          to: 'mashReferral',
          allow: anyoneOnTheCase,
          guards: [treatedAsChild(true)],
        },
        {
          name: 'adultRoute',
          label: 'Adult',
          from: 'safeguardingDiscussion',
          to: 'adultConsent',
          allow: anyoneOnTheCase,
          guards: [treatedAsChild(false)],
        },
        {
          name: 'contactFirstResponder',
          label: 'Consent: contact ASC, Police or The Salvation Army',
          from: 'adultConsent',
          to: 'firstResponderContacted',
          allow: anyoneOnTheCase,
          guards: [all([is('consentToFirstResponderReferral', true), capacityResolved])],
        },
        {
          name: 'noConsent',
          label: 'No consent',
          from: 'adultConsent',
          to: 'capacityCheck',
          allow: anyoneOnTheCase,
          guards: [is('consentToFirstResponderReferral', false)],
        },
        {
          name: 'referToMentalCapacityCode',
          label: 'Capacity in doubt: Mental Capacity Code of Practice',
          from: 'capacityCheck',
          to: 'mentalCapacity',
          allow: anyoneOnTheCase,
          guards: [is('capacityInDoubt', true)],
        },
        {
          // the Mental Capacity Act route the chart points to; never "consent".
          name: 'bestInterestsReferral',
          label: 'Best-interests decision: refer to a First Responder',
          from: 'mentalCapacity',
          to: 'firstResponderContacted',
          allow: anyoneOnTheCase,
          guards: [bestInterestsDecided('nrmConsent', 'proceed')],
        },
        {
          name: 'bestInterestsNoReferral',
          label: 'Best-interests decision: no referral; signpost',
          from: 'mentalCapacity',
          to: 'signposted',
          allow: anyoneOnTheCase,
          guards: [bestInterestsDecided('nrmConsent', 'doNotProceed')],
        },
        {
          name: 'signpost',
          label: 'Provide signposting to resources and support',
          from: 'capacityCheck',
          to: 'signposted',
          allow: anyoneOnTheCase,
          guards: [is('capacityInDoubt', false)],
        },
        {
          name: 'referToAdultSocialCare',
          label: 'Refer to Adult Social Care',
          from: 'capacityCheck',
          to: 'adultSocialCareReferral',
          allow: anyoneOnTheCase,
          guards: [is('careAndSupportNeeds', true)],
        },
      ],
      clocks: [],
    }),
    {
      // 002-28: "If the adult has an appearance of care and support needs, refer to Adult Social
      // Care" stands under both answers to consent. The no-consent branch has its move
      // (referToAdultSocialCare); an adult who consented and went to a First Responder is referred too.
      firstResponderContacted: [
        {
          id: 'referCareNeedsToAdultSocialCare',
          title: 'Refer to Adult Social Care (appearance of care and support needs)',
          required: true,
          recordedBy: anyoneOnTheCase,
          records: contactRecords,
          when: [is('careAndSupportNeeds', true)],
          source: { file, section: S },
        },
      ],
    },
  ),
);
