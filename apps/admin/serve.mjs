// @ts-check
/**
 * Serves the built admin (apps/admin/dist) and forwards /graphql to the API, so the browser
 * talks to one origin: no CORS, and the identity header never leaves it.
 *
 *   node serve.mjs                      ADMIN_PORT (5173), API_URL (http://127.0.0.1:4000)
 *   import { startAdminServer } from '@waymark/admin/serve'   (root start script, tests)
 *
 * Hashed build output (dist/assets) is cached for a year; index.html and everything else is
 * revalidated on every load. Any other path without a file extension gets index.html, so the
 * app's own routes (/cases, /organisations?...) survive a reload. Operator mistakes (bad env,
 * port taken, no build) end the process with one line and exit code 1.
 */
import { existsSync, realpathSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';

const here = path.dirname(fileURLToPath(import.meta.url));

export const defaultDistDir = path.join(here, 'dist');

/** Only the admin's own files, and only its own origin for requests; no framing at all. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** @type {Record<string, string>} */
export const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

// Headers that belong to one connection, not to the request being forwarded (RFC 9110 7.6.1).
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * @param {http.IncomingHttpHeaders} headers
 * @returns {http.OutgoingHttpHeaders}
 */
function forwardable(headers) {
  /** @type {http.OutgoingHttpHeaders} */
  const out = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  return out;
}

/**
 * Streams the request to the API and the answer back. A few lines of node:http instead of a
 * proxy package: http-proxy-middleware 4 needs Node 22, and http-proxy is unmaintained.
 * @param {URL} api
 * @returns {express.RequestHandler}
 */
function proxyTo(api) {
  const transport = api.protocol === 'https:' ? https : http;
  const base = api.pathname.replace(/\/+$/, '');
  return (req, res) => {
    const upstream = transport.request(
      {
        protocol: api.protocol,
        hostname: api.hostname,
        port: api.port,
        method: req.method,
        path: base + req.originalUrl,
        headers: {
          ...forwardable(req.headers),
          host: api.host,
          'x-forwarded-host': req.headers.host ?? '',
          'x-forwarded-proto': 'http',
          'x-forwarded-for': [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', '),
        },
      },
      (answer) => {
        // setHeader, not res.set: express would add a charset to a Content-Type it did not write.
        for (const [name, value] of Object.entries(forwardable(answer.headers)))
          if (value !== undefined) res.setHeader(name, value);
        res.status(answer.statusCode ?? 502);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // Shaped like a GraphQL error so clients show it the way they show any other.
      res
        .status(502)
        .json({ errors: [{ message: 'The Waymark API is not reachable.', extensions: { code: 'BAD_GATEWAY' } }] });
    });
    req.on('aborted', () => upstream.destroy());
    req.pipe(upstream);
  };
}

/**
 * @typedef {object} AdminServerOptions
 * @property {number} [port] 0 picks a free port. Default 5173.
 * @property {string} [host] Default 127.0.0.1.
 * @property {string} [apiUrl] Where the API listens; /graphql is appended. Default http://127.0.0.1:4000.
 * @property {string} [distDir] The built admin. Default apps/admin/dist.
 */

/**
 * @typedef {object} AdminServer
 * @property {string} url e.g. http://127.0.0.1:5173
 * @property {() => Promise<void>} close
 */

/**
 * Starts the admin server; resolves once it is listening. Rejects with an `AdminServerError`
 * (one-line message) when the build is missing or the port is taken.
 * @param {AdminServerOptions} [options]
 * @returns {Promise<AdminServer>}
 */
export async function startAdminServer({
  port = 5173,
  host = '127.0.0.1',
  apiUrl = 'http://127.0.0.1:4000',
  distDir = defaultDistDir,
} = {}) {
  const indexHtml = path.join(distDir, 'index.html');
  if (!existsSync(indexHtml)) {
    throw new AdminServerError(
      `${path.relative(process.cwd(), indexHtml) || indexHtml} not found: build the admin first (pnpm --filter @waymark/admin build)`,
    );
  }
  const api = new URL(apiUrl);

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.use((_req, res, next) => {
    res.set(securityHeaders);
    next();
  });

  app.use('/graphql', proxyTo(api));

  // Vite puts a content hash in every file name under assets/: safe to cache for good. A
  // missing one is a 404, never index.html (which a browser would try to run as script).
  app.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { index: false, immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use(
    express.static(distDir, {
      index: false,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );

  app.use((req, res, next) => {
    const wantsPage = (req.method === 'GET' || req.method === 'HEAD') && path.extname(req.path) === '';
    if (!wantsPage) return next();
    res.set('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });

  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });

  app.use(
    /**
     * @param {{ status?: unknown } | undefined} error
     * @param {express.Request} _req
     * @param {express.Response} res
     * @param {express.NextFunction} _next
     */
    (error, _req, res, _next) => {
      const status = typeof error?.status === 'number' ? error.status : 500;
      res
        .status(status)
        .type('text/plain')
        .send(status === 404 ? 'Not found' : 'Something went wrong');
    },
  );

  /** @type {http.Server} */
  const server = await new Promise((resolve, reject) => {
    const listening = http.createServer(app);
    listening.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new AdminServerError(`ADMIN_PORT: ${host}:${port} is already in use`)
          : new AdminServerError(`ADMIN_PORT: cannot listen on ${host}:${port} (${error.code ?? error.message})`),
      );
    });
    listening.listen(port, host, () => resolve(listening));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export class AdminServerError extends Error {}

/**
 * The settings from the environment, checked: a wrong value names its variable.
 * @param {NodeJS.ProcessEnv} env
 * @returns {Required<Pick<AdminServerOptions, 'port' | 'apiUrl'>>}
 */
export function adminConfigFromEnv(env) {
  const portText = env.ADMIN_PORT || '5173';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    throw new AdminServerError('ADMIN_PORT: must be a whole number from 0 to 65535');
  const apiUrl = env.API_URL || 'http://127.0.0.1:4000';
  if (!URL.canParse(apiUrl) || !/^https?:$/.test(new URL(apiUrl).protocol))
    throw new AdminServerError('API_URL: must be an http:// or https:// URL');
  return { port, apiUrl };
}

async function main() {
  try {
    const server = await startAdminServer(adminConfigFromEnv(process.env));
    process.stdout.write(
      `Waymark admin ready at ${server.url} (API: ${process.env.API_URL || 'http://127.0.0.1:4000'})\n`,
    );
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    if (!(error instanceof AdminServerError)) throw error;
    process.stderr.write(`waymark admin: ${error.message}\n`);
    process.exit(1);
  }
}

const runDirectly =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (runDirectly) await main();
