import type { AnalysedSentence } from './analysis-types.js';
import { subjectOf } from './move-subjects.js';
import type { MoveTrigger } from './move-triggers.js';

/** Moves told as a stock's standing among others: "Acme was the biggest gainer on the S&P 500", "among the worst performers". */

const STANDINGS = new Map<string, 'UP' | 'DOWN' | 'RANKED'>([
  ['gainer', 'UP'], ['gainers', 'UP'], ['loser', 'DOWN'], ['losers', 'DOWN'], ['decliner', 'DOWN'], ['decliners', 'DOWN'],
  ['performer', 'RANKED'], ['performers', 'RANKED'],
]);
export const STANDING_WORDS = new Set(STANDINGS.keys());
const RANKS = new Map<string, 'UP' | 'DOWN'>([['best', 'UP'], ['top', 'UP'], ['worst', 'DOWN'], ['weakest', 'DOWN'], ['strongest', 'UP']]);
const FILLER = new Set(['the', 'a', 'among', 'one', 'of', 'biggest', 'largest', 'top', 'best', 'worst', 'leading', 'big', 'heaviest', 'sharpest', 'strongest', 'weakest', 'day', "day's", "'s", 'session', 'index', 'percentage']);
const MARKETS = /^(?:index|s&p|dow|nasdaq|stocks|shares|market|sector|exchange|ftse|dax|nikkei)$/;
const COPULAS = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'became', 'ranked', 'remained']);

export function standingMoveAt(s: AnalysedSentence, at: number): MoveTrigger | undefined {
  const kind = STANDINGS.get(s.lower[at]!);
  if (!kind) return undefined;
  let k = at - 1;
  let rank: 'UP' | 'DOWN' | undefined;
  for (; k > 0 && at - k <= 6 && FILLER.has(s.lower[k]!); k--) rank ??= RANKS.get(s.lower[k]!);
  const direction = kind === 'RANKED' ? rank : kind;
  if (!direction || !COPULAS.has(s.lower[k] ?? '')) return undefined;
  const found = subjectOf(s, k);
  if (!found) return undefined;
  // "a top performer in customer surveys": a performer ranks among stocks only where a market is named.
  if (kind === 'RANKED' && !found.stockWord && !s.lower.slice(at + 1, at + 6).some((w) => MARKETS.test(w))) return undefined;
  return { at, direction, founds: [{ ...found, stockWord: true }] };
}
