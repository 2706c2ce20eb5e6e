// 000: a London council's adult referral process (steps 1-12; the flowchart's
// odd numbering is kept in the section names).
import { definePathway } from '../definition/load';
import { anyoneOnTheCase, caseOwners } from '../definition/hard-rules';
import { bool, SEEDS, withActions } from './shared/compose';
import { councilAdultPathway } from './shared/council-adult';

const file = SEEDS.council;

export const councilAdultReferral = definePathway(
  withActions(
    councilAdultPathway({
      head: {
        id: 'council-adult-referral',
        version: 2,
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
    },
  ),
);
