// 001: Bexley's referral process. Same shape as 000 (shared builder) with
// Bexley's contacts, the child rule (children need no consent; ICTG referral),
// and step 8 where each decision is returned and forwarded for recording. The
// document gives no 24-hour or 35-day timescale, so Bexley has neither clock.
import { treatedAsChild } from '../definition/guards';
import { anyoneOnTheCase, caseOwners } from '../definition/hard-rules';
import { definePathway } from '../definition/load';
import type { Action, ActionRecordField } from '../definition/schema';
import { bool, SEEDS, withActions } from './shared/compose';
import { councilAdultPathway } from './shared/council-adult';

const file = SEEDS.bexley;
const reconsider = {
  description:
    'Ask for the decision to be reconsidered. If refused, it can be challenged via Judicial Review or in some cases via Immigration Tribunal.',
  section: 'Step 10',
};

const section = (name: string) => ({ file, section: name });
/** Whom a contact went to and the reference they gave: what proves it happened. */
const contactRecords: ActionRecordField[] = [
  { name: 'recipient', label: 'Who took the details', type: 'text' },
  { name: 'reference', label: 'Their reference', type: 'text' },
];

function forwardDecision(id: 'Rg' | 'Cg', label: string): Action[] {
  return [
    {
      id: `forward${id}ToCst`,
      title: `Forward the ${label} decision to the Community Safety Team for recording`,
      required: true,
      recordedBy: caseOwners,
      records: contactRecords,
      source: section('Step 8'),
    },
    {
      id: `forward${id}ToScreenersOrMash`,
      title: `Forward the ${label} decision to Screeners (adult) or MASH (child) for recording`,
      required: true,
      recordedBy: caseOwners,
      records: [
        { name: 'team', label: 'Sent to', type: 'enum', values: ['Screeners', 'MASH'], required: true },
        ...contactRecords,
      ],
      source: section('Step 8'),
    },
  ];
}

