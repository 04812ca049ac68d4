import { isPeoplesAdjective } from './company-cues.js';
import type { NerModel } from './perceptron-tagger.js';
import { isPlaceName } from './place-cues.js';
import type { NerSpan } from './recognise-mentions.js';
import { isTitleVerb } from './title-verbs.js';

// Dashes a title writes between the two parties of a deal: "Union Pacific–Norfolk Southern Merger".
const DASHES = new Set(['–', '—', '-']);
// What such a pair names: the deal between them.
const PAIR_DEALS = new Set(['merger', 'deal', 'tie-up', 'combination', 'talks', 'pact', 'alliance', 'partnership', 'venture']);
const MAX_NAME_WORDS = 3;
// Small words of a title that end a party's name on its far side: "Sends Union Pacific–Norfolk Southern Merger".
const STOP = new Set(['of', 'for', 'in', 'on', 'at', 'to', 'with', 'and', 'the', 'a', 'an', 'by', 'over', 'after', 'as', 'from', 'into']);

const isNameWord = (word: string) => /^\p{Lu}[\p{L}&.'’]*$/u.test(word) && !STOP.has(word.toLowerCase()) && !isTitleVerb(word);

const isPlace = (model: NerModel, word: string) => isPlaceName(model, word) || isPeoplesAdjective(word);

/**
 * "Regulators Approve Union Pacific–Norfolk Southern Merger": in a title, two runs of capitalised words joined by a dash
 * right before the deal's noun are the deal's two parties, each a company, whatever the tagger, reading the title
 * without case, made of them.
 */
export function dashJoinedParties(model: NerModel, words: readonly string[], title: boolean, spans: NerSpan[], sentence: number): NerSpan[] {
  if (!title) return spans;
  let out = spans;
  for (let d = 1; d < words.length - 2; d++) {
    if (!DASHES.has(words[d]!)) continue;
    let end = d + 1;
    while (end < words.length && end - d <= MAX_NAME_WORDS && isNameWord(words[end]!) && !PAIR_DEALS.has(words[end]!.toLowerCase())) end++;
    if (end === d + 1 || !PAIR_DEALS.has(words[end]?.toLowerCase() ?? '')) continue;
    let start = d;
    while (start > 0 && d - start < MAX_NAME_WORDS && isNameWord(words[start - 1]!)) start--;
    if (start === d) continue;
    // ("U.S.-Japan Microchip Pact", "U.S.-British Bank Supervision Pact": countries and peoples make treaties.)
    if (isPlace(model, words[start]!) || isPlace(model, words[d + 1]!)) continue;
    const parties: NerSpan[] = [
      { sentence, start, end: d, label: 'ORG' },
      { sentence, start: d + 1, end, label: 'ORG' },
    ];
    out = [...out.filter((sp) => sp.end <= start || sp.start >= end), ...parties].sort((a, b) => a.start - b.start);
  }
  return out;
}
