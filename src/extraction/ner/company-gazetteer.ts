import { readCspellWordList } from './cspell-word-list.js';
import { WELL_KNOWN_COMPANIES } from './well-known-companies.js';

// Company names from the MIT-licensed @cspell/dict-companies word list, with well-known ones it lacks.
let words: Set<string> | undefined;

/** Is this word, exactly as written, a company name of the list ("Boeing", "AbbVie", "Chesapeake")? */
export function isListedCompanyWord(word: string): boolean {
  // Mixed-case words only: all-capital entries are tickers and initials ("AT", "AD"), too ambiguous to trust.
  words ??= new Set([...readCspellWordList('@cspell/dict-companies', 'companies.txt').filter((w) => /\p{Ll}/u.test(w)), ...WELL_KNOWN_COMPANIES]);
  return words.has(word);
}
