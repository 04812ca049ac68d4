import { isLegalSuffix } from '../name-normalisation.js';
import { isListedCompanyWord } from './company-gazetteer.js';
import { isEverydayWord } from './everyday-words.js';
import { knowsWordAs, type NerModel } from './perceptron-tagger.js';
import type { NerLabel, NerSpan } from './recognise-mentions.js';
import { isOrganisationWord } from './term-abbreviations.js';

/**
 * Scraped pages run headings, captions and page furniture into the prose: "Advertisement Globex Media revealed …",
 * "Orvane Labs Closes $ 15 Million Round", "About Orvane Labs Founded in 2011 …". The tagger takes the stray words
 * for part of the name. Where the story names the company without them elsewhere, they are cut off. People are left
 * alone: a person's name cut to the part the story repeats adds a vote for a person to a company named after one.
 */

// Words at most this many may be cut from either edge: a longer run is a different name, not furniture around one.
const MAX_CUT = 4;
const NAME_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
// Everyday words that end names of broadcasters and parties ("Damascus Radio", "Liberal Party"): part of the name.
const EVERYDAY_NAME_HEADS = new Set(['radio', 'television', 'party']);

/**
 * A word that can stand beside a name without belonging to it: an everyday word of English in any case ("Closes",
 * "Founded", "SOURCE", "Advertisement"), not the head of an organisation's name ("Bank", "Media", "Partners"), not a
 * company list's word, and not a word the tagger learnt as a name.
 */
function isStrayWord(model: NerModel, word: string): boolean {
  // "US", "UK": short capitals are initials of a name, not words.
  // "SpA", "Ltd": a legal form closes the name, however everyday its letters ("spa").
  if (!/^\p{Lu}/u.test(word) || /^\p{Lu}{1,3}$/u.test(word) || isLegalSuffix(word)) return false;
  const lower = word.toLowerCase();
  if (!isEverydayWord(lower) || isOrganisationWord(lower) || EVERYDAY_NAME_HEADS.has(lower) || isListedCompanyWord(word)) return false;
  return !model.lexicon(lower).includes('pn') && !NAME_TYPES.some((type) => knowsWordAs(model, lower, type));
}

/**
 * A stray word that may be cut from the end of a name: a plural closing a name may be its head ("Quarvex Pictures"
 * beside "Quarvex"), so words ending in "s" stay.
 */
const isCuttableLast = (model: NerModel, word: string) => isStrayWord(model, word) && !/s$/i.test(word);

/**
 * The part of the span the story names on its own elsewhere with the span's label, after cutting stray words from
 * either edge; undefined when no such part exists or nothing would be cut. `seenAlone` counts each text's mentions.
 */
export function trimToKnownName(
  model: NerModel,
  words: readonly string[],
  span: NerSpan,
  labelOf: ReadonlyMap<string, NerLabel>,
  seenAlone: ReadonlyMap<string, number>,
): { start: number; end: number } | undefined {
  if (span.end - span.start < 2 || span.label !== 'ORG') return undefined;
  // Nothing is cut unless a stray word opens or closes the span: asked before the span's text is joined.
  if (!isStrayWord(model, words[span.start]!) && !isCuttableLast(model, words[span.end - 1]!)) return undefined;
  // A longer name the story repeats is a name of its own ("Orvane Families"), not furniture around a shorter one.
  if ((seenAlone.get(words.slice(span.start, span.end).join(' ')) ?? 0) > 1) return undefined;
  let best: { start: number; end: number } | undefined;
  for (let cutStart = 0; cutStart <= MAX_CUT; cutStart++) {
    const start = span.start + cutStart;
    if (start >= span.end || (cutStart > 0 && !isStrayWord(model, words[start - 1]!))) break;
    for (let cutEnd = 0; cutEnd <= MAX_CUT; cutEnd++) {
      const end = span.end - cutEnd;
      if (end <= start || (cutEnd > 0 && !isCuttableLast(model, words[end]!))) break;
      if (cutStart + cutEnd === 0) continue;
      const text = words.slice(start, end).join(' ');
      // The shorter name must be one the story writes alone, as the same kind of thing.
      if (labelOf.get(text) !== span.label || (seenAlone.get(text) ?? 0) < 1) continue;
      if (!best || end - start > best.end - best.start) best = { start, end };
    }
  }
  return best;
}
