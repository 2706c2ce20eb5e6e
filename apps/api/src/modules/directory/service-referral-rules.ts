/**
 * serviceReferralRules: the referral rules a directory service can carry, with what each asks
 * for and where it is written. The directory editor offers them as choices; they are the
 * engine's own definitions (no personal data), so anyone may read them, as anyone may read `areas`.
 */
import { SERVICE_REFERRAL_RULE_IDS } from '@waymark/pathways';
import { builder } from '../../builder.ts';
import { referralRulesOf, ServiceReferralRuleType } from './service-referral-rules.types.ts';

builder.queryField('serviceReferralRules', (t) =>
  t.field({
    type: [ServiceReferralRuleType],
    description:
      'The referral rules a service can carry (serviceCreate / serviceUpdate `referralRules`), in a fixed order.',
    resolve: () => referralRulesOf(SERVICE_REFERRAL_RULE_IDS),
  }),
);
