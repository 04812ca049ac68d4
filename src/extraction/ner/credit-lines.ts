import type { NerSpan, TaggableSentence } from './recognise-mentions.js';

/**
 * A wire story's credit line names its reporters and editors: "( Reporting by Dana Whitlow in Ashby ; Editing by Jo
 * Reyes and Tom Harwick )". The names after such a credit are people, whatever the tagger made of them.
 */

// Words of a credit before "by": "Reporting by", "Additional reporting by", "Editing by", "Writing by" ("written by",
// "reported by" also follow things in prose: "first reported by The Ledger").
const CREDITS = new Set(['reporting', 'editing', 'writing']);
// A word of a personal name: "Dana", "D'Souza", "McNeil", "Jean-Luc", or a middle initial "A.".
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$|^\p{Lu}\.$/u;
const MAX_NAME_WORDS = 3;

/** Marks the names after each credit of the sentence as people, replacing the spans over them. */
export function creditedPeople(s: TaggableSentence, spans: NerSpan[], sentence: number): NerSpan[] {
  if (s.shouted) return spans;
  const words = s.words;
  let out = spans;
  for (let k = words.indexOf('by'); k > 0; k = words.indexOf('by', k + 1)) {
    if (!CREDITS.has(words[k - 1]!.toLowerCase())) continue;
    let at = k + 1;
    for (;;) {
      let end = at;
      while (end < words.length && end - at < MAX_NAME_WORDS && NAME_WORD.test(words[end]!)) end++;
      if (end - at < 2 || words[at]!.endsWith('.')) break;
      const start = at;
      out = [...out.filter((sp) => sp.end <= start || sp.start >= end), { sentence, start, end, label: 'PER' }];
      if (words[end] !== 'and' && words[end] !== ',') break;
      at = end + 1;
    }
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}
