/**
 * The development identity: until real sign-in exists, the API accepts
 * `X-Waymark-Dev-User: <email>` for any seeded person (it refuses it in production unless
 * WAYMARK_DEV_IDENTITY=true). The admin lets you pick one of the demo people and remembers the
 * choice in localStorage.
 */
// The demo people are the seed's own list, so the choices never drift from the data.
import { demoPeople } from '../../../../prisma/seed/demo.ts';

const STORAGE_KEY = 'waymark.devIdentity';

/** The select's value for "send no identity". */
export const SIGNED_OUT = '';

export const identityChoices = [
  { value: SIGNED_OUT, text: 'Nobody (signed out)' },
  ...demoPeople.map((person) => ({ value: person.email, text: person.displayName })),
];

export function loadIdentity(): string {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored !== null) return stored;
  } catch {
    // Storage can be off (private browsing, policy): fall back to the default person.
  }
  return demoPeople[0]?.email ?? SIGNED_OUT;
}

export function saveIdentity(email: string) {
  try {
    window.localStorage.setItem(STORAGE_KEY, email);
  } catch {
    // Not remembered across reloads, but still used for this page.
  }
}

/** Headers that carry the identity on every request. */
export function identityHeaders(email: string): Record<string, string> {
  return email === SIGNED_OUT ? {} : { 'x-waymark-dev-user': email };
}
