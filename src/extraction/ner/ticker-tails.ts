import { isLegalSuffix } from '../name-normalisation.js';
import type { NerSpan } from './recognise-mentions.js';
import { isWellKnownPlace } from './well-known-places.js';

/**
 * "rivals rose , among them Orvane O , Kestwell KSW and Quillmere QMR": some news (Investor's Business Daily) writes each company's bare
 * ticker right after its name, and the tagger runs the two together. Capitals (one to five letters) closing a name after
 * a word written in small letters are the ticker, cut from the name, where the sentence lists two names or more so
 * written ("Samsung SDI" alone, "Class A" are names). A legal form ("Orvane AG") or a country's initials ("Orvane UK")
 * is the name's own.
 */

const TICKER = /^[A-Z]{1,5}$/;

/** The span ends in ticker-like capitals after a word with small letters: returns their length, or 0. */
function tickerTail(words: readonly string[], sp: NerSpan): number {
  if (sp.end - sp.start < 2) return 0;
  const last = words[sp.end - 1]!;
  const before = words[sp.end - 2]!;
  if (!TICKER.test(last) || !/^\p{Lu}\p{Ll}/u.test(before) || isLegalSuffix(last) || isWellKnownPlace(last)) return 0;
  return last.length;
}

// What follows a name in a list: a comma, "and", the full stop ("Orvane B shares" is a class of shares).
const LIST_CLOSERS = new Set([',', '.', ';', ')', 'and', 'or']);

export function cutTickerTails(words: readonly string[], shouted: boolean, spans: NerSpan[]): NerSpan[] {
  if (shouted) return spans;
  let tails = 0;
  for (const sp of spans) if (tickerTail(words, sp) > 0 && LIST_CLOSERS.has(words[sp.end] ?? '.')) tails++;
  if (tails < 2) return spans;
  for (const sp of spans) {
    if (tickerTail(words, sp) === 0 || !LIST_CLOSERS.has(words[sp.end] ?? '.')) continue;
    // A name with a ticker is a listed company's, whatever the tagger took it for.
    sp.end--;
    sp.label = 'ORG';
  }
  return spans;
}
