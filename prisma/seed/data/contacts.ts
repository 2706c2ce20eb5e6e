import type { ContactSeed, SeedFile } from '../types';

const F000: SeedFile = '000_d01e68b7f2580e43.txt';
const F001: SeedFile = '001_bb493377fc724227.txt';
const F002: SeedFile = '002_85009a930093bd13.txt';
const F003: SeedFile = '003_eef8dc0b317e2207.txt';
const F004: SeedFile = '004_bf7614aad86c36e6.txt';

const HERTS_FLOWCHART = '8.11 HMSP Child Victim Referral Pathway (flowchart text: Key Email Addresses)';
const FLOWCHART_WARNING =
  'Taken from the text of the HMSP flowchart image, which is partly garbled; verify before sending personal data.';

/**
 * Phone lines, emails, portals and named routes, copied from the documents. Phone numbers,
 * emails and URLs are exactly as printed (whitespace normalised). Where the documents print
 * a value differently, the variants are recorded in `notes` rather than silently corrected.
 */
export const contacts: ContactSeed[] = [
  // =========================================================== national: emergencies
  {
    slug: 'police-emergency-999',
    name: 'Police (emergency)',
    purpose: 'POLICE_EMERGENCY',
    areaCode: null,
    phone: '999',
    notes:
      'Call where there is an immediate threat to the potential victim or others, emergency medical treatment is needed, or the person is still in the place of exploitation.',
    source: { file: F000, section: 'Step 2 Crisis risk assessment' },
  },
  {
    slug: 'police-non-emergency-101',
    name: 'Police (non-emergency)',
    purpose: 'POLICE_NON_EMERGENCY',
    areaCode: null,
    phone: '101',
    notes: 'Report a crime on 101, or submit a Force Intelligence Bureau (FIB) form for non-urgent concerns.',
    source: { file: F002, section: '4.1 Initial Identification & Safeguarding Pathway' },
  },

  // ======================================================= national: helplines
  {
    slug: 'modern-slavery-helpline',
    name: 'Modern Slavery Helpline',
    purpose: 'HELPLINE',
    areaCode: null,
    organisationSlug: 'unseen',
    phone: '08000 121 700',
    url: 'www.modernslaveryhelpline.org',
    hours: '24/7',
    notes:
      'Run by Unseen; free, confidential advice in over 200 languages; victims can self-refer. ' +
      "Printed as '08000 121 700' in 003 (6.4, 9.4) and '08000 121700' in 004. " +
      "000 (Step 2) prints '0800 012 1700' and 001 (Step 2) prints '0800 121 700'; these differ from 003/004 and are not used.",
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (1. Modern Slavery Helpline)' },
  },
  {
    slug: 'modern-slavery-helpline-online-report',
    name: 'Modern Slavery Helpline online report',
    purpose: 'HELPLINE',
    areaCode: null,
    organisationSlug: 'unseen',
    url: 'www.modernslaveryhelpline.org/report',
    notes: "Listed under 'Email:' in the document, but it is a web address.",
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (1. Modern Slavery Helpline)' },
  },
  {
    slug: 'ictg-helpline',
    name: "Independent Child Trafficking Guardian (ICTG) Service helpline (Barnardo's)",
    purpose: 'HELPLINE',
    areaCode: null,
    organisationSlug: 'barnardos',
    phone: '0800 043 4303',
    url: 'www.barnardos.org.uk/what-we-do/protecting-children/trafficked-children',
    hours: '24/7',
    notes: 'Advice line open to all practitioners across the UK.',
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (2. ICTG Service)' },
  },
  {
    slug: 'missing-people-helpline',
    name: 'Missing People Helpline',
    purpose: 'HELPLINE',
    areaCode: null,
    organisationSlug: 'missing-people',
    phone: '0500 700 700',
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (8. The Missing People Helpline)' },
  },

  // ============================================ national: interpreting
  {
    slug: 'language-line',
    name: 'Language Line',
    purpose: 'INTERPRETING',
    areaCode: null,
    organisationSlug: 'language-line',
    phone: '0845 310 9900',
    notes:
      'Given as an example of a translation service to help communicate with a potential victim who is not from the UK (000 Step 2, 001 Step 2).',
    source: { file: F000, section: 'Step 2 Crisis risk assessment' },
  },

  // ======================================= national: NRM support (The Salvation Army)
  {
    slug: 'salvation-army-nrm-referrals',
    name: 'The Salvation Army – NRM support referrals',
    purpose: 'NRM_SUPPORT_REFERRAL',
    areaCode: null,
    organisationSlug: 'the-salvation-army',
    phone: '0800 808 3733',
    email: 'mstreferrals@salvationarmy.org.uk',
    notes:
      'Refer a destitute victim needing urgent support and/or accommodation when the NRM referral is submitted. ' +
      "The email is printed as 'mstreferrals@salvationarmy.org.uk' in the During-NRM and Adult Social Care flowcharts, " +
      "but as 'mstreferrals@salvationarmy.co.uk' in 4.8 Transition to Adulthood; confirm before use.",
    source: { file: F002, section: '4.2.2 During NRM Pathway (flowchart text: NRM Submission)' },
  },
  {
    slug: 'salvation-army-accommodation-outreach',
    name: 'The Salvation Army – accommodation and outreach support (incl. pre-RG housing)',
    purpose: 'NRM_SUPPORT_REFERRAL',
    areaCode: null,
    organisationSlug: 'the-salvation-army',
    phone: '0300 303 8151',
    notes:
      'Contact if the potential victim has NRPF and there is no duty to provide housing/support under other safeguarding or human rights legislation; pre-RG housing is subject to assessment if the person is destitute (000 Step 7, 001 Step 7B).',
    source: { file: F000, section: 'Step 7 – Pre RG housing' },
  },
  {
    slug: 'salvation-army-nrm-form-copy',
    name: 'The Salvation Army – copy of NRM form when using TSA support',
    purpose: 'NRM_SUPPORT_REFERRAL',
    areaCode: null,
    organisationSlug: 'the-salvation-army',
    email: 'mst@salvationarmy.org.uk',
    notes:
      'If using TSA support, email the NRM form to this address as well (000 Step 7, 001 Step 6B; also in the 003 HMSP flowchart).',
    source: { file: F000, section: 'Step 7' },
  },

  // ======================================= national: Home Office / NRM / DtN
  {
    slug: 'report-modern-slavery-online',
    name: 'Report Modern Slavery (online NRM and Duty to Notify referral)',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'home-office',
    url: 'https://www.modernslavery.gov.uk/start',
    notes:
      'Only First Responders can submit NRM referrals. Adults need written consent; children need none. Since 29 August 2019 NRM and DtN referrals are made through a single online form (003 8.7).',
    source: { file: F004, section: 'Reporting Modern Slavery' },
  },
  {
    slug: 'duty-to-notify-ms1-guidance',
    name: 'Duty to Notify (form MS1) guidance and documents',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'home-office',
    url: 'www.gov.uk/government/publications/duty-to-notify-the-home-office-of-potential-victims-of-modern-slavery',
    notes:
      'For adults who do not consent to enter the NRM; complete the MS1 anonymised if consent to share details is not given. Not for children, and not used when the person enters the NRM.',
    source: { file: F004, section: 'National Referral Mechanism Process Guide' },
  },
  {
    slug: 'home-office-duty-to-notify-email',
    name: 'Home Office Duty to Notify (MS1) email',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'home-office',
    email: 'dutytonotify@homeoffice.gsi.gov.uk',
    notes:
      'Form must be anonymised if the potential victim does not want their personal details used. ' +
      '003 (8.7) says NRM and DtN referrals moved to a single online form on 29 August 2019; check this address is still in use before sending personal data.',
    source: { file: F000, section: 'Step 5 Complete & submit duty to notify form MS1' },
  },
  {
    slug: 'nca-nrm-email',
    name: 'NRM form email (NCA)',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'national-crime-agency',
    email: 'nrm@nca.x.gsi.gov.uk',
    notes:
      'Adult NRM form, signed by the potential victim. ' +
      '003 (8.7) says NRM referrals moved to a single online form on 29 August 2019; check this address is still in use before sending personal data.',
    source: { file: F000, section: 'Step 7 Complete adult NRM form' },
  },
  {
    slug: 'nca-queries',
    name: 'National Crime Agency (queries)',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'national-crime-agency',
    phone: '0844 778 2406',
    notes: 'Given for queries during the crisis risk assessment.',
    source: { file: F000, section: 'Step 2 Crisis risk assessment' },
  },
  {
    slug: 'sca-reconsideration',
    name: 'Single Competent Authority – reconsideration requests (inbox and Duty Line)',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'single-competent-authority',
    phone: '0207 035 5689',
    email: 'inboxNRMEngland@homeoffice.gov.uk',
    notes:
      'Contact the SCA directly to request reconsideration of a negative NRM decision. Any organisation may request a reconsideration, not only First Responders.',
    source: { file: F003, section: '8.9 Submitting a Reconsideration Request of an NRM decision' },
  },
  {
    slug: 'sca-further-information',
    name: 'Single Competent Authority – further information on an NRM referral',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'single-competent-authority',
    email: 'nationalreferralmechanism@homeoffice.gov.uk',
    notes:
      "Email new information relevant to an original submission. The HMSP flowchart's key email list prints this address with its first letter missing.",
    source: { file: F003, section: '8.9 Submitting a Reconsideration Request of an NRM decision' },
  },
  {
    slug: 'sca-nrm-check',
    name: 'Single Competent Authority – check for existing NRM referrals',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'single-competent-authority',
    email: 'nrm@modernslavery.gov.uk',
    notes:
      'Used in the Transition to Adulthood pathway to check for current NRM referrals, and to notify the SCA if all routes of contact with the young person are exhausted.',
    source: { file: F002, section: '4.8 Transition to Adulthood Pathway (flowchart text)' },
  },
  {
    slug: 'home-office-child-trafficking-training',
    name: 'Home Office child trafficking mailbox (free e-learning access)',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'home-office',
    email: 'childtrafficking@homeoffice.gov.uk',
    notes:
      'Independent Advocates for children and young people, and Border Force Safeguarding and Modern Slavery Officers, can request free access to the ECPAT UK/West Yorkshire Police e-learning here.',
    source: { file: F003, section: '9.3 External Training (E-Learning)' },
  },
  {
    slug: 'msoic-unit',
    name: 'Modern Slavery Organised Immigration Crime Unit (MSOIC)',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'msoic-unit',
    phone: '0114 252 3891',
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (5. MSOIC)' },
  },
  {
    slug: 'first-responder-e-learning',
    name: 'First Responder e-learning module (MSOIC Unit website)',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'msoic-unit',
    url: 'https://policingslavery.co.uk/FirstResponderTraining/',
    notes: 'Free Home Office e-learning for First Responders; non-First Responders can also use it.',
    source: { file: F003, section: '9.1 Guidance (National Legislation)' },
  },
  {
    slug: 'ceop',
    name: 'CEOP (Child Exploitation and On-line Protection Centre)',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'ceop',
    phone: '020 7238 2320',
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (7. CEOP)' },
  },
  {
    slug: 'glaa-business-concerns',
    name: 'Gangmasters & Labour Abuse Authority (business exploiting its workers)',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'glaa',
    notes: 'Contact if you think a business is exploiting its workers. The document gives a link, not a number.',
    source: { file: F002, section: '4.1 Initial Identification & Safeguarding Pathway' },
  },
  {
    slug: 'streetlink',
    name: 'StreetLink referral',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'streetlink',
    notes: 'Complete a StreetLink referral if the victim is currently rough sleeping. No contact details are given.',
    source: { file: F002, section: '4.5 Access to Housing Pathway (flowchart text)' },
  },

  // ================================================== national: legal advice
  {
    slug: 'atleu-advice-line',
    name: 'ATLEU Advice Line (for practitioners)',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'atleu',
    phone: '0207 700 7311',
    email: 'advice@atleu.org.uk',
    url: 'https://atleu.org.uk/adviceline',
    notes: 'Any practitioner can request free support; the web page explains what to include in the email.',
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (4. ATLEU)' },
  },
  {
    slug: 'atleu-referrals',
    name: 'ATLEU – refer victims for legal support',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'atleu',
    url: 'https://atleu.org.uk/referrals',
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (4. ATLEU)' },
  },
  {
    slug: 'intermediaries-for-justice',
    name: 'Intermediaries for Justice – find an intermediary',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'intermediaries-for-justice',
    url: 'https://www.intermediaries-for-justice.org/find-intermediary',
    notes: 'Find an intermediary in your area and make a referral request online; give as much notice as possible.',
    source: { file: F003, section: '6.12 Registered Intermediaries' },
  },
  {
    slug: 'find-legal-aid-lawyer',
    name: 'Find a legal aid lawyer',
    purpose: 'OTHER',
    areaCode: null,
    url: 'https://find-legal-advice.justice.gov.uk/',
    source: { file: F003, section: '9.2 Additional Guidance and Training (9. Legal Advice - Useful Links)' },
  },
  {
    slug: 'civil-legal-aid-eligibility-calculator',
    name: 'Check legal aid eligibility (civil eligibility calculator)',
    purpose: 'OTHER',
    areaCode: null,
    url: 'https://civil-eligibility-calculator.justice.gov.uk/',
    source: { file: F003, section: '9.2 Additional Guidance and Training (9. Legal Advice - Useful Links)' },
  },
  {
    slug: 'gov-uk-check-legal-aid',
    name: 'Check if you can get legal aid (GOV.UK)',
    purpose: 'OTHER',
    areaCode: null,
    url: 'https://www.gov.uk/check-legal-aid',
    source: { file: F003, section: '9.2 Additional Guidance and Training (9. Legal Advice - Useful Links)' },
  },
  {
    slug: 'law-society-help-paying-legal-costs',
    name: 'Law Society – help with paying legal costs',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'the-law-society',
    url: 'https://www.lawsociety.org.uk/for-the-public/help-with-paying-legal-costs/#find',
    source: { file: F003, section: '9.2 Additional Guidance and Training (9. Legal Advice - Useful Links)' },
  },
  {
    slug: 'chambers-directory-of-lawyers',
    name: 'Chambers and Partners Directory of Lawyers (client feedback on legal firms)',
    purpose: 'OTHER',
    areaCode: null,
    url: 'https://chambers.com/',
    source: { file: F003, section: '9.2 Additional Guidance and Training (9. Legal Advice - Useful Links)' },
  },
  {
    slug: 'athub',
    name: 'ATHUB (online information resource on trafficking law)',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'atleu',
    url: 'https://athub.org.uk/',
    notes: 'Free subscription; for support providers and legal practitioners.',
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (4. ATLEU)' },
  },

  // ============================================ national: children's organisations
  {
    slug: 'ecpat-uk',
    name: 'ECPAT UK',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'ecpat-uk',
    phone: '020 7233 9887',
    source: { file: F003, section: '9.5 Children Trafficked from Abroad: Support Services and Useful Contacts' },
  },
  {
    slug: 'unicef',
    name: 'UNICEF',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'unicef',
    phone: '020 7405 5592',
    source: { file: F003, section: '9.5 Children Trafficked from Abroad: Support Services and Useful Contacts' },
  },
  {
    slug: 'afruca',
    name: 'AFRUCA (Africans Unite Against Child Abuse)',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'afruca',
    phone: '020 7704 2261',
    source: { file: F003, section: '9.5 Children Trafficked from Abroad: Support Services and Useful Contacts' },
  },
  {
    slug: 'crop',
    name: 'CROP (Coalition for the Removal of Pimping)',
    purpose: 'OTHER',
    areaCode: null,
    organisationSlug: 'crop',
    phone: '0113 240 3040',
    source: { file: F003, section: '9.5 Children Trafficked from Abroad: Support Services and Useful Contacts' },
  },

  // ====================================================== London council (000)
  {
    slug: 'london-council-ms-spoc',
    name: 'Modern Slavery SPoC or Adult safeguarding lead',
    purpose: 'SPOC',
    areaCode: 'london-council',
    organisationSlug: 'london-council',
    notes:
      'Contact as soon as possible; once responsibility is handed over, put concerns in writing for the audit trail. No contact details are given in the document.',
    source: { file: F000, section: 'Step 3' },
  },
  {
    slug: 'london-council-translation',
    name: "Council's translation services provider",
    purpose: 'INTERPRETING',
    areaCode: 'london-council',
    organisationSlug: 'london-council',
    notes: 'No number given; Language Line is given as an example.',
    source: { file: F000, section: 'Step 2 Crisis risk assessment' },
  },
  {
    slug: 'london-council-mash',
    name: 'MASH (mainstream group for multi-agency care planning)',
    purpose: 'MASH',
    areaCode: 'london-council',
    notes:
      'Hold a multi-agency meeting or refer into a mainstream group (MASH/MARAC) within 35 days to develop a care plan. No contact details given.',
    source: { file: F000, section: 'Step 8' },
  },
  {
    slug: 'london-council-marac',
    name: 'MARAC (mainstream group for multi-agency care planning)',
    purpose: 'OTHER',
    areaCode: 'london-council',
    notes:
      'Hold a multi-agency meeting or refer into a mainstream group (MASH/MARAC) within 35 days to develop a care plan. No contact details given.',
    source: { file: F000, section: 'Step 8' },
  },

  // ================================================================ Bexley (001)
  {
    slug: 'bexley-screeners',
    name: 'Bexley Screeners (adults)',
    purpose: 'SCREENERS',
    areaCode: 'bexley',
    organisationSlug: 'bexley-council',
    phone: '0208 303 777',
    email: 'screeners@bexley.gov.uk',
    notes:
      'For concerns about adults; details of the concern are taken here. Decisions are also forwarded to Screeners or MASH for recording (Step 8). ' +
      'The number is printed with only 10 digits; confirm it before relying on it (the email is an alternative).',
    source: { file: F001, section: 'Step 1 Identify' },
  },
  {
    slug: 'bexley-mash',
    name: 'Bexley MASH (children)',
    purpose: 'MASH',
    areaCode: 'bexley',
    organisationSlug: 'bexley-council',
    phone: '020 3045 5440',
    email: 'childrensmashteam@bexley.gov.uk',
    notes: 'For concerns about children. Decisions are also forwarded to Screeners or MASH for recording (Step 8).',
    source: { file: F001, section: 'Step 1 Identify' },
  },
  {
    slug: 'bexley-community-safety-team',
    name: 'Bexley Modern Slavery SPOC – Community Safety Team (CST)',
    purpose: 'SPOC',
    areaCode: 'bexley',
    organisationSlug: 'bexley-council',
    email: 'community.safety@bexley.gov.uk',
    notes:
      'Request a multi-agency conversation on next steps; the CST has oversight of cases in Bexley. Inform the CST when a DtN is made, name it as second point of contact on NRM forms, and forward decisions for recording.',
    source: { file: F001, section: 'Step 3 Contact Modern Slavery SPOC' },
  },
  {
    slug: 'bexley-housing-options',
    name: 'Bexley Housing Options',
    purpose: 'HOUSING_OPTIONS',
    areaCode: 'bexley',
    organisationSlug: 'bexley-council',
    email: 'housingoptionservice@bexley.gov.uk',
    notes: 'Consider referral for emergency accommodation (Step 2) and alert them that housing may be needed (Step 3).',
    source: { file: F001, section: 'Step 2 Crisis Risk Assessment' },
  },
  {
    slug: 'bexley-marac',
    name: 'MARAC (mainstream group for multi-agency care planning)',
    purpose: 'OTHER',
    areaCode: 'bexley',
    notes:
      'Multi-agency meeting or referral into a mainstream group (MASH/MARAC) to develop a care plan. No contact details given.',
    source: { file: F001, section: 'Step 7B' },
  },

  // ============================================================== Coventry (002)
  {
    slug: 'coventry-modern-slavery-lead',
    name: 'Coventry City Council Modern Slavery Lead',
    purpose: 'SPOC',
    areaCode: 'coventry',
    organisationSlug: 'coventry-city-council',
    email: 'modernslavery@coventry.gov.uk',
    notes:
      "Report every modern slavery concern to the Council's Modern Slavery Lead (4.1), and consult them before any reconsideration request. " +
      'The email is printed in the Transition to Adulthood flowchart (contact a Horizon Team manager or the Modern Slavery Lead to arrange a Transition Panel Meeting).',
    source: { file: F002, section: '4.8 Transition to Adulthood Pathway (flowchart text)' },
  },
  {
    slug: 'coventry-mash',
    name: 'Coventry Multi-Agency Safeguarding Hub (MASH)',
    purpose: 'MASH',
    areaCode: 'coventry',
    phone: '024 7678 8555',
    notes:
      "Where children are involved. The flowchart text prints '024 h 7678 8555'; the stray 'h' is an artefact of the source text and is not part of the number.",
    source: { file: F002, section: '4.1 Initial Identification & Safeguarding Pathway (flowchart text)' },
  },
  {
    slug: 'coventry-police-intelligence',
    name: "Police intelligence: Force Intelligence Bureau (FIB) form / 'Partnership Information Report'",
    purpose: 'POLICE_INTELLIGENCE',
    areaCode: 'coventry',
    notes:
      "Submit intelligence about a victim, perpetrator, location or business concern. The document's link was not preserved in the source text.",
    source: { file: F002, section: '4.1 Initial Identification & Safeguarding Pathway' },
  },
  {
    slug: 'coventry-adult-social-care',
    name: 'Coventry City Council Adult Social Care',
    purpose: 'ADULT_SOCIAL_CARE',
    areaCode: 'coventry',
    organisationSlug: 'coventry-city-council',
    notes: "Refer if the individual is an 'adult at risk' or has care and support needs. No contact details given.",
    source: { file: F002, section: '4.1 Initial Identification & Safeguarding Pathway' },
  },
  {
    slug: 'coventry-horizon-team',
    name: 'Coventry Horizon (Child Exploitation) Team',
    purpose: 'CHILDRENS_SOCIAL_CARE',
    areaCode: 'coventry',
    organisationSlug: 'coventry-city-council',
    notes:
      'Advice on NRM referrals for children approaching 18; a Horizon Team manager or the Modern Slavery Lead arranges a Transition Panel Meeting (modernslavery@coventry.gov.uk).',
    source: { file: F002, section: '4.8 Transition to Adulthood Pathway (flowchart text)' },
  },
  {
    slug: 'coventry-housing',
    name: 'Coventry Local Authority Housing and Homelessness Services',
    purpose: 'HOUSING_OPTIONS',
    areaCode: 'coventry',
    organisationSlug: 'coventry-city-council',
    notes:
      'Refer to Housing if the survivor meets criteria for LA housing; a victim asked to leave NRM accommodation may approach the Council for a Housing Assessment. No contact details given.',
    source: { file: F002, section: '4.5 Access to Housing Pathway (flowchart text)' },
  },
  {
    slug: 'coventry-housing-enforcement',
    name: 'CCC Housing Enforcement',
    purpose: 'OTHER',
    areaCode: 'coventry',
    organisationSlug: 'coventry-city-council',
    notes: 'For concerns relating to housing (e.g. a location of concern). No contact details given.',
    source: { file: F002, section: '4.1 Initial Identification & Safeguarding Pathway' },
  },
  {
    slug: 'coventry-trading-standards',
    name: 'Coventry City Council Trading Standards',
    purpose: 'TRADING_STANDARDS',
    areaCode: 'coventry',
    organisationSlug: 'coventry-city-council',
    notes: 'Report a business you think has broken the law or acted unfairly. No contact details given.',
    source: { file: F002, section: '4.1 Initial Identification & Safeguarding Pathway' },
  },
  {
    slug: 'coventry-migration-team',
    name: 'CCC Migration Team',
    purpose: 'OTHER',
    areaCode: 'coventry',
    organisationSlug: 'coventry-city-council',
    notes: 'Contact, with CRMC, if the survivor is a migrant. No contact details given.',
    source: { file: F002, section: '4.1 Initial Identification & Safeguarding Pathway' },
  },
  {
    slug: 'coventry-refugee-and-migrant-centre',
    name: 'Coventry Refugee and Migrant Centre (CRMC)',
    purpose: 'OTHER',
    areaCode: 'coventry',
    organisationSlug: 'coventry-refugee-and-migrant-centre',
    notes: 'Contact, with the CCC Migration Team, if the survivor is a migrant. No contact details given.',
    source: { file: F002, section: '4.1 Initial Identification & Safeguarding Pathway' },
  },

  // ========================================================= Hertfordshire (003)
  {
    slug: 'herts-child-protection-referral-online',
    name: "Hertfordshire County Council Children's Services – online child protection referral",
    purpose: 'CHILDRENS_SOCIAL_CARE',
    areaCode: 'hertfordshire',
    organisationSlug: 'hertfordshire-county-council',
    url: 'https://eservices.hertfordshire.gov.uk/services/child-protection-referral',
    notes: "Notify Children's Services within 24 hours.",
    source: { file: F003, section: '8.5 Specific Protocols' },
  },
  {
    slug: 'herts-childrens-safeguarding-team',
    name: "HCC Children's Safeguarding team",
    purpose: 'CHILDRENS_SOCIAL_CARE',
    areaCode: 'hertfordshire',
    organisationSlug: 'hertfordshire-county-council',
    phone: '0300 123 4043',
    email: 'protectedreferrals.cs@hertfordshire.gov.uk',
    hours: '24 hours',
    notes:
      'Call to explain concerns and what you have done; follow up with the electronic form. You receive confirmation and a unique reference number; outcome notified within 24 hours. ' +
      FLOWCHART_WARNING,
    source: { file: F003, section: HERTS_FLOWCHART },
  },
  {
    slug: 'herts-adult-safeguarding',
    name: 'Herts County Council Adult Safeguarding',
    purpose: 'ADULT_SOCIAL_CARE',
    areaCode: 'hertfordshire',
    organisationSlug: 'hertfordshire-county-council',
    phone: '0300 123 4042',
    email: 'adult.safeguarding@hertfordshire.gov.uk',
    notes: FLOWCHART_WARNING,
    source: { file: F003, section: HERTS_FLOWCHART },
  },
  {
    slug: 'herts-police-operation-tropic',
    name: 'Operation Tropic (Herts Police)',
    purpose: 'OTHER',
    areaCode: 'hertfordshire',
    organisationSlug: 'hertfordshire-police',
    email: 'RModernSlavery@herts.pnn.police.uk',
    notes: FLOWCHART_WARNING,
    source: { file: F003, section: HERTS_FLOWCHART },
  },
  {
    slug: 'herts-police-control-room',
    name: 'Herts Police Control Room',
    purpose: 'OTHER',
    areaCode: 'hertfordshire',
    organisationSlug: 'hertfordshire-police',
    email: 'ferenquiries@herts.pnn.police.uk',
    notes: "Printed with spaces as 'ferenquiries@herts. pnn. police.uk'. " + FLOWCHART_WARNING,
    source: { file: F003, section: HERTS_FLOWCHART },
  },
  {
    slug: 'beacon-hertfordshire',
    name: 'Beacon (Catch 22)',
    purpose: 'OTHER',
    areaCode: 'hertfordshire',
    organisationSlug: 'catch-22',
    phone: '03000 11 55 55',
    email: 'info@hertfordshirebeacon.org',
    url: 'www.hertfordshirebeacon.org',
    notes:
      'Phone option 3. A referral needs the consent of the child or guardian (8.3). ' +
      "The HMSP flowchart lists 'referrals@hertordshirebeacon.org' for referrals; that domain is spelt differently from www.hertfordshirebeacon.org, so it is not stored as an email here — confirm the referral address with Beacon.",
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (3. Beacon)' },
  },

  // ============================================================== Kirklees (004)
  {
    slug: 'wyp-intelligence-portal-access',
    name: 'West Yorkshire Police Intelligence Management Unit – partner portal access requests',
    purpose: 'POLICE_INTELLIGENCE',
    areaCode: 'kirklees',
    organisationSlug: 'west-yorkshire-police',
    email: 'XC.PIPaccess@westyorkshire.pnn.police.uk',
    url: 'https://www.westyorkshire.police.uk/form/intelligence-portal-request-form',
    notes:
      'Partner organisations request access to the Intelligence Submission Partnership Portal; each partner gets one shared log-on. The portal does not replace existing referral mechanisms.',
    source: {
      file: F004,
      section: 'West Yorkshire Police – Intelligence Submission Partnership Portal (Contact details)',
    },
  },
  {
    slug: 'wyp-intelligence-portal',
    name: 'West Yorkshire Police Intelligence Submission Partnership Portal',
    purpose: 'POLICE_INTELLIGENCE',
    areaCode: 'kirklees',
    organisationSlug: 'west-yorkshire-police',
    url: 'https://www.westyorkshire.police.uk/form/intel-submissions-form-check',
    notes:
      'For information about criminality of interest to West Yorkshire Police, routinely gathered by partners. Emergencies, threat to life or crime in progress: ring 999.',
    source: { file: F004, section: 'West Yorkshire Police – Intelligence Submission Partnership Portal (Access)' },
  },
];
