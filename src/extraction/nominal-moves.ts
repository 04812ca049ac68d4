import type { AnalysedSentence, Mention } from './analysis-types.js';
import { DOWN_NOUNS, DOWN_VERBS, UP_NOUNS, UP_VERBS } from './move-words.js';
import { notAPrice, stockOwnerAt, subjectOf } from './move-subjects.js';
import type { MoveTrigger } from './move-triggers.js';
import { parseNumber, percentAfter } from './sentence-reading.js';

/**
 * Moves named by a noun: "a rebound in shares of Goldman Sachs", "the 40 percent decline in the company 's
 * share price", "GE 's 11 percent slide", "Acme shares took a 3 % dip", "GE 's tumbling share price".
 */

const UNITS = new Set(['%', 'percent', 'pct']);
const HEDGES = new Set(['nearly', 'about', 'almost', 'roughly', 'some', 'around', 'over', 'more', 'than', 'just', 'less', 'a', 'whopping']);
// "shares took a 3 % dip", "suffered a steep fall": a move the stock underwent.
const UNDERGOING = new Set(['took', 'takes', 'taking', 'suffered', 'suffers', 'suffering', 'posted', 'posts', 'posting', 'logged', 'logs', 'logging']);
const MORE_DOWN_NOUNS = new Set(['haircut', 'beating', 'hit', 'drubbing']);

/** Every word that may name such a move (nouns, and participles before a share price), for a quick first test. */
export const NOMINAL_WORDS = new Set([...UP_NOUNS, ...DOWN_NOUNS, ...MORE_DOWN_NOUNS, ...[...UP_VERBS, ...DOWN_VERBS].filter((w) => w.endsWith('ing'))]);

const FRONTING = new Set(['with', 'after', 'following']);

/** The company opening the main clause after the first comma from `from`. */
function subjectAfterComma(s: AnalysedSentence, from: number): Mention | undefined {
  const comma = s.lower.indexOf(',', from);
  if (comma < 0 || comma > from + 8) return undefined;
  const subject = s.mentions.find((m) => m.start === comma + 1 && !m.anaphoric);
  // "After a 20 % drop , Acme 's revenue …": something the company owns moved, unless it is its stock.
  const owned = s.lower[subject?.end ?? 0] === "'s" || s.lower[subject?.end ?? 0] === '’s';
  return subject && subject.cluster.type === 'Company' && !owned ? subject : undefined;
}

/** "12.6 %" (or "40 percent") ending just before token `at`, and where it starts; hedges before it are passed over. */
function percentBefore(s: AnalysedSentence, at: number): { value: number; start: number } | undefined {
  if (!UNITS.has(s.lower[at - 1] ?? '')) return undefined;
  const value = parseNumber(s.lower[at - 2] ?? '');
  if (value === undefined) return undefined;
  let start = at - 2;
  while (start > 0 && HEDGES.has(s.lower[start - 1]!)) start--;
  return { value, start };
}

/** Whether what follows a move noun at `k` is about something else than the stock: "a rise in revenue". */
function aboutSomethingElse(s: AnalysedSentence, k: number): boolean {
  const prep = s.lower[k];
  if (prep !== 'in' && prep !== 'of') return false;
  return stockOwnerAt(s, k + 1) === undefined && !anaphoricStock(s, k + 1) && !/^(?:the|a|its)$/.test(s.lower[k + 1] ?? '');
}

/** "the stock", "the shares" resolved to the story's company. */
function anaphoricStock(s: AnalysedSentence, k: number): Mention | undefined {
  const m = s.mentions.find((x) => x.start === k && x.anaphoric);
  return m && /^(?:stock|shares)$/.test(s.lower[m.end - 1]!) && !notAPrice(s, m.end) ? m : undefined;
}

