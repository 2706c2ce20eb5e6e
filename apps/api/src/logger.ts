/**
 * Structured JSON logs. Personal data never reaches a log line: request bodies, variables and
 * headers that identify people are not logged, and the redact list is a second line of defence
 * for anything added later.
 */
import { pino } from 'pino';

export const logger = pino({
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
});

export type Logger = typeof logger;
