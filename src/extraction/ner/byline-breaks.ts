import { isDictionaryWord } from './everyday-words.js';
import type { NerModel } from './perceptron-tagger.js';
import type { NerSpan } from './recognise-mentions.js';

/**
 * Scraped pages run a heading into its byline: "Radar Upgrade on Mount Kellow By Dana Whitlow", "Orvane Closes Round By
 * Jo Reyes". A capitalised "By" inside a span opens the byline, which no name runs across: the span is cut before it,
 * and the words after it are the writer's name, a person's when they are two or three words opening with a name of the
 * name list and closing with a surname that is no dictionary word ("By Daily Record" credits a paper and keeps the
 * tagger's label).
 */

// A word of a personal name: "Dana", "D'Souza", "McNeil", "Jean-Luc".
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;

export function splitAtBylines(model: NerModel, words: readonly string[], spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    cutDatelineAfterByline(model, words, span);
    const by = words.indexOf('By', span.start + 1);
    if (by < 0 || by >= span.end - 1) {
      out.push(span);
      continue;
    }
    const writer = words.slice(by + 1, span.end);
    const person =
      writer.length >= 2 &&
      writer.length <= 3 &&
      writer.every((w) => NAME_WORD.test(w)) &&
      !isDictionaryWord(writer[writer.length - 1]!.toLowerCase()) &&
      model.lexicon(writer[0]!.toLowerCase()).includes('pn');
    const byline: NerSpan = { ...span, start: by + 1, label: person ? 'PER' : span.label };
    cutDatelineAfterByline(model, words, byline);
    out.push({ ...span, end: by }, byline);
  }
  return out;
}

// A word of a dateline's place in capitals: "NEW", "YORK", "SHANGHAI".
const CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * "By Dana Whitlow NEW YORK ( Reuters )": a byline runs into the dateline after it, in capitals. A span right after
 * "By" (or "Reporting by") of two or three name words, the first of the name list, then words in capitals, is the
 * writer: the capitals are cut off and the rest is a person.
 */
function cutDatelineAfterByline(model: NerModel, words: readonly string[], span: NerSpan): void {
  if (span.start === 0 || !/^by$/i.test(words[span.start - 1]!) || !CAPITALS.test(words[span.end - 1]!)) return;
  let end = span.start;
  while (end < span.end && NAME_WORD.test(words[end]!)) end++;
  if (end - span.start < 2 || end - span.start > 3 || !words.slice(end, span.end).every((w) => CAPITALS.test(w))) return;
  if (!model.lexicon(words[span.start]!.toLowerCase()).includes('pn')) return;
  span.end = end;
  span.label = 'PER';
}
