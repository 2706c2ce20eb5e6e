/**
 * A controllable clock for tests whose expectations depend on the date or the time of day.
 *
 * The test API runs in the test's own process, so faking `Date` here moves the API's clock too
 * (`new Date()`, `Date.now()` in resolvers, validation, token expiry, Prisma's `now()` defaults).
 * Only `Date` is faked: timers, the event loop and the database driver keep real time. The fake
 * clock starts at the given instant and runs on at real speed, so events keep their order.
 */
import { afterAll, beforeAll, vi } from 'vitest';

/**
 * Runs this file (its API and its tests) from `instant`. Call at the top of the file, before
 * `startTestApi`'s `beforeAll`, so tokens and seeds-on-demand are made on the same clock.
 */
export function useClock(instant: string) {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new Error(`useClock: not an instant: ${instant}`);
  beforeAll(() => {
    vi.useFakeTimers({ now: at, toFake: ['Date'], shouldAdvanceTime: true });
  });
  afterAll(() => {
    vi.useRealTimers();
  });
}
