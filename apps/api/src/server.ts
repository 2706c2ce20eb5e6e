/**
 * HTTP: express 5 with /graphql (Apollo Server 5), /healthz (process up) and /readyz (database
 * reachable, migrations applied). Every request gets a request id (from X-Request-Id when it is
 * well-formed, otherwise new), echoed in the response and on every log line.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.ts';
import type { Context, HttpExchange } from './context.ts';
import { databaseReady } from './db/client.ts';
import { formatError, requestIdPlugin } from './http/apollo-plugins.ts';
import { armorFor, type ArmorLimits } from './http/armor.ts';
import { resolveViewer, type BearerVerifier } from './http/identity.ts';
import { operationGuards } from './http/operation-guards.ts';
import { clientAddress, rateLimit } from './http/rate-limit.ts';
import { MemoryState, sharedState, useSharedState, type SharedState } from './shared-state/shared-state.ts';
import { logger } from './logger.ts';
import { readAuditPlugin } from './modules/audit/read-audit.ts';
import { configureSessions, SESSION_COOKIE } from './modules/identity/sessions.service.ts';
import { configureFigures } from './modules/figures/figures-policy.ts';
import { DEFAULT_K } from './modules/figures/k-anonymity.ts';
import { DEFAULT_THRESHOLD } from './modules/figures/suppression.ts';
import { schema } from './schema.ts';
import { notifyReceiptsRouter } from './modules/notifications/notify-receipts.ts';
import { orukRouter } from './oruk/router.ts';
import { referralPackRouter } from './modules/referrals-nrm/referral-pack.route.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface WaymarkServer {
  app: express.Express;
  apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

export type ServerConfig = Pick<Config, 'env' | 'corsOrigins'> &
  Partial<Pick<Config, 'session' | 'rateLimit' | 'redisUrl' | 'oidc' | 'trustProxy' | 'figures'>> & {
    /** Replaces the state chosen from redisUrl (tests). */
    sharedState?: SharedState;
    /** More Apollo plugins, after Waymark's own (the test suite's personal-data canary watch). */
    plugins?: ApolloServerPlugin<Context>[];
    /** Tighter query limits (tests); the defaults suit every Waymark operation. */
    armor?: Partial<ArmorLimits>;
    /** The bearer token GOV.UK Notify's delivery receipts carry; none turns the receipts route off. */
    notifyCallbackToken?: string | null;
  };

const defaults = {
  session: { ttlMs: 8 * 3600_000, idleMs: 60 * 60_000, secureCookie: false, attemptsPer15Minutes: 10 },
  rateLimit: { perMinuteIp: 1200, perMinuteCredential: 600 },
};

export async function createServer(config: ServerConfig): Promise<WaymarkServer> {
  // Introspection and the Sandbox landing page are for people building against a local API;
  // a production API does not describe itself to strangers.
  const development = config.env !== 'production';
  const session = config.session ?? defaults.session;
  configureSessions({ ttlMs: session.ttlMs, idleMs: session.idleMs, attemptsPerWindow: session.attemptsPer15Minutes });
  configureFigures(config.figures ?? { threshold: DEFAULT_THRESHOLD, k: DEFAULT_K });
  const state =
    config.sharedState ??
    (config.redisUrl
      ? await (await import('./shared-state/redis-state.ts')).connectRedisState(config.redisUrl)
      : new MemoryState());
  useSharedState(state);
  const oidc: BearerVerifier | null = config.oidc
    ? (await import('./modules/identity/oidc.ts')).oidcVerifier(config.oidc)
    : null;
  const armor = armorFor(config.env, config.armor);

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: development,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (HTTP, Apollo, database in order); Apollo's own signal handlers
    // would race it and leave the process hanging.
    stopOnTerminationSignals: false,
    formatError,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: armor.limits.maxTokens },
    allowBatchedHttpRequests: false,
    plugins: [
      requestIdPlugin,
      operationGuards,
      readAuditPlugin,
      ...armor.plugins,
      ...(development ? [] : [ApolloServerPluginLandingPageDisabled()]),
      ...(config.plugins ?? []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // The client address (rate limits) comes from X-Forwarded-For only when a trusted proxy sent
  // it: by default one on this machine, such as the admin server.
  app.set('trust proxy', config.trustProxy ?? 'loopback');
  // The API answers JSON only; the development Sandbox page loads Apollo's scripts, so its CSP
  // is relaxed in development alone.
  app.use(
    helmet({
      contentSecurityPolicy: development
        ? false
        : { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: config.env === 'production',
    }),
  );
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // Method, path and status only: query strings and bodies can carry personal data.
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, path: String(req.url).split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await databaseReady();
    res
      .status(ready.ok ? 200 : 503)
      .json(ready.ok ? { status: 'ready' } : { status: 'not ready', reason: ready.reason });
  });

  // Open Referral UK feed: public, read-only, CORS * (apps/api/src/oruk).
  app.use('/oruk', orukRouter());
  app.use('/notify/receipts', notifyReceiptsRouter(config.notifyCallbackToken ?? null));

  const cookieOptions = { httpOnly: true, secure: session.secureCookie, sameSite: 'strict' as const, path: '/graphql' };
  // Referral packs as pages: under /graphql so the session cookie reaches them, before Apollo.
  app.use('/graphql', referralPackRouter(oidc, rateLimit(config.rateLimit ?? defaults.rateLimit)));
  app.use(
    '/graphql',
    cors({ origin: config.corsOrigins, credentials: true, maxAge: 600 }),
    rateLimit(config.rateLimit ?? defaults.rateLimit),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const identity = await resolveViewer(req, oidc);
        const http: HttpExchange = {
          ip: clientAddress(req),
          setSessionCookie: (secret, expiresAt) =>
            void res.cookie(SESSION_COOKIE, secret, { ...cookieOptions, expires: expiresAt }),
          clearSessionCookie: () => void res.clearCookie(SESSION_COOKIE, cookieOptions),
        };
        if (identity.staleSession) http.clearSessionCookie();
        return { requestId: String(req.id), viewer: identity.viewer, http };
      },
    }),
  );

  // Express's default error page prints a stack trace; answer in GraphQL's shape instead. Body
  // parser failures (not JSON, too large) are the client's; anything else is masked and logged.
  app.use((error: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = Number((error as { status?: number }).status);
    if (status >= 400 && status < 500) {
      const message = status === 413 ? 'The request body is too large.' : 'The request body is not valid JSON.';
      res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    req.log.error({ err: { name: (error as Error)?.name } }, 'unhandled HTTP error');
    res.status(500).json({
      errors: [
        {
          message: 'Something went wrong on our side.',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: String(req.id) },
        },
      ],
    });
  });

  return {
    app,
    apollo,
    async stop() {
      await apollo.stop();
      await sharedState().close();
    },
  };
}

/** Listens on host:port; resolves once the socket is bound (port 0 picks a free one). */
export function listen(app: express.Express, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}
