import type { NerSpan } from './recognise-mentions.js';
import { isWellKnownPlace } from './well-known-places.js';

/**
 * "KELVORIA CITY - Central bank of Kelvoria holds a meeting": diaries of economic events open each entry with the
 * body, written "Central bank of" and its country. Capitalised at the entry's start, it names the country's central
 * bank (an organisation), whatever the tagger made of the words; "the central bank of Kelvoria" in prose is left alone.
 */

/** The end of the place of one or two words at k, or -1. */
function placeEnd(words: readonly string[], k: number): number {
  if (isWellKnownPlace(`${words[k] ?? ''} ${words[k + 1] ?? ''}`)) return k + 2;
  return isWellKnownPlace(words[k] ?? '') ? k + 1 : -1;
}

/** Adds the central banks so written, replacing the spans over their words. */
export function centralBanks(words: readonly string[], spans: NerSpan[], sentence: number): NerSpan[] {
  let out = spans;
  for (let k = words.indexOf('Central'); k >= 0; k = words.indexOf('Central', k + 1)) {
    if (!/^bank$/i.test(words[k + 1] ?? '') || words[k + 2] !== 'of') continue;
    const end = placeEnd(words, k + 3);
    if (end < 0) continue;
    out = [...out.filter((sp) => sp.end <= k || sp.start >= end), { sentence, start: k, end, label: 'ORG' }];
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}
