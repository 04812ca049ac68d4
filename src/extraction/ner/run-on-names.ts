import type { NerSpan } from './recognise-mentions.js';

/** Names run into the next sentence or into themselves where scraped text lost a line break. */

// Function words that may sit inside a name before a determiner ("Bank of The North").
const NAME_GLUE = new Set(['of', 'and', '&', 'de', 'for', 'the']);
// Determiners that open a noun phrase: capitalised inside a name only where a line break was lost before them.
const DETERMINERS = new Set(['The', 'This', 'That', 'These', 'Those', 'An']);
// Words that open a clause as its subject, never the last word of a name ("I" is left: "Elizabeth I", "World War I").
const CLAUSE_SUBJECTS = new Set(['There', 'Here', 'You', 'We', 'They']);

/**
 * "Orvane Markets The Kelso Journal", "Kellan Brooke The Kelvoran market": a capitalised determiner inside a span
 * opens the next sentence of scraped text (its line break lost); the span is cut before it and goes on after it.
 * A span that is one name written twice is cut in two the same way, and a span closed by a clause's subject ("There",
 * "We") loses it.
 */
export function splitRunOnNames(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    // "Orvane Freight Orvane Freight is …": a heading's name, then the body opening with it again.
    const half = (span.end - span.start) / 2;
    if (Number.isInteger(half) && words.slice(span.start, span.start + half).every((w, j) => w === words[span.start + half + j])) {
      out.push({ ...span, end: span.start + half }, { ...span, start: span.start + half });
      continue;
    }
    let start = span.start;
    for (let k = span.start + 1; k < span.end - 1; k++) {
      // "Bank of The North": after a name's glue word the determiner is part of the name.
      if (!DETERMINERS.has(words[k]!) || NAME_GLUE.has(words[k - 1]!)) continue;
      out.push({ ...span, start, end: k });
      start = k + 1;
    }
    const rest: NerSpan = start === span.start ? span : { ...span, start };
    // "Dana Whitlow There 's nothing like …": the subject of the next sentence closes the span.
    if (rest.end - rest.start > 1 && CLAUSE_SUBJECTS.has(words[rest.end - 1]!)) rest.end--;
    out.push(rest);
  }
  return out;
}
