import { isCorporateHead } from '../corporate-heads.js';
import { companyKeyWords } from '../name-normalisation.js';
import { defaultNerModel } from './default-model.js';
import { isCommonWord } from './everyday-words.js';
import { isWellKnownPlace } from './well-known-places.js';

/**
 * "Walt Disney", "Eli Lilly", "Charles Schwab": a company's name of two words that people's names have, so that the
 * surname alone ("Disney", "Lilly") is the company, too. Not where a word is a place ("Wells Fargo", "First Boston"),
 * an everyday word ("Washington Post", "Salomon Brothers") or a company's head word. Takes the name's lower-case key
 * words.
 */
export function isNamedForPerson(key: readonly string[]): boolean {
  if (key.length !== 2 || isCorporateHead(key[1]!)) return false;
  const model = defaultNerModel();
  return key.every((w) => model.lexicon(w).includes('pn') && !isCommonWord(w) && !model.places.has(w) && !isWellKnownPlace(w));
}

/** The surname, as written, that a company's name written out ("Eli Lilly and Co") is also known by, if it is named for a person. */
export function surnameOfCompany(words: readonly string[]): string | undefined {
  const key = companyKeyWords(words.join(' '));
  if (!isNamedForPerson(key)) return undefined;
  return words.find((w) => w.toLowerCase() === key[1]);
}
