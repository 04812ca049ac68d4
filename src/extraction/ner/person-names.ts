import { readCspellWordList } from './cspell-word-list.js';

// First names and surnames from the MIT-licensed @cspell/dict-people-names word list, lower-cased.
let names: Set<string> | undefined;

/** Is this lower-cased word a first name or surname of the list ("clinton", "smith")? Many are words too ("young"). */
export function isListedPersonName(lower: string): boolean {
  names ??= new Set(readCspellWordList('@cspell/dict-people-names', 'people-names.txt').map((w) => w.toLowerCase()));
  return names.has(lower);
}
