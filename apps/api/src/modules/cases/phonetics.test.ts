import { describe, expect, it } from 'vitest';
import { namePhonetics } from './phonetics.ts';

describe('namePhonetics', () => {
  it('gives spellings of the same name a shared code', () => {
    const overlap = (a: string, b: string) => namePhonetics([a]).some((code) => namePhonetics([b]).includes(code));
    expect(overlap('Mohammed', 'Muhammad')).toBe(true);
    expect(overlap('Stephen', 'Steven')).toBe(true);
    expect(overlap('Aleksandr', 'Alexander')).toBe(true);
    expect(overlap('Nguyen', 'Nguen')).toBe(true);
    expect(overlap('Smith', 'Okafor')).toBe(false);
  });

  it('ignores blanks and single letters', () => {
    expect(namePhonetics([null, '', 'J', ' '])).toEqual([]);
  });
});
