import type { NerSpan } from './recognise-mentions.js';

/**
 * "First Solar rose 8 %", "First Republic Bank", "First Horizon": the tagger, which takes a capitalised "First" for the
 * ordinal that opens many sentences, leaves it out of the company's name and reads the rest as a person or a place. A
 * capitalised "First" right before a name of one or two words (not set off by a comma) opens that name, a company's.
 * ("First Lady Jo Reyes": a title between them keeps the person.)
 */
export function joinOrdinalOpeners(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  for (const span of spans) {
    const at = span.start - 1;
    if (span.label === 'MISC' || span.end - span.start > 2 || words[at] !== 'First') continue;
    if (spans.some((o) => o.start <= at && at < o.end)) continue;
    span.start--;
    span.label = 'ORG';
  }
  return spans;
}
