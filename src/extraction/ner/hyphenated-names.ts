import type { NerModel } from './perceptron-tagger.js';
import type { NerSpan } from './recognise-mentions.js';
import { isEverydayWord } from './everyday-words.js';
import { opensSentence } from './token-features.js';
import { isWellKnownPlace } from './well-known-places.js';

/**
 * "Kelso - Marr", "Mary - Kate Olsen": text tokenised with its hyphens apart splits one name in two, and the tagger
 * names each part. Two names of one kind on either side of a lone hyphen are one, unless either side is a place
 * ("UK - Brazil talks"), only one side is written in capitals ("NORTHGATE - Central bank …": a dateline) or the left
 * is an everyday word heading a line ("Soccer - Kellan …"). An untagged word across the hyphen is left alone: headings
 * and results lines ("Tennis - Ruiz beats …") write names so.
 */

const HYPHEN = '-';
const isTitleWord = (w: string | undefined) => w !== undefined && /^\p{Lu}[\p{L}\d]*$/u.test(w);
const isShouted = (w: string) => /^\p{Lu}{2,}$/u.test(w);

function isPlace(model: NerModel, word: string): boolean {
  return model.places.has(word.toLowerCase()) || isWellKnownPlace(word);
}

/** "Soccer - Kellan names his team", "Note - Orvane and …": an everyday word opening a line before a dash is its heading. */
const isHeading = (words: readonly string[], k: number) => opensSentence(words, k) && isEverydayWord(words[k]!.toLowerCase());

/** May the words at k and k + 2, around a hyphen, be one name? */
function mayJoin(model: NerModel, words: readonly string[], k: number): boolean {
  const left = words[k]!;
  const right = words[k + 2]!;
  return !isPlace(model, left) && !isPlace(model, right) && isShouted(left) === isShouted(right) && !isHeading(words, k);
}

/** Joins names split at a lone hyphen; returns the spans left (the right parts absorbed are dropped). */
export function joinHyphenatedNames(model: NerModel, words: readonly string[], spans: NerSpan[]): NerSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const gone = new Set<NerSpan>();
  for (const span of sorted) {
    if (gone.has(span)) continue;
    while (words[span.end] === HYPHEN && isTitleWord(words[span.end + 1]) && mayJoin(model, words, span.end - 1)) {
      const next = sorted.find((o) => o !== span && !gone.has(o) && o.start === span.end + 1);
      if (!next || next.label !== span.label) break;
      span.end = next.end;
      gone.add(next);
    }
  }
  return spans.filter((s) => !gone.has(s));
}
