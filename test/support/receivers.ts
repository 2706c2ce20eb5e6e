/**
 * Real peers on 127.0.0.1 for the notification and webhook tests: an SMTP server that keeps
 * what it receives (and can refuse, to test retries), and an HTTP receiver that records each
 * request with its raw body and answers with the status the test chooses.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  /** The message with quoted-printable soft breaks and escapes undone, as a reader sees it. */
  raw: string;
  messageId: string | undefined;
  subject: string | undefined;
}

export async function startSmtpReceiver() {
  const mails: ReceivedMail[] = [];
  let refuseNext = 0;
  let stalled = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        if (refuseNext > 0) {
          refuseNext -= 1;
          const error = Object.assign(new Error('try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        const headerValue = (name: string) => raw.match(new RegExp(`^${name}: (.*)$`, 'im'))?.[1]?.trim();
        const readable = raw
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: readable,
          messageId: headerValue('Message-ID'),
          subject: headerValue('Subject'),
        });
        // Stalled: the message is in (a relay would deliver it) but the sender never hears so.
        if (!stalled) callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    /** The next n messages get a temporary refusal (451). */
    refuse(n: number) {
      refuseNext = n;
    },
    /** From now on messages are kept but never acknowledged (a sender killed mid-send); `false` ends it. */
    stall(on = true) {
      stalled = on;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export async function startHttpReceiver(answer: (request: ReceivedRequest) => number = () => 204) {
  const requests: ReceivedRequest[] = [];
  let respond = answer;
  let bodyFor: ((request: ReceivedRequest) => unknown) | null = null;
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const request = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      requests.push(request);
      res.statusCode = respond(request);
      if (bodyFor && res.statusCode < 300) {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(bodyFor(request)));
        return;
      }
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answerWith(next: (request: ReceivedRequest) => number) {
      respond = next;
    },
    /** A JSON body for successful answers (a stand-in for an API such as GOV.UK Notify's). */
    respondBody(next: (request: ReceivedRequest) => unknown) {
      bodyFor = next;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Waits until `check` holds, polling every 50 ms, for at most `tries` polls (two minutes by
 * default: background retries back off for seconds, and a loaded machine stretches them).
 */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, tries = 2400): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not reached');
}
