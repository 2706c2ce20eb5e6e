/**
 * Request budgets per credential and per client address: over budget is HTTP 429 with
 * RATE_LIMITED and Retry-After (the SDK's RateLimitedError), and one client's flood leaves
 * another credential's budget alone.
 */
import { createWaymarkClient, RateLimitedError, ViewerDocument } from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ rateLimit: { perMinuteIp: 30, perMinuteCredential: 5 } });
});
afterAll(() => api.stop());

describe('rate limits', () => {
  it('per token: the sixth request in a minute is refused, another token still works, then the address runs out', async () => {
    const lead = createWaymarkClient({ url: api.url, token: await api.tokenFor(people.coventryLead) });
    for (let i = 0; i < 5; i++) await lead.query(ViewerDocument);
    const refused = await lead.query(ViewerDocument).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfter).toBeGreaterThan(0);
    expect((refused as RateLimitedError).retryAfter).toBeLessThanOrEqual(60);

    const raw = await fetch(api.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await api.tokenFor(people.coventryLead)}`,
      },
      body: '{"query":"{ viewer { roles } }"}',
    });
    expect(raw.status).toBe(429);
    expect(Number(raw.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await raw.json()).errors[0]).toMatchObject({
      message: 'Too many requests. Wait and try again.',
      extensions: { code: 'RATE_LIMITED' },
    });

    const other = createWaymarkClient({ url: api.url, token: await api.tokenFor(people.bexleyLead) });
    expect((await other.query(ViewerDocument)).viewer?.roles).toEqual(['LEAD']);

    // 7 requests so far from this address; anonymous ones spend only the address budget.
    const anonymous = api.anonymous();
    let allowed = 0;
    let limited: unknown = null;
    for (let i = 0; i < 40 && !limited; i++) {
      await anonymous.query(ViewerDocument).then(
        () => allowed++,
        (error: unknown) => (limited = error),
      );
    }
    expect(limited).toBeInstanceOf(RateLimitedError);
    expect(allowed).toBe(30 - 8);

    // Through the admin server (a trusted proxy on loopback) each browser has its own budget.
    const viaProxy = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.20.30.40' },
      body: '{"query":"{ viewer { roles } }"}',
    });
    expect(viaProxy.status).toBe(200);
  });
});
