import type { TaggableSentence } from './recognise-mentions.js';

/** Abbreviations a story defines for lower-case terms: "service organization control ( SOC )", "earnings per share ( EPS )". */

const ABBREVIATION = /^\p{Lu}{2,6}s?$/u;
// Small words an abbreviation may leave out: "earnings per share" → "EPS", "return on equity" → "ROE".
const SKIPPABLE = new Set(['of', 'and', 'for', 'the', 'on', 'per', 'to', 'in', '&']);

/** Do the lower-case words ending at `end` (exclusive) spell `letters`, small words optionally left out? */
function spelledBefore(words: readonly string[], end: number, letters: string): boolean {
  let k = end - 1;
  for (let i = letters.length - 1; i >= 0; i--) {
    while (k >= 0 && SKIPPABLE.has(words[k]!) && words[k]![0] !== letters[i]) k--;
    const w = words[k];
    if (w === undefined || !/^\p{Ll}/u.test(w) || w[0] !== letters[i]) return false;
    k--;
  }
  return true;
}

/** The abbreviations of lower-case terms defined in brackets anywhere in the story. */
export function termAbbreviations(sentences: readonly TaggableSentence[]): Set<string> {
  const found = new Set<string>();
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let k = words.indexOf('('); k >= 0; k = words.indexOf('(', k + 1)) {
      const abbreviation = words[k + 1] ?? '';
      if (words[k + 2] !== ')' || !ABBREVIATION.test(abbreviation)) continue;
      const letters = abbreviation.replace(/s$/, '').toLowerCase();
      if (spelledBefore(words, k, letters)) found.add(abbreviation);
    }
  }
  return found;
}
