/** What the feed says it is (the ORUK validator reads `version` from GET /oruk/). */
export const ORUK_VERSION = 'HSDS-UK-3.0';
/** Where the Open Referral UK 3.0 profile is described. */
export const ORUK_PROFILE = 'https://openreferraluk.org/specifications/3.0';
