// Every frozen pathway version. Written by packages/pathways/scripts/freeze-version.ts: do not edit.
import type { PathwayDefinition } from '../../definition/schema';
import { bexleyReferralV1 } from './bexley-referral.v1';
import { councilAdultReferralV1 } from './council-adult-referral.v1';
import { councilAdultReferralV2 } from './council-adult-referral.v2';
import { coventryAdultSocialCareV1 } from './coventry-adult-social-care.v1';
import { coventryDuringNrmV1 } from './coventry-during-nrm.v1';
import { coventryHealthV1 } from './coventry-health.v1';
import { coventryHousingV1 } from './coventry-housing.v1';
import { coventryInitialIdentificationV1 } from './coventry-initial-identification.v1';
import { coventryPostNrmV1 } from './coventry-post-nrm.v1';
import { coventryPreNrmV1 } from './coventry-pre-nrm.v1';
import { coventryTradingStandardsV1 } from './coventry-trading-standards.v1';
import { coventryTransitionToAdulthoodV1 } from './coventry-transition-to-adulthood.v1';
import { hertfordshireChildV1 } from './hertfordshire-child.v1';
import { kirkleesReportingV1 } from './kirklees-reporting.v1';

export const frozenVersions: readonly PathwayDefinition[] = [
  bexleyReferralV1,
  councilAdultReferralV1,
  councilAdultReferralV2,
  coventryAdultSocialCareV1,
  coventryDuringNrmV1,
  coventryHealthV1,
  coventryHousingV1,
  coventryInitialIdentificationV1,
  coventryPostNrmV1,
  coventryPreNrmV1,
  coventryTradingStandardsV1,
  coventryTransitionToAdulthoodV1,
  hertfordshireChildV1,
  kirkleesReportingV1,
];
