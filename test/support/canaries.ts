/**
 * PII canaries: cases seeded into the test template whose names, aliases and dates of birth
 * are unique strings. While the whole suite runs, every API response and every log line is
 * watched: a canary may appear only in a response to a viewer with need (a lead or caseworker
 * of the owning organisation), never in an error message and never in a log line. Violations
 * are written to a file, and global-setup's teardown fails the run if there are any.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { ServerConfig } from '../../apps/api/src/server.ts';
import { mayReadIdentity } from '../../apps/api/src/modules/cases/case-access.ts';

export interface CanaryInfo {
  /** Every string watched for. */
  strings: string[];
  cases: Array<{ id: string; owningOrganisationId: string }>;
  violationsFile: string;
  logFile: string;
}

export interface CanarySubject {
  givenName: string;
  familyName: string;
  aliases: string[];
  dateOfBirth: string;
}

/** Three people with made-up, run-unique names and unusual dates of birth. */
export function makeCanarySubjects(): CanarySubject[] {
  return [0, 1, 2].map((i) => {
    const tag = randomBytes(4).toString('hex');
    const day = 1 + (randomBytes(1)[0]! % 28);
    return {
      givenName: `Kanari${tag}g`,
      familyName: `Vorpal${tag}f`,
      aliases: [`Quill${tag}a`],
      dateOfBirth: `19${21 + i}-0${1 + i}-${String(day).padStart(2, '0')}`,
    };
  });
}

export function canaryStrings(subjects: CanarySubject[]): string[] {
  return subjects.flatMap((s) => [s.givenName, s.familyName, ...s.aliases, s.dateOfBirth]);
}

function found(text: string, strings: string[]): string[] {
  return strings.filter((s) => text.includes(s));
}

/** Watches every response of one test API. */
export function canaryWatch(info: CanaryInfo): NonNullable<ServerConfig['plugins']>[number] {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const errorText = JSON.stringify(errors ?? []);
          for (const leak of found(errorText, info.strings))
            appendFileSync(info.violationsFile, `${JSON.stringify({ where: 'error message', leak })}\n`);
          const dataText = JSON.stringify(data ?? null);
          const leaks = found(dataText, info.strings);
          if (leaks.length === 0) return;
          const hasNeed = info.cases.every((c) => mayReadIdentity(contextValue.viewer, c));
          if (!hasNeed) {
            for (const leak of leaks)
              appendFileSync(
                info.violationsFile,
                `${JSON.stringify({ where: 'response to a viewer without need', leak, viewer: contextValue.viewer?.displayName ?? 'anonymous' })}\n`,
              );
          }
        },
      };
    },
  };
}

/** What the teardown checks: recorded violations plus a scan of every log line. */
export function canaryReport(info: CanaryInfo): { violations: string[]; logLines: number } {
  const violations = existsSync(info.violationsFile)
    ? readFileSync(info.violationsFile, 'utf8').split('\n').filter(Boolean)
    : [];
  const lines = existsSync(info.logFile) ? readFileSync(info.logFile, 'utf8').split('\n').filter(Boolean) : [];
  lines.forEach((line, index) => {
    for (const leak of found(line, info.strings))
      violations.push(JSON.stringify({ where: `log line ${index + 1}`, leak }));
  });
  return { violations, logLines: lines.length };
}
