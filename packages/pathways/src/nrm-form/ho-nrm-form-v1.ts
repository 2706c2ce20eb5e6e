/**
 * The Home Office "Report modern slavery" digital form (NRM referral and Duty to Notify), as read
 * from its public source: UKHomeOffice/modern-slavery, folder apps/nrm (steps in index.js, fields
 * and validation in fields/index.js). Field keys, types, options, the 15,000-character limits
 * and the branches are the form's; labels are Waymark's. Questions the 2026 form added that the
 * files read do not show (the coverage review lists them) carry `keyInferred`.
 */
import type { FormCondition, FormField, FormSection, ReferralFormDefinition } from './schema';

export const FORM_TEXT_LIMIT = 15_000;
const YES_NO = ['yes', 'no'] as const;
const YES_NO_NOT_SURE = ['yes', 'no', 'not-sure'] as const;

type Extra = Partial<Omit<FormField, 'key' | 'label' | 'type'>>;
const field = (key: string, label: string, type: FormField['type'], extra: Extra = {}): FormField => ({
  key,
  label,
  type,
  required: true,
  ...(type === 'text' || type === 'textarea' || type === 'email' || type === 'phone'
    ? { maxLength: FORM_TEXT_LIMIT }
    : {}),
  ...extra,
});
const textarea = (key: string, label: string, extra: Extra = {}) => field(key, label, 'textarea', extra);
const radio = (key: string, label: string, options: ReadonlyArray<string>, extra: Extra = {}) =>
  field(key, label, 'radio', { options, ...extra });
const is = (key: string, value: string | boolean): FormCondition => ({ field: key, is: value });
const inferred = { keyInferred: true } as const;

// Branches the whole form turns on.
export const UNDER_18: FormCondition = { field: 'pv-under-age', in: ['yes', 'not-sure'] };
export const ADULT: FormCondition = is('pv-under-age', 'no');
export const DECLINED_NRM: FormCondition = { all: [ADULT, is('pv-want-to-submit-nrm', 'no')] };

/** Ten UK towns and ten countries, the first required when that part of the world is chosen. */
function places(prefix: string, list: string, label: string, place: FormCondition): FormField[] {
  return Array.from({ length: 10 }, (_, i) =>
    field(`${prefix}-${i + 1}`, `${label} ${i + 1}`, 'select', {
      optionList: list,
      maxLength: FORM_TEXT_LIMIT,
      required: i === 0 ? place : false,
      when: place,
    }),
  );
}
const IN_UK: FormCondition = { field: 'where-exploitation-happened', in: ['uk', 'uk-and-overseas'] };
const OVERSEAS: FormCondition = { field: 'where-exploitation-happened', in: ['overseas', 'uk-and-overseas'] };

const EXPLOITATION_BOXES = [
  ['types-of-exploitation-forced-to-work', 'Forced to work for nothing or almost nothing'],
  ['types-of-exploitation-wages-taken', 'Wages taken by someone else'],
  ['types-of-exploitation-forced-to-commit-fraud', 'Forced to commit fraud (e.g. benefit fraud, bank accounts)'],
  ['types-of-exploitation-prostitution', 'Forced into prostitution or other sexual exploitation'],
  ['types-of-exploitation-child-exploitation', 'Child sexual exploitation'],
  ['types-of-exploitation-taken-somewhere', 'Taken somewhere and made to have sex'],
  ['types-of-exploitation-forced-to-commit-crime', 'Forced to commit crime (e.g. drugs, theft, county lines)'],
  ['types-of-exploitation-organs-removed', 'Organs removed'],
  ['types-of-exploitation-unpaid-household-work', 'Forced to do unpaid household work (domestic servitude)'],
  ['types-of-exploitation-other', 'Other exploitation'],
] as const;
export const EXPLOITATION_BOX_KEYS = EXPLOITATION_BOXES.map(([key]) => key);
const BOXES_WITHOUT_TYPE: string[] = [
  'types-of-exploitation-forced-to-commit-fraud',
  'types-of-exploitation-taken-somewhere',
];