export const bexley = definePathway(
  withActions(
    councilAdultPathway({
      head: {
        id: 'bexley-referral',
        version: 2,
        title: 'Bexley referral process for victims of modern slavery',
        area: 'London Borough of Bexley',
        source: { file, section: 'Bexley referral process, steps 1-12' },
        start: 'identified',
      },
      file,
      text: {
        identified: {
          title: 'Identify and contact Screeners or MASH',
          description:
            'A Bexley professional identifies or is made aware of potential victim(s) and contacts Screeners for adults and/or MASH for children, where details of the concern are taken.',
          section: 'Step 1',
          contacts: ['bexley-screeners', 'bexley-mash'],
        },
        crisisAssessment: {
          title: 'Crisis risk assessment',
          description:
            'In an emergency IMMEDIATELY call the police on 999. Consider referral to Housing Options for emergency accommodation. Queries: the Modern Slavery Helpline. Interpreting: a translation service, e.g. Language Line.',
          section: 'Step 2',
          contacts: ['police-emergency-999', 'bexley-housing-options', 'modern-slavery-helpline', 'language-line'],
        },
        spocHandover: {
          title: 'Contact the Modern Slavery SPoC (Community Safety Team)',
          description:
            'Contact the Community Safety Team to request a multi-agency conversation on next steps; the CST has oversight of cases in Bexley. Put concerns in writing for the audit trail. Alert Housing Options that housing may be needed. End of process for the initial referrer.',
          section: 'Step 3',
          contacts: ['bexley-community-safety-team', 'bexley-housing-options'],
        },
        initialAssessment: {
          title: 'Risk assessment',
          description:
            'Initial needs and risk assessment strategy meeting with all relevant partners, including Housing. Urgent assessment within 3 hours: still targeted? housed? income? If at immediate risk, move to the next step; otherwise give information on options and stabilise.',
          section: 'Step 4',
        },
        explainNrm: {
          title: 'Explain the NRM to the PV',
          description:
            'If an adult, ensure mental capacity to consent and that consent is informed; independent legal advice may be appropriate. Explain the process and support. Has the adult PV given informed consent? Children do not need to consent: go to "Yes".',
          section: 'Step 5',
        },
        dtnSubmitted: {
          title: 'Duty to Notify submitted',
          description:
            'Online DtN form, anonymised if the PV wishes; anonymised form referred to police; the Community Safety Team informed. Some PVs agree to enter the NRM later: review at the next step.',
          section: 'Step 6A',
          resources: ['duty-to-notify-form-ms1'],
          contacts: ['bexley-community-safety-team'],
        },
        nrmSubmitted: {
          title: 'NRM referral submitted',
          description:
            'Online NRM form with the Community Safety Team as second point of contact. If a child, refer to the Independent Child Trafficking Guardians. If using TSA support, email the form to The Salvation Army. Form referred to police (anonymously if requested). Multi-agency meeting or Mainstream Group (MASH/MARAC) for the care plan; pre-decision housing via TSA where the PV has NRPF.',
          section: 'Step 6B / Step 7B',
          resources: ['nrm-referral-form'],
          contacts: [
            'bexley-community-safety-team',
            'ictg-helpline',
            'salvation-army-nrm-form-copy',
            'bexley-mash',
            'bexley-marac',
            'salvation-army-accommodation-outreach',
          ],
        },
        rgReturned: {
          title: 'RG decision returned',
          description: 'Forward to the Community Safety Team and Screeners or MASH for recording.',
          section: 'Step 8',
          contacts: ['bexley-community-safety-team', 'bexley-screeners', 'bexley-mash'],
        },
        cgReturned: {
          title: 'CG decision returned',
          description: 'Forward to the Community Safety Team and Screeners or MASH for recording.',
          section: 'Step 8',
          contacts: ['bexley-community-safety-team', 'bexley-screeners', 'bexley-mash'],
        },
        recoveryPeriod: {
          title: '+ve RG: 45-day recovery and reflection period',
          description:
            "If the PV is rehoused outside the borough, the advocate contacts the TSA safe house's LA, ensures they have all documents and asks them to develop an exit plan. The original advocate follows up in 45 days.",
          section: 'Step 9',
        },
        negativeRg: {
          title: '-ve RG',
          description: `Reconsideration or alternative support. ${reconsider.description}`,
          section: 'Step 10',
        },
        rgReconsideration: { title: 'RG reconsideration requested', ...reconsider },
        negativeCg: {
          title: '-ve CG',
          description: `Reconsideration or alternative support. ${reconsider.description}`,
          section: 'Step 10',
        },
        cgReconsideration: { title: 'CG reconsideration requested', ...reconsider },
        reconsiderationRefused: { title: 'Reconsideration refused', ...reconsider },
        judicialReview: { title: 'Judicial Review or Immigration Tribunal', ...reconsider },
        positiveCg: {
          title: '+ve CG',
          description:
            'Recovery needs assessment and move-on support; for a foreign national without leave, consider leave to remain.',
          section: 'Step 8 (+ve CG)',
        },
        dlrOptions: {
          title: 'Consider leave to remain',
          description:
            'For a foreign national without leave to remain, consider discretionary leave to remain options.',
          section: 'Step 8 (+ve CG)',
        },
        secondAssessment: {
          title: 'Assessment of need and risk',
          description:
            'Second needs and risk assessment: housing, benefits, ESOL, training, non-statutory support, legal needs including immigration. Safeguard, reduce risks, prevent re-exploitation. If thresholds are not met or the PV has NRPF, consider international duties and convention rights, and non-statutory support services.',
          section: 'Step 11',
        },
        checkUps: {
          title: 'Bi-monthly check-ups',
          description: "Review the PV's assessment for at least 6 months.",
          section: 'Step 12',
        },
        closed: {
          title: 'Case closed',
          description: 'Check-ups completed for at least six months.',
          section: 'Step 12',
        },
      },
      sections: {
        call999: 'Step 2',
        strategyMeeting: 'Step 4',
        multiAgencyMeeting: 'Step 7B',
        preRgHousing: 'Step 7B (Pre-decision housing)',
        advocateFollowUp: 'Step 9',
      },
      urgentQuestions: [
        bool('stillTargeted', 'Are they still being, or likely to be, targeted by their trafficker?'),
        bool('housed', 'Are they housed?'),
        bool('hasIncome', 'Do they have an income?'),
      ],
      strategyMeetingHours: null,
      multiAgencyMeetingDays: null,
      children: 'nrmWithoutConsent',
      decisionReturnedStep: true,
      recoveryDays: 45,
    }),
    {
      // 001-1: step 1 sends adults to Screeners and children to MASH "where details of the concern
      // will be taken". Step 1 already branches on adult or child, so the age facts are asked for
      // before the hand-over; the crisis assessment and 999 never wait for it.
      identified: [
        {
          id: 'contactScreeners',
          title: 'Contact Screeners with the details of the concern (adult)',
          description: 'Screeners take the details of the concern for adults (directory: Bexley Screeners).',
          required: true,
          recordedBy: anyoneOnTheCase,
          records: contactRecords,
          when: [treatedAsChild(false)],
          blocks: ['handOverToSpoc'],
          source: section('Step 1'),
        },
        {
          id: 'contactMash',
          title: 'Contact MASH with the details of the concern (child)',
          description: "MASH takes the details of the concern for children (directory: Bexley children's MASH team).",
          required: true,
          recordedBy: anyoneOnTheCase,
          records: contactRecords,
          when: [treatedAsChild(true)],
          // A child found later on the route still reaches MASH before the NRM referral.
          blocks: ['handOverToSpoc', 'submitNrmReferral'],
          source: section('Step 1'),
        },
      ],
      // 001-2: "Consider referral ... for emergency accommodation": optional.
      crisisAssessment: [
        {
          id: 'referForEmergencyAccommodation',
          title: 'Refer to the Housing Options Service for emergency accommodation',
          description: 'Consider it in an emergency (directory: Bexley Housing Options Service).',
          required: false,
          recordedBy: anyoneOnTheCase,
          records: contactRecords,
          source: section('Step 2'),
        },
      ],
      // 001-3: both come before the end of the initial referrer's part.
      spocHandover: [
        {
          id: 'requestMultiAgencyConversation',
          title: 'Ask the Community Safety Team for a multi-agency conversation on next steps',
          description: 'The individual may not have care and support needs; the CST has oversight of Bexley cases.',
          required: true,
          recordedBy: anyoneOnTheCase,
          records: contactRecords,
          blocks: ['handOverToSpoc'],
          source: section('Step 3'),
        },
        {
          id: 'alertHousing',
          title: 'Alert the Housing Options Service that housing may be needed',
          required: true,
          recordedBy: anyoneOnTheCase,
          records: contactRecords,
          blocks: ['handOverToSpoc'],
          source: section('Step 3'),
        },
      ],
      // 001-5: the strategy meeting invites all relevant partners, Housing included.
      initialAssessment: [
        {
          id: 'invitePartnersIncludingHousing',
          title: 'Invite all relevant partners, including Housing, to the strategy meeting',
          required: true,
          recordedBy: caseOwners,
          records: [{ name: 'invited', label: 'Partners invited', type: 'text', required: true }],
          blocks: ['holdStrategyMeeting'],
          source: section('Step 4'),
        },
      ],
      // 001-6: after the DtN, before the review at the next step.
      dtnSubmitted: [
        {
          id: 'referDtnToPolice',
          title: 'Refer the (anonymised) Duty to Notify form to the police',
          required: true,
          recordedBy: caseOwners,
          records: contactRecords,
          blocks: ['reviewAfterDtn'],
          source: section('Step 6A'),
        },
        {
          id: 'informCstOfDtn',
          title: 'Inform the Community Safety Team that a Duty to Notify has been made',
          required: true,
          recordedBy: caseOwners,
          records: contactRecords,
          blocks: ['reviewAfterDtn'],
          source: section('Step 6A'),
        },
      ],
      // 001-7: the NRM referral's follow-ups. Required, but they hold back no decision: a Home
      // Office decision is always recorded when it comes (001-8), so they stay outstanding instead.
      nrmSubmitted: [
        {
          id: 'cstAsSecondContact',
          title: 'Put the Community Safety Team as second point of contact on the NRM form',
          required: true,
          recordedBy: caseOwners,
          source: section('Step 6B'),
        },
        {
          id: 'informCstOfNrm',
          title: 'Email the Community Safety Team to inform them of the referral',
          required: true,
          recordedBy: caseOwners,
          records: contactRecords,
          source: section('Step 6B'),
        },
        {
          id: 'referNrmFormToPolice',
          title: 'Refer the NRM form to the police (anonymously, if requested)',
          required: true,
          recordedBy: caseOwners,
          records: [
            { name: 'anonymised', label: 'Sent anonymised', type: 'boolean', required: true },
            ...contactRecords,
          ],
          source: section('Step 6B'),
        },
      ],
      // 001-9: each returned decision goes to the CST and to Screeners or MASH for recording.
      rgReturned: forwardDecision('Rg', 'RG'),
      cgReturned: forwardDecision('Cg', 'CG'),
    },
  ),
);
