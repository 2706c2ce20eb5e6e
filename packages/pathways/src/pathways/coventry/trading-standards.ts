// 002 4.9 Trading Standards pathway (flowchart at the end of 002): intelligence,
// premises visit, offline NRM form and Border Force on scene, the Modern
// Slavery Lead, consent and NRM submission, investigation and prosecution.
import { is } from '../../definition/guards';
import {
  adultConsentDecided,
  caseOwners,
  DTN_FACTS,
  firstResponders,
  nrmConsentRule,
} from '../../definition/hard-rules';
import { definePathway } from '../../definition/load';
import type { Action } from '../../definition/schema';
import { bool, compose, withActions } from '../shared/compose';
import { childToMash, COVENTRY, coventryDtnRules, file, head, step } from './shared';

const S = '4.9 Trading Standards Pathway (flowchart)';

// 002-34: a child found on premises of concern goes to MASH (4.1: children involved), from any
// point once the premises are examined.
const child = childToMash(
  ['premisesExamined', 'exploitationPresent', 'seekingConsent'],
  '4.1 Initial Identification & Safeguarding Pathway (children involved: contact MASH); 4.9',
);

/**
 * 002-36: the chart's "Consideration for ..." boxes. Each is a decision the TSO records (held or
 * not, with whom) before the step the chart puts after it; the SERAC discussion comes first and
 * the joint investigation is considered with it.
 */
const consideration = (
  id: string,
  title: string,
  outcomes: string[],
  blocks: string[],
  description: string,
): Action => ({
  id,
  title,
  description,
  required: true,
  recordedBy: caseOwners,
  records: [
    { name: 'outcome', label: 'Decision', type: 'enum', values: outcomes, required: true },
    { name: 'agencies', label: 'Agencies involved', type: 'text' },
    { name: 'date', label: 'Date', type: 'date' },
  ],
  blocks,
  source: { file, section: S },
});

