import type { NerSpan } from './recognise-mentions.js';

/**
 * "Toyota Motor Shares Slide", "Tata Motors Shares Fall": where a title capitalises every word, the tagger, which leans
 * on case, often ends a company's name before the head word that closes it. A capitalised head word that only ever
 * closes a company's name ("Motor", "Industries", "Airlines", "Corp") right after a company's span is the name's own.
 * (Heads that are also everyday nouns after a name, "Oil", "Energy", "Power", "Media", "Capital", are left out:
 * "Exxon Oil Output Falls" names Exxon.)
 */
const CLOSING_HEADS = new Set(
  (
    'motor motors industries airlines airways holdings technologies pharmaceuticals pharma biotech therapeutics enterprises laboratories ' +
    'bancorp biosciences semiconductor semiconductors electronics corp corporation inc ltd plc llc co group'
  ).split(' '),
);

/** Stretches each company span of a title over the capitalised head words that close its name (at most two). */
export function joinClosingHeads(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  for (const span of spans) {
    if (span.label !== 'ORG') continue;
    let grown = 0;
    while (grown < 2 && closesName(words[span.end]) && !spans.some((o) => o !== span && o.start === span.end)) {
      span.end++;
      grown++;
    }
  }
  return spans;
}

const closesName = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word) && CLOSING_HEADS.has(word.toLowerCase().replace(/\.$/, ''));