const contactFields = (prefix: string, choice: string, whose: string): FormField[] => {
  const by = (how: string) => ({ field: choice, includes: how }) as const;
  return [
    field(`${prefix}-email-input`, `${whose} email address`, 'email', { identifying: true, when: by('email') }),
    field(`${prefix}-email-check`, 'It is safe to email this address', 'checkbox', { when: by('email') }),
    field(`${prefix}-street`, `${whose} street address`, 'text', { identifying: true, when: by('post') }),
    field(`${prefix}-town`, 'Town or city', 'text', { identifying: true, when: by('post') }),
    field(`${prefix}-county`, 'County', 'text', { identifying: true, when: by('post'), required: false }),
    field(`${prefix}-postcode`, 'Postcode', 'text', { identifying: true, when: by('post') }),
  ];
};

const fields: FormField[] = [
  // 1. First Responder
  field('reference', 'Your own reference for this referral (not sent to the Home Office)', 'text', {
    heldBy: 'case.reference',
  }),
  field('user-organisation', 'First Responder organisation', 'select', {
    optionList: 'ms_organisations',
    maxLength: FORM_TEXT_LIMIT,
    heldBy: 'case.owningOrganisation',
  }),
  radio('fr-location', 'Where are you based?', ['england', 'wales', 'scotland', 'northern-ireland'], {
    heldBy: 'case.area',
  }),
  // 2. Age
  radio('pv-under-age', 'Is the potential victim under 18?', YES_NO_NOT_SURE, { heldBy: 'case.ageGroup' }),
  field('local-authority-contacted-about-child-local-authority-name', 'Local authority contacted', 'select', {
    optionList: 'ms_uk_local_authorities',
    maxLength: FORM_TEXT_LIMIT,
  }),
  field('local-authority-contacted-about-child-local-authority-phone', 'Local authority phone number', 'phone'),
  field('local-authority-contacted-about-child-local-authority-email', 'Local authority email address', 'email'),
  field(
    'local-authority-contacted-about-child-local-authority-first-name',
    'Local authority contact first name',
    'text',
    {
      required: false,
      identifying: true,
    },
  ),
  field(
    'local-authority-contacted-about-child-local-authority-last-name',
    'Local authority contact last name',
    'text',
    {
      required: false,
      identifying: true,
    },
  ),
  radio('pv-under-age-at-time-of-exploitation', 'Were they under 18 when the exploitation happened?', YES_NO_NOT_SURE),
  // 3. Background
  field('birthplace', 'Where were they born?', 'text', { identifying: true }),
  textarea('family', 'Their family'),
  textarea('education', 'Their education'),
  textarea('employment-history', 'Their employment history'),
  // 4. Exploitation
  textarea('more-than-one-exploitation-situation', 'Were they exploited in more than one situation?'),
  textarea('when-did-the-exploitation-take-place', 'When did the exploitation take place?'),
  textarea('how-did-the-exploitation-start', 'How did the exploitation start?'),
  radio('were-they-taken-somewhere-by-their-exploiter', 'Were they taken somewhere by their exploiter?', YES_NO),
  textarea('were-they-taken-somewhere-by-their-exploiter-journey-details', 'Describe the journey', {
    when: is('were-they-taken-somewhere-by-their-exploiter', 'yes'),
  }),
  textarea('what-were-they-required-to-do', 'What were they required to do?'),
  textarea('living-conditions', 'What were their living conditions?', inferred),
  textarea('how-they-were-treated', 'How were they treated?'),
  radio('still-in-the-situation', 'Are they still in the situation?', YES_NO, inferred),
  textarea('why-they-stayed', 'What keeps them in the situation?', { when: is('still-in-the-situation', 'yes') }),
  textarea('how-why-did-they-leave-the-situation', 'How and why did they leave the situation?', {
    when: is('still-in-the-situation', 'no'),
  }),
  radio(
    'when-last-contact',
    'When did they last have contact with the exploiters?',
    [
      'less-than-a-week',
      'one-week-to-one-month',
      'one-to-three-months',
      'three-to-six-months',
      'six-to-twelve-months',
      'one-to-two-years',
      'more-than-two-years',
      'not-sure',
    ],
    inferred,
  ),
  textarea('when-last-contact-details', 'Details of the last contact', { ...inferred, required: false }),
  radio('is-this-the-first-chance-to-report', 'Is this the first chance they have had to report it?', YES_NO_NOT_SURE),
  textarea('why-report-now', 'Why are they reporting it now?', {
    when: is('is-this-the-first-chance-to-report', 'no'),
  }),
  // 5. Professional insight
  radio('indicators-seen', 'Have you seen indicators of modern slavery?', YES_NO, inferred),
  textarea('indicators-seen-details', 'Which indicators, and where you noticed them', {
    ...inferred,
    when: is('indicators-seen', 'yes'),
  }),
  textarea('where-how-interview-carried-out', 'Where and how was the interview carried out?'),
  textarea('why-are-you-making-the-referral', 'Your professional insight: why are you making this referral?'),
  radio('evidence-of-dishonesty', 'Is there evidence they have been dishonest?', YES_NO),
  textarea('evidence-of-dishonesty-details', 'Details of the dishonesty', {
    when: is('evidence-of-dishonesty', 'yes'),
  }),
  radio('are-others-involved', 'Are other professionals involved?', YES_NO),
  textarea('are-others-involved-details', 'Which professionals, and how', {
    when: is('are-others-involved', 'yes'),
    identifying: true,
  }),
  // 6. Location
  radio('where-exploitation-happened', 'Where did the exploitation happen?', ['uk', 'overseas', 'uk-and-overseas']),
  ...places('where-exploitation-happened-uk-city', 'ms_uk_cities_and_towns', 'UK town or city', IN_UK),
  textarea('where-exploitation-happened-other-uk-other-location', 'Other UK locations', {
    required: false,
    when: IN_UK,
  }),
  ...places('where-exploitation-happened-overseas-country', 'countries_excluding_uk', 'Country', OVERSEAS),
  textarea('where-exploitation-happened-other-overseas-other-location', 'Other locations overseas', {
    required: false,
    when: OVERSEAS,
  }),
  field('current-pv-location-uk-city', 'Town or city where they are now', 'select', {
    optionList: 'ms_uk_cities_and_towns',
    maxLength: FORM_TEXT_LIMIT,
    identifying: true,
  }),
  field('current-pv-location-uk-region', 'Region where they are now', 'select', {
    optionList: 'ms_uk_regions',
    maxLength: FORM_TEXT_LIMIT,
  }),
  // 7. Exploiters
  textarea('who-exploited-pv', 'Who exploited them?', { identifying: true }),
  radio('exploiters-location-known', 'Do you know where the exploiters are?', YES_NO, inferred),
  radio('exploiters-in-uk', 'Are the exploiters in the UK?', YES_NO_NOT_SURE, {
    ...inferred,
    when: is('exploiters-location-known', 'yes'),
  }),
  textarea('exploiters-current-location-details', 'Where the exploiters are now', {
    ...inferred,
    identifying: true,
    when: is('exploiters-location-known', 'yes'),
  }),
  // Boxes with a Waymark exploitation type are read from the case; fraud and "taken somewhere"
  // have none (Waymark's types are coarser) and are answered here.
  ...EXPLOITATION_BOXES.map(([key, label]) =>
    field(key, label, 'checkbox', {
      required: false,
      ...(BOXES_WITHOUT_TYPE.includes(key) ? {} : { heldBy: 'case.exploitationTypes' as const }),
    }),
  ),
  textarea('other-exploitation-details', 'Describe the other exploitation', {
    when: is('types-of-exploitation-other', true),
  }),
  radio('any-other-pvs', 'Are there other potential victims?', YES_NO_NOT_SURE),
  textarea('any-other-pvs-details', 'Details of the other potential victims', {
    ...inferred,
    identifying: true,
    required: false,
    when: is('any-other-pvs', 'yes'),
  }),
  radio('concerns-future-exploitation', 'Are there concerns they will be exploited again?', YES_NO),
  textarea('future-exploitation-reasons', 'Why?', { when: is('concerns-future-exploitation', 'yes') }),
  radio('reported-to-police', 'Has this been reported to the police?', YES_NO),
  field('reported-to-police-police-forces', 'Police force', 'select', {
    optionList: 'ms_uk_police_forces',
    maxLength: FORM_TEXT_LIMIT,
    when: is('reported-to-police', 'yes'),
  }),
  field('reported-to-police-crime-reference', 'Crime reference number', 'text', {
    when: is('reported-to-police', 'yes'),
    identifying: true,
  }),
  radio('co-operate-with-police', 'Will they co-operate with the authorities?', YES_NO),
  textarea('co-operate-with-police-details', 'Details', { ...inferred, required: false }),
  // 8. Consent
  radio('pv-want-to-submit-nrm', 'Do they consent to being referred to the NRM?', YES_NO, {
    heldBy: 'case.consentToNrm',
  }),
  radio('does-pv-need-support', 'Do they want support?', YES_NO, { heldBy: 'case.wantsSupport' }),
  radio('pv-phone-number', 'Can the Home Office phone them?', ['yes', 'alternative', 'no']),
  field('pv-phone-number-yes', 'Their phone number', 'phone', {
    identifying: true,
    when: is('pv-phone-number', 'yes'),
  }),
  field('pv-phone-number-alternative', 'An alternative phone number (never the exploiters’)', 'phone', {
    ...inferred,
    identifying: true,
    when: is('pv-phone-number', 'alternative'),
  }),
  field('pv-phone-number-alternative-relation', 'Whose number it is, and their relation to the person', 'text', {
    ...inferred,
    identifying: true,
    when: is('pv-phone-number', 'alternative'),
  }),
  textarea('pv-phone-number-no-reason', 'Why they cannot be phoned', {
    ...inferred,
    when: is('pv-phone-number', 'no'),
  }),
  // 9. Duty to Notify
  textarea('refuse-nrm', 'Why did they not consent to the NRM referral?', { required: false }),
  // 10. The person
  field('pv-name-first-name', 'First name', 'text', {
    heldBy: 'case.givenName',
    identifying: true,
    namesThePerson: true,
  }),
  field('pv-name-last-name', 'Last name', 'text', {
    heldBy: 'case.familyName',
    identifying: true,
    namesThePerson: true,
  }),
  field('pv-name-nickname', 'Nickname or other name', 'text', {
    heldBy: 'case.alias',
    identifying: true,
    namesThePerson: true,
    required: false,
  }),
  field('pv-dob', 'Date of birth', 'date', {
    heldBy: 'case.dateOfBirth',
    identifying: true,
    namesThePerson: true,
    required: false,
  }),
  radio('pv-gender', 'Gender', ['female', 'male', 'unknown'], { heldBy: 'case.gender' }),
  // No pathway reads a "has children" fact yet, so Waymark does not hold this: it is answered here.
  radio('does-pv-have-children', 'Do they have children?', YES_NO),
  field('does-pv-have-children-yes-amount', 'How many children?', 'number', {
    when: is('does-pv-have-children', 'yes'),
  }),
  field('pv-nationality', 'Nationality', 'select', {
    optionList: 'ms_nationalities',
    maxLength: FORM_TEXT_LIMIT,
    heldBy: 'case.nationality',
  }),
  field('pv-nationality-second', 'Second nationality', 'select', {
    optionList: 'ms_nationalities',
    maxLength: FORM_TEXT_LIMIT,
    required: false,
  }),
  radio('pv-interpreter-requirements', 'Do they need an interpreter?', YES_NO, { heldBy: 'case.interpreterNeeded' }),
  field('pv-interpreter-requirements-language', 'Language', 'text', { when: is('pv-interpreter-requirements', 'yes') }),
  radio('pv-other-help-with-communication', 'Do they need other help with communication?', YES_NO),
  field('pv-other-help-with-communication-aid', 'What help?', 'text', {
    when: is('pv-other-help-with-communication', 'yes'),
  }),
  radio('pv-ho-reference', 'Do they have a Home Office reference?', YES_NO),
  field('pv-ho-reference-type', 'Home Office reference and its type', 'text', {
    when: is('pv-ho-reference', 'yes'),
    identifying: true,
  }),
  // 11. Decision contact, First Responder, evidence
  radio('who-contact', 'Who should receive the decision letter?', ['potential-victim', 'someone-else']),
  field('pv-contact-details', 'How to contact them', 'checkboxes', { options: ['email', 'post'] }),
  ...contactFields('pv-contact-details', 'pv-contact-details', 'Their'),
  field('pv-contact-details-post-check', 'It is safe to write to this address', 'checkbox', {
    when: { field: 'pv-contact-details', includes: 'post' },
  }),
  field('someone-else', 'How to contact the person receiving the letter', 'checkboxes', { options: ['email', 'post'] }),
  field('someone-else-first-name', 'Their first name', 'text', { identifying: true, required: false }),
  field('someone-else-last-name', 'Their last name', 'text', { identifying: true, required: false }),
  ...contactFields('someone-else', 'someone-else', 'Their').filter((f) => f.key !== 'someone-else-email-check'),
  field('someone-else-permission-check', 'The potential victim has given permission', 'checkbox'),
  field('fr-details-first-name', 'Your first name', 'text'),
  field('fr-details-last-name', 'Your last name', 'text'),
  field('fr-details-role', 'Your role', 'text'),
  field('fr-details-phone', 'Your phone number', 'phone'),
  field('fr-alternative-contact', 'Alternative contact email (a colleague or team inbox)', 'email', {
    required: false,
  }),
  textarea('what-evidence-you-will-submit', 'What evidence will you submit?', { required: false }),
  radio('supporting-documents-add', 'Do you want to upload supporting documents?', YES_NO, { heldBy: 'case.evidence' }),
];

