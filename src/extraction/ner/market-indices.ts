import type { NerSpan } from './recognise-mentions.js';

/** Stock market indices, which news names like companies ("Germany's DAX slipped", "the S&P 500 rose"). */

// Sizes that follow an index's name: "CAC 40", "FTSE 100", "S&P/ASX 200", "Nikkei 225", "Fortune 500".
// (Not 20: results tables put scores and points there.)
const INDEX_SIZES = new Set(['30', '35', '40', '50', '100', '200', '225', '250', '300', '400', '500', '600', '1000', '2000', '3000', '5000']);
// Names that only ever stand for an index (the Nikkei and Dow Jones are also publishers, the ASX an exchange).
const INDEX_NAMES = new Set(['DAX', 'CAC', 'FTSE', 'Sensex', 'SENSEX', 'Nifty', 'NIFTY', 'Kospi', 'KOSPI', 'Topix', 'TOPIX', 'IBEX', 'Stoxx', 'STOXX', 'Hang Seng', 'Euro Stoxx', 'DXY']);
const INDEX_WORDS = new Set(['index', 'indices', 'indexes', 'Index']);

/** "500 %", "35 , 000", "20 : 36": the number after the name is a figure, not an index's size. */
const isFigureGoingOn = (words: readonly string[], k: number) =>
  words[k] === '%' || (/^[,.:]$/.test(words[k] ?? '') && /^\d/.test(words[k + 1] ?? ''));

/** Is this span an index: a name of the list, a name before its size, or one word before "index"? */
export function isMarketIndex(words: readonly string[], span: NerSpan): boolean {
  const last = words[span.end - 1]!;
  const next = words[span.end] ?? '';
  if (INDEX_SIZES.has(last) && span.end - span.start > 1) return true;
  if (INDEX_SIZES.has(next) && !isFigureGoingOn(words, span.end + 1)) return true;
  // "the Nikkei index"; "the American Stock Exchange index" names the exchange.
  if (INDEX_WORDS.has(next) && span.end - span.start === 1) return true;
  const text = span.end - span.start === 1 ? last : words.slice(span.start, span.end).join(' ');
  return INDEX_NAMES.has(text);
}
