/**
 * Request budgets per client address and per credential, counted in the shared state (memory,
 * or Redis so several API processes share one budget). Over budget: HTTP 429 in GraphQL's
 * error shape with Retry-After, before any parsing or database work.
 */
import type { NextFunction, Request, Response } from 'express';
import { sha256 } from '../modules/identity/secrets.ts';
import { SESSION_COOKIE } from '../modules/identity/sessions.service.ts';
import { bearerToken, readCookie } from './identity.ts';
import { sharedState } from '../shared-state/shared-state.ts';

export interface RateLimitSettings {
  perMinuteIp: number;
  perMinuteCredential: number;
}

const WINDOW_MS = 60_000;

/** The client's address: X-Forwarded-For from a trusted proxy (TRUST_PROXY), else the socket's. */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

export function rateLimit(settings: RateLimitSettings) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const credential = bearerToken(req) ?? readCookie(req, SESSION_COOKIE);
      const budgets: Array<[string, number]> = [[`rl:ip:${clientAddress(req)}`, settings.perMinuteIp]];
      // A digest, so the shared store never holds a usable credential.
      if (credential) budgets.push([`rl:cred:${sha256(credential)}`, settings.perMinuteCredential]);
      for (const [key, limit] of budgets) {
        const { count, resetMs } = await sharedState().hit(key, WINDOW_MS);
        if (count > limit) {
          const retryAfter = Math.max(1, Math.ceil(resetMs / 1000));
          res.setHeader('retry-after', String(retryAfter));
          res.status(429).json({
            errors: [
              { message: 'Too many requests. Wait and try again.', extensions: { code: 'RATE_LIMITED', retryAfter } },
            ],
          });
          return;
        }
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}
