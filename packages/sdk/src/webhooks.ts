/**
 * Receiving Waymark's webhooks: `verifyWebhook` checks a delivery's Standard Webhooks signature
 * (HMAC-SHA256 over `id.timestamp.body` with your endpoint's `whsec_` secret) and its age, then
 * returns the typed event. It uses Web Crypto, so it runs in Node 20+, Deno, workers and browsers.
 */

/** Every event type, as it appears in a payload's `type`. */
export type WebhookPayloadType =
  | 'case.opened'
  | 'case.track_started'
  | 'case.transitioned'
  | 'case.nrm_referral_submitted'
  | 'case.duty_to_notify_submitted'
  | 'case.decision_recorded'
  | 'case.reconsideration_requested'
  | 'case.service_referral_made'
  | 'case.closed'
  | 'case.reopened'
  | 'referral.received'
  | 'service.changed';

interface CaseRef {
  /** The case's global id: fetch what you may see with the `case` query. */
  caseId: string;
  caseReference: string;
}

/** What each event carries: ids and what changed, never anything your organisation may not see. */
export interface WebhookEventData {
  'case.opened': CaseRef;
  'case.track_started': CaseRef & { pathwayId?: string; step?: string };
  'case.transitioned': CaseRef & { pathwayId?: string; transition?: string; from?: string; to?: string };
  'case.nrm_referral_submitted': CaseRef;
  'case.duty_to_notify_submitted': CaseRef;
  'case.decision_recorded': CaseRef & {
    decisionType?: 'REASONABLE_GROUNDS' | 'CONCLUSIVE_GROUNDS';
    result?: 'POSITIVE' | 'NEGATIVE';
  };
  'case.reconsideration_requested': CaseRef;
  'case.service_referral_made': CaseRef & { serviceReferralId?: string; serviceId?: string };
  'case.closed': CaseRef;
  'case.reopened': CaseRef;
  'referral.received': { serviceReferralId?: string; serviceId?: string };
  'service.changed': { serviceId: string; change: 'create' | 'update' | 'review' };
}

export type WebhookEvent = {
  [T in WebhookPayloadType]: { type: T; timestamp: string; data: WebhookEventData[T] };
}[WebhookPayloadType];

export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

function base64ToBytes(value: string): Uint8Array {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function bytesToBase64(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Compares in constant time for equal lengths, so a signature cannot be guessed byte by byte. */
function sameString(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export interface VerifyOptions {
  /** How old (or how far in the future) a delivery may be; 5 minutes by default, against replays. */
  toleranceSeconds?: number;
  /** The time to check against (tests). */
  now?: Date;
}

/**
 * Checks the signature and age of a delivery and returns its event. `body` must be the raw
 * request body, exactly as received (parse it after, not before). Throws WebhookVerificationError.
 */
export async function verifyWebhook(
  secret: string,
  headers: HeaderSource,
  body: string,
  options: VerifyOptions = {},
): Promise<WebhookEvent> {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures) throw new WebhookVerificationError('missing webhook headers');
  const seconds = Number(timestamp);
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (!Number.isInteger(seconds) || Math.abs(now - seconds) > (options.toleranceSeconds ?? 300)) {
    throw new WebhookVerificationError('timestamp outside the tolerance');
  }
  const key = await crypto.subtle.importKey(
    'raw',
    base64ToBytes(secret.replace(/^whsec_/, '')) as BufferSource,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const expected = bytesToBase64(
    await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`)),
  );
  const matches = signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    return version === 'v1' && signature !== undefined && sameString(signature, expected);
  });
  if (!matches) throw new WebhookVerificationError('no signature matches');
  return JSON.parse(body) as WebhookEvent;
}
