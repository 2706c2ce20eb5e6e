/** How a referral's status may move, for the referrer and for the service. */
import { ValidationError } from '../../errors.ts';

export type ReferralAnswer = 'ACCEPTED' | 'DECLINED' | 'CLOSED';

/**
 * How a referral's status may move. The referrer may also close (withdraw) an open referral;
 * the service itself answers an open one (accept or decline) and closes an accepted one.
 */
const REFERRAL_MOVES: Record<'referrer' | 'service', Record<string, readonly ReferralAnswer[]>> = {
  referrer: { OPEN: ['ACCEPTED', 'DECLINED', 'CLOSED'], ACCEPTED: ['CLOSED'] },
  service: { OPEN: ['ACCEPTED', 'DECLINED'], ACCEPTED: ['CLOSED'] },
};

/** Throws a ValidationError naming the allowed statuses when `from -> to` is not a move for `by`. */
export function checkReferralMove(by: 'referrer' | 'service', from: string, to: string): void {
  const allowed = REFERRAL_MOVES[by][from] ?? [];
  if (!(allowed as readonly string[]).includes(to)) {
    throw new ValidationError([
      {
        path: ['status'],
        message: `a ${from.toLowerCase()} referral can become ${allowed.join(', ') || 'nothing else'}`,
      },
    ]);
  }
}
