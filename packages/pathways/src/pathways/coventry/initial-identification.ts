// 002 4.1 Initial Identification & Safeguarding pathway (flowchart at the end
// of 002): 999 when at immediate risk; children to MASH (within 6 months of 18:
// Transition to Adulthood); otherwise report to the Modern Slavery Lead and
// branch on victim, perpetrator, location or business.
import { all, any, happened, is, not, oneOf, treatedAsChild } from '../../definition/guards';
import { anyoneOnTheCase, capacityFor, DTN_FACTS, firstResponders } from '../../definition/hard-rules';
import { definePathway } from '../../definition/load';
import { bool, compose, oneOfValues, withActions } from '../shared/compose';
import { COVENTRY, coventryDtnRules, DTN_OR_REASON_FACT, dtnOrReason, file, head, step } from './shared';

const S = '4.1 Initial Identification & Safeguarding Pathway';
const INTEL =
  "Contact the police on 101 to report a crime, or submit intelligence with the 'Partnership Information Report' (the text of 4.1 says the Force Intelligence Bureau form).";
const intel = {
  resources: ['partnership-information-report', 'force-intelligence-bureau-form'],
  contacts: ['police-non-emergency-101', 'coventry-police-intelligence'],
};
const riskHandled = any([is('immediateRiskOfSeriousHarm', false), happened('call999')], {
  description: 'the police were called on 999 where anyone is at immediate risk of serious harm',
});
const subject = (value: string) => is('concernSubject', value);
const intelligenceSubmitted = happened('submitIntelligence', {
  description: 'the concern was reported to the police or submitted as intelligence (4.1)',
});
// A concern about a perpetrator, location or business has no person whose age is in question
// (002-1): only "children involved" decides the MASH route there. Not yet answered counts as a
// concern about a person, whose age then matters.
const notAboutAVictim = any(
  ['perpetrator', 'location', 'business'].map((about) => is('concernSubject', about, { ifMissing: false })),
  { description: 'the concern is about a perpetrator, a location or a business' },
);

