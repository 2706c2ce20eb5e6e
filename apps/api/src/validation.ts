/** Zod helpers shared by the use cases' input checks. */
import { z } from 'zod';

/** Trimmed text that is not blank and at most `max` characters. */
export const text = (max: number) =>
  z.string().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`);

/** How far ahead of the server's clock a client's "now" may be and still count as not in the future. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** A date that is not in the future (allowing for clock skew between client and server). */
export const pastDate = z.date().refine((d) => d.getTime() <= Date.now() + CLOCK_SKEW_MS, 'must not be in the future');
