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
    out.push({ ...span, end: by }, { ...span, start: by + 1, label: person ? 'PER' : span.label });
  }
  return out;
}
