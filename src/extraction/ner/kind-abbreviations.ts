import type { TaggableSentence } from './recognise-mentions.js';

/**
 * Abbreviations a story uses as common nouns, for a kind of thing rather than one body: written in the plural
 * ("two HSAs"), after "a" or "an" with no noun after ("open an RESP , then …", "a ULIP like …"), or defined by ", or"
 * after a lower-case term ("the life extension plan , or LEP").
 */

const ACRONYM = /^\p{Lu}{2,6}$/u;
const INDEFINITE = new Set(['a', 'an', 'A', 'An']);
// Words after a noun phrase, not inside one: "a ULIP like …", "an RESP or …".
const AFTER_PHRASE = new Set(['or', 'and', 'like', 'in', 'for', 'that', 'which', 'is', 'was', 'will', 'with', 'to', 'if', 'because']);
/** "+1.7", "+ 1.7", "-2.78": a figure, signed or not, at k. */
const isFigure = (words: readonly string[], k: number) => /^\d/.test(words[k] ?? '') || (/^[+\-−]$/u.test(words[k] ?? '') && /^\d/.test(words[k + 1] ?? ''));
const isPunctuation = (w: string | undefined) => w === undefined || /^[^\p{L}\p{N}]+$/u.test(w);

/** The acronyms the story uses as common nouns. */
export function kindAbbreviations(sentences: readonly TaggableSentence[]): Set<string> {
  const found = new Set<string>();
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      // Most words open in lower case: only a capital (or a non-ASCII letter) may open an abbreviation.
      const c = w.charCodeAt(0);
      if (!(c >= 65 && c <= 90) && c < 128) continue;
      if (/^\p{Lu}{2,6}s$/u.test(w)) found.add(w.slice(0, -1));
      if (!ACRONYM.test(w)) continue;
      const next = words[k + 1];
      if (INDEFINITE.has(words[k - 1] ?? '') && (isPunctuation(next) || AFTER_PHRASE.has(next!))) found.add(w);
      // "has an Earnings ABC of +1.7 %": a measure after "a" and its modifier, before its value.
      if (INDEFINITE.has(words[k - 2] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(words[k - 1] ?? '') && next === 'of' && isFigure(words, k + 2)) found.add(w);
      // "… extension plan , or LEP": quotes may stand around the abbreviation.
      let b = k - 1;
      while (b >= 0 && (words[b] === '"' || words[b] === '“')) b--;
      if (words[b] === 'or' && words[b - 1] === ',' && /^\p{Ll}/u.test(words[b - 2] ?? '')) found.add(w);
    }
  }
  return found;
}
