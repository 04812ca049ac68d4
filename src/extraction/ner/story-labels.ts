import { isListedCompanyWord } from './company-gazetteer.js';
import { isDictionaryWord } from './everyday-words.js';
import { isTitleVerb } from './title-verbs.js';
import { isCapitalised } from './token-features.js';
import { knowsWordAs, type NerModel } from './perceptron-tagger.js';
import type { NerLabel, NerSpan } from './recognise-mentions.js';

/** Labels a story settles for a name from its other names, where the tagger saw one mention alone. */

const NAME_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * "Jane Caremark said": a name-list word the tagger knows as no name type, before a company-list word it has never
 * seen, is a person with that surname. The tagger's ORG came from the company list alone.
 */
export function isGivenNameBeforeListedWord(model: NerModel, words: readonly string[], span: NerSpan): boolean {
  if (span.label !== 'ORG' || span.end - span.start !== 2) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(words[span.start]!) || !/^\p{Lu}\p{Ll}+$/u.test(words[span.start + 1]!)) return false;
  const first = words[span.start]!.toLowerCase();
  const last = words[span.start + 1]!.toLowerCase();
  if (model.commonLower.has(first) || model.places.has(first) || model.weights.has('w=' + last)) return false;
  const given = model.lexicon(first);
  const surname = model.lexicon(last);
  if (!given.includes('pn') || given.includes('co') || !surname.includes('co') || surname.includes('pn')) return false;
  return !NAME_TYPES.some((type) => knowsWordAs(model, first, type));
}

const GLUE = new Set(['of', 'and', '&', 'the', 'de', 'for']);

/** "General Motors" → "GM": the capitals of a name's words, glue words left out. */
function initialsOf(text: string): string {
  let out = '';
  for (const w of text.split(' ')) if (!GLUE.has(w) && isCapitalised(w)) out += w[0];
  return out;
}

/** "GM" after "General Motors": capitals spelling the initials of a company of the story are its short form. */
export function settleInitials(model: NerModel, best: Map<string, NerLabel>): void {
  const initials = new Set<string>();
  for (const [text, label] of best) {
    if (label !== 'ORG' || !text.includes(' ')) continue;
    const caps = initialsOf(text);
    if (caps.length >= 2) initials.add(caps);
  }
  if (initials.size === 0) return;
  for (const [text, label] of best) {
    if (label !== 'ORG' && /^\p{Lu}{2,4}$/u.test(text) && initials.has(text) && !model.places.has(text.toLowerCase())) best.set(text, 'ORG');
  }
}

/**
 * "Kelly Ortberg Says Boeing Is …": a word of the name list the tagger took for a person, written somewhere before a
 * capitalised word no dictionary, company list or title verb knows (a surname the tagger left out), is that person's
 * given name, not the company the company list also knows it as.
 */
export function opensUntaggedFullName(model: NerModel, sentences: readonly { words: readonly string[] }[], word: string): boolean {
  if (!model.lexicon(word.toLowerCase()).includes('pn')) return false;
  for (const { words } of sentences) {
    for (let k = words.indexOf(word); k >= 0; k = words.indexOf(word, k + 1)) {
      const next = words[k + 1] ?? '';
      if (/^\p{Lu}\p{Ll}+$/u.test(next) && !isDictionaryWord(next.toLowerCase()) && !isListedCompanyWord(next) && !isTitleVerb(next)) return true;
    }
  }
  return false;
}
