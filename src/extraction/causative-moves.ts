import type { AnalysedSentence, Mention } from './analysis-types.js';
import { stockOwnerAt } from './move-subjects.js';
import type { MoveTrigger } from './move-triggers.js';
import { clauseStart, percentAfter } from './sentence-reading.js';

/** Moves told as what something did to a stock: "The ruling boosted AbbVie shares", "… is weighing on its shares". */

const RAISING = new Set('boosted boosts boosting lifted lifts lifting buoyed buoys buoying propelled propels propelling'.split(' '));
const LOWERING = new Set('hurt hurts hurting hammered hammers hammering battered batters battering pressured pressures pressuring dented dents denting'.split(' '));
// "weighed on Acme shares": the verb needs its preposition.
const WEIGHING = new Set('weighed weighs weighing weigh'.split(' '));
/** Every word that may open such a move, for a quick first test. */
export const CAUSATIVE_WORDS = new Set([...RAISING, ...LOWERING, ...WEIGHING]);
const CAUSE_TYPES = new Set(['Company', 'Policy', 'Person', 'Organization']);

/** The named subject of the causative verb at `at`, in its clause: the cause of the move. */
function doer(s: AnalysedSentence, at: number, moved: Mention): Mention | undefined {
  const from = clauseStart(s, at);
  return s.mentions.filter((m) => m.start > from && m.end <= at && !m.anaphoric && m.cluster !== moved.cluster && CAUSE_TYPES.has(m.cluster.type)).pop();
}

/** The move whose causative verb is at `at`, with the stock it moved as the object. */
export function causativeMoveAt(s: AnalysedSentence, at: number): MoveTrigger | undefined {
  const w = s.lower[at]!;
  const direction = RAISING.has(w) ? 'UP' : LOWERING.has(w) || (WEIGHING.has(w) && s.lower[at + 1] === 'on') ? 'DOWN' : undefined;
  if (!direction) return undefined;
  const owned = stockOwnerAt(s, WEIGHING.has(w) ? at + 2 : at + 1);
  if (!owned) return undefined;
  const cause = doer(s, at, owned.subject);
  const pct = percentAfter(s, owned.end - 1, 6);
  return { at, direction, founds: [{ subject: owned.subject, stockWord: true }], ...(pct !== undefined ? { pct } : {}), ...(cause ? { cause } : {}) };
}
