/**
 * Keeps the API's session cookie between requests, as a browser does, so `signIn` works from
 * Node (where fetch has no cookie store). The API sets one HttpOnly cookie on /graphql at
 * sign-in and clears it at sign-out; the client only ever talks to one URL, so cookies are kept
 * by name and Domain/Path are not needed. Browsers keep the cookie themselves (they drop a
 * `cookie` header set by script, and never show `set-cookie`): this wrapper changes nothing there.
 *
 * One jar per client: a client that signed in acts as that person until it signs out, so never
 * share one between people.
 */
interface KeptCookie {
  value: string;
  /** Milliseconds since the epoch; undefined for a cookie that lasts while the client does. */
  expiresAt?: number;
  secure: boolean;
}

export function sessionKeepingFetch(base: typeof fetch, now: () => number = Date.now): typeof fetch {
  const jar = new Map<string, KeptCookie>();

  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    // Browsers send Secure cookies to https and to the local machine only; so do we.
    const secureOk = url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    const headers = new Headers(init?.headers);
    const sent: string[] = [];
    for (const [name, cookie] of jar) {
      if (cookie.expiresAt !== undefined && cookie.expiresAt <= now()) jar.delete(name);
      else if (secureOk || !cookie.secure) sent.push(`${name}=${cookie.value}`);
    }
    if (sent.length) headers.set('cookie', sent.join('; '));

    const response = await base(input, { ...init, headers });
    for (const line of response.headers.getSetCookie?.() ?? []) keep(jar, line, now());
    return response;
  };
}

function keep(jar: Map<string, KeptCookie>, line: string, at: number): void {
  const [pair = '', ...attributes] = line.split(';');
  const equals = pair.indexOf('=');
  if (equals <= 0) return;
  const name = pair.slice(0, equals).trim();
  const value = pair.slice(equals + 1).trim();
  const cookie: KeptCookie = { value, secure: false };
  for (const attribute of attributes) {
    const [key = '', ...rest] = attribute.split('=');
    const setting = rest.join('=').trim();
    switch (key.trim().toLowerCase()) {
      case 'secure':
        cookie.secure = true;
        break;
      case 'max-age':
        // Max-Age wins over Expires (RFC 6265 5.3).
        if (Number.isFinite(Number(setting))) cookie.expiresAt = at + Number(setting) * 1000;
        break;
      case 'expires':
        if (!attributes.some((a) => a.trim().toLowerCase().startsWith('max-age='))) {
          const expires = Date.parse(setting);
          if (!Number.isNaN(expires)) cookie.expiresAt = expires;
        }
        break;
    }
  }
  // Sign-out clears the cookie with an empty value and a date in the past.
  if (!value || (cookie.expiresAt !== undefined && cookie.expiresAt <= at)) jar.delete(name);
  else jar.set(name, cookie);
}
