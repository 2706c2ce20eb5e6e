/** A service's own referral rules as GraphQL shows and takes them (ids from @waymark/pathways). */
import { SERVICE_REFERRAL_RULE_IDS, SERVICE_REFERRAL_RULES, type ServiceReferralRule } from '@waymark/pathways';
import { builder } from '../../builder.ts';

// GraphQL enum names cannot hold the ids' hyphens: beacon-consent is BEACON_CONSENT.
export const ServiceReferralRuleId = builder.enumType('ServiceReferralRuleId', {
  description: "A referral rule a service can carry; caseReferToService applies it as the pathway's step does.",
  values: Object.fromEntries(
    SERVICE_REFERRAL_RULE_IDS.map((id) => [
      id.toUpperCase().replace(/-/g, '_'),
      { value: id, description: SERVICE_REFERRAL_RULES[id]!.label },
    ]),
  ),
});

export const ServiceReferralRuleType = builder.objectRef<ServiceReferralRule>('ServiceReferralRule').implement({
  description: 'What the service needs on the case before it takes a referral, and where the rule is written.',
  fields: (t) => ({
    id: t.field({ type: ServiceReferralRuleId, resolve: (r) => r.id }),
    label: t.exposeString('label'),
    section: t.exposeString('section', { description: 'Seed document and section.' }),
  }),
});

/** The rules a service row names (unknown ids, which the input cannot produce, are left out). */
export function referralRulesOf(ids: readonly string[]): ServiceReferralRule[] {
  return ids.flatMap((id) => (SERVICE_REFERRAL_RULES[id] ? [SERVICE_REFERRAL_RULES[id]] : []));
}
