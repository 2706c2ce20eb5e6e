/** The partnership's disclosure settings: an operator mistake stops the API with one line naming the variable. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../apps/api/src/config.ts';

describe('FIGURES_THRESHOLD and FIGURES_K', () => {
  it('default to 5 and 11; a threshold under 3 or a k under the threshold names the variable', () => {
    expect(loadConfig({}).figures).toEqual({ threshold: 5, k: 11 });
    expect(() => loadConfig({ FIGURES_THRESHOLD: '2' })).toThrow(/^FIGURES_THRESHOLD: /);
    expect(() => loadConfig({ FIGURES_THRESHOLD: '10', FIGURES_K: '8' })).toThrow(/^FIGURES_K: /);
  });
});
