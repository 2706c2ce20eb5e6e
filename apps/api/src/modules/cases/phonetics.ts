/**
 * Phonetic keys for names, so "Mohammed" and "Muhammad", or "Aleksandr" and "Alexander", can be
 * offered as possible duplicates. Double Metaphone copes with the spellings that transliteration
 * and mishearing produce better than Soundex does.
 */
import { doubleMetaphone } from 'double-metaphone';

/** Codes for every word of every name; empty words and one-letter codes are dropped as noise. */
export function namePhonetics(names: ReadonlyArray<string | null | undefined>): string[] {
  const codes = new Set<string>();
  for (const name of names) {
    for (const word of (name ?? '').split(/[\s\-']+/)) {
      if (word.length < 2) continue;
      for (const code of doubleMetaphone(word)) if (code.length > 1) codes.add(code);
    }
  }
  return [...codes].sort();
}
