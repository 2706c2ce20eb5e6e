/**
 * Random secrets and their digests. Session cookies and API tokens are 256-bit random values,
 * so a plain SHA-256 is a safe way to store them (no dictionary to attack, unlike passwords),
 * and it lets a request be matched to its row with one indexed lookup.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
