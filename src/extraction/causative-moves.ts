import type { AnalysedSentence, Mention } from './analysis-types.js';
import { stockOwnerAt } from './move-subjects.js';
import type { MoveTrigger } from './move-triggers.js';
import { clauseStart, percentAfter } from './sentence-reading.js';

/** Moves told as what something did to a stock: "The ruling boosted AbbVie shares", "… is weighing on its shares". */

const RAISING = new Set('boosted boosts boosting lifted lifts lifting buoyed buoys buoying propelled propels propelling'.split(' '));
const LOWERING = new Set('hurt hurts hurting hammered hammers hammering battered batters battering pressured pressures pressuring dented dents denting'.split(' '));
// "weighed on Acme shares": the verb needs its preposition.
const WEIGHING = new Set('weighed weighs weighing weigh'.split(' '));
// "…, sending its shares up 18 %", "pushed Acme stock 7 % lower": the direction comes after the stock.
const SENDING = new Set('sent sends sending send pushed pushes pushing push drove drives driving drive'.split(' '));
const UPWARD = new Set(['up', 'higher']);
const DOWNWARD = new Set(['down', 'lower']);
/** Every word that may open such a move, for a quick first test. */
export const CAUSATIVE_WORDS = new Set([...RAISING, ...LOWERING, ...WEIGHING, ...SENDING]);

/** The direction a sending verb gives the stock phrase ending at `end`: "up", "higher", "down", "lower" within its clause. */
function sentDirection(s: AnalysedSentence, end: number): 'UP' | 'DOWN' | undefined {
  for (let k = end; k < Math.min(s.lower.length, end + 5); k++) {
    const w = s.lower[k]!;
    if (UPWARD.has(w)) return 'UP';
    if (DOWNWARD.has(w)) return 'DOWN';
    // "pushed Acme stock to a record high", "sent its shares to a five-year low".
    if (w === 'to') return extremeNamed(s, k + 1);
    if (w === ',' || w === ';' || w === 'and') return undefined;
  }
  return undefined;
}
const EXTREME_FILLER = /^(?:a|an|its|new|fresh|record|all-time|\d+-(?:week|month|year)|multi-year|multiyear|lifetime)$/;

/** "a record high", "a new 52-week low" from token `from`: the extreme a price was sent to. */
function extremeNamed(s: AnalysedSentence, from: number): 'UP' | 'DOWN' | undefined {
  for (let k = from; k < Math.min(s.lower.length, from + 4); k++) {
    const w = s.lower[k]!;
    if (w === 'high' || w === 'highs') return 'UP';
    if (w === 'low' || w === 'lows') return 'DOWN';
    if (!EXTREME_FILLER.test(w)) return undefined;
  }
  return undefined;
}
const CAUSE_TYPES = new Set(['Company', 'Policy', 'Person', 'Organization']);

/** The named subject of the causative verb at `at`, in its clause: the cause of the move. */
function doer(s: AnalysedSentence, at: number, moved: Mention): Mention | undefined {
  const from = clauseStart(s, at);
  return s.mentions.filter((m) => m.start > from && m.end <= at && !m.anaphoric && m.cluster !== moved.cluster && CAUSE_TYPES.has(m.cluster.type)).pop();
}

/** The move whose causative verb is at `at`, with the stock it moved as the object. */
export function causativeMoveAt(s: AnalysedSentence, at: number): MoveTrigger | undefined {
  const w = s.lower[at]!;
  const sending = SENDING.has(w);
  const owned = stockOwnerAt(s, WEIGHING.has(w) ? at + 2 : at + 1);
  const direction = sending
    ? owned && sentDirection(s, owned.end)
    : RAISING.has(w)
      ? 'UP'
      : LOWERING.has(w) || (WEIGHING.has(w) && s.lower[at + 1] === 'on')
        ? 'DOWN'
        : undefined;
  if (!direction || !owned) return undefined;
  const cause = doer(s, at, owned.subject);
  const pct = percentAfter(s, owned.end - 1, 6);
  return { at, direction, founds: [{ subject: owned.subject, stockWord: true }], ...(pct !== undefined ? { pct } : {}), ...(cause ? { cause } : {}) };
}