/** The company named after "NOUN in …": its stock, the stock of the story's company, or the company itself. */
function ownerAfter(s: AnalysedSentence, k: number): Mention | undefined {
  const owned = stockOwnerAt(s, k) ?? (anaphoricStock(s, k) ? { subject: anaphoricStock(s, k)!, end: 0 } : undefined);
  if (owned) return owned.subject;
  // "a rally in UnitedHealth": the company alone, when nothing of it (its revenue, its sales) follows.
  const m = s.mentions.find((x) => x.start === k && !x.anaphoric && x.cluster.type === 'Company');
  const next = s.lower[m?.end ?? 0] ?? '';
  return m && (next === '' || /^[^\p{L}\p{N}]+$/u.test(next) || /^(?:and|on|as|after|since|this|last|in|at|to|,)$/.test(next)) && next !== "'s" && next !== '’s' ? m : undefined;
}

/** The move named by the noun (or participle) at `at`, if its owner is in reach. */
export function nominalMoveAt(s: AnalysedSentence, at: number): MoveTrigger | undefined {
  const w = s.lower[at]!;
  const downNoun = DOWN_NOUNS.has(w) || MORE_DOWN_NOUNS.has(w);
  const direction = UP_NOUNS.has(w) ? 'UP' : downNoun ? 'DOWN' : undefined;
  if (direction) {
    const before = percentBefore(s, at);
    // "a drop of 5 % in Acme shares"
    let after = at + 1;
    let pct = before?.value;
    if (s.lower[after] === 'of' && pct === undefined) {
      const figure = percentAfter(s, after, 4);
      if (figure !== undefined) {
        pct = figure;
        after = s.lower.findIndex((x, k) => k > after && UNITS.has(x)) + 1;
      }
    }
    // "… took a 3 % dip": the subject is before the verb and owns shares.
    let k = (before?.start ?? at) - 1;
    while (k > 0 && HEDGES.has(s.lower[k]!)) k--;
    if (UNDERGOING.has(s.lower[k] ?? '')) {
      const found = subjectOf(s, k);
      // An index has no shares to name: "the Nasdaq posting a 15 percent gain".
      if (found && (found.stockWord || found.subject.cluster.type === 'MarketIndex') && !aboutSomethingElse(s, after)) return { at, direction, founds: [found], ...(pct !== undefined ? { pct } : {}) };
    }
    if (MORE_DOWN_NOUNS.has(w)) return undefined;
    // "With a gain of 70.1 % this year , Boeing is …": an opening phrase of a move, done by the subject after it.
    const fronted = pct !== undefined && at < 6 && FRONTING.has(s.lower[0]!) && !aboutSomethingElse(s, after) ? subjectAfterComma(s, after) : undefined;
    if (fronted) return { at, direction, founds: [{ subject: fronted, stockWord: true }], pct };
    if (s.lower[after] === 'in' || (s.lower[after] === 'of' && pct === undefined)) {
      const owner = s.lower[after] === 'in' ? ownerAfter(s, after + 1) : stockOwnerAt(s, after + 1)?.subject;
      if (owner) return { at, direction, founds: [{ subject: owner, stockWord: true }], ...(pct !== undefined ? { pct } : {}) };
    }
    // "GE 's 11 percent slide": a possessive figure of a company's own move.
    const possessive = (before?.start ?? at) - 1;
    if (pct !== undefined && /^(?:'s|’s)$/.test(s.lower[possessive] ?? '') && !aboutSomethingElse(s, after)) {
      const owner = s.mentions.find((m) => m.end === possessive && m.cluster.type === 'Company');
      if (owner) return { at, direction, founds: [{ subject: owner, stockWord: true }], pct };
    }
    return undefined;
  }
  // "GE 's tumbling share price"
  if (!w.endsWith('ing') || !/^(?:'s|’s)$/.test(s.lower[at - 1] ?? '')) return undefined;
  const participle = UP_VERBS.has(w) ? 'UP' : DOWN_VERBS.has(w) ? 'DOWN' : undefined;
  const owner = s.mentions.find((m) => m.end === at - 1 && m.cluster.type === 'Company');
  const stock = s.lower[at + 1] === 'shares' || s.lower[at + 1] === 'stock' || (s.lower[at + 1] === 'share' && s.lower[at + 2] === 'price');
  return participle && owner && stock ? { at, direction: participle, founds: [{ subject: owner, stockWord: true }] } : undefined;
}
