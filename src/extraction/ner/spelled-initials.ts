import type { NerSpan } from './recognise-mentions.js';

/**
 * "the Council for Trade and Safety in Kelvoria ( CTSK )", "the East Kelvoria Venture Capital Association (
 * EKVCA )": a name defined by its abbreviation in brackets is the run of words whose initials the abbreviation spells.
 * The tagger often stops at a lower-case word inside it ("in Kelvoria") or starts late ("Venture Capital Association");
 * the span is stretched over the words the initials need, and only then.
 */

// Small words a name's initials leave out.
const GLUE = new Set(['of', 'for', 'and', '&', 'in', 'on', 'the', 'de', 'du', 'des', 'la', 'le', 'to']);
// How many words a span may gain on either side: enough for "in Kelvoria" or "East Kelvoria", not for a clause.
const MAX_GAIN = 3;
const CAPITALISED = /^\p{Lu}/u;

/** The initials of the capitalised words of [start, end), or undefined when a word there is neither capitalised nor glue. */
function initialsOf(words: readonly string[], start: number, end: number): string | undefined {
  let letters = '';
  for (let k = start; k < end; k++) {
    const w = words[k]!;
    if (CAPITALISED.test(w)) letters += w[0];
    else if (!GLUE.has(w)) return undefined;
  }
  return letters;
}

/** Stretches each span that stops short of the words its bracketed abbreviation spells (see above). */
export function stretchToSpelledInitials(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  for (const span of spans) {
    if (span.label !== 'ORG') continue;
    // The bracket may follow the span or a few words after it ("… Safety in Kelvoria ( CTSK )").
    let open = span.end;
    while (open < words.length && open - span.end <= MAX_GAIN && words[open] !== '(') open++;
    if (words[open] !== '(' || words[open + 2] !== ')') continue;
    const abbreviation = words[open + 1]!;
    if (!/^\p{Lu}[\p{L}]{1,7}$/u.test(abbreviation)) continue;
    const wanted = abbreviation.toUpperCase();
    // "The Council for …": a determiner the tagger took in spells nothing, and no words come before it.
    const first = words[span.start] === 'The' ? span.start + 1 : span.start;
    const lowest = first === span.start ? Math.max(0, span.start - MAX_GAIN) : first;
    let found: number | undefined;
    for (let start = first; start >= lowest; start--) {
      if (start < first && !CAPITALISED.test(words[start]!)) break;
      if (initialsOf(words, start, open) === wanted && !GLUE.has(words[start]!)) {
        found = start;
        break;
      }
    }
    // Names the tagger found inside the stretched run ("Kelvoria") are parts of it; one crossing its edge is another name.
    if (found === undefined || (found === span.start && open === span.end) || spans.some((o) => o !== span && o.start < open && o.end > found && (o.start < found || o.end > open))) continue;
    for (const o of spans) if (o !== span && o.start >= found && o.end <= open) o.end = o.start;
    span.start = found;
    span.end = open;
  }
  return spans.filter((s) => s.end > s.start);
}
