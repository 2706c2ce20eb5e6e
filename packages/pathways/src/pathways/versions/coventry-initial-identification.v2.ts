// coventry-initial-identification version 2, frozen as it was when the next version replaced it: tracks that
// started on it keep these rules (a running track never changes version). Never edit.
// Written by packages/pathways/scripts/freeze-version.ts.
import { definePathway } from '../../definition/load';
import type { PathwayDefinition } from '../../definition/schema';

const definition: PathwayDefinition = {
  id: 'coventry-initial-identification',
  version: 2,
  title: 'Coventry: Initial Identification & Safeguarding pathway',
  area: 'Coventry',
  source: {
    file: '002_85009a930093bd13.txt',
    section: '4.1 Initial Identification & Safeguarding Pathway',
  },
  start: 'concernIdentified',
  facts: [
    {
      name: 'ageStatus',
      label: 'Age of the person',
      type: 'enum',
      values: ['child', 'adult', 'uncertain'],
    },
    {
      name: 'reasonToBelieveChild',
      label: 'Is there reason to believe the person is a child?',
      type: 'boolean',
    },
    {
      name: 'ageAssessmentOutcome',
      label: 'Outcome of an age assessment, if one was carried out',
      type: 'enum',
      values: ['child', 'adult'],
    },
    {
      name: 'consentToNrm',
      label: 'Has the adult given informed consent to enter the NRM?',
      type: 'boolean',
    },
    {
      name: 'capacityInDoubt',
      label: "Is there doubt about the adult's capacity to decide?",
      type: 'boolean',
    },
    {
      name: 'nrmConsentCapacity',
      label: 'Capacity to decide about entering the NRM (capacity assessment outcome)',
      type: 'enum',
      values: ['hasCapacity', 'lacksCapacity'],
    },
    {
      name: 'shareDetailsCapacity',
      label: 'Capacity to decide about sharing personal details (capacity assessment outcome)',
      type: 'enum',
      values: ['hasCapacity', 'lacksCapacity'],
    },
    {
      name: 'supportReferralCapacity',
      label: 'Capacity to decide about a referral for support (capacity assessment outcome)',
      type: 'enum',
      values: ['hasCapacity', 'lacksCapacity'],
    },
    {
      name: 'nrmConsentBestInterests',
      label: 'Best-interests decision about an NRM referral, for an adult who lacks capacity to consent',
      type: 'enum',
      values: ['proceed', 'doNotProceed'],
    },
    {
      name: 'shareDetailsBestInterests',
      label: 'Best-interests decision about sharing personal details, for an adult who lacks capacity',
      type: 'enum',
      values: ['proceed', 'doNotProceed'],
    },
    {
      name: 'supportReferralBestInterests',
      label: 'Best-interests decision about a referral for support, for an adult who lacks capacity',
      type: 'enum',
      values: ['proceed', 'doNotProceed'],
    },
    {
      name: 'consentToShareDetails',
      label: 'Does the adult consent to their personal details being shared?',
      type: 'boolean',
    },
    {
      name: 'dtnAnonymised',
      label: 'Is the Duty to Notify form anonymised (no name, date of birth, contact details or specific addresses)?',
      type: 'boolean',
    },
    {
      name: 'inNrm',
      label: 'Has the person already entered the NRM (on any track)?',
      type: 'boolean',
    },
    {
      name: 'noDutyToNotifyReason',
      label: 'Why no Duty to Notify is made for this person',
      type: 'enum',
      values: ['notAFirstResponderAgency', 'alreadyNotifiedOrInNrm'],
    },
    {
      name: 'intelligenceRoute',
      label: 'How the concern was reported to the police',
      type: 'enum',
      values: ['police101', 'forceIntelligenceBureauForm', 'partnershipInformationReport'],
    },
    {
      name: 'immediateRiskOfSeriousHarm',
      label: 'Is there an immediate risk of serious harm to anyone?',
      type: 'boolean',
    },
    {
      name: 'childrenInvolved',
      label: 'Are there children involved?',
      type: 'boolean',
    },
    {
      name: 'within6MonthsOf18',
      label: 'Is the child within 6 months of turning 18 and transitioning to adult services?',
      type: 'boolean',
    },
    {
      name: 'concernSubject',
      label: 'Does the concern relate to a victim, perpetrator, location or business?',
      type: 'enum',
      values: ['victim', 'perpetrator', 'location', 'business'],
    },
    {
      name: 'wantsSupport',
      label: 'Does the victim want to access support?',
      type: 'boolean',
    },
    {
      name: 'careAndSupportNeeds',
      label: 'Does the adult have care and support needs?',
      type: 'boolean',
    },
    {
      name: 'adultAtRisk',
      label:
        "Is the individual an 'adult at risk' (care and support needs, experiencing or at risk of abuse or neglect, unable to protect themselves)?",
      type: 'boolean',
    },
    {
      name: 'meetsHousingCriteria',
      label: 'Does the victim meet the criteria for LA housing?',
      type: 'boolean',
    },
    {
      name: 'migrant',
      label: 'Is the victim a migrant?',
      type: 'boolean',
    },
  ],
  steps: [
    {
      id: 'concernIdentified',
      title: 'Professional identifies a modern slavery concern',
      description: 'Is there an immediate risk of serious harm to anyone (call 999)? Are there children involved?',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
      contacts: ['police-emergency-999'],
    },
    {
      id: 'mashContacted',
      title: 'Contact the Multi-Agency Safeguarding Hub',
      description:
        'Contact Coventry MASH. Is the child within 6 months of turning 18 and transitioning to adult services?',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
      contacts: ['coventry-mash'],
    },
    {
      id: 'adultConcern',
      title: 'Gather information and establish needs',
      description:
        'Do not confront a potential perpetrator. Use the Modern Slavery Indicators resources. Establish needs (financial support, housing, health, immigration status). Only speak to a potential victim alone and in a safe space; otherwise gather contact details and make an appointment.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
    },
    {
      id: 'concernReported',
      title: "Concern reported to the Council's Modern Slavery Lead",
      description: 'Does your concern relate to a victim, perpetrator, location or business?',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
      contacts: ['coventry-modern-slavery-lead'],
    },
    {
      id: 'victimSupport',
      title: 'Does the victim want to access support?',
      description:
        "Consider the victim's capacity to make the decision independently (Mental Capacity Act Code of Practice).",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
      resources: ['mental-capacity-act-code-of-practice'],
    },
    {
      id: 'supportOffered',
      title: 'The victim wants support',
      description:
        "Assist the victim to report to the police on 101; refer to Adult Social Care if the adult has care and support needs; refer to Housing if the victim meets LA criteria; if a migrant, contact CRMC and the CCC Migration Team; provide the 'How to Get Help' document.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
      resources: ['how-to-get-help'],
      contacts: [
        'police-non-emergency-101',
        'coventry-adult-social-care',
        'coventry-housing',
        'coventry-refugee-and-migrant-centre',
        'coventry-migration-team',
      ],
    },
    {
      id: 'supportDeclined',
      title: 'The victim does not want support',
      description:
        "Record details of the concerns, including anything that could help if they are identified again; submit the 'Partnership Intelligence Form'; if you work for a First Responder Agency, submit an anonymous Duty to Notify.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
      resources: ['partnership-intelligence-form', 'duty-to-notify-form-ms1'],
    },
    {
      id: 'transitionToAdulthood',
      title: "Go to 'Transition to Adulthood Pathway'",
      description: "Children's services follow the transition pathway.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
      terminal: true,
      handOff: 'coventry-transition-to-adulthood',
    },
    {
      id: 'mashProcedures',
      title: 'Follow MASH procedures',
      description: 'End of use of this pathway.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
      terminal: true,
    },
    {
      id: 'referredToNrmPathway',
      title: "Go to 'Referral to the National Referral Mechanism' pathway",
      description: 'Pre-NRM pathway.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
      terminal: true,
      handOff: 'coventry-pre-nrm',
    },
    {
      id: 'perpetratorReported',
      title: 'Perpetrator concern reported',
      description:
        "Contact the police on 101 to report a crime, or submit intelligence with the 'Partnership Information Report' (the text of 4.1 says the Force Intelligence Bureau form).",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
      terminal: true,
      resources: ['partnership-information-report', 'force-intelligence-bureau-form'],
      contacts: ['police-non-emergency-101', 'coventry-police-intelligence'],
    },
    {
      id: 'locationReported',
      title: 'Location concern reported',
      description:
        "Contact the police on 101 to report a crime, or submit intelligence with the 'Partnership Information Report' (the text of 4.1 says the Force Intelligence Bureau form). For housing concerns, contact CCC Housing Enforcement.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
      terminal: true,
      resources: ['partnership-information-report', 'force-intelligence-bureau-form'],
      contacts: ['police-non-emergency-101', 'coventry-police-intelligence', 'coventry-housing-enforcement'],
    },
    {
      id: 'businessReported',
      title: 'Business concern reported',
      description:
        "Contact the police on 101 to report a crime, or submit intelligence with the 'Partnership Information Report' (the text of 4.1 says the Force Intelligence Bureau form). If a business broke the law or acted unfairly, report it to Trading Standards; if it exploits its workers, contact the Gangmasters & Labour Abuse Authority.",
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
      terminal: true,
      handOff: 'coventry-trading-standards',
      resources: ['partnership-information-report', 'force-intelligence-bureau-form'],
      contacts: [
        'police-non-emergency-101',
        'coventry-police-intelligence',
        'coventry-trading-standards',
        'glaa-business-concerns',
      ],
    },
    {
      id: 'signposted',
      title: "'How to Get Help' provided",
      description: 'Signposted to resources and support.',
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
      terminal: true,
      resources: ['how-to-get-help'],
    },
  ],
  transitions: [
    {
      name: 'call999',
      label: 'Call 999',
      from: 'concernIdentified',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'immediateRiskOfSeriousHarm',
          equals: true,
        },
      ],
    },
    {
      name: 'contactMash',
      label: 'Children involved: contact MASH',
      from: 'concernIdentified',
      to: 'mashContacted',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'the police were called on 999 where anyone is at immediate risk of serious harm',
          kind: 'any',
          guards: [
            {
              kind: 'fact',
              fact: 'immediateRiskOfSeriousHarm',
              equals: false,
            },
            {
              kind: 'happened',
              event: 'call999',
            },
          ],
        },
        {
          description: 'children are involved, or the potential victim is treated as a child',
          kind: 'any',
          guards: [
            {
              kind: 'fact',
              fact: 'childrenInvolved',
              equals: true,
            },
            {
              kind: 'all',
              guards: [
                {
                  kind: 'not',
                  guard: {
                    description: 'the concern is about a perpetrator, a location or a business',
                    kind: 'any',
                    guards: [
                      {
                        kind: 'fact',
                        fact: 'concernSubject',
                        equals: 'perpetrator',
                        ifMissing: false,
                      },
                      {
                        kind: 'fact',
                        fact: 'concernSubject',
                        equals: 'location',
                        ifMissing: false,
                      },
                      {
                        kind: 'fact',
                        fact: 'concernSubject',
                        equals: 'business',
                        ifMissing: false,
                      },
                    ],
                  },
                },
                {
                  kind: 'treatedAsChild',
                  equals: true,
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'gatherInformation',
      label: 'No children involved: gather information',
      from: 'concernIdentified',
      to: 'adultConcern',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'the police were called on 999 where anyone is at immediate risk of serious harm',
          kind: 'any',
          guards: [
            {
              kind: 'fact',
              fact: 'immediateRiskOfSeriousHarm',
              equals: false,
            },
            {
              kind: 'happened',
              event: 'call999',
            },
          ],
        },
        {
          description: 'no children are involved and any potential victim is treated as an adult',
          kind: 'all',
          guards: [
            {
              kind: 'fact',
              fact: 'childrenInvolved',
              equals: false,
            },
            {
              kind: 'any',
              guards: [
                {
                  description: 'the concern is about a perpetrator, a location or a business',
                  kind: 'any',
                  guards: [
                    {
                      kind: 'fact',
                      fact: 'concernSubject',
                      equals: 'perpetrator',
                      ifMissing: false,
                    },
                    {
                      kind: 'fact',
                      fact: 'concernSubject',
                      equals: 'location',
                      ifMissing: false,
                    },
                    {
                      kind: 'fact',
                      fact: 'concernSubject',
                      equals: 'business',
                      ifMissing: false,
                    },
                  ],
                },
                {
                  kind: 'treatedAsChild',
                  equals: false,
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'goToTransitionToAdulthood',
      label: 'Within 6 months of 18: Transition to Adulthood',
      from: 'mashContacted',
      to: 'transitionToAdulthood',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'within6MonthsOf18',
          equals: true,
        },
      ],
    },
    {
      name: 'followMashProcedures',
      label: 'Follow MASH procedures',
      from: 'mashContacted',
      to: 'mashProcedures',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'within6MonthsOf18',
          equals: false,
        },
      ],
    },
    {
      name: 'reportToModernSlaveryLead',
      label: "Report the concern to the Council's Modern Slavery Lead",
      from: 'adultConcern',
      to: 'concernReported',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
    },
    {
      name: 'victimConcern',
      label: 'Concern about a victim',
      from: 'concernReported',
      to: 'victimSupport',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'concernSubject',
          equals: 'victim',
        },
      ],
    },
    {
      name: 'submitIntelligence',
      label: "Report to the police on 101, or submit intelligence (FIB form / 'Partnership Information Report')",
      from: 'concernReported',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'oneOf',
          fact: 'concernSubject',
          values: ['perpetrator', 'location', 'business'],
        },
      ],
      requiresFacts: ['intelligenceRoute'],
      source: {
        file: '002_85009a930093bd13.txt',
        section: '4.1 Initial Identification & Safeguarding Pathway',
      },
    },
    {
      name: 'perpetratorConcern',
      label: 'Concern about a perpetrator',
      from: 'concernReported',
      to: 'perpetratorReported',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'concernSubject',
          equals: 'perpetrator',
        },
        {
          description: 'the concern was reported to the police or submitted as intelligence (4.1)',
          kind: 'happened',
          event: 'submitIntelligence',
        },
      ],
    },
    {
      name: 'locationConcern',
      label: 'Concern about a location',
      from: 'concernReported',
      to: 'locationReported',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'concernSubject',
          equals: 'location',
        },
        {
          description: 'the concern was reported to the police or submitted as intelligence (4.1)',
          kind: 'happened',
          event: 'submitIntelligence',
        },
      ],
    },
    {
      name: 'businessConcern',
      label: 'Concern about a business',
      from: 'concernReported',
      to: 'businessReported',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'concernSubject',
          equals: 'business',
        },
        {
          description: 'the concern was reported to the police or submitted as intelligence (4.1)',
          kind: 'happened',
          event: 'submitIntelligence',
        },
      ],
    },
    {
      name: 'wantsSupport',
      label: 'The victim wants support',
      from: 'victimSupport',
      to: 'supportOffered',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'wantsSupport',
          equals: true,
        },
        {
          description: 'capacity for this decision is not in doubt, or an assessment found the person has it',
          rule: 'capacity-first',
          kind: 'any',
          guards: [
            {
              kind: 'fact',
              fact: 'supportReferralCapacity',
              equals: 'hasCapacity',
            },
            {
              kind: 'all',
              guards: [
                {
                  kind: 'fact',
                  fact: 'capacityInDoubt',
                  equals: false,
                },
                {
                  kind: 'not',
                  guard: {
                    kind: 'fact',
                    fact: 'supportReferralCapacity',
                    equals: 'lacksCapacity',
                    ifMissing: false,
                  },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'declinesSupport',
      label: 'The victim does not want support',
      from: 'victimSupport',
      to: 'supportDeclined',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'wantsSupport',
          equals: false,
        },
        {
          description: 'capacity for this decision is not in doubt, or an assessment found the person has it',
          rule: 'capacity-first',
          kind: 'any',
          guards: [
            {
              kind: 'fact',
              fact: 'supportReferralCapacity',
              equals: 'hasCapacity',
            },
            {
              kind: 'all',
              guards: [
                {
                  kind: 'fact',
                  fact: 'capacityInDoubt',
                  equals: false,
                },
                {
                  kind: 'not',
                  guard: {
                    kind: 'fact',
                    fact: 'supportReferralCapacity',
                    equals: 'lacksCapacity',
                    ifMissing: false,
                  },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'referToAdultSocialCare',
      label: 'Refer to Adult Social Care',
      from: ['supportOffered', 'supportDeclined'],
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: "the adult has care and support needs, or is an 'adult at risk' (4.1)",
          kind: 'any',
          guards: [
            {
              kind: 'fact',
              fact: 'careAndSupportNeeds',
              equals: true,
            },
            {
              kind: 'fact',
              fact: 'adultAtRisk',
              equals: true,
            },
          ],
        },
      ],
    },
    {
      name: 'referToHousing',
      label: 'Refer to Housing',
      from: 'supportOffered',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'meetsHousingCriteria',
          equals: true,
        },
      ],
    },
    {
      name: 'contactMigrationTeam',
      label: 'Contact CRMC and the CCC Migration Team',
      from: 'supportOffered',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          kind: 'fact',
          fact: 'migrant',
          equals: true,
        },
      ],
    },
    {
      name: 'goToNrmPathway',
      label: "Go to 'Referral to the National Referral Mechanism' pathway",
      from: 'supportOffered',
      to: 'referredToNrmPathway',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
    },
    {
      name: 'recordConcernDetails',
      label: 'Record details of the concerns',
      from: 'supportDeclined',
      stays: true,
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
    },
    {
      name: 'submitDutyToNotify',
      label: "Submit an anonymous 'Duty to Notify' form",
      from: 'supportDeclined',
      stays: true,
      kind: 'dutyToNotify',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
        firstResponderOnly: true,
      },
      guards: [
        {
          description:
            'Duty to Notify is only for an adult who does not enter the NRM: declined with capacity, or a best-interests decision not to refer',
          rule: 'dtn-adult-without-consent',
          kind: 'any',
          guards: [
            {
              description: 'an adult with capacity for the decision has declined the NRM',
              kind: 'all',
              guards: [
                {
                  kind: 'treatedAsChild',
                  equals: false,
                },
                {
                  kind: 'fact',
                  fact: 'consentToNrm',
                  equals: false,
                },
                {
                  description: 'capacity for this decision is not in doubt, or an assessment found the person has it',
                  rule: 'capacity-first',
                  kind: 'any',
                  guards: [
                    {
                      kind: 'fact',
                      fact: 'nrmConsentCapacity',
                      equals: 'hasCapacity',
                    },
                    {
                      kind: 'all',
                      guards: [
                        {
                          kind: 'fact',
                          fact: 'capacityInDoubt',
                          equals: false,
                        },
                        {
                          kind: 'not',
                          guard: {
                            kind: 'fact',
                            fact: 'nrmConsentCapacity',
                            equals: 'lacksCapacity',
                            ifMissing: false,
                          },
                        },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              description:
                'an adult who lacks capacity for this decision, with a best-interests decision not to go ahead',
              rule: 'capacity-for-decision',
              kind: 'all',
              guards: [
                {
                  kind: 'treatedAsChild',
                  equals: false,
                },
                {
                  kind: 'fact',
                  fact: 'nrmConsentCapacity',
                  equals: 'lacksCapacity',
                  ifMissing: false,
                },
                {
                  kind: 'fact',
                  fact: 'nrmConsentBestInterests',
                  equals: 'doNotProceed',
                  ifMissing: false,
                },
              ],
            },
          ],
        },
        {
          description: 'the form is anonymised unless the adult consents to their details being shared',
          rule: 'dtn-anonymised',
          kind: 'any',
          guards: [
            {
              kind: 'fact',
              fact: 'consentToShareDetails',
              equals: true,
            },
            {
              kind: 'fact',
              fact: 'dtnAnonymised',
              equals: true,
            },
          ],
        },
        {
          description: 'no Duty to Notify once the person has entered the NRM',
          rule: 'dtn-not-in-nrm',
          kind: 'all',
          guards: [
            {
              kind: 'not',
              guard: {
                kind: 'happened',
                transitionKind: 'nrmReferral',
              },
            },
            {
              kind: 'fact',
              fact: 'inNrm',
              equals: false,
              ifMissing: true,
            },
          ],
        },
        {
          description: "Coventry's Duty to Notify is anonymous: no name, personal details or specific locations",
          kind: 'fact',
          fact: 'dtnAnonymised',
          equals: true,
        },
        {
          description: 'no Duty to Notify has been made for this person yet',
          kind: 'not',
          guard: {
            kind: 'happened',
            event: 'submitDutyToNotify',
          },
        },
      ],
    },
    {
      name: 'provideHowToGetHelp',
      label: "Provide the 'How to Get Help' document",
      from: 'supportDeclined',
      to: 'signposted',
      allow: {
        roles: ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'],
      },
      guards: [
        {
          description: 'the details of the concerns are recorded',
          kind: 'happened',
          event: 'recordConcernDetails',
        },
        {
          description:
            'the Duty to Notify is made, or a reason is recorded why not (not a First Responder Agency, or already notified or in the NRM); never for a child',
          kind: 'any',
          guards: [
            {
              kind: 'happened',
              event: 'submitDutyToNotify',
            },
            {
              kind: 'treatedAsChild',
              equals: true,
            },
            {
              kind: 'oneOf',
              fact: 'noDutyToNotifyReason',
              values: ['notAFirstResponderAgency', 'alreadyNotifiedOrInNrm'],
            },
          ],
        },
      ],
    },
  ],
  clocks: [],
};

export const coventryInitialIdentificationV2 = definePathway(definition);
