import { isLegalSuffix } from '../name-normalisation.js';
import { isListedCompanyWord } from './company-gazetteer.js';
import { isDictionaryWord } from './everyday-words.js';
import type { NerSpan } from './recognise-mentions.js';
import { isOrganisationWord } from './term-abbreviations.js';
import { readByStart } from './span-order.js';

/**
 * "the National Oceanic and Atmospheric Administration", "Kelvoran Exploration and Production Plc": the tagger cuts a
 * body's name at its "and" into two names. The second half is no name alone when its words before the head are
 * everyday words ("Atmospheric Administration", "Production Plc"), and the first half is no whole name when it ends
 * in an everyday word no name ends with ("National Oceanic"): the two are one name.
 */

const isEveryday = (w: string) => isDictionaryWord(w.toLowerCase()) && !isListedCompanyWord(w);
const isHead = (w: string) => isLegalSuffix(w) || isOrganisationWord(w.toLowerCase());

/** May `first` and `second`, with "and" between, be halves of one body's name? */
function areHalves(words: readonly string[], first: NerSpan, second: NerSpan): boolean {
  if (first.label !== 'ORG' || second.label !== 'ORG' || first.end + 1 !== second.start || words[first.end] !== 'and') return false;
  if (first.end - first.start < 2 || second.end - second.start < 2) return false;
  const last = words[first.end - 1]!;
  if (!isEveryday(last) || isHead(last)) return false;
  if (!isHead(words[second.end - 1]!)) return false;
  return words.slice(second.start, second.end - 1).every(isEveryday);
}

/** Joins a body's name cut at its "and"; returns the spans left. */
export function joinAndHalves(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  // A sentence with no "and" has no halves to join: the spans come back as they are.
  if (!words.includes('and')) return spans;
  const sorted = readByStart(spans);
  const gone = new Set<NerSpan>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const first = sorted[i]!;
    const second = sorted[i + 1]!;
    if (gone.has(first) || !areHalves(words, first, second)) continue;
    first.end = second.end;
    gone.add(second);
  }
  return spans.filter((s) => !gone.has(s));
}
