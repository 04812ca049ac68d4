import type { AnalysedSentence } from './analysis-types.js';
import { parseNumber } from './sentence-reading.js';

/** The figures of an index's move: "fell 120.5 points", "closed at 2,400.98". */

// Words that may come between a verb and its figure: "fell nearly 120 points".
const HEDGES = new Set(['nearly', 'about', 'almost', 'roughly', 'some', 'around', 'over', 'more', 'than', 'just', 'less', 'by']);
const WINDOW = 8;

/** A number written from token `k` ("2 , 400.98" is one), and the token after it. */
function numberAt(s: AnalysedSentence, k: number): { value: number; end: number } | undefined {
  if (parseNumber(s.lower[k] ?? '') === undefined) return undefined;
  let text = s.lower[k]!;
  let end = k + 1;
  // The tokenizer splits thousands: "21 , 004.5".
  while (s.lower[end] === ',' && /^\d{3}(?:\.\d+)?$/.test(s.lower[end + 1] ?? '') && !text.includes('.')) {
    text += s.lower[end + 1];
    end += 2;
  }
  const value = parseNumber(text);
  return value === undefined ? undefined : { value, end };
}

/** Points moved: "fell 120.5 points", "lost nearly 300 points". */
export function pointsAfter(s: AnalysedSentence, verb: number): number | undefined {
  let k = verb + 1;
  while (k < verb + 4 && HEDGES.has(s.lower[k] ?? '')) k++;
  const n = numberAt(s, k);
  return n && /^(?:points?|pts)$/.test(s.lower[n.end] ?? '') ? n.value : undefined;
}

/** The level reached: "to 2,400.98", "at 21,004", a few words after the verb, not a percentage or points. */
export function levelAfter(s: AnalysedSentence, verb: number): number | undefined {
  for (let k = verb + 1; k < Math.min(s.lower.length, verb + WINDOW); k++) {
    const w = s.lower[k]!;
    if (w === ';' || w === 'while' || w === 'but') return undefined;
    if (w !== 'to' && w !== 'at') continue;
    const n = numberAt(s, k + 1);
    if (!n) continue;
    if (/^(?:%|percent|pct|points?|pts|a\.m\.|p\.m\.|am|pm)$/.test(s.lower[n.end] ?? '')) continue;
    return n.value;
  }
  return undefined;
}
