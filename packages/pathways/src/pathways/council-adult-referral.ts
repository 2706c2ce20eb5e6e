// 000: a London council's adult referral process (steps 1-12; the flowchart's
// odd numbering is kept in the section names).
import { definePathway } from '../definition/load';
import { all, any, happened, happenedKind, is } from '../definition/guards';
import { anyoneOnTheCase, caseOwners } from '../definition/hard-rules';
import type { ActionRecordField, FactDefinition, PathwayDefinition } from '../definition/schema';
import { bool, SEEDS, withActions } from './shared/compose';
import { councilAdultPathway } from './shared/council-adult';

const file = SEEDS.council;
const section = (name: string) => ({ file, section: name });
/** Whom a contact went to and the reference they gave: what proves it happened. */
const contactRecords: ActionRecordField[] = [
  { name: 'recipient', label: 'Who took it', type: 'text' },
  { name: 'reference', label: 'Their reference', type: 'text' },
];

// Questions the issue-17 items add to version 3 (each read by an action's `when`).
const v3Facts: FactDefinition[] = [
  // 000-13: step 2 makes a telephone interpreter available "if they are not from the UK".
  bool('interpreterNeeded', 'Does the PV need an interpreter to communicate?'),
  // 000-4: "If PV is still in the borough, allocate ... a consistent advocate".
  bool('pvInBorough', 'Is the PV still in the borough?'),
  // 000-6: the same question as Coventry's (one fact, one answer): TSA provides NRM support.
  bool('consentToNrmSupport', 'Does the victim consent to NRM support?'),
  // 000-7: pre-RG housing from TSA is "subject to assessment if PV is destitute".
  bool('destitute', 'Is the PV destitute?'),
  // 000-8: step 11's condition beside NRPF.
  bool(
    'belowSupportThreshold',
    "Does the PV fall below the threshold criteria for the council's care, support or housing?",
  ),
  // 000-15: step 8's condition for the care plan.
  bool('remainsInBorough', 'Does the PV remain in the borough, or are they likely to return to it?'),
];

/**
 * 000-17: step 12 asks for "bi-monthly check-ups ... for at least 6 months", so closing needs the
 * six months and the check-ups they hold (one every two months: three), not the months alone.
 */
export const MINIMUM_CHECK_UPS = 3;

function v3(def: PathwayDefinition): PathwayDefinition {
  return {
    ...def,
    facts: [...def.facts, ...v3Facts],
    transitions: def.transitions.map((t) =>
      t.name === 'closeCase'
        ? {
            ...t,
            guards: [
              ...(t.guards ?? []),
              happened('recordCheckUp', {
                times: MINIMUM_CHECK_UPS,
                description: `at least ${MINIMUM_CHECK_UPS} two-monthly check-ups have been held`,
              }),
            ],
            source: section('Step 12'),
          }
        : t,
    ),
  };
}

