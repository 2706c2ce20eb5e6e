/**
 * Structured JSON logs. Personal data never reaches a log line: request bodies, variables and
 * headers that identify people are not logged, and the redact list is a second line of defence
 * for anything added later.
 */
import { pino } from 'pino';

// WAYMARK_LOG_FILE: lines go to this file instead of stdout (the test suite checks every line
// it writes for personal data; an operator may use it too).
const destination = process.env.WAYMARK_LOG_FILE
  ? pino.destination({ dest: process.env.WAYMARK_LOG_FILE, append: true, sync: true })
  : undefined;

export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service: 'waymark-api' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-waymark-dev-user"]',
        '*.variables',
        '*.password',
        '*.email',
        '*.givenName',
        '*.familyName',
        '*.aliases',
        '*.dateOfBirth',
      ],
      censor: '[redacted]',
    },
  },
  destination,
);

export type Logger = typeof logger;
