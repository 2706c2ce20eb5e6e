/** Words for the directory's enum values. Records over every value: a new one fails the type-check. */
import type {
  AgeGroup,
  ContactPurpose,
  DecisionOutcome,
  Gender,
  NrmStatus,
  ReferralRoute,
  ServiceCategory,
} from '@waymark/sdk';

export const categoryLabels: Record<ServiceCategory, string> = {
  NRM_SUPPORT: 'NRM support',
  ADVOCACY: 'Advocacy',
  ACCOMMODATION: 'Accommodation',
  LEGAL: 'Legal',
  HEALTH: 'Health',
  MENTAL_HEALTH: 'Mental health',
  EMPLOYMENT_AND_SKILLS: 'Employment and skills',
  EDUCATION: 'Education',
  HELPLINE: 'Helpline',
  CHILDREN: 'Children',
  DOMESTIC_ABUSE: 'Domestic abuse',
  COMMUNITY: 'Community',
  FINANCIAL: 'Financial',
  OTHER: 'Other',
};

export const routeLabels: Record<ReferralRoute, string> = {
  EMAIL: 'Email',
  PHONE: 'Phone',
  ONLINE_FORM: 'Online form',
  VIA_ORGANISATION: 'Via another organisation',
  SELF_REFERRAL: 'Self-referral',
  NOT_STATED: 'Not stated in the source',
};

export const purposeLabels: Record<ContactPurpose, string> = {
  ADULT_SOCIAL_CARE: 'Adult social care',
  CHILDRENS_SOCIAL_CARE: 'Children’s social care',
  COMMUNITY_SAFETY: 'Community safety',
  HELPLINE: 'Helpline',
  HOUSING_OPTIONS: 'Housing options',
  INTERPRETING: 'Interpreting',
  MASH: 'Multi-Agency Safeguarding Hub (MASH)',
  NRM_SUPPORT_REFERRAL: 'NRM support referral',
  OTHER: 'Other',
  POLICE_EMERGENCY: 'Police: emergency',
  POLICE_INTELLIGENCE: 'Police: intelligence',
  POLICE_NON_EMERGENCY: 'Police: non-emergency',
  SCREENERS: 'Screeners',
  SPOC: 'Single Point of Contact (SPoC)',
  TRADING_STANDARDS: 'Trading standards',
};

export const genderLabels: Record<Gender, string> = {
  FEMALE: 'Female',
  MALE: 'Male',
  NON_BINARY: 'Non-binary',
  NOT_KNOWN: 'Not known',
  OTHER: 'Other',
};

export const ageGroupLabels: Record<AgeGroup, string> = { ADULT: 'Adults', CHILD: 'Children' };

export const nrmStatusLabels: Record<NrmStatus, string> = { IN_NRM: 'In the NRM', NOT_IN_NRM: 'Not in the NRM' };

export const decisionOutcomeLabels: Record<DecisionOutcome, string> = {
  NONE: 'No decision yet',
  POSITIVE_REASONABLE_GROUNDS: 'Positive Reasonable Grounds',
  NEGATIVE_REASONABLE_GROUNDS: 'Negative Reasonable Grounds',
  POSITIVE_CONCLUSIVE_GROUNDS: 'Positive Conclusive Grounds',
  NEGATIVE_CONCLUSIVE_GROUNDS: 'Negative Conclusive Grounds',
};
