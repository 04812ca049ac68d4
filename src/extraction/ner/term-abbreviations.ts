import { isCorporateHead } from '../corporate-heads.js';
import { isPublicBody } from '../organization-typing.js';
import { isDictionaryWord } from './everyday-words.js';
import type { TaggableSentence } from './recognise-mentions.js';

/**
 * Abbreviations a story defines for terms, not bodies: "service organization control ( SOC )", "earnings per share
 * ( EPS )", and capitalised terms made of dictionary words with no organisation's head among them ("Route Planning
 * Desk ( RPD )", "Harvest Outlook Poll ( HOP )").
 */

const ABBREVIATION = /^\p{Lu}{2,6}s?$/u;
// Small words an abbreviation may leave out: "earnings per share" → "EPS", "return on equity" → "ROE".
const SKIPPABLE = new Set(['of', 'and', 'for', 'the', 'on', 'per', 'to', 'in', '&']);
// Words that make a capitalised phrase an organisation's name, beside company and public-body heads.
const ORGANISATION_WORDS = new Set(['bank', 'banks', 'group', 'company', 'corporation', 'fund', 'trust', 'forum', 'network', 'centre', 'center', 'school', 'college', 'hospital', 'club', 'institution', 'partnership', 'council', 'agency', 'chamber', 'commerce']);

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

/** Do the lower-case words ending at `end` (exclusive) spell `letters`, small words optionally left out? */
function spelledBefore(words: readonly string[], end: number, letters: string): boolean {
  let k = end - 1;
  for (let i = letters.length - 1; i >= 0; i--) {
    while (k >= 0 && SKIPPABLE.has(words[k]!) && words[k]![0] !== letters[i]) k--;
    const w = words[k];
    if (w === undefined || !/^\p{Ll}/u.test(w) || w[0] !== letters[i]) return false;
    k--;
  }
  return true;
}

/** Does this lower-case word make a phrase an organisation's name ("bank", "motors", "commission")? */
export const isOrganisationWord = (lower: string) => ORGANISATION_WORDS.has(lower) || isCorporateHead(lower) || isPublicBody(lower);

/**
 * The capitalised term ending at `end` (exclusive) whose initials spell `letters`, when each of its words is a
 * dictionary word and none names an organisation: "Harvest Outlook Poll ( HOP )" → "Harvest Outlook Poll".
 */
function capitalisedTermBefore(words: readonly string[], end: number, letters: string): string | undefined {
  let k = end - 1;
  for (let i = letters.length - 1; i >= 0; i--) {
    while (k > 0 && SKIPPABLE.has(words[k]!) && words[k]![0]!.toUpperCase() !== letters[i]) k--;
    const w = words[k];
    if (w === undefined || !/^\p{Lu}\p{Ll}+$/u.test(w) || w[0] !== letters[i]) return undefined;
    const lower = w.toLowerCase();
    if (!isDictionaryWord(lower) || isOrganisationWord(lower)) return undefined;
    k--;
  }
  return words.slice(k + 1, end).join(' ');
}

/** The abbreviations of terms defined in brackets anywhere in the story, and the capitalised terms they stand for. */
export function termAbbreviations(sentences: readonly TaggableSentence[]): Set<string> {
  const found = new Set<string>();
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let k = words.indexOf('('); k >= 0; k = words.indexOf('(', k + 1)) {
      // "Customer Engagement Platform ( “ CEP ” )": press releases quote the abbreviation they define.
      const quoted = QUOTES.has(words[k + 1] ?? '') && QUOTES.has(words[k + 3] ?? '');
      const abbreviation = words[k + (quoted ? 2 : 1)] ?? '';
      if (words[k + (quoted ? 4 : 2)] !== ')' || !ABBREVIATION.test(abbreviation)) continue;
      const letters = abbreviation.replace(/s$/, '');
      if (spelledBefore(words, k, letters.toLowerCase())) {
        found.add(abbreviation);
        continue;
      }
      const term = capitalisedTermBefore(words, k, letters);
      if (term === undefined) continue;
      found.add(abbreviation);
      found.add(term);
    }
  }
  return found;
}
