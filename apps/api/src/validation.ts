/** Zod helpers shared by the use cases' input checks. */
import { z } from 'zod';

/** Trimmed text that is not blank and at most `max` characters. */
export const text = (max: number) =>
  z.string().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`);

/** A date that is not in the future (allowing for clock skew between client and server). */
export const pastDate = z.date().refine((d) => d.getTime() <= Date.now() + 5 * 60_000, 'must not be in the future');
