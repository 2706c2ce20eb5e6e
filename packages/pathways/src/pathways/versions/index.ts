// Every frozen pathway version. Written by packages/pathways/scripts/freeze-version.ts: do not edit.
import type { PathwayDefinition } from '../../definition/schema';
import { bexleyReferralV1 } from './bexley-referral.v1';
import { councilAdultReferralV1 } from './council-adult-referral.v1';
import { councilAdultReferralV2 } from './council-adult-referral.v2';
import { coventryAdultSocialCareV1 } from './coventry-adult-social-care.v1';
import { coventryAdultSocialCareV2 } from './coventry-adult-social-care.v2';
import { coventryDuringNrmV1 } from './coventry-during-nrm.v1';
import { coventryDuringNrmV2 } from './coventry-during-nrm.v2';
import { coventryHealthV1 } from './coventry-health.v1';
import { coventryHealthV2 } from './coventry-health.v2';
import { coventryHousingV1 } from './coventry-housing.v1';
import { coventryHousingV2 } from './coventry-housing.v2';
import { coventryInitialIdentificationV1 } from './coventry-initial-identification.v1';
import { coventryInitialIdentificationV2 } from './coventry-initial-identification.v2';
import { coventryPostNrmV1 } from './coventry-post-nrm.v1';
import { coventryPostNrmV2 } from './coventry-post-nrm.v2';
import { coventryPreNrmV1 } from './coventry-pre-nrm.v1';
import { coventryPreNrmV2 } from './coventry-pre-nrm.v2';
import { coventryTradingStandardsV1 } from './coventry-trading-standards.v1';
import { coventryTradingStandardsV2 } from './coventry-trading-standards.v2';
import { coventryTransitionToAdulthoodV1 } from './coventry-transition-to-adulthood.v1';
import { coventryTransitionToAdulthoodV2 } from './coventry-transition-to-adulthood.v2';
import { hertfordshireChildV1 } from './hertfordshire-child.v1';
import { hertfordshireChildV2 } from './hertfordshire-child.v2';
import { kirkleesReportingV1 } from './kirklees-reporting.v1';
import { kirkleesReportingV2 } from './kirklees-reporting.v2';

export const frozenVersions: readonly PathwayDefinition[] = [
  bexleyReferralV1,
  councilAdultReferralV1,
  councilAdultReferralV2,
  coventryAdultSocialCareV1,
  coventryAdultSocialCareV2,
  coventryDuringNrmV1,
  coventryDuringNrmV2,
  coventryHealthV1,
  coventryHealthV2,
  coventryHousingV1,
  coventryHousingV2,
  coventryInitialIdentificationV1,
  coventryInitialIdentificationV2,
  coventryPostNrmV1,
  coventryPostNrmV2,
  coventryPreNrmV1,
  coventryPreNrmV2,
  coventryTradingStandardsV1,
  coventryTradingStandardsV2,
  coventryTransitionToAdulthoodV1,
  coventryTransitionToAdulthoodV2,
  hertfordshireChildV1,
  hertfordshireChildV2,
  kirkleesReportingV1,
  kirkleesReportingV2,
];
