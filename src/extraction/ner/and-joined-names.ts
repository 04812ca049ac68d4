import { isCorporateHead } from '../corporate-heads.js';
import { isLegalSuffix } from '../name-normalisation.js';
import { isListedCompanyWord } from './company-gazetteer.js';
import { isCommonWord, isDictionaryWord } from './everyday-words.js';
import type { NerModel } from './perceptron-tagger.js';
import { isNamedForPerson } from './person-named-companies.js';
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

/**
 * "Netflix and Walt Disney raised prices", "Microsoft and OpenAI said": at a sentence's start the tagger may run two
 * companies joined by "and" into one name. The span is split when each side is surely a company by itself: a
 * company-list word that is no common word, person's name nor legal form ("Netflix", "Google"; not "Apple", "Duff",
 * "Procter", "Co"), a company named for a person ("Walt Disney") or a name closed by a company's head ("Li Auto"). Names made of "and" ("Cable and Wireless",
 * "Duff and Phelps", "Procter and Gamble", "Eli Lilly and Co", "Oil and Gas Plc") stay whole.
 */
export function splitCompanyPairs(model: NerModel, words: readonly string[], spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    const at = span.label === 'ORG' ? words.indexOf('and', span.start + 1) : -1;
    if (at < 0 || at >= span.end - 1 || !arePairedCompanies(model, words.slice(span.start, at), words.slice(at + 1, span.end))) {
      out.push(span);
      continue;
    }
    out.push({ ...span, end: at }, { ...span, start: at + 1 });
  }
  return out;
}

// "XPeng", "OpenAI", "PayPal": a word with a capital inside its small letters is a brand's.
// ("McDonald", "MacArthur" are surnames.)
const CAMEL_BRAND = /^(?!Mc|Mac)(?:\p{Lu}+\p{Ll}+\p{Lu}\p{L}*|\p{Lu}{2,}\p{Ll}+)$/u;

function arePairedCompanies(model: NerModel, first: readonly string[], second: readonly string[]): boolean {
  const sure = (side: readonly string[]) =>
    side.length === 1
      ? (isListedCompanyWord(side[0]!) && !isHead(side[0]!) && !isCommonWord(side[0]!.toLowerCase()) && !model.lexicon(side[0]!.toLowerCase()).includes('pn')) || CAMEL_BRAND.test(side[0]!)
      : isNamedForPerson(side.map((w) => w.toLowerCase())) || isHeadedName(side);
  return sure(first) && sure(second);
}

/** "Li Auto", "Tata Motors": a name word that is no common word, closed by a company's head word (not a legal form). */
function isHeadedName(side: readonly string[]): boolean {
  const [first, head] = side.map((w) => w.toLowerCase());
  return side.length === 2 && !isCommonWord(first!) && !isLegalSuffix(side[0]!) && isCorporateHead(head!) && !isLegalSuffix(side[1]!);
}
