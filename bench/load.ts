/**
 * A bounded load loop on 127.0.0.1: `connections` keep-alive connections (spread over the ports
 * given), each sending its next request as soon as the previous answer is read, until
 * `durationMs` has passed or `maxRequests` were sent. Latency is measured per request from send to the last byte of the answer.
 */
import http from 'node:http';

export interface Request {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  requests: number;
  errors: number;
  elapsedMs: number;
  latenciesMs: number[];
  /** The first failing answer's status and start of body, to say why (never personal data: bench data). */
  firstError?: string;
}

export async function runLoad(options: {
  /** Connection i goes to ports[i % ports.length] when several are given (two API processes). */
  port: number | number[];
  connections: number;
  durationMs: number;
  maxRequests: number;
  /** The i-th request; null ends the run (a pool of cases ran out). */
  request: (i: number) => Request | null;
  /** Whether an answer is a success (a refusal in a result union counts as an error). */
  ok: (status: number, body: string) => boolean;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const result: LoadResult = { requests: 0, errors: 0, elapsedMs: 0, latenciesMs: [] };
  const started = performance.now();
  let next = 0;
  const ports = [options.port].flat();
  const send = (req: Request, port: number) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = http.request(
        {
          host: '127.0.0.1',
          port,
          method: req.method,
          path: req.path,
          agent,
          headers: { ...(req.body ? { 'content-type': 'application/json' } : {}), ...req.headers },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          res.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(req.body);
    });
  const worker = async (_: unknown, connection: number) => {
    const port = ports[connection % ports.length]!;
    while (performance.now() - started < options.durationMs && next < options.maxRequests) {
      const req = options.request(next++);
      if (!req) return;
      const sent = performance.now();
      let answer: { status: number; body: string };
      try {
        answer = await send(req, port);
      } catch (error) {
        answer = { status: 0, body: String((error as Error).message) };
      }
      result.latenciesMs.push(performance.now() - sent);
      result.requests++;
      if (!options.ok(answer.status, answer.body)) {
        result.errors++;
        result.firstError ??= `${answer.status} ${answer.body.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  result.elapsedMs = performance.now() - started;
  agent.destroy();
  return result;
}

export function percentile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
