import { isListedCompanyWord } from './company-gazetteer.js';
import { isCommonWord, isDictionaryWord } from './everyday-words.js';
import { knowsWordAs, type NerModel } from './perceptron-tagger.js';
import type { NerSpan, TaggableSentence } from './recognise-mentions.js';
import type { DocEvidence } from './token-features.js';

/** One-word spans the tagger took for a person that are ordinary words: "Online , the shop …", "Click to …". */

/**
 * "Wealthy trader …", "Online , the shop …": a lone capitalised dictionary word that no name list holds as a
 * first name or surname, and the tagger never learnt as a person, is no person, wherever it stands.
 */
function isEverydayWordAsPerson(model: NerModel, s: TaggableSentence, span: NerSpan): boolean {
  if (s.shouted || span.label !== 'PER') return false;
  const word = s.words[span.start]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return isDictionaryWord(lower) && !isListedCompanyWord(word) && !model.lexicon(lower).includes('pn') && !knowsWordAs(model, lower, 'PER');
}

/**
 * "Click to get the guide", "Print this page": a lone capitalised word of the commonest English, that a name list may hold but
 * the story writes lower-case elsewhere and never as the surname of a person named in full, is no person.
 */
function isCommonWordAsPerson(model: NerModel, s: TaggableSentence, span: NerSpan, doc: DocEvidence, surnames: ReadonlySet<string>): boolean {
  if (s.shouted || span.label !== 'PER') return false;
  const word = s.words[span.start]!;
  const lower = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isCommonWord(lower) || !doc.lowerWords.has(lower) || surnames.has(word)) return false;
  return !isListedCompanyWord(word) && !knowsWordAs(model, lower, 'PER');
}

/** "anxious Kelvorans queued", "Danes voted": the plural of a nationality names people, not one person. */
function isNationalityPlural(model: NerModel, s: TaggableSentence, span: NerSpan): boolean {
  const word = s.words[span.start]!;
  // Teams are named in the plural too ("the Kelso Yankees' losses"): only a person is ruled out.
  if (span.label !== 'PER' || !/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  const singular = word.slice(0, -1).toLowerCase();
  return knowsWordAs(model, singular, 'MISC') && !knowsWordAs(model, singular, 'PER') && !knowsWordAs(model, singular, 'ORG') && !model.lexicon(word.toLowerCase()).includes('pn');
}

/** Is this one-word span taken for a person an ordinary word instead? */
export function isNoPerson(model: NerModel, s: TaggableSentence, span: NerSpan, doc: DocEvidence, surnames: ReadonlySet<string>): boolean {
  return isEverydayWordAsPerson(model, s, span) || isCommonWordAsPerson(model, s, span, doc, surnames) || isNationalityPlural(model, s, span);
}
