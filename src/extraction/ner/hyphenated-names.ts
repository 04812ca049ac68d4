import { isListedCompanyWord } from './company-gazetteer.js';
import type { NerModel } from './perceptron-tagger.js';
import type { NerSpan } from './recognise-mentions.js';
import { isEverydayWord } from './everyday-words.js';
import { opensSentence } from './token-features.js';
import { isWellKnownPlace } from './well-known-places.js';
import { readByStart } from './span-order.js';

/**
 * "Kelso - Marr", "Mary - Kate Olsen": text tokenised with its hyphens apart splits one name in two, and the tagger
 * names each part. Two names of one kind on either side of a lone hyphen are one, unless either side is a place
 * ("UK - Brazil talks"), only one side is written in capitals ("NORTHGATE - Central bank …": a dateline) or the left
 * is an everyday word heading a line ("Soccer - Kellan …"). An untagged word across the hyphen is left alone: headings
 * and results lines ("Tennis - Ruiz beats …") write names so, though a company's name after the hyphen takes the word
 * before it where no line opens there.
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
  // Most sentences have no lone hyphen, and nothing to join: the spans come back as they are, unsorted and unfiltered.
  if (!words.includes(HYPHEN)) return spans;
  const sorted = readByStart(spans);
  const gone = new Set<NerSpan>();
  for (const span of sorted) {
    if (gone.has(span)) continue;
    while (words[span.end] === HYPHEN && isTitleWord(words[span.end + 1]) && mayJoin(model, words, span.end - 1)) {
      const next = sorted.find((o) => o !== span && !gone.has(o) && o.start === span.end + 1);
      if (!next) break;
      if (next.label !== span.label) {
        // "Kestwell - Marr", the parts taken for different kinds of name, is one company's name when the company list
        // writes it with its hyphen ("Coca-Cola" of a page whose tokens were cut at the hyphen).
        if (span.end - span.start !== 1 || next.end - next.start !== 1 || !isListedCompanyWord(`${words[span.start]}-${words[next.start]}`)) break;
        span.label = 'ORG';
      }
      span.end = next.end;
      gone.add(next);
    }
  }
  for (const span of sorted) if (!gone.has(span)) takeWordBeforeHyphen(model, words, sorted, span, gone);
  return spans.filter((s) => !gone.has(s));
}

/**
 * "the Export - Import Bank", "owned by Hewlett - Packard Co": a company's name tagged only after the hyphen takes the
 * one capitalised word before it, untagged or tagged alone as something else, where that word opens no sentence (a
 * heading or a results line: "Tennis - Ruiz …").
 */
function takeWordBeforeHyphen(model: NerModel, words: readonly string[], spans: readonly NerSpan[], span: NerSpan, gone: Set<NerSpan>): void {
  const k = span.start - 2;
  if (span.label !== 'ORG' || k < 1 || words[k + 1] !== HYPHEN || !isTitleWord(words[k]) || opensSentence(words, k) || !mayJoin(model, words, k)) return;
  const own = spans.find((o) => !gone.has(o) && o.start <= k && k < o.end);
  // A word tagged as something else joins only a name of two words or more ("Packard Co"): "Kelso - Orvane" stay two.
  if (own && (own.start !== k || own.end !== k + 1 || own.label === 'ORG' || span.end - span.start < 2)) return;
  if (own) gone.add(own);
  span.start = k;
}
