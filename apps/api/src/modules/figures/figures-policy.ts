/**
 * The partnership's disclosure policy: the threshold under which counts are "fewer than N"
 * (FIGURES_THRESHOLD, default 5, never below 3) and k for record-level extracts (FIGURES_K,
 * default 11). A caller may ask for stricter values, never laxer ones.
 */
import { ValidationError } from '../../errors.ts';
import { DEFAULT_K } from './k-anonymity.ts';
import { periodProblem, type Period } from './periods.ts';
import { DEFAULT_THRESHOLD, MIN_THRESHOLD } from './suppression.ts';

/** The partnership's policy: thresholds a caller may raise, never lower. */
export interface FiguresPolicy {
  threshold: number;
  k: number;
}
let policy: FiguresPolicy = { threshold: DEFAULT_THRESHOLD, k: DEFAULT_K };

export function configureFigures(next: FiguresPolicy): void {
  if (!Number.isInteger(next.threshold) || next.threshold < MIN_THRESHOLD)
    throw new RangeError(`the figures threshold is at least ${MIN_THRESHOLD}`);
  if (!Number.isInteger(next.k) || next.k < next.threshold) throw new RangeError('k is at least the threshold');
  policy = { ...next };
}

export function figuresPolicy(): FiguresPolicy {
  return { ...policy };
}

export interface FiguresRequest {
  period: Period;
  threshold?: number | null;
  k?: number | null;
}

export function checkRequest(request: FiguresRequest): { threshold: number; k: number } {
  const problems: Array<{ path: string[]; message: string }> = [];
  const period = periodProblem(request.period);
  if (period) problems.push({ path: period.field.split('.'), message: period.message });
  const threshold = request.threshold ?? policy.threshold;
  const k = request.k ?? Math.max(policy.k, threshold);
  if (!Number.isInteger(threshold) || threshold < policy.threshold)
    problems.push({
      path: ['threshold'],
      message: `The partnership's threshold is ${policy.threshold}: ask for that or a higher one.`,
    });
  if (!Number.isInteger(k) || k < Math.max(policy.k, threshold))
    problems.push({ path: ['k'], message: `k is at least ${Math.max(policy.k, threshold)}.` });
  if (problems.length) throw new ValidationError(problems);
  return { threshold, k };
}