const NRM: FormSection['steps'][number]['routes'] = ['NRM_ADULT', 'NRM_CHILD'];
const DTN = ['DUTY_TO_NOTIFY'] as const;

const sections: FormSection[] = [
  {
    id: 'first-responder',
    title: 'First Responder',
    steps: [
      { id: '/reference', title: 'Your reference', fields: ['reference'] },
      { id: '/organisation', title: 'Your organisation', fields: ['user-organisation'] },
      { id: '/fr-location', title: 'Where you are based', fields: ['fr-location'] },
    ],
  },
  {
    id: 'age',
    title: 'Age',
    steps: [
      { id: '/pv-under-age', title: 'Under 18', fields: ['pv-under-age'] },
      {
        id: '/local-authority-contacted-about-child',
        title: 'Local authority contacted about the child',
        when: UNDER_18,
        fields: [
          'local-authority-contacted-about-child-local-authority-name',
          'local-authority-contacted-about-child-local-authority-phone',
          'local-authority-contacted-about-child-local-authority-email',
          'local-authority-contacted-about-child-local-authority-first-name',
          'local-authority-contacted-about-child-local-authority-last-name',
        ],
      },
      {
        id: '/pv-under-age-at-time-of-exploitation',
        title: 'Under 18 at the time of the exploitation',
        when: ADULT,
        fields: ['pv-under-age-at-time-of-exploitation'],
      },
    ],
  },
  {
    id: 'background',
    title: 'Their background',
    steps: [
      {
        id: '/whats-their-background',
        title: 'Background',
        fields: ['birthplace', 'family', 'education', 'employment-history'],
      },
    ],
  },
  {
    id: 'exploitation',
    title: 'What happened',
    steps: [
      {
        id: '/more-than-one-situation',
        title: 'More than one situation',
        fields: ['more-than-one-exploitation-situation'],
      },
      { id: '/when-exploitation-took-place', title: 'When', fields: ['when-did-the-exploitation-take-place'] },
      { id: '/how-exploitation-started', title: 'How it started', fields: ['how-did-the-exploitation-start'] },
      {
        id: '/taken-somewhere-by-exploiters',
        title: 'Taken somewhere',
        fields: [
          'were-they-taken-somewhere-by-their-exploiter',
          'were-they-taken-somewhere-by-their-exploiter-journey-details',
        ],
      },
      { id: '/what-required-to-do', title: 'What they were required to do', fields: ['what-were-they-required-to-do'] },
      { id: '/living-conditions', title: 'Living conditions', fields: ['living-conditions'] },
      { id: '/how-they-were-treated', title: 'How they were treated', fields: ['how-they-were-treated'] },
      {
        id: '/still-in-the-situation',
        title: 'Still in the situation',
        fields: ['still-in-the-situation', 'why-they-stayed', 'how-why-did-they-leave-the-situation'],
      },
      { id: '/when-last-contact', title: 'Last contact', fields: ['when-last-contact', 'when-last-contact-details'] },
      {
        id: '/is-this-the-first-chance-to-report',
        title: 'Reported before',
        fields: ['is-this-the-first-chance-to-report', 'why-report-now'],
      },
    ],
  },
  {
    id: 'professional-insight',
    title: 'Your professional insight',
    steps: [
      { id: '/indicators', title: 'Indicators', fields: ['indicators-seen', 'indicators-seen-details'] },
      { id: '/where-how-interview-carried-out', title: 'The interview', fields: ['where-how-interview-carried-out'] },
      {
        id: '/why-are-you-making-the-referral',
        title: 'Professional insight',
        fields: ['why-are-you-making-the-referral'],
      },
      {
        id: '/evidence-of-dishonesty',
        title: 'Evidence of dishonesty',
        fields: ['evidence-of-dishonesty', 'evidence-of-dishonesty-details'],
      },
      {
        id: '/are-others-involved',
        title: 'Other professionals',
        fields: ['are-others-involved', 'are-others-involved-details'],
      },
    ],
  },
  {
    id: 'location',
    title: 'Where it happened',
    steps: [
      { id: '/where-exploitation-happened', title: 'UK or overseas', fields: ['where-exploitation-happened'] },
      {
        id: '/where-exploitation-happened-uk',
        title: 'Where in the UK',
        when: IN_UK,
        fields: [
          ...Array.from({ length: 10 }, (_, i) => `where-exploitation-happened-uk-city-${i + 1}`),
          'where-exploitation-happened-other-uk-other-location',
        ],
      },
      {
        id: '/where-exploitation-happened-overseas',
        title: 'Where overseas',
        when: OVERSEAS,
        fields: [
          ...Array.from({ length: 10 }, (_, i) => `where-exploitation-happened-overseas-country-${i + 1}`),
          'where-exploitation-happened-other-overseas-other-location',
        ],
      },
      {
        id: '/current-pv-location',
        title: 'Where they are now',
        fields: ['current-pv-location-uk-city', 'current-pv-location-uk-region'],
      },
    ],
  },
  {
    id: 'exploiters',
    title: 'The exploiters',
    steps: [
      { id: '/who-exploited-pv', title: 'Who exploited them', fields: ['who-exploited-pv'] },
      {
        id: '/exploiters-location',
        title: 'Where the exploiters are',
        fields: ['exploiters-location-known', 'exploiters-in-uk', 'exploiters-current-location-details'],
      },
      {
        id: '/types-of-exploitation',
        title: 'Types of exploitation',
        atLeastOneOf: EXPLOITATION_BOX_KEYS,
        fields: [...EXPLOITATION_BOX_KEYS, 'other-exploitation-details'],
      },
      { id: '/any-other-pvs', title: 'Other potential victims', fields: ['any-other-pvs', 'any-other-pvs-details'] },
      {
        id: '/future-exploitation-concerns',
        title: 'Future exploitation',
        fields: ['concerns-future-exploitation', 'future-exploitation-reasons'],
      },
      {
        id: '/reported-to-police',
        title: 'Reported to the police',
        fields: ['reported-to-police', 'reported-to-police-police-forces', 'reported-to-police-crime-reference'],
      },
      {
        id: '/co-operate-with-police',
        title: 'Co-operation with the authorities',
        fields: ['co-operate-with-police', 'co-operate-with-police-details'],
      },
    ],
  },
  {
    id: 'consent',
    title: 'Consent and support',
    steps: [
      // A child's referral is automatic: the form forces consent to yes and skips support.
      { id: '/pv-want-to-submit-nrm', title: 'Consent to the NRM', when: ADULT, fields: ['pv-want-to-submit-nrm'] },
      { id: '/does-pv-need-support', title: 'Support', routes: ['NRM_ADULT'], fields: ['does-pv-need-support'] },
      {
        id: '/pv-phone-number',
        title: 'Phone',
        routes: ['NRM_ADULT'],
        fields: [
          'pv-phone-number',
          'pv-phone-number-yes',
          'pv-phone-number-alternative',
          'pv-phone-number-alternative-relation',
          'pv-phone-number-no-reason',
        ],
      },
    ],
  },
  {
    id: 'duty-to-notify',
    title: 'Duty to Notify',
    steps: [
      { id: '/refuse-nrm', title: 'Why they did not consent', routes: DTN, fields: ['refuse-nrm'] },
      { id: '/pv-gender-dtn', title: 'Gender', routes: DTN, fields: ['pv-gender'] },
      {
        id: '/pv-nationality-dtn',
        title: 'Nationality',
        routes: DTN,
        fields: ['pv-nationality', 'pv-nationality-second'],
      },
      {
        id: '/pv-name-dtn',
        title: 'Name',
        routes: DTN,
        when: is('co-operate-with-police', 'yes'),
        fields: ['pv-name-first-name', 'pv-name-last-name', 'pv-name-nickname'],
      },
      {
        id: '/pv-contact-details-dtn',
        title: 'Contact details',
        routes: DTN,
        when: is('co-operate-with-police', 'yes'),
        fields: [
          'pv-contact-details',
          'pv-contact-details-email-input',
          'pv-contact-details-email-check',
          'pv-contact-details-street',
          'pv-contact-details-town',
          'pv-contact-details-county',
          'pv-contact-details-postcode',
          'pv-contact-details-post-check',
        ],
      },
    ],
  },
  {
    id: 'person',
    title: 'The potential victim',
    steps: [
      {
        id: '/pv-name-referral',
        title: 'Name',
        routes: NRM,
        fields: ['pv-name-first-name', 'pv-name-last-name', 'pv-name-nickname'],
      },
      { id: '/pv-dob', title: 'Date of birth', routes: NRM, fields: ['pv-dob'] },
      { id: '/pv-gender-referral', title: 'Gender', routes: NRM, fields: ['pv-gender'] },
      {
        id: '/does-pv-have-children',
        title: 'Children',
        routes: NRM,
        fields: ['does-pv-have-children', 'does-pv-have-children-yes-amount'],
      },
      {
        id: '/pv-nationality-referral',
        title: 'Nationality',
        routes: NRM,
        fields: ['pv-nationality', 'pv-nationality-second'],
      },
      {
        id: '/pv-interpreter-requirements',
        title: 'Interpreter',
        routes: NRM,
        fields: ['pv-interpreter-requirements', 'pv-interpreter-requirements-language'],
      },
      {
        id: '/pv-other-help-with-communication',
        title: 'Other help with communication',
        routes: NRM,
        fields: ['pv-other-help-with-communication', 'pv-other-help-with-communication-aid'],
      },
      {
        id: '/pv-ho-reference',
        title: 'Home Office reference',
        routes: NRM,
        fields: ['pv-ho-reference', 'pv-ho-reference-type'],
      },
    ],
  },
  {
    id: 'decision-contact',
    title: 'Decision letter, your details and evidence',
    steps: [
      { id: '/who-contact', title: 'Who receives the decision', routes: ['NRM_ADULT'], fields: ['who-contact'] },
      {
        id: '/pv-contact-details-referral',
        title: 'Their contact details',
        routes: ['NRM_ADULT'],
        when: is('who-contact', 'potential-victim'),
        fields: [
          'pv-contact-details',
          'pv-contact-details-email-input',
          'pv-contact-details-email-check',
          'pv-contact-details-street',
          'pv-contact-details-town',
          'pv-contact-details-county',
          'pv-contact-details-postcode',
          'pv-contact-details-post-check',
        ],
      },
      {
        id: '/someone-else',
        title: 'Someone else receives the decision',
        routes: ['NRM_ADULT'],
        when: is('who-contact', 'someone-else'),
        fields: [
          'someone-else',
          'someone-else-first-name',
          'someone-else-last-name',
          'someone-else-email-input',
          'someone-else-street',
          'someone-else-town',
          'someone-else-county',
          'someone-else-postcode',
          'someone-else-permission-check',
        ],
      },
      {
        id: '/fr-details',
        title: 'Your details',
        routes: NRM,
        fields: ['fr-details-first-name', 'fr-details-last-name', 'fr-details-role', 'fr-details-phone'],
      },
      { id: '/fr-alternative-contact', title: 'Alternative contact', routes: NRM, fields: ['fr-alternative-contact'] },
      {
        id: '/supporting-documents',
        title: 'Supporting documents',
        routes: NRM,
        fields: ['what-evidence-you-will-submit', 'supporting-documents-add'],
      },
    ],
  },
];

export const hoNrmFormV1: ReferralFormDefinition = {
  id: 'ho-nrm-digital',
  version: 1,
  title: 'Home Office: Report modern slavery (NRM referral and Duty to Notify)',
  source: {
    repository: 'UKHomeOffice/modern-slavery',
    files: ['apps/nrm/index.js', 'apps/nrm/fields/index.js'],
    commits: ['e1b9a38fc3f42f81a0413f0bfee86cdb363ec87e', 'dc29604f7887acb78b94e266401782f5d012e1e4'],
    note:
      'Steps and branches as the November 2026 coverage review describes the form at 54dfce7f; keys, types, ' +
      'options and limits from the files at the commits named. Keys marked keyInferred are 2026 questions ' +
      'those files do not show.',
  },
  fields,
  sections,
};