export const coventryTradingStandards = definePathway(
  withActions(
    compose(head(COVENTRY.tradingStandards, 'Trading Standards pathway', S, 'concernIdentified', 3), {
      facts: [
        ...DTN_FACTS,
        bool('exploitationPresent', 'Is exploitation present?'),
        bool('offlineNrmFormRecorded', 'Has the TSO recorded the information on the offline NRM form?'),
      ],
      steps: [
        child.step,
        step(
          'concernIdentified',
          S,
          'Trading Standards Officer identifies a potential modern slavery concern',
          'Information sharing and intelligence gathering.',
        ),
        step(
          'intelligenceGathering',
          S,
          'Information uploaded to the Intelligence Database (IDB)',
          'CEnTSA RIO / West Midlands Police access the IDB. Consider discussion at SERAC and a joint investigation with other agencies, including Modern Slavery Act 2015 offences.',
          { contacts: ['coventry-trading-standards'] },
        ),
        step(
          'premisesVisit',
          S,
          'Visit to premises of concern',
          'Consider a multi-agency visit and reception centre with other enforcement agencies and specialist support organisations.',
        ),
        step(
          'premisesExamined',
          S,
          'TSO examines the premises and speaks with potential survivors',
          'Assess the risk of exploitation.',
        ),
        step(
          'exploitationPresent',
          S,
          'Exploitation present',
          'TSO records information on the offline NRM form; Border Force contacted on scene; other immediate safeguarding referrals (housing, support).',
          { resources: ['nrm-offline-form'] },
        ),
        step(
          'seekingConsent',
          S,
          "TSO notifies the Council's Modern Slavery Lead",
          'Use the NRM Explanatory Booklet to seek consent for the NRM.',
          { resources: ['nrm-explanatory-booklet'], contacts: ['coventry-modern-slavery-lead'] },
        ),
        step(
          'nrmSubmitted',
          S,
          'NRM submission with assistance from the Modern Slavery Lead',
          "Follow the 'During NRM' and 'Post NRM' pathways.",
          { handOff: COVENTRY.duringNrm, resources: ['nrm-referral-form'], contacts: ['coventry-modern-slavery-lead'] },
        ),
        step(
          'investigation',
          S,
          'Investigation into offences',
          'Ongoing support and appropriate intelligence sharing.',
        ),
        step('prosecution', S, 'Prosecution', 'Offences prosecuted.', { terminal: true }),
        step('investigationClosed', S, 'Investigation closed', 'No prosecution.', { terminal: true }),
      ],
      transitions: [
        child.transition,
        {
          name: 'uploadToIntelligenceDatabase',
          label: 'Share information and upload it to the IDB',
          from: 'concernIdentified',
          to: 'intelligenceGathering',
          allow: caseOwners,
        },
        {
          name: 'visitPremises',
          label: 'Visit the premises of concern',
          from: 'intelligenceGathering',
          to: 'premisesVisit',
          allow: caseOwners,
        },
        {
          name: 'examinePremises',
          label: 'Examine the premises and speak with potential survivors',
          from: 'premisesVisit',
          to: 'premisesExamined',
          allow: caseOwners,
          requiresFacts: ['exploitationPresent'],
        },
        {
          name: 'exploitationFound',
          label: 'Exploitation is present',
          from: 'premisesExamined',
          to: 'exploitationPresent',
          allow: caseOwners,
          guards: [is('exploitationPresent', true)],
        },
        {
          name: 'noExploitationFound',
          label: 'No exploitation found: continue the investigation',
          from: 'premisesExamined',
          to: 'investigation',
          allow: caseOwners,
          guards: [is('exploitationPresent', false)],
        },
        {
          name: 'contactBorderForce',
          label: 'Contact Border Force on scene',
          from: 'exploitationPresent',
          stays: true,
          allow: caseOwners,
        },
        {
          name: 'otherSafeguardingReferrals',
          label: 'Make other immediate safeguarding referrals (housing, support)',
          from: 'exploitationPresent',
          stays: true,
          allow: caseOwners,
        },
        {
          name: 'notifyModernSlaveryLead',
          label: "Notify the Council's Modern Slavery Lead",
          from: 'exploitationPresent',
          to: 'seekingConsent',
          allow: caseOwners,
          // 002-33, decided: safeguarding never waits on immigration contact; Border Force is
          // recorded as its own action on scene (README).
          guards: [is('offlineNrmFormRecorded', true)],
        },
        {
          name: 'submitNrmReferral',
          label: 'Submit the NRM with assistance from the Modern Slavery Lead',
          from: 'seekingConsent',
          to: 'nrmSubmitted',
          kind: 'nrmReferral',
          allow: firstResponders,
          guards: [nrmConsentRule],
        },
        {
          name: 'submitDutyToNotify',
          label: 'No consent: submit an anonymous Duty to Notify',
          from: 'seekingConsent',
          to: 'investigation',
          kind: 'dutyToNotify',
          allow: firstResponders,
          guards: [adultConsentDecided(false), ...coventryDtnRules],
        },
        {
          name: 'continueInvestigation',
          label: 'Continue the investigation',
          from: 'nrmSubmitted',
          to: 'investigation',
          allow: caseOwners,
        },
        { name: 'prosecute', label: 'Prosecute', from: 'investigation', to: 'prosecution', allow: caseOwners },
        {
          name: 'closeInvestigation',
          label: 'Close the investigation',
          from: 'investigation',
          to: 'investigationClosed',
          allow: caseOwners,
        },
      ],
      clocks: [],
    }),
    {
      intelligenceGathering: [
        consideration(
          'considerSeracDiscussion',
          'Consider discussion at the Slavery and Exploitation Risk Assessment Conference (SERAC)',
          ['discussedAtSerac', 'referredToSerac', 'notNeeded'],
          ['visitPremises'],
          'SERAC is the confidential multi-agency forum that develops a plan of action for suspected or known cases (glossary).',
        ),
        consideration(
          'considerJointInvestigation',
          'Consider a joint investigation with other agencies, including Modern Slavery Act 2015 offences',
          ['jointInvestigation', 'singleAgency'],
          ['visitPremises'],
          'Decided with the SERAC discussion where there is one.',
        ),
      ],
      premisesVisit: [
        consideration(
          'considerMultiAgencyVisit',
          'Consider a multi-agency visit and reception centre with other enforcement agencies and specialist support organisations',
          ['multiAgencyVisit', 'multiAgencyVisitWithReceptionCentre', 'tradingStandardsOnly'],
          ['examinePremises'],
          'Before the premises are examined.',
        ),
      ],
    },
  ),
);
