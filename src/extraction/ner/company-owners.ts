import { isCorporateHead } from '../corporate-heads.js';
import { isListedCompanyWord } from './company-gazetteer.js';
import { isDictionaryWord } from './everyday-words.js';
import type { NerModel } from './perceptron-tagger.js';
import type { NerSpan } from './recognise-mentions.js';
import { isTitleCased } from './title-runs.js';

/**
 * "Ravi Tallis’s Orvane Acquires …": in a title the tagger, which leans on case, takes a founder or owner named before
 * his company for a company too, or for half of one. Two capitalised words before a possessive that a company's name
 * follows are the owner's given name and surname when the first is a given name of the name list (or a word no general
 * text knows) and neither is a company-list word nor a company's head ("Orvane Capital’s Zephyr unit" stays a company).
 */

const POSSESSIVES = new Set(["'s", '’s']);
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
// Words that may open a title but no person's name.
const NOT_GIVEN = new Set(['The', 'A', 'An', 'Why', 'How', 'What', 'When', 'Where', 'Who', 'Is', 'Will', 'Can', 'Does', 'Inside', 'With', 'From', 'For', 'After', 'Before']);

/** A given name, or a word no list or general text knows ("Elon"): no dictionary word, no word of the company list. */
function mayBeGivenName(model: NerModel, w: string): boolean {
  if (NOT_GIVEN.has(w) || isListedCompanyWord(w)) return false;
  const lexicon = model.lexicon(w.toLowerCase());
  if (lexicon.includes('co')) return false;
  return lexicon.includes('pn') || (lexicon.length === 0 && !isDictionaryWord(w.toLowerCase()));
}

/** Adds such owners as people; the spans the tagger had over their words give way. */
export function ownersBeforeCompanies(model: NerModel, words: readonly string[], title: boolean, spans: NerSpan[], sentence: number): NerSpan[] {
  if (!title && !isTitleCased(words)) return spans;
  let out = spans;
  for (let k = 0; k + 3 < words.length; k++) {
    if (!POSSESSIVES.has(words[k + 2]!)) continue;
    const given = words[k]!;
    const surname = words[k + 1]!;
    if (!NAME_WORD.test(given) || !NAME_WORD.test(surname) || !mayBeGivenName(model, given)) continue;
    if (isListedCompanyWord(surname) || isCorporateHead(surname.toLowerCase()) || model.lexicon(surname.toLowerCase()).includes('co')) continue;
    // A name the tagger runs on from before ("Tesla Chief Elon Musk") is left as it is.
    if (out.some((sp) => sp.start < k && sp.end > k)) continue;
    const owned = words[k + 3]!;
    const company = out.some((sp) => sp.start === k + 3 && sp.label === 'ORG') || isListedCompanyWord(owned);
    if (!company) continue;
    out = out.filter((sp) => sp.end <= k || sp.start >= k + 2);
    out.push({ sentence, start: k, end: k + 2, label: 'PER' });
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}
