/**
 * A reconsideration request of a negative NRM decision (003 section 8.9). The Home Office has no
 * form for it: the Single Competent Authority is emailed. These are the four things 003 says a
 * request should contain, as questions Waymark keeps alongside the referral's answers.
 */
import { FORM_TEXT_LIMIT } from './ho-nrm-form-v1';
import type { ReferralFormDefinition } from './schema';

const text = (key: string, label: string, hint: string, required = true) => ({
  key,
  label,
  hint,
  type: 'textarea' as const,
  maxLength: FORM_TEXT_LIMIT,
  required,
});

export const reconsiderationFormV1: ReferralFormDefinition = {
  id: 'nrm-reconsideration',
  version: 1,
  title: 'Reconsideration request of a negative NRM decision',
  source: {
    repository: 'seed 003 (Hertfordshire child trafficking chapter)',
    files: ['003 section 8.9'],
    commits: [],
    note: 'Any organisation may request it, after a negative decision, when more information is available.',
  },
  fields: [
    {
      key: 'reconsideration-events-since-referral',
      label: 'Relevant events since the referral',
      hint: 'Waymark lists the recorded events; add what they do not say.',
      type: 'textarea',
      maxLength: FORM_TEXT_LIMIT,
      required: true,
    },
    text(
      'reconsideration-misapplied-guidance',
      'Where the decision misapplied guidance',
      'e.g. a misunderstanding of grooming in the decision minutes',
    ),
    text(
      'reconsideration-new-indicators',
      'Additional indicators',
      'Cited as in the referral form; Waymark lists those recorded since the referral.',
      false,
    ),
    text('reconsideration-persons-views', 'The person’s own views', 'What they want taken into account'),
  ],
  sections: [
    {
      id: 'reconsideration',
      title: 'Reconsideration request',
      steps: [
        {
          id: '/events-since-referral',
          title: 'Since the referral',
          fields: ['reconsideration-events-since-referral'],
        },
        { id: '/misapplied-guidance', title: 'The decision', fields: ['reconsideration-misapplied-guidance'] },
        { id: '/new-indicators', title: 'New indicators', fields: ['reconsideration-new-indicators'] },
        { id: '/persons-views', title: 'Their views', fields: ['reconsideration-persons-views'] },
      ],
    },
  ],
};
