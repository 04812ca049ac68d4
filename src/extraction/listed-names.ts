import type { AnalysedSentence } from './analysis-types.js';
import { isCalendarWord } from './calendar-words.js';
import type { ClusterIndex } from './cluster-index.js';
import type { ListingMatch } from './listing-patterns.js';
import { isCapitalised } from './ner/token-features.js';

// Words that open a sentence or phrase before a name, not part of it; a pronoun ("It ( OTC : ITGL ) said") stands for
// a name written before.
const OPENERS = new Set(['The', 'A', 'An', 'And', 'But', 'Shares', 'Stock', 'It', 'Its', 'This', 'That', 'These', 'Those', 'He', 'She', 'They', 'We', 'I', 'You', 'Our', 'Their', 'His', 'Her']);
const MAX_NAME_WORDS = 4;

/**
 * Tokens [start, end) of the capitalised run right before the bracket that holds a listing, where no mention is yet;
 * a person or place mention ending there becomes a company.
 */
function runBeforeListing(s: AnalysedSentence, listing: ListingMatch): [number, number] | undefined {
  let at = s.tokens.findIndex((t) => t.start >= listing.start);
  if (at < 0) at = s.tokens.length;
  // "Globex ( NasdaqGS : GBX )", "Quick Bite ( Other OTC : QKBTF )": the bracket opens at most two words before.
  let open = at - 1;
  while (open >= 0 && at - open <= 3 && s.tokens[open]!.text !== '(') open--;
  if (open < 1 || s.tokens[open]!.text !== '(') return undefined;
  const end = open;
  let start = end;
  while (start > 0 && end - start < MAX_NAME_WORDS && (isCapitalised(s.tokens[start - 1]!.text) || s.tokens[start - 1]!.text === '&')) start--;
  // "said Saturday ( Shenzhen : 002291.SZ )": a day or month before the bracket names no company.
  while (start < end && (OPENERS.has(s.tokens[start]!.text) || s.tokens[start]!.text === '&' || isCalendarWord(s.lower[start]!))) start++;
  if (start === end) return undefined;
  const covering = s.mentions.find((m) => m.start < end && start < m.end);
  // A person or place the tagger saw there is the company ("Quick Bite ( NASDAQ : QKBT )").
  if (covering && covering.end === end && !covering.anaphoric && (covering.cluster.type === 'Person' || covering.cluster.type === 'Location')) {
    covering.cluster.type = 'Company';
  }
  return covering ? undefined : [start, end];
}

/** Adds a mention wherever a sentence holds these words and no mention yet. */
function mentionEverywhere(sentences: AnalysedSentence[], words: readonly string[], add: (s: AnalysedSentence, start: number) => void): void {
  for (const s of sentences) {
    if (s.caseless) continue;
    for (let k = 0; k + words.length <= s.tokens.length; k++) {
      if (s.tokens[k]!.text !== words[0] || !words.every((w, j) => s.tokens[k + j]!.text === w)) continue;
      if (s.mentions.some((m) => m.start < k + words.length && k < m.end)) continue;
      add(s, k);
    }
  }
}

/**
 * "Quick Bite ( Other OTC : QKBTF )", "Globex ( NasdaqGS : GBX )": the capitalised words right before a bracketed
 * listing name its company even where the tagger saw no name, and so do the same words elsewhere in the story.
 */
export function addNamesBeforeListings(sentences: AnalysedSentence[], listings: readonly ListingMatch[], index: ClusterIndex): void {
  for (const l of listings) {
    if (!l.exchange) continue;
    const s = sentences.find((x) => l.start >= x.start && l.start < x.end);
    if (!s || s.caseless) continue;
    const run = runBeforeListing(s, l);
    if (!run) continue;
    const words = s.tokens.slice(run[0], run[1]).map((t) => t.text);
    const text = s.text.slice(s.tokens[run[0]]!.start - s.start, s.tokens[run[1] - 1]!.end - s.start);
    const cluster = index.resolve('Company', text, s.index);
    cluster.mentions--;
    mentionEverywhere(sentences, words, (x, k) => {
      cluster.mentions++;
      cluster.firstSentence = Math.min(cluster.firstSentence, x.index);
      x.mentions.push({ cluster, start: k, end: k + words.length, anaphoric: false });
    });
  }
}
