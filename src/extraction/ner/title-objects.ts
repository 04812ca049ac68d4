import { isCorporateHead } from '../corporate-heads.js';
import { isListedCompanyWord } from './company-gazetteer.js';
import { isDictionaryWord } from './everyday-words.js';
import { knowsWordAs, type NerModel } from './perceptron-tagger.js';
import type { NerSpan } from './recognise-mentions.js';
import { isWellKnownPlace } from './well-known-places.js';

/**
 * "Orvane Announces Collaboration with Kestwell to Develop Gene Therapies": in a title every word is capitalised, so
 * the tagger may take what an infinitive is about for a name. A run after "to" made of dictionary words only, ending
 * in a plural that closes no company's name ("Therapies", not "Motors" or "Foods"), is a thing of that kind, no name;
 * so is the verb opening it ("Develop").
 */
export function dropTitleObjects(model: NerModel, words: readonly string[], title: boolean, spans: NerSpan[]): NerSpan[] {
  if (!title) return spans;
  return spans.filter((sp) => !isPlainObject(words, sp) && !isPlainCause(model, words, sp)).map((sp) => afterDealNoun(words, sp));
}

// Deals a title names by what they are "of": "Completes Spin-Off of Zephyr Motors", "Sale of Orvane Unit".
const DEALS_OF = new Set(['Spin-Off', 'Spinoff', 'Spin-off', 'Demerger', 'Sale', 'Acquisition', 'Purchase', 'Takeover', 'Listing', 'IPO', 'Breakup', 'Split']);

export const isDealOf = (word: string) => DEALS_OF.has(word);

/** "Spin-Off of Zephyr Motors": a run the tagger opened on a deal's noun names what the deal is of. */
function afterDealNoun(words: readonly string[], sp: NerSpan): NerSpan {
  return isDealOf(words[sp.start]!) && words[sp.start + 1] === 'of' && sp.end > sp.start + 2 ? { ...sp, start: sp.start + 2 } : sp;
}

// Prepositions before what a title says moved a price or a company: "Soars on …", "Falls after …".
const CAUSE_PREPOSITIONS = new Set(['on', 'after', 'amid', 'over', 'as']);

/**
 * "Orvane Shares Soar on Cloud Contract Bonanza": a run the tagger took for a person, a place or a company after such a preposition,
 * ending the title, made of dictionary words only, whose last is no word of the name list and none a name the tagger
 * learnt as a person's or place's, is the cause the title gives, no name.
 */
function isPlainCause(model: NerModel, words: readonly string[], sp: NerSpan): boolean {
  if ((sp.label !== 'PER' && sp.label !== 'LOC' && sp.label !== 'ORG') || sp.end !== words.length) return false;
  let start = sp.start;
  // ("… Tumble After Trial Data Disappoints": a title capitalises the preposition too.)
  if (!CAUSE_PREPOSITIONS.has(words[start - 1]?.toLowerCase() ?? '')) {
    while (start > 0 && /^\p{Lu}\p{Ll}/u.test(words[start - 1]!) && sp.start - start < 3) start--;
    if (!CAUSE_PREPOSITIONS.has(words[start - 1] ?? '')) return false;
  }
  const lastLower = words[sp.end - 1]!.toLowerCase();
  if (model.lexicon(lastLower).includes('pn')) return false;
  for (let k = sp.start; k < sp.end; k++) {
    const lower = words[k]!.toLowerCase();
    if (!isDictionaryWord(lower) || model.places.has(lower) || isWellKnownPlace(words[k]!) || knowsWordAs(model, lower, 'PER') || knowsWordAs(model, lower, 'LOC')) return false;
    // (A company's head keeps a company's name: "after Orvane Foods".)
    if (sp.label === 'ORG' && isCorporateHead(lower)) return false;
  }
  return true;
}

function isPlainObject(words: readonly string[], sp: NerSpan): boolean {
  if (words[sp.start - 1] !== 'to' || sp.label === 'PER' || sp.end - sp.start < 2) return false;
  const last = words[sp.end - 1]!.toLowerCase();
  if (!/[^s]s$/.test(last) || isCorporateHead(last)) return false;
  for (let k = sp.start; k < sp.end; k++) {
    const w = words[k]!;
    if (!isDictionaryWord(w.toLowerCase()) || isListedCompanyWord(w)) return false;
  }
  return true;
}
