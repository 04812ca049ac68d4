import type { NerSpan } from './recognise-mentions.js';

/**
 * "the film “ Dark Harbour ”", "his ' Quiet Tide , ' a novel": a name standing alone inside quotation marks is the title
 * of a work or a coined term, which the tagger takes for a person's name when its words look like one.
 */

const OPENING = new Set(['"', '“', '‘', "'", '``', '`']);
const CLOSING = new Set(['"', '”', '’', "'", "''"]);

/** Is the span the whole of a quotation: a quotation mark before it and one after it (or after a comma)? */
export function isQuotedAlone(words: readonly string[], span: NerSpan): boolean {
  if (!OPENING.has(words[span.start - 1] ?? '')) return false;
  const next = words[span.end] ?? '';
  return CLOSING.has(next) || (next === ',' && CLOSING.has(words[span.end + 1] ?? ''));
}
