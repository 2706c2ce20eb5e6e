// 002 4.6 Adult Social Care pathway (flowchart image14): residence, Care Act
// s42, statutory definition of a victim, choice of First Responder, consent to
// the NRM (NRM referral, then Salvation Army) or an anonymous DtN.
import { any, happened, is } from '../../definition/guards';
import {
  adultConsentDecided,
  caseOwners,
  DTN_FACTS,
  firstResponders,
  nrmConsentRule,
} from '../../definition/hard-rules';
import { definePathway } from '../../definition/load';
import { bool, compose, withActions } from '../shared/compose';
import {
  checkNrmForEarlierReferral,
  contactRecords,
  COVENTRY,
  coventryDtnRules,
  file,
  head,
  reasonRecords,
  step,
} from './shared';

const S = '4.6 Adult Social Care Pathway (flowchart)';

// The moves out of the Care Act step: whatever the answer to the statutory definition, the Care
// Act duties come first (the chart puts "Follow statutory duties under Care Act" before it).
const AFTER_CARE_ACT = ['meetsDefinition', 'notSuitableForNrm'];
const crimeReportedOrReason = any([happened('reportCrimeToPolice'), happened('recordWhyCrimeNotReported')], {
  description: 'the crime was reported to the police, or the reason it was not is recorded (ASC chart)',
});

