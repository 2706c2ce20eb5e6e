/** The NRM referral area: answers, indicators, evidence, the pack and its printable page. */
import './referrals-nrm.types.ts';
import './referrals-nrm.mutations.ts';
