// The forms and guides the five seed documents name, each with where it is named. A link is
// kept only where a document prints one (exactly as printed); "[here](#)" and "LINK" in the
// documents are placeholders, not links. Publishers the documents do not name are marked
// `publisherInferred`.
import { SEEDS } from '../pathways/shared/seeds';
import { resourceSchema, type Resource } from './schema';

const at = (file: string, section: string) => ({ file, section });
const C = SEEDS.council;
const B = SEEDS.bexley;
const V = SEEDS.coventry;
const H = SEEDS.hertfordshire;
const K = SEEDS.kirklees;

const PLACEHOLDER = 'The document shows a link placeholder, not an address.';

export const RESOURCES: readonly Resource[] = [
  {
    id: 'duty-to-notify-form-ms1',
    title: 'Duty to Notify form (MS1)',
    kind: 'form',
    publisher: 'Home Office',
    description:
      'Notifies the Home Office of a potential adult victim who does not consent to the NRM (section 52, Modern Slavery Act 2015). Anonymised where the person does not want their details used; in Coventry always anonymous. Never for a child.',
    namedIn: [
      at(C, 'Step 5'),
      at(B, 'Step 6A'),
      at(V, '4.1 Initial Identification & Safeguarding Pathway'),
      at(V, '4.2.1 Pre-NRM Pathway'),
      at(K, 'Duty to Notify'),
    ],
    url: 'www.gov.uk/government/publications/duty-to-notify-the-home-office-of-potential-victims-of-modern-slavery',
    sourceNote:
      'The address is printed by 004 only, without a scheme. 000 names the emailed MS1, 001 and 002 the online form (since 29 August 2019 the form is online, 003 8.7). 001 prints "[here](#)": a placeholder.',
  },
  {
    id: 'duty-to-notify-factsheets',
    title: 'Modern Slavery: Duty to Notify Factsheets (GOV.UK, October 2016)',
    kind: 'guide',
    publisher: 'Home Office (GOV.UK)',
    description: 'Guidance on the duty to notify for public authorities.',
    namedIn: [at(H, '9.1 Guidance (National Legislation)')],
  },
  {
    id: 'nrm-referral-form',
    title: 'NRM referral form (online)',
    kind: 'form',
    publisher: 'Home Office',
    publisherInferred: true,
    description:
      'The single online form through which a First Responder refers an adult or a child to the NRM. Only a First Responder may submit it; an adult must give informed consent (000 asks the adult to sign it), a child needs none.',
    namedIn: [
      at(C, 'Step 7'),
      at(B, 'Step 6B'),
      at(V, '4.2.1 Pre-NRM Pathway'),
      at(H, '8.7 NRM Submission'),
      at(H, '8.11 HMSP Child Victim Referral Pathway, box 3'),
    ],
    sourceNote: `001 Step 6B: ${PLACEHOLDER}`,
  },
  {
    id: 'nrm-offline-form',
    title: 'NRM form, offline version',
    kind: 'form',
    publisher: 'Home Office',
    publisherInferred: true,
    description:
      'A downloadable version of the NRM form with amendable fields, from "Modern Slavery Victims: Referral and Assessment Forms". Any agency may complete it to pass information between organisations; only a First Responder submits the NRM online.',
    namedIn: [
      at(H, '8.7 NRM Submission'),
      at(H, '8.11 HMSP Child Victim Referral Pathway, note'),
      at(V, '4.9 Trading Standards Pathway (flowchart)'),
    ],
  },
  {
    id: 'how-to-report-first-responder-factsheet',
    title: 'How to Report a Victim of Modern Slavery: First Responder Factsheet',
    kind: 'guide',
    publisher: 'Home Office',
    publisherInferred: true,
    description: 'How a First Responder reports a victim through the online NRM and Duty to Notify process.',
    namedIn: [at(H, '8.3 Consent'), at(H, '8.7 NRM Submission')],
  },
  {
    id: 'nrm-explanatory-booklet',
    title: 'NRM Explanatory Booklet',
    kind: 'booklet',
    publisher: 'Home Office',
    publisherInferred: true,
    description:
      'Explains the NRM and the support it brings to the person, so that consent is informed; also used to explain support entitlements during the NRM.',
    namedIn: [
      at(V, '4.2.1 Pre-NRM Pathway'),
      at(V, '4.2.2 During NRM Pathway (flowchart)'),
      at(V, '4.6 Adult Social Care Pathway (flowchart)'),
      at(V, '4.8 Transition to Adulthood Pathway (flowchart)'),
      at(V, '4.9 Trading Standards Pathway (flowchart)'),
    ],
    sourceNote: 'In the text of 4.8 and 4.9 the name is truncated to "Use the t to explain the NRM".',
  },
  {
    id: 'nrm-booklets-kirklees',
    title: 'National Referral Mechanism Booklets',
    kind: 'booklet',
    publisher: 'Kirklees Council (resource page)',
    publisherInferred: true,
    description: 'Listed on the Kirklees resource page; which booklets is not said.',
    namedIn: [at(K, 'Resources')],
  },
  {
    id: 'hmsp-nrm-support-booklet',
    title: 'HMSP NRM Support Booklet (for victims)',
    kind: 'booklet',
    publisher: 'Hertfordshire Modern Slavery Partnership',
    description: 'Explains NRM support to victims; translations are available on the HMSP website.',
    namedIn: [at(H, '9.2 Additional Guidance and Training, 10')],
  },
  {
    id: 'hmsp-information-flyer',
    title: 'HMSP Information Flyer (for victims)',
    kind: 'booklet',
    publisher: 'Hertfordshire Modern Slavery Partnership',
    description: 'Information for victims; translations are available on the HMSP website.',
    namedIn: [at(H, '9.2 Additional Guidance and Training, 10')],
  },
  {
    id: 'nrm-prompt-sheet',
    title: 'NRM Prompt Sheet',
    kind: 'guide',
    publisher: 'Coventry City Council',
    publisherInferred: true,
    description: 'Prompts the First Responder through the information the NRM form needs.',
    namedIn: [at(V, '4.2.1 Pre-NRM Pathway'), at(V, '4.8 Transition to Adulthood Pathway (flowchart)')],
  },
  {
    id: 'nrm-consent-form',
    title: 'NRM Consent Form',
    kind: 'form',
    publisher: 'Coventry City Council',
    publisherInferred: true,
    description: 'Completed when a young person turning 18 consents to remain in the NRM as an adult.',
    namedIn: [at(V, '4.8 Transition to Adulthood Pathway (flowchart)')],
  },
  {
    id: 'nrm-withdrawal-form',
    title: 'NRM Withdrawal Form',
    kind: 'form',
    publisher: 'Coventry City Council',
    publisherInferred: true,
    description: 'Completed and submitted when a young person turning 18 does not consent to remain in the NRM.',
    namedIn: [at(V, '4.8 Transition to Adulthood Pathway (flowchart)')],
  },
  {
    id: 'how-to-get-help',
    title: "'How to Get Help' document",
    kind: 'booklet',
    publisher: 'Coventry City Council',
    publisherInferred: true,
    description: 'Given to a victim who does not want support now, so they know where to turn later.',
    namedIn: [at(V, '4.1 Initial Identification & Safeguarding Pathway (flowchart)')],
    sourceNote: `The flowchart prints "LINK": ${PLACEHOLDER}`,
  },
  {
    id: 'force-intelligence-bureau-form',
    title: 'Force Intelligence Bureau (FIB) form',
    kind: 'form',
    publisher: 'West Midlands Police',
    publisherInferred: true,
    description:
      'Non-urgent intelligence to the police about a victim, perpetrator, location or business (101 reports a crime).',
    namedIn: [at(V, '4.1 Initial Identification & Safeguarding Pathway'), at(V, '4.7 Health Pathway (flowchart)')],
  },
  {
    id: 'partnership-intelligence-form',
    title: "'Partnership Intelligence Form'",
    kind: 'form',
    publisher: 'West Midlands Police',
    publisherInferred: true,
    description: 'Intelligence from partners to the police, submitted when the victim does not want support.',
    namedIn: [at(V, '4.1 Initial Identification & Safeguarding Pathway (flowchart)')],
    sourceNote: `The flowchart prints "LINK": ${PLACEHOLDER} Whether it is the FIB form under another name is not said.`,
  },
  {
    id: 'partnership-information-report',
    title: "'Partnership Information Report'",
    kind: 'form',
    publisher: 'West Midlands Police',
    publisherInferred: true,
    description:
      'Intelligence to the police about a perpetrator, location or business of concern (101 reports a crime).',
    namedIn: [at(V, '4.1 Initial Identification & Safeguarding Pathway (flowchart)')],
    sourceNote: `The flowchart prints "LINK": ${PLACEHOLDER} The text of 4.1 names the FIB form at the same points; the document does not say whether they are one form.`,
  },
  {
    id: 'wyp-intelligence-submission-portal',
    title: 'West Yorkshire Police Intelligence Submission Partnership Portal',
    kind: 'portal',
    publisher: 'West Yorkshire Police',
    description:
      'Partners submit routinely gathered information to a central police triage team; one shared log-on per partner organisation. Not designed to replace referral mechanisms.',
    namedIn: [at(K, 'West Yorkshire Police – Intelligence Submission Partnership Portal')],
    url: 'https://www.westyorkshire.police.uk/form/intelligence-portal-request-form',
    sourceNote: 'The address is the request form for access; each partner then gets its own portal address.',
  },
  {
    id: 'hcc-electronic-form',
    title: "HCC Children's Safeguarding electronic form",
    kind: 'form',
    publisher: 'Hertfordshire County Council',
    description:
      "Follows up the call to HCC Children's Safeguarding team; the contact is confirmed with a unique reference number and the outcome notified within 24 hours.",
    namedIn: [at(H, '8.11 HMSP Child Victim Referral Pathway, box 1')],
    sourceNote: 'The text of the flowchart is broken ("electronic H / Form").',
  },
  {
    id: 'hmsp-victim-referral-pathways-guidance',
    title: 'HMSP Victim Referral Pathways Guidance',
    kind: 'guide',
    publisher: 'Hertfordshire Modern Slavery Partnership',
    description: 'The referral pathways (adult and child) and the guidance document behind them.',
    namedIn: [at(H, '8.3 Consent'), at(H, '8.5 Specific Protocols'), at(H, '9.2 Additional Guidance and Training, 10')],
  },
  {
    id: 'hmsp-legal-advice-guidance',
    title: 'Legal Advice Guidance (PDF, July 2020)',
    kind: 'guide',
    publisher: 'Hertfordshire Modern Slavery Partnership',
    description: 'Legal advice for victims and practitioners.',
    namedIn: [at(H, '9.2 Additional Guidance and Training, 10')],
  },
  {
    id: 'trafficked-children-toolkit',
    title: 'London Safeguarding Trafficked Children Toolkit',
    kind: 'toolkit',
    publisher: 'London Safeguarding Children Partnership',
    description:
      "Helps professionals assess the child's needs and continuing risks, and refer the case to the Single Competent Authority.",
    namedIn: [at(H, 'References'), at(H, '5 Indicators'), at(H, '7.6 What Trafficked Children from Abroad Need')],
  },
  {
    id: 'child-exploitation-disruption-toolkit',
    title: 'Child Exploitation Disruption Toolkit: Disruption Tactics (Home Office, 2019)',
    kind: 'toolkit',
    publisher: 'Home Office',
    description: 'Disruption tactics for child exploitation.',
    namedIn: [at(H, '2.3 Child Exploitation Definitions (footnotes 5, 7)')],
    url: 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/794554/6.5120_Child_exploitation_disruption_toolkit.pdf',
  },
  {
    id: 'care-of-unaccompanied-and-trafficked-children',
    title: 'Care of Unaccompanied Migrant Children and Child Victims of Modern Slavery: statutory guidance',
    kind: 'guide',
    publisher: 'Department for Education',
    publisherInferred: true,
    description: 'Statutory guidance for local authorities, including the presumption of age.',
    namedIn: [at(H, '7.4 Age Assessments'), at(H, '9.1 Guidance (National Legislation)')],
  },
  {
    id: 'tcs-clear-nrm-referral-guidelines',
    title: "The Children's Society: Guidelines for writing a clear NRM referral",
    kind: 'guide',
    publisher: "The Children's Society",
    description: 'How to write an NRM referral the competent authority can decide on.',
    namedIn: [at(H, '9.2 Additional Guidance and Training, 1')],
  },
  {
    id: 'tcs-nrm-reconsideration-template',
    title: "The Children's Society: NRM Reconsideration Template",
    kind: 'template',
    publisher: "The Children's Society",
    description: 'A template for a request to reconsider a negative NRM decision.',
    namedIn: [at(H, '9.2 Additional Guidance and Training, 2')],
  },
  {
    id: 'trafficking-survivor-care-standards',
    title: 'Trafficking Survivor Care Standards',
    kind: 'guide',
    publisher: 'Human Trafficking Foundation',
    publisherInferred: true,
    description: 'The approach and recommended questions on risk for the non-urgent assessment.',
    namedIn: [at(C, 'Steps 4-5')],
  },
  {
    id: 'council-process-guide',
    title: 'Process Guide',
    kind: 'guide',
    publisher: 'London council (the author of 000)',
    publisherInferred: true,
    description: 'Pre-RG housing is in its Step 5; 000 names it but does not include it.',
    namedIn: [at(C, 'Step 7')],
  },
  {
    id: 'mental-capacity-act-code-of-practice',
    title: 'Mental Capacity Act Code of Practice',
    kind: 'guide',
    publisher: 'Office of the Public Guardian',
    publisherInferred: true,
    description: "Consider the person's capacity to make the decision independently before relying on their consent.",
    namedIn: [
      at(V, '4.1 Initial Identification & Safeguarding Pathway'),
      at(V, '4.7 Health Pathway (flowchart)'),
      at(V, 'Appendix 2. Further Reading'),
    ],
  },
  {
    id: 'first-responder-agencies-list',
    title: 'List of First Responder Agencies',
    kind: 'guide',
    publisher: 'Coventry City Council',
    publisherInferred: true,
    description:
      'Which organisations are First Responders; any Coventry City Council team with frontline officers counts (Coventry). 003 prints its own list on the HMSP sheet.',
    namedIn: [at(V, '4.2.1 Pre-NRM Pathway'), at(V, '4.2.2 During NRM Pathway (flowchart)')],
  },
  {
    id: 'barnardos-group-work-referral-form',
    title: "Barnardo's Therapeutic Group Work referral form",
    kind: 'form',
    publisher: "Barnardo's",
    description:
      'Referral to the six-week therapeutic group work programme for children suspected of being internally trafficked.',
    namedIn: [at(K, "Barnado's therapeutic Group Work – For Trafficked Children")],
    sourceNote: 'The page says "please click here": no address is printed.',
  },
  {
    id: 'kirklees-child-trafficking-procedures',
    title: 'Kirklees Child Trafficking Procedures',
    kind: 'guide',
    publisher: 'Kirklees Safeguarding Children Partnership',
    publisherInferred: true,
    description: 'The procedures to follow for a child who may be trafficked.',
    namedIn: [at(K, 'Reporting Suspicion')],
  },
].map((r) => resourceSchema.parse(r));

const byId = new Map(RESOURCES.map((r) => [r.id, r]));

export function getResource(id: string): Resource | undefined {
  return byId.get(id);
}
