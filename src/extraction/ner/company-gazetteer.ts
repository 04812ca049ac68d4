import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Company names from the MIT-licensed @cspell/dict-companies word list, shipped as an npm dependency (no fetch at run time).
let words: Set<string> | undefined;

function load(): Set<string> {
  try {
    const ext = createRequire(import.meta.url).resolve('@cspell/dict-companies/cspell-ext.json');
    const text = readFileSync(join(dirname(ext), 'dict', 'companies.txt'), 'utf8');
    // Mixed-case words only: all-capital entries are tickers and initials ("AT", "AD"), too ambiguous to trust.
    return new Set(text.split('\n').map((l) => l.trim()).filter((w) => w !== '' && !w.startsWith('#') && /\p{Ll}/u.test(w)));
  } catch {
    return new Set();
  }
}

/** Is this word, exactly as written, a company name of the list ("Boeing", "AbbVie", "Chesapeake")? */
export function isListedCompanyWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}