export const coventryAdultSocialCare = definePathway(
  withActions(
    compose(head(COVENTRY.adultSocialCare, 'Adult Social Care pathway', S, 'referralReceived', 3), {
      facts: [
        ...DTN_FACTS,
        bool('immediateDanger', 'Is the victim in immediate danger?'),
        bool('residesInCoventry', 'Does the victim reside in Coventry?'),
        bool('section42CriteriaMet', 'Are the Care Act section 42 criteria met?'),
        bool(
          'meetsStatutoryDefinition',
          'Does the victim meet the statutory definition of a victim of slavery or trafficking?',
        ),
        // 002-22: the ASC chart asks two questions, so two facts: was it disclosed to another First
        // Responder, and if not, which First Responder is the most appropriate.
        bool(
          'disclosedToOtherFirstResponder',
          'Has modern slavery been disclosed to another First Responder organisation?',
        ),
        bool(
          'otherAgencyMostAppropriate',
          'Is another agency the most appropriate First Responder (relationships, agencies involved, specific needs, who identified it first, location)?',
        ),
        bool('previouslyReferred', 'Has the victim already been referred to the NRM?'),
        bool('consentToNrmSupport', 'Does the victim consent to NRM support?'),
        // 002-23: the Care Act duties the chart's "Follow statutory duties under Care Act" means.
        bool('careAndSupportNeeds', 'Does the adult appear to have needs for care and support (Care Act 2014)?'),
        bool('meetsCareActEligibility', 'Does the adult have eligible needs under the Care Act 2014?'),
      ],
      steps: [
        step(
          'referralReceived',
          S,
          'Referral to ASC regarding a potential modern slavery concern',
          'Immediate safety of the victim first (e.g. 999).',
          { contacts: ['police-emergency-999'] },
        ),
        step('informationGathered', S, 'Gathering information', 'Does the victim reside in Coventry?'),
        step(
          'careActDuties',
          S,
          'Follow statutory duties under the Care Act',
          'Determine whether the section 42 criteria are met, and whether the victim meets the statutory definition of a victim of slavery or trafficking.',
        ),
        step(
          'firstResponderSelection',
          S,
          'Report the crime and choose the First Responder',
          'Report the crime to the police; contact the Modern Slavery Lead for advice. Has modern slavery been disclosed to another First Responder organisation? Consider relationships, agencies involved, specific needs, which agency first identified it and the location of the victim and exploitation.',
          { contacts: ['police-non-emergency-101', 'coventry-modern-slavery-lead'] },
        ),
        step(
          'ascFirstResponder',
          S,
          'ASC is the most appropriate First Responder',
          'Use the NRM Explanatory Booklet to explain the NRM. Does the victim consent to NRM referral?',
          { resources: ['nrm-explanatory-booklet'] },
        ),
        step(
          'checkExistingReferral',
          S,
          'ASC checks whether the victim has already been referred',
          'If so, ASC requests access to the previous NRM form and adds missing information; if not, gathers information from the victim and professionals.',
          { resources: ['nrm-referral-form'], contacts: ['sca-nrm-check'] },
        ),
        step('nrmSubmitted', S, 'NRM referral submitted', 'Does the victim consent to NRM support?'),
        step(
          'anonymousDtn',
          S,
          'ASC gathers anonymous information',
          "Do not include the name or other personal information of the victim or perpetrators, or specific locations such as the victim's address.",
          { resources: ['duty-to-notify-form-ms1'] },
        ),
        step(
          'referredToOtherAuthority',
          S,
          'Referral to the most appropriate Local Authority',
          'The victim does not reside in Coventry.',
          { terminal: true },
        ),
        step('otherSupportOptions', S, 'Not suitable for referral to the NRM', 'Consider other support options.', {
          terminal: true,
        }),
        step(
          'otherAgencyFirstResponder',
          S,
          'Other agency is the most appropriate First Responder',
          'The agency seeks consent and submits the NRM referral if appropriate; ASC provides supporting evidence and information.',
          { terminal: true },
        ),
        step(
          'salvationArmyReferral',
          S,
          'Referral to The Salvation Army',
          "Contact The Salvation Army's NRM referral line.",
          { terminal: true, handOff: COVENTRY.duringNrm, contacts: ['salvation-army-nrm-referrals'] },
        ),
        step('nrmWithoutSupport', S, 'In the NRM without NRM support', 'The victim does not consent to NRM support.', {
          terminal: true,
          handOff: COVENTRY.duringNrm,
        }),
        step('dtnSubmitted', S, 'Anonymous Duty to Notify submitted online', 'Submitted by ASC.', { terminal: true }),
      ],
      transitions: [
        {
          name: 'call999',
          label: 'Immediate danger: call 999',
          from: 'referralReceived',
          stays: true,
          allow: caseOwners,
          guards: [is('immediateDanger', true)],
        },
        {
          name: 'gatherInformation',
          label: 'Gather information',
          from: 'referralReceived',
          to: 'informationGathered',
          allow: caseOwners,
          guards: [
            any([is('immediateDanger', false), happened('call999')], {
              description: 'the police were called where the victim is in immediate danger',
            }),
          ],
        },
        {
          name: 'referToOtherAuthority',
          label: 'Refer to the most appropriate Local Authority',
          from: 'informationGathered',
          to: 'referredToOtherAuthority',
          allow: caseOwners,
          guards: [is('residesInCoventry', false)],
        },
        {
          name: 'followCareActDuties',
          label: 'Follow statutory duties under the Care Act',
          from: 'informationGathered',
          to: 'careActDuties',
          allow: caseOwners,
          guards: [is('residesInCoventry', true)],
        },
        {
          name: 'notSuitableForNrm',
          label: 'Not a victim under the statutory definition: consider other support',
          from: 'careActDuties',
          to: 'otherSupportOptions',
          allow: caseOwners,
          requiresFacts: ['section42CriteriaMet'],
          guards: [is('meetsStatutoryDefinition', false)],
        },
        {
          name: 'meetsDefinition',
          label: 'Meets the statutory definition',
          from: 'careActDuties',
          to: 'firstResponderSelection',
          allow: caseOwners,
          requiresFacts: ['section42CriteriaMet'],
          guards: [is('meetsStatutoryDefinition', true)],
        },
        {
          name: 'reportCrimeToPolice',
          label: 'Report the crime to the police',
          from: 'firstResponderSelection',
          stays: true,
          allow: caseOwners,
        },
        {
          name: 'contactModernSlaveryLead',
          label: 'Contact the Modern Slavery Lead for advice',
          from: 'firstResponderSelection',
          stays: true,
          allow: caseOwners,
        },
        {
          name: 'otherAgencyLeads',
          label: 'Another agency is the most appropriate First Responder',
          from: 'firstResponderSelection',
          to: 'otherAgencyFirstResponder',
          allow: caseOwners,
          guards: [
            any([is('disclosedToOtherFirstResponder', true), is('otherAgencyMostAppropriate', true)], {
              description: 'it was disclosed to another First Responder, or another agency is the most appropriate',
            }),
            happened('contactModernSlaveryLead'),
            crimeReportedOrReason,
          ],
        },
        {
          name: 'ascLeads',
          label: 'ASC is the most appropriate First Responder',
          from: 'firstResponderSelection',
          to: 'ascFirstResponder',
          allow: caseOwners,
          guards: [
            is('disclosedToOtherFirstResponder', false),
            is('otherAgencyMostAppropriate', false),
            happened('contactModernSlaveryLead'),
            crimeReportedOrReason,
          ],
        },
        {
          name: 'consentGiven',
          label: 'The victim consents to NRM referral',
          from: 'ascFirstResponder',
          to: 'checkExistingReferral',
          allow: caseOwners,
          guards: [nrmConsentRule],
        },
        {
          name: 'consentRefused',
          label: 'The victim does not consent to NRM referral',
          from: 'ascFirstResponder',
          to: 'anonymousDtn',
          allow: caseOwners,
          guards: [adultConsentDecided(false)],
        },
        {
          name: 'requestPreviousNrmForm',
          label: 'Request access to the previous NRM form and add missing information',
          from: 'checkExistingReferral',
          stays: true,
          allow: caseOwners,
          guards: [is('previouslyReferred', true)],
        },
        {
          name: 'submitNrmReferral',
          label: 'Submit the NRM referral online',
          from: 'checkExistingReferral',
          to: 'nrmSubmitted',
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
          name: 'referToSalvationArmy',
          label: 'Refer to The Salvation Army',
          from: 'nrmSubmitted',
          to: 'salvationArmyReferral',
          allow: caseOwners,
          guards: [is('consentToNrmSupport', true)],
        },
        {
          name: 'noNrmSupport',
          label: 'The victim does not want NRM support',
          from: 'nrmSubmitted',
          to: 'nrmWithoutSupport',
          allow: caseOwners,
          guards: [is('consentToNrmSupport', false)],
        },
        {
          name: 'submitDutyToNotify',
          label: 'ASC submits an anonymous Duty to Notify online',
          from: 'anonymousDtn',
          to: 'dtnSubmitted',
          kind: 'dutyToNotify',
          allow: firstResponders,
          guards: coventryDtnRules,
        },
      ],
      clocks: [],
    }),
    {
      // 002-23: s42 was recorded and never acted on. The enquiry and the needs assessment are the
      // local authority's duties (Care Act 2014, 2.2.4), so they are required where their facts say
      // they apply; a Human Rights Assessment is "best practice" where the Care Act does not reach
      // (2.2.6), so it is offered, not required.
      careActDuties: [
        {
          id: 'startSection42Enquiry',
          title: 'Make (or cause to be made) a Care Act section 42 safeguarding enquiry',
          description: 'The section 42 criteria are met: the local authority must make enquiries.',
          required: true,
          recordedBy: caseOwners,
          records: [{ name: 'reference', label: 'Enquiry reference', type: 'text' }],
          when: [is('section42CriteriaMet', true)],
          blocks: AFTER_CARE_ACT,
          source: { file, section: `${S}; 2.2.4 Care Act 2014` },
        },
        {
          id: 'arrangeCareActAssessment',
          title: 'Arrange a Care Act needs assessment',
          description:
            'The adult appears to have needs for care and support: assess whether they have eligible needs (2.2.4).',
          required: true,
          recordedBy: caseOwners,
          records: [{ name: 'reference', label: 'Assessment reference', type: 'text' }],
          when: [is('careAndSupportNeeds', true)],
          blocks: AFTER_CARE_ACT,
          source: { file, section: `${S}; 2.2.4 Care Act 2014` },
        },
        {
          id: 'humanRightsAssessment',
          title: 'Undertake a Human Rights Assessment (Localism Act 2011, section 1)',
          description:
            'The survivor does not meet the Care Act eligibility criteria: best practice is a Human Rights Assessment with a view to support under the Localism Act power.',
          required: false,
          recordedBy: caseOwners,
          records: [{ name: 'reference', label: 'Assessment reference', type: 'text' }],
          when: [is('meetsCareActEligibility', false)],
          source: { file, section: '2.2.6 Localism Act 2011' },
        },
      ],
      // 002-24: "Report crime to police" is on the chart's path: the choice of First Responder waits
      // for the report (reportCrimeToPolice) or for the reason it was not made, in words.
      firstResponderSelection: [
        {
          id: 'recordWhyCrimeNotReported',
          title: 'Record why the crime was not reported to the police',
          required: false,
          recordedBy: caseOwners,
          records: reasonRecords('Why the crime was not reported'),
          source: { file, section: S },
        },
      ],
      // 002-10: "ASC checks whether the victim has already been referred to the NRM".
      checkExistingReferral: [
        checkNrmForEarlierReferral(caseOwners, ['requestPreviousNrmForm', 'submitNrmReferral'], S),
      ],
      // 002-25: "ASC provides supporting evidence/information" to the agency that leads.
      otherAgencyFirstResponder: [
        {
          id: 'provideSupportingEvidence',
          title: 'Provide supporting evidence and information to the First Responder that leads',
          required: true,
          recordedBy: caseOwners,
          records: [
            { name: 'agency', label: 'First Responder agency', type: 'text', required: true },
            ...contactRecords.filter((r) => r.name === 'reference'),
          ],
          source: { file, section: S },
        },
      ],
    },
  ),
);
