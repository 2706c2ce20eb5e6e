/** The referrals area: a case's referrals to support services, from both sides. */
import './service-referral.types.ts';
import './case-refer-to-service.ts';
import './case-update-service-referral.ts';
import './my-service-referrals.ts';
import './service-referral-respond.ts';
