/**
 * Shapes of the reference data copied from the seed documents.
 *
 * The documents (kept outside the repository) are the authority; every record names the
 * file and section it came from so a reader can check it. These types are deliberately
 * plain (no Prisma imports): the data files must load in any runner, and the seed loader
 * maps them onto the database.
 */

/** The five public source documents Waymark implements. */
export type SeedFile =
  | '000_d01e68b7f2580e43.txt' // a London council's adult referral process
  | '001_bb493377fc724227.txt' // Bexley's referral process
  | '002_85009a930093bd13.txt' // Coventry Protocol for Addressing Adult Modern Slavery
  | '003_eef8dc0b317e2207.txt' // Hertfordshire children's safeguarding chapter
  | '004_bf7614aad86c36e6.txt'; // Kirklees resource page for professionals

export interface SeedSource {
  file: SeedFile;
  /** Section number and/or heading as printed in the document, e.g. "4.3 Access to Specialist Support". */
  section: string;
}

export interface AreaSeed {
  /** Stable lowercase slug, e.g. "coventry", "bexley", "hertfordshire", "kirklees", "london-council". */
  code: string;
  name: string;
  source: SeedSource;
  /** The organisation acting as the area's Modern Slavery Single Point of Contact: where cases are handed over by default. */
  spocOrganisationSlug?: string;
}

export type OrganisationKind = 'COUNCIL' | 'POLICE' | 'HEALTH' | 'CHARITY' | 'GOVERNMENT' | 'OTHER';

export interface OrganisationSeed {
  /** Stable lowercase slug, unique across all organisations. */
  slug: string;
  name: string;
  kind: OrganisationKind;
  /** True when the documents list it as a First Responder organisation (003 8.x, 004) or it is a council (002). */
  isFirstResponder: boolean;
  /** Limits on that capability stated by a document, e.g. "Wales only". */
  firstResponderNote?: string;
  /** Area codes the organisation works in; empty means national. */
  areas: string[];
  website?: string;
  source: SeedSource;
}

export type ContactPurpose =
  | 'SPOC' // Modern Slavery single point of contact / lead
  | 'MASH'
  | 'SCREENERS'
  | 'HOUSING_OPTIONS'
  | 'COMMUNITY_SAFETY'
  | 'CHILDRENS_SOCIAL_CARE'
  | 'ADULT_SOCIAL_CARE'
  | 'POLICE_EMERGENCY'
  | 'POLICE_NON_EMERGENCY'
  | 'POLICE_INTELLIGENCE'
  | 'HELPLINE'
  | 'NRM_SUPPORT_REFERRAL' // e.g. The Salvation Army referral line
  | 'INTERPRETING' // e.g. Language Line
  | 'TRADING_STANDARDS'
  | 'OTHER';

export interface ContactSeed {
  slug: string;
  /** What a caseworker would call it, e.g. "Bexley MASH". */
  name: string;
  purpose: ContactPurpose;
  /** Area code, or null for a national contact. */
  areaCode: string | null;
  organisationSlug?: string;
  /** Exactly as printed in the document (spacing normalised), e.g. "0800 808 3733". */
  phone?: string;
  email?: string;
  url?: string;
  /** Opening hours as stated, e.g. "24 hours", "Mon-Fri 9am-5pm". */
  hours?: string;
  notes?: string;
  source: SeedSource;
}

export type ConcernKind = 'POTENTIAL_VICTIM' | 'PERPETRATOR' | 'LOCATION' | 'BUSINESS';

export type Gender = 'FEMALE' | 'MALE' | 'NON_BINARY' | 'OTHER' | 'NOT_KNOWN';
export type AgeGroup = 'ADULT' | 'CHILD';
export type NrmStatus = 'IN_NRM' | 'NOT_IN_NRM';
export type DecisionOutcome =
  | 'NONE'
  | 'POSITIVE_REASONABLE_GROUNDS'
  | 'NEGATIVE_REASONABLE_GROUNDS'
  | 'POSITIVE_CONCLUSIVE_GROUNDS'
  | 'NEGATIVE_CONCLUSIVE_GROUNDS';
export type ExploitationType =
  | 'LABOUR'
  | 'SEXUAL'
  | 'CRIMINAL'
  | 'DOMESTIC_SERVITUDE'
  | 'ORGAN_HARVESTING'
  | 'CHILD_CRIMINAL_EXPLOITATION'
  | 'CHILD_SEXUAL_EXPLOITATION'
  | 'FORCED_MARRIAGE'
  | 'FINANCIAL'
  | 'OTHER';

/**
 * Who a service is for. Every list means "any of these"; an empty list means no restriction.
 * Modelled on the Coventry specialist support table (002 section 4.3).
 */
export interface EligibilitySeed {
  genders: Gender[];
  ageGroups: AgeGroup[];
  minimumAge?: number;
  maximumAge?: number;
  nrmStatuses: NrmStatus[];
  decisionOutcomes: DecisionOutcome[];
  /** true: only people with recourse to public funds; false: only NRPF; undefined: either. */
  recourseToPublicFunds?: boolean;
  exploitationTypes: ExploitationType[];
  /** Free-text conditions a caseworker must read, copied or closely paraphrased from the document. */
  conditions?: string;
}

export type ReferralRoute = 'EMAIL' | 'PHONE' | 'ONLINE_FORM' | 'VIA_ORGANISATION' | 'SELF_REFERRAL' | 'NOT_STATED'; // the document gives no referral route (e.g. links lost from the 002 4.3 table)

export type ServiceCategory =
  | 'NRM_SUPPORT'
  | 'ADVOCACY'
  | 'ACCOMMODATION'
  | 'LEGAL'
  | 'HEALTH'
  | 'MENTAL_HEALTH'
  | 'EMPLOYMENT_AND_SKILLS'
  | 'EDUCATION'
  | 'HELPLINE'
  | 'CHILDREN'
  | 'DOMESTIC_ABUSE'
  | 'COMMUNITY'
  | 'FINANCIAL'
  | 'OTHER';

export interface SupportServiceSeed {
  slug: string;
  name: string;
  /** Organisation that runs it (must exist in organisations data). */
  organisationSlug: string;
  description: string;
  url?: string;
  email?: string;
  phones: string[];
  languages: string[];
  categories: ServiceCategory[];
  referralRoute: ReferralRoute;
  /** How to refer, in the document's words (form name, address, "via The Salvation Army"...). */
  referralDetails?: string;
  /** For VIA_ORGANISATION: the organisation referrals go through. */
  referralViaOrganisationSlug?: string;
  /** Area codes served; empty means national. */
  areas: string[];
  /** Safe-house addresses and similar: never public. */
  restricted: boolean;
  /** The service's own referral rules (SERVICE_REFERRAL_RULES ids), applied however it is reached. */
  referralRules?: string[];
  eligibility?: EligibilitySeed;
  source: SeedSource;
}
