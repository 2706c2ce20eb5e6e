/**
 * When something recorded after the fact really happened (issue 12 item 7): the clocks count
 * from that date, while the case history keeps both it and when it was recorded.
 */
import { ValidationError } from '../../errors.ts';
import { CLOCK_SKEW_MS } from '../../validation.ts';

export const OCCURRED_AT_DESCRIPTION =
  'When it really happened, if earlier than now (not in the future, not before the person was identified). Clocks count from it; the history keeps both times.';

/** The real-world time of the thing recorded: `occurredAt` if given and plausible, else `now`. */
export function occurredAtOf(
  occurredAt: Date | null | undefined,
  identifiedAt: Date,
  now: Date,
  field = 'occurredAt',
): Date {
  if (!occurredAt) return now;
  if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw new ValidationError([{ path: [field], message: 'must not be in the future' }]);
  if (occurredAt.getTime() < identifiedAt.getTime())
    throw new ValidationError([{ path: [field], message: 'must not be before the person was identified' }]);
  // Within the skew allowance a slightly-ahead client clock means "now".
  return occurredAt.getTime() > now.getTime() ? now : occurredAt;
}
