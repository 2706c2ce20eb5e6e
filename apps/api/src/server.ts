/**
 * HTTP: express 5 with /graphql (Apollo Server 5), /healthz (process up) and /readyz (database
 * reachable, migrations applied). Every request gets a request id (from X-Request-Id when it is
 * well-formed, otherwise new), echoed in the response and on every log line.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.ts';
import type { Context } from './context.ts';
import { databaseReady } from './db.ts';
import { formatError, requestIdPlugin } from './http/apollo-plugins.ts';
import { resolveViewer } from './http/identity.ts';
import { logger } from './logger.ts';
import { schema } from './schema.ts';
import { orukRouter } from './oruk/router.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface WaymarkServer {
  app: express.Express;
  apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

export async function createServer(config: Pick<Config, 'env' | 'devIdentity' | 'corsOrigins'>): Promise<WaymarkServer> {
  const development = config.env !== 'production';
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: development,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (HTTP, Apollo, database in order); Apollo's own signal handlers
    // would race it and leave the process hanging.
    stopOnTerminationSignals: false,
    formatError,
    plugins: [requestIdPlugin, ...(development ? [] : [ApolloServerPluginLandingPageDisabled()])],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
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
    res.status(ready.ok ? 200 : 503).json(ready.ok ? { status: 'ready' } : { status: 'not ready', reason: ready.reason });
  });

  // Open Referral UK feed: public, read-only, CORS * (apps/api/src/oruk).
  app.use('/oruk', orukRouter());

  app.use(
    '/graphql',
    cors({ origin: config.corsOrigins, credentials: true, maxAge: 600 }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        requestId: String(req.id),
        viewer: await resolveViewer(req, config.devIdentity),
      }),
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
    res.status(500).json({ errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: String(req.id) } }] });
  });

  return {
    app,
    apollo,
    async stop() {
      await apollo.stop();
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
