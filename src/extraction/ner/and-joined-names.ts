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

// Words that open a sentence or a phrase before a name and are no part of it.
const NOT_FIRM_WORDS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'For', 'By', 'From', 'With', 'To', 'As', 'And', 'But', 'Its', 'This', 'That', 'Shares', 'Both']);
// (Letters only: "F-16 and McDonnell Douglas Corp" names a plane first.)
const PARTNER_WORD = /^\p{Lu}[\p{L}.'’]*$/u;
const CAPITALS = /^\p{Lu}{2,}$/u;
// Words before the parties to something: "between", "a deal with", "rivals including".
const PARTIES = new Set(['between', 'with', 'including', 'like', 'from', 'to', 'and']);
// "D.", "S.G.", "Jr.": a person's initial or suffix.
const INITIAL = /^(?:\p{Lu}\.)+$|^Jr\.?$/u;

/** A name word of a firm's partner: capitalised, no legal form, no word set before names. */
const isPartnerWord = (w: string) => PARTNER_WORD.test(w) && !isLegalSuffix(w) && !NOT_FIRM_WORDS.has(w);

/** "Xerox Corp", "AFG Industries Inc", "S.G. Warburg and Co": a name opening with a word a company list has by itself, or with initials. */
const opensOwnName = (w: string) => CAPITALS.test(w) || INITIAL.test(w) || (isListedCompanyWord(w) && !isDictionaryWord(w.toLowerCase()));

/**
 * "Bolt Beranek and Newman Inc", "Procter and Gamble Co", "Pacific Gas and Electric Co", "Donaldson , Lufkin and
 * Jenrette Securities Corp": the tagger ends a firm's name at its "and", keeping only "Newman Inc". A name closed by
 * a legal form after "and", whose first word no company list has by itself, joins the capitalised words before the "and"
 * (a person's, a company's or words the tagger left out, with surnames before them set off by commas). Not when those
 * words end in a legal form ("Ford Motor Co and Chrysler Corp"), are initials ("IBM"), a place, or a company the tagger
 * found that a company list has ("Xerox and Newman Inc").
 */
export function joinFirmsAtAnd(words: readonly string[], spans: NerSpan[], story?: readonly (readonly string[])[]): NerSpan[] {
  if (!words.includes('and')) return spans;
  let out = spans;
  for (const second of spans) {
    const at = second.start - 1;
    if (second.label !== 'ORG' || words[at] !== 'and' || second.end - second.start < 2 || !isLegalSuffix(words[second.end - 1]!)) continue;
    if (opensOwnName(words[second.start]!) || !isPartnerWord(words[at - 1] ?? '')) continue;
    const before = out.find((sp) => sp.start < at && sp.end === at);
    if (before && (before.label === 'LOC' || (before.label === 'ORG' && before.end - before.start === 1 && opensOwnName(words[before.start]!)))) continue;
    let start = before ? before.start : at - 1;
    // (Words the tagger left out: up to three capitalised ones.)
    while (!before && start > 0 && at - start < 3 && isPartnerWord(words[start - 1]!)) start--;
    // "Donaldson , Lufkin and": surnames set off by commas, each one word.
    while (start >= 2 && words[start - 1] === ',' && isPartnerWord(words[start - 2]!) && !isPartnerWord(words[start - 3] ?? '') && !opensOwnName(words[start - 2]!)) start -= 2;
    const first = words.slice(start, at);
    // "a venture between Velmar and Orvane Corp", "a deal with Velmar and Orvane Corp": two parties, where the tagger
    // found the first a company by itself.
    if (PARTIES.has(words[start - 1] ?? '') && (words[start - 1] === 'between' || (before?.label === 'ORG' && before.end - before.start === 1))) continue;
    // "Lufkin and Jenrette and Pacific Asset Holdings": the last of a list; "Harlow Associates and United Rehab Inc": a head word
    // closes the name before.
    if (words[start - 1] === 'and' || (first.length === 1 && isCorporateHead(first[0]!.toLowerCase()))) continue;
    // ("Fox Searchlight and Fox Entertainment Group": two companies of one group.)
    if (first.some(isLegalSuffix) || (first.length === 1 && CAPITALS.test(first[0]!)) || first.includes(words[second.start]!)) continue;
    // "Orvane Securities Inc , Hartley Pembroke and …": the last names of a list of companies.
    if (words[start - 1] === ',') continue;
    // "Orvane Capital Markets and Kestrel Brothers Inc", "Jo D. Reyes and Kestrel Securities Inc": a whole company's or
    // person's name before the "and" joins only a second half of everyday words ("Pacific Gas and Electric Co", "Alex
    // Brown and Sons Inc").
    const core = words.slice(second.start, second.end).filter((w) => !isLegalSuffix(w));
    // ("Stellantis and Quorbel Corp": so does a word a company list has by itself.)
    const whole = (before?.label === 'ORG' && first.length > 1) || (before?.label === 'PER' && first.some((w) => INITIAL.test(w))) || (first.length === 1 && opensOwnName(first[0]!));
    if (whole && !core.every((w) => isDictionaryWord(w.toLowerCase()))) continue;
    // "Jo Reyes and Kestrel Textiles Inc": a person named in full joins no company of two words or more.
    if (before?.label === 'PER' && before.end - before.start > 1 && core.length > 1) continue;
    // "Compaq and Apple Computer Inc" where the story writes "Compaq said" or "Apple Computer's": either half named alone
    // elsewhere is a company by itself.
    if (story && (namedAlone(story, first, 'and') || (core.length > 1 && namedAlone(story, core, undefined, 'and')))) continue;
    const joined: NerSpan = { ...second, start };
    out = [...out.filter((sp) => sp.end <= start || sp.start >= second.end), joined].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** The story writes the words somewhere with neither `notAfter` after them nor `notBefore` before them. */
function namedAlone(story: readonly (readonly string[])[], name: readonly string[], notAfter?: string, notBefore?: string): boolean {
  for (const words of story) {
    for (let k = words.indexOf(name[0]!); k >= 0; k = words.indexOf(name[0]!, k + 1)) {
      if (!name.every((w, j) => words[k + j] === w)) continue;
      const after = words[k + name.length];
      // ("Compaq , Apple": a name in a list is named alone too, "Donaldson , Lufkin and" is not.)
      if ((notAfter === undefined || (after !== notAfter && after !== ',')) && (notBefore === undefined || words[k - 1] !== notBefore)) return true;
    }
  }
  return false;
}