export const coventryInitialIdentification = definePathway(
  withActions(
    compose(
      head(COVENTRY.initialIdentification, 'Initial Identification & Safeguarding pathway', S, 'concernIdentified', 3),
      {
        facts: [
          ...DTN_FACTS,
          DTN_OR_REASON_FACT,
          oneOfValues('intelligenceRoute', 'How the concern was reported to the police', [
            'police101',
            'forceIntelligenceBureauForm',
            'partnershipInformationReport',
          ]),
          bool('immediateRiskOfSeriousHarm', 'Is there an immediate risk of serious harm to anyone?'),
          bool('childrenInvolved', 'Are there children involved?'),
          bool('within6MonthsOf18', 'Is the child within 6 months of turning 18 and transitioning to adult services?'),
          oneOfValues('concernSubject', 'Does the concern relate to a victim, perpetrator, location or business?', [
            'victim',
            'perpetrator',
            'location',
            'business',
          ]),
          bool('wantsSupport', 'Does the victim want to access support?'),
          bool('careAndSupportNeeds', 'Does the adult have care and support needs?'),
          bool(
            'adultAtRisk',
            "Is the individual an 'adult at risk' (care and support needs, experiencing or at risk of abuse or neglect, unable to protect themselves)?",
          ),
          bool('meetsHousingCriteria', 'Does the victim meet the criteria for LA housing?'),
          bool('migrant', 'Is the victim a migrant?'),
        ],
        steps: [
          step(
            'concernIdentified',
            S,
            'Professional identifies a modern slavery concern',
            'Is there an immediate risk of serious harm to anyone (call 999)? Are there children involved?',
            { contacts: ['police-emergency-999'] },
          ),
          step(
            'mashContacted',
            S,
            'Contact the Multi-Agency Safeguarding Hub',
            'Contact Coventry MASH. Is the child within 6 months of turning 18 and transitioning to adult services?',
            { contacts: ['coventry-mash'] },
          ),
          step(
            'adultConcern',
            S,
            'Gather information and establish needs',
            'Do not confront a potential perpetrator. Use the Modern Slavery Indicators resources. Establish needs (financial support, housing, health, immigration status). Only speak to a potential victim alone and in a safe space; otherwise gather contact details and make an appointment.',
          ),
          step(
            'concernReported',
            S,
            "Concern reported to the Council's Modern Slavery Lead",
            'Does your concern relate to a victim, perpetrator, location or business?',
            { contacts: ['coventry-modern-slavery-lead'] },
          ),
          step(
            'victimSupport',
            S,
            'Does the victim want to access support?',
            "Consider the victim's capacity to make the decision independently (Mental Capacity Act Code of Practice).",
            { resources: ['mental-capacity-act-code-of-practice'] },
          ),
          step(
            'supportOffered',
            S,
            'The victim wants support',
            "Assist the victim to report to the police on 101; refer to Adult Social Care if the adult has care and support needs; refer to Housing if the victim meets LA criteria; if a migrant, contact CRMC and the CCC Migration Team; provide the 'How to Get Help' document.",
            {
              resources: ['how-to-get-help'],
              contacts: [
                'police-non-emergency-101',
                'coventry-adult-social-care',
                'coventry-housing',
                'coventry-refugee-and-migrant-centre',
                'coventry-migration-team',
              ],
            },
          ),
          step(
            'supportDeclined',
            S,
            'The victim does not want support',
            "Record details of the concerns, including anything that could help if they are identified again; submit the 'Partnership Intelligence Form'; if you work for a First Responder Agency, submit an anonymous Duty to Notify.",
            { resources: ['partnership-intelligence-form', 'duty-to-notify-form-ms1'] },
          ),
          step(
            'transitionToAdulthood',
            S,
            "Go to 'Transition to Adulthood Pathway'",
            "Children's services follow the transition pathway.",
            { terminal: true, handOff: COVENTRY.transitionToAdulthood },
          ),
          step('mashProcedures', S, 'Follow MASH procedures', 'End of use of this pathway.', { terminal: true }),
          step(
            'referredToNrmPathway',
            S,
            "Go to 'Referral to the National Referral Mechanism' pathway",
            'Pre-NRM pathway.',
            { terminal: true, handOff: COVENTRY.preNrm },
          ),
          step('perpetratorReported', S, 'Perpetrator concern reported', INTEL, { terminal: true, ...intel }),
          step(
            'locationReported',
            S,
            'Location concern reported',
            `${INTEL} For housing concerns, contact CCC Housing Enforcement.`,
            { terminal: true, ...intel, contacts: [...intel.contacts, 'coventry-housing-enforcement'] },
          ),
          step(
            'businessReported',
            S,
            'Business concern reported',
            `${INTEL} If a business broke the law or acted unfairly, report it to Trading Standards; if it exploits its workers, contact the Gangmasters & Labour Abuse Authority.`,
            {
              terminal: true,
              handOff: COVENTRY.tradingStandards,
              ...intel,
              contacts: [...intel.contacts, 'coventry-trading-standards', 'glaa-business-concerns'],
            },
          ),
          step('signposted', S, "'How to Get Help' provided", 'Signposted to resources and support.', {
            terminal: true,
            resources: ['how-to-get-help'],
          }),
        ],
        transitions: [
          {
            name: 'call999',
            label: 'Call 999',
            from: 'concernIdentified',
            stays: true,
            allow: anyoneOnTheCase,
            guards: [is('immediateRiskOfSeriousHarm', true)],
          },
          // Presumption of age: a person who may be a child is a child here.
          {
            name: 'contactMash',
            label: 'Children involved: contact MASH',
            from: 'concernIdentified',
            to: 'mashContacted',
            allow: anyoneOnTheCase,
            guards: [
              riskHandled,
              any([is('childrenInvolved', true), all([not(notAboutAVictim), treatedAsChild(true)])], {
                description: 'children are involved, or the potential victim is treated as a child',
              }),
            ],
          },
          {
            name: 'gatherInformation',
            label: 'No children involved: gather information',
            from: 'concernIdentified',
            to: 'adultConcern',
            allow: anyoneOnTheCase,
            guards: [
              riskHandled,
              all([is('childrenInvolved', false), any([notAboutAVictim, treatedAsChild(false)])], {
                description: 'no children are involved and any potential victim is treated as an adult',
              }),
            ],
          },
          {
            name: 'goToTransitionToAdulthood',
            label: 'Within 6 months of 18: Transition to Adulthood',
            from: 'mashContacted',
            to: 'transitionToAdulthood',
            allow: anyoneOnTheCase,
            guards: [is('within6MonthsOf18', true)],
          },
          {
            name: 'followMashProcedures',
            label: 'Follow MASH procedures',
            from: 'mashContacted',
            to: 'mashProcedures',
            allow: anyoneOnTheCase,
            guards: [is('within6MonthsOf18', false)],
          },
          {
            name: 'reportToModernSlaveryLead',
            label: "Report the concern to the Council's Modern Slavery Lead",
            from: 'adultConcern',
            to: 'concernReported',
            allow: anyoneOnTheCase,
          },
          {
            name: 'victimConcern',
            label: 'Concern about a victim',
            from: 'concernReported',
            to: 'victimSupport',
            allow: anyoneOnTheCase,
            guards: [subject('victim')],
          },
          // 002-3: the perpetrator, location and business routes end at reporting to the police (101)
          // or submitting intelligence; the track records which before it ends.
          {
            name: 'submitIntelligence',
            label: "Report to the police on 101, or submit intelligence (FIB form / 'Partnership Information Report')",
            from: 'concernReported',
            stays: true,
            allow: anyoneOnTheCase,
            guards: [oneOf('concernSubject', ['perpetrator', 'location', 'business'])],
            requiresFacts: ['intelligenceRoute'],
            source: { file, section: S },
          },
          {
            name: 'perpetratorConcern',
            label: 'Concern about a perpetrator',
            from: 'concernReported',
            to: 'perpetratorReported',
            allow: anyoneOnTheCase,
            guards: [subject('perpetrator'), intelligenceSubmitted],
          },
          {
            name: 'locationConcern',
            label: 'Concern about a location',
            from: 'concernReported',
            to: 'locationReported',
            allow: anyoneOnTheCase,
            guards: [subject('location'), intelligenceSubmitted],
          },
          {
            name: 'businessConcern',
            label: 'Concern about a business',
            from: 'concernReported',
            to: 'businessReported',
            allow: anyoneOnTheCase,
            guards: [subject('business'), intelligenceSubmitted],
          },
          {
            name: 'wantsSupport',
            label: 'The victim wants support',
            from: 'victimSupport',
            to: 'supportOffered',
            allow: anyoneOnTheCase,
            guards: [is('wantsSupport', true), capacityFor('supportReferral')],
          },
          {
            name: 'declinesSupport',
            label: 'The victim does not want support',
            from: 'victimSupport',
            to: 'supportDeclined',
            allow: anyoneOnTheCase,
            guards: [is('wantsSupport', false), capacityFor('supportReferral')],
          },
          {
            name: 'referToAdultSocialCare',
            label: 'Refer to Adult Social Care',
            from: ['supportOffered', 'supportDeclined'],
            stays: true,
            allow: anyoneOnTheCase,
            // 002-6, decided: the text of 4.1 refers an "adult at risk", the chart an adult with care
            // and support needs; either one is reason to refer (README).
            guards: [
              any([is('careAndSupportNeeds', true), is('adultAtRisk', true)], {
                description: "the adult has care and support needs, or is an 'adult at risk' (4.1)",
              }),
            ],
          },
          {
            name: 'referToHousing',
            label: 'Refer to Housing',
            from: 'supportOffered',
            stays: true,
            allow: anyoneOnTheCase,
            guards: [is('meetsHousingCriteria', true)],
          },
          {
            name: 'contactMigrationTeam',
            label: 'Contact CRMC and the CCC Migration Team',
            from: 'supportOffered',
            stays: true,
            allow: anyoneOnTheCase,
            guards: [is('migrant', true)],
          },
          {
            name: 'goToNrmPathway',
            label: "Go to 'Referral to the National Referral Mechanism' pathway",
            from: 'supportOffered',
            to: 'referredToNrmPathway',
            allow: anyoneOnTheCase,
          },
          {
            name: 'recordConcernDetails',
            label: 'Record details of the concerns',
            from: 'supportDeclined',
            stays: true,
            allow: anyoneOnTheCase,
          },
          {
            name: 'submitDutyToNotify',
            label: "Submit an anonymous 'Duty to Notify' form",
            from: 'supportDeclined',
            stays: true,
            kind: 'dutyToNotify',
            allow: firstResponders,
            guards: coventryDtnRules,
          },
          {
            name: 'provideHowToGetHelp',
            label: "Provide the 'How to Get Help' document",
            from: 'supportDeclined',
            to: 'signposted',
            allow: anyoneOnTheCase,
            guards: [
              happened('recordConcernDetails', { description: 'the details of the concerns are recorded' }),
              dtnOrReason(),
            ],
          },
        ],
        clocks: [],
      },
    ),
    {
      // 002-5 (4.1 chart): "Only speak to a potential victim alone and in a safe space; otherwise
      // gather contact details and make an appointment." Recorded, not blocking: the concern still
      // reaches the Modern Slavery Lead when the person could not be seen alone (the chart's
      // "otherwise" branch goes on), and the checklist keeps the question in front of the worker.
      adultConcern: [
        {
          id: 'speakAloneInSafeSpace',
          title: 'Speak to the potential victim alone and in a safe space, or make an appointment',
          description:
            'Only speak to a potential victim alone and in a safe space; otherwise gather contact details and make an appointment.',
          required: true,
          recordedBy: anyoneOnTheCase,
          records: [
            {
              name: 'outcome',
              label: 'What happened',
              type: 'enum',
              values: ['spokeAloneInSafeSpace', 'appointmentMade'],
              required: true,
            },
          ],
          source: { file, section: S },
        },
      ],
    },
  ),
);
