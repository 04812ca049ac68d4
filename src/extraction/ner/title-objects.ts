import { isCorporateHead } from '../corporate-heads.js';
import { isListedCompanyWord } from './company-gazetteer.js';
import { isDictionaryWord } from './everyday-words.js';
import type { NerSpan } from './recognise-mentions.js';

/**
 * "Orvane Announces Collaboration with Kestwell to Develop Gene Therapies": in a title every word is capitalised, so
 * the tagger may take what an infinitive is about for a name. A run after "to" made of dictionary words only, ending
 * in a plural that closes no company's name ("Therapies", not "Motors" or "Foods"), is a thing of that kind, no name;
 * so is the verb opening it ("Develop").
 */
export function dropTitleObjects(words: readonly string[], title: boolean, spans: NerSpan[]): NerSpan[] {
  if (!title) return spans;
  return spans.filter((sp) => !isPlainObject(words, sp));
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