export const councilAdultReferral = definePathway(
  withActions(
    v3(
      councilAdultPathway({
        head: {
          id: 'council-adult-referral',
          version: 3,
          title: 'Council adult referral process for victims of modern slavery',
          area: 'London council (generic)',
          source: { file, section: 'Steps 1-12' },
          start: 'identified',
        },
        file,
        text: {
          identified: {
            title: 'Potential victim identified',
            description:
              'A professional identifies or is made aware of potential victim(s) of human trafficking and/or slavery (PV).',
            section: 'Step 1',
          },
          crisisAssessment: {
            title: 'Crisis risk assessment',
            description:
              'In an emergency (immediate threat to the PV or others, emergency medical treatment needed, or the PV still in the place of exploitation) call the police on 999. Queries: the Modern Slavery Helpline or the NCA. Interpreting: the council translation provider, e.g. Language Line.',
            section: 'Step 2',
            contacts: [
              'police-emergency-999',
              'modern-slavery-helpline',
              'nca-queries',
              'london-council-translation',
              'language-line',
            ],
          },
          spocHandover: {
            title: 'Contact the Modern Slavery SPoC',
            description:
              'Contact the Modern Slavery Special Point of Contact or adult safeguarding lead as soon as possible. Once responsibility is handed over, put the concerns in writing for the audit trail. End of process for the initial referrer.',
            section: 'Step 3',
            contacts: ['london-council-ms-spoc'],
          },
          initialAssessment: {
            title: 'Initial needs and risk assessment',
            description:
              'Urgent assessment within three hours: still targeted by the trafficker? housed? income, food and warm clothes? If at immediate risk, move to the NRM stage. Otherwise hold the strategy meeting within 24 hours: information on options, stabilising steps, safeguarding, safe housing, care and support, legal and third-sector support, interpreters; allocate a consistent advocate.',
            section: 'Step 4-5',
            resources: ['trafficking-survivor-care-standards'],
          },
          explainNrm: {
            title: 'Explain the NRM to the PV',
            description:
              'Explain the national referral mechanism. For consent to be informed it may be appropriate to seek independent legal advice. Has the PV given informed consent to referral into the NRM?',
            section: 'Step 6',
          },
          dtnSubmitted: {
            title: 'Duty to Notify (MS1) submitted',
            description:
              'Duty to Notify form MS1 sent to the Home Office, anonymised if the PV does not wish their personal details to be used. With support some PVs agree to enter the NRM later: see step 11, then review the NRM decision.',
            section: 'Step 5',
            resources: ['duty-to-notify-form-ms1'],
            contacts: ['home-office-duty-to-notify-email'],
          },
          nrmSubmitted: {
            title: 'NRM referral submitted: awaiting the RG decision',
            description:
              'Adult NRM form completed and signed by the PV and emailed to the NCA (and to The Salvation Army if using TSA support). Pre-RG housing (Step 5 of the Process Guide): if the PV has NRPF and no other duty applies, contact The Salvation Army for accommodation and/or outreach, subject to assessment if destitute.',
            section: 'Step 7',
            resources: ['nrm-referral-form', 'council-process-guide'],
            contacts: ['nca-nrm-email', 'salvation-army-nrm-form-copy', 'salvation-army-accommodation-outreach'],
          },
          recoveryPeriod: {
            title: 'Positive RG: 45-day recovery and reflection period',
            description:
              "If the PV is rehoused outside the borough the advocate contacts the TSA safe house's local authority, makes sure they have all documents and asks them to develop an exit plan; the original advocate follows up in 45 days. Awaiting the CG decision.",
            section: 'Step 9',
          },
          negativeRg: {
            title: 'Negative RG decision',
            description: 'Reconsideration? Ask for the decision to be reconsidered, or consider alternative support.',
            section: 'Step 12 / Step 10i',
          },
          rgReconsideration: {
            title: 'RG reconsideration requested',
            description: 'Waiting for the competent authority to reconsider the Reasonable Grounds decision.',
            section: 'Step 10i',
          },
          negativeCg: {
            title: 'Negative CG decision',
            description: 'Reconsideration? Ask for the decision to be reconsidered, or consider alternative support.',
            section: 'Step 10i',
          },
          cgReconsideration: {
            title: 'CG reconsideration requested',
            description: 'Waiting for the competent authority to reconsider the Conclusive Grounds decision.',
            section: 'Step 10i',
          },
          reconsiderationRefused: {
            title: 'Reconsideration refused',
            description:
              'A refusal can be challenged by judicial review or, in some cases, at Tribunal on an immigration application.',
            section: 'Step 10i',
          },
          judicialReview: {
            title: 'Judicial review or Tribunal challenge',
            description:
              'The refusal is being challenged by judicial review or via Tribunal on an immigration application.',
            section: 'Step 10i',
          },
          positiveCg: {
            title: 'Positive CG decision',
            description:
              'Recovery needs and move-on support; for a foreign national without leave, consider discretionary leave to remain.',
            section: 'Step 10ii',
          },
          dlrOptions: {
            title: 'Consider DLR options',
            description: 'Consider discretionary leave to remain options, then see step 11.',
            section: 'Step 10ii',
          },
          secondAssessment: {
            title: 'Second needs and risk assessment',
            description:
              'Housing, benefits, ESOL, training, non-statutory support, legal needs including immigration. Safeguard the PV, reduce risks, prevent re-exploitation, provide safe housing where required. If the PV does not meet thresholds or has NRPF, consider international duties and convention rights and non-statutory support.',
            section: 'Step 11',
          },
          checkUps: {
            title: 'Bi-monthly check-ups',
            description: "Review the PV's assessment every two months for at least 6 months.",
            section: 'Step 12',
          },
          closed: {
            title: 'Case closed',
            description: 'Check-ups completed for at least six months.',
            section: 'Step 12',
          },
          childSafeguarding: {
            title: "Child: children's safeguarding",
            description:
              "This is an adult process. A person treated as a child (including where age is uncertain and there is reason to believe they are a child) follows children's safeguarding procedures.",
            section: 'Step 4-5',
          },
        },
        sections: {
          call999: 'Step 2',
          strategyMeeting: 'Step 4-5',
          multiAgencyMeeting: 'Step 8',
          preRgHousing: 'Step 7 (Pre RG housing)',
          advocateFollowUp: 'Step 9',
        },
        urgentQuestions: [
          bool('stillTargeted', 'Are they still being, or likely to be, targeted by their trafficker?'),
          bool('housed', 'Are they housed?'),
          bool('hasIncomeFoodAndClothes', 'Do they have income, food and warm clothes?'),
        ],
        strategyMeetingHours: 24,
        multiAgencyMeetingDays: 35,
        children: 'leave',
        decisionReturnedStep: false,
        recoveryDays: 45,
      }),
    ),
    {
      // 000-14: the child reaches children's safeguarding (the MASH) with a record of the referral.
      childSafeguarding: [
        {
          id: 'referToMash',
          title: "Refer the child to the MASH / children's social care",
          required: true,
          recordedBy: anyoneOnTheCase,
          records: [
            { name: 'recipient', label: 'Who took the referral', type: 'text' },
            { name: 'reference', label: 'Their reference', type: 'text' },
          ],
          source: { file, section: 'Step 4-5' },
        },
      ],
      // 000-5: the adult NRM form is signed by the PV before it is sent.
      explainNrm: [
        {
          id: 'pvSignsNrmForm',
          title: 'Get the PV to sign the adult NRM form',
          required: true,
          recordedBy: caseOwners,
          blocks: ['submitNrmReferral'],
          source: { file, section: 'Step 7' },
        },
      ],
      // 000-13: the interpreter is arranged at the crisis assessment (step 2), and the NRM is never
      // explained (step 6) to someone who cannot follow it: it holds back the move to the NRM stage.
      crisisAssessment: [
        {
          id: 'arrangeInterpreter',
          title: "Arrange an interpreter through the council's translation services provider",
          description: 'A telephone is made available to contact the translation provider (e.g. Language Line).',
          required: true,
          recordedBy: anyoneOnTheCase,
          records: [
            { name: 'provider', label: 'Interpreting provider', type: 'text', required: true },
            { name: 'language', label: 'Language', type: 'text' },
          ],
          when: [is('interpreterNeeded', true)],
          blocks: ['moveToNrmStage'],
          source: section('Step 2'),
        },
      ],
      // 000-4: the consistent advocate leads on everything from step 6 on, and step 9's "original
      // advocate" is this person. The NRM stage may start at once (immediate risk), so allocating
      // holds back the referral or the DtN, not the move. A PV whose whereabouts are not recorded is
      // taken to be in the borough (the council holds the case), so the advocate is asked for.
      initialAssessment: [
        {
          id: 'allocateAdvocate',
          title: 'Allocate a consistent advocate (an ISVA equivalent, a social worker or one person from the council)',
          required: true,
          recordedBy: caseOwners,
          records: [
            { name: 'advocate', label: 'Advocate (name)', type: 'text', required: true },
            {
              name: 'role',
              label: 'Role',
              type: 'enum',
              values: ['isvaEquivalent', 'socialWorker', 'councilOfficer'],
              required: true,
            },
          ],
          when: [is('pvInBorough', true, { ifMissing: true })],
          blocks: ['submitNrmReferral', 'submitDutyToNotify'],
          source: section('Step 4-5'),
        },
      ],
      nrmSubmitted: [
        // 000-6: a Home Office decision is never held back, so these show as outstanding only.
        {
          id: 'copyNrmFormToTsa',
          title: 'Email the NRM form to The Salvation Army (using TSA support)',
          required: true,
          recordedBy: caseOwners,
          records: [{ name: 'sentOn', label: 'Sent on', type: 'date', required: true }, ...contactRecords],
          when: [is('consentToNrmSupport', true)],
          source: section('Step 7'),
        },
        // 000-7: TSA's pre-RG housing is subject to its assessment when the PV is destitute, for a
        // PV with NRPF whom no other duty houses.
        {
          id: 'requestPreRgHousingAssessment',
          title: 'Ask The Salvation Army to assess the PV for pre-RG housing',
          required: true,
          recordedBy: caseOwners,
          records: [
            ...contactRecords,
            {
              name: 'outcome',
              label: 'Outcome of the assessment',
              type: 'enum',
              values: ['awaited', 'housingOffered', 'outreachOnly', 'notEligible'],
            },
          ],
          when: [
            all([is('nrpf', true), is('noOtherHousingDuty', true)], {
              description: 'the PV has NRPF and no other duty houses or supports them',
            }),
            is('destitute', true),
          ],
          source: section('Step 7 (Pre RG housing)'),
        },
        // 000-15: step 8's care plan, where the PV remains in (or will return to) the borough.
        // Recordable until check-ups begin, which it holds back; the DtN route has no step 8 (000-19).
        {
          id: 'developCarePlan',
          title:
            'Develop the care plan: safety, housing, health, legal advice, immigration, work, social and cultural needs',
          required: true,
          recordedBy: caseOwners,
          records: [
            {
              name: 'forum',
              label: 'Developed at',
              type: 'enum',
              values: ['multiAgencyMeeting', 'mash', 'marac', 'otherMainstreamGroup'],
              required: true,
            },
            { name: 'reviewOn', label: 'Review date', type: 'date' },
          ],
          when: [happenedKind('nrmReferral'), is('remainsInBorough', true)],
          blocks: ['beginCheckUps'],
          source: section('Step 8'),
        },
      ],
      // 000-15: rehoused outside the borough, the advocate makes sure the safe house's LA has the
      // documents and asks it to develop the exit plan, before the 45-day follow-up.
      recoveryPeriod: [
        {
          id: 'askNewLaForExitPlan',
          title: "Send the documents to the safe house's local authority and ask it for an exit plan",
          required: true,
          recordedBy: caseOwners,
          records: [
            { name: 'localAuthority', label: 'Local authority', type: 'text', required: true },
            { name: 'documentsSent', label: 'All relevant documents sent', type: 'boolean', required: true },
          ],
          when: [happened('rehousedOutOfBorough')],
          blocks: ['advocateFollowUp'],
          source: section('Step 9'),
        },
      ],
      // 000-8: step 11 for a PV with NRPF or below the thresholds, before the check-ups of step 12.
      secondAssessment: [
        {
          id: 'considerInternationalDuties',
          title:
            'Consider international duties and possible breaches of convention or community rights, and non-statutory support',
          required: true,
          recordedBy: caseOwners,
          records: [
            { name: 'conclusion', label: 'What was considered and concluded', type: 'text', required: true },
            { name: 'nonStatutoryReferral', label: 'Referred to non-statutory support', type: 'boolean' },
          ],
          when: [
            any([is('nrpf', true), is('belowSupportThreshold', true)], {
              description: 'the PV has NRPF or does not meet the threshold criteria for care, support or housing',
            }),
          ],
          blocks: ['beginCheckUps'],
          source: section('Step 11'),
        },
      ],
    },
  ),
);
