import type { AnalysedSentence, Mention } from './analysis-types.js';
import { listedAfter } from './deal-parties.js';
import { metricBefore } from './move-subjects.js';
import type { MoveTrigger } from './move-triggers.js';
import { DIRECTION_WORDS, DOWN_VERBS, UP_VERBS } from './move-words.js';
import { isCompany, isMonthMay, percentAfter } from './sentence-reading.js';

/**
 * Moves of a group whose members are named after it: "carmakers were higher as well , including Ford , Toyota
 * and Nissan", "chip stocks rallied , led by Nvidia and AMD". Every company listed moved with the group.
 */

export const GROUP_WORDS = new Set(['including', 'led']);

// Plural nouns for a group of listed companies or their stocks.
const GROUPS = new Set(
  'stocks shares names peers rivals competitors makers carmakers automakers chipmakers drugmakers banks lenders airlines carriers miners retailers insurers companies producers utilities'.split(' '),
);
// Words that may stand between the group and its move: "have all risen", "were largely higher".
const BETWEEN = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'been', 'all', 'also', 'largely', 'mostly', 'broadly', 'generally', 'likewise', 'too', 'sharply', 'slightly', 'trading', 'traded', 'closed', 'ended', 'finished']);
// "could rise", "expect chip stocks to rise": a forecast, not a move.
const FORECASTS = new Set(['could', 'may', 'might', 'would', 'should', 'will', "'ll", 'expect', 'expects', 'expected', 'sees', 'forecast', 'forecasts', 'if', 'can']);
// After the move, before "including": a figure, a time, "as well", never a new clause.
const CLAUSE_BREAKS = new Set([';', 'while', 'but', 'whereas', 'although', 'though', 'if', 'when']);

function moveDirection(w: string): 'UP' | 'DOWN' | undefined {
  return UP_VERBS.has(w) ? 'UP' : DOWN_VERBS.has(w) ? 'DOWN' : DIRECTION_WORDS.get(w);
}

/** The move word of the group moving before token `at` ("including"/"led"), with the group noun right before it. */
function groupMove(s: AnalysedSentence, at: number): { verb: number; direction: 'UP' | 'DOWN' } | undefined {
  for (let v = at - 1; v > 0 && at - v <= 12; v--) {
    const w = s.lower[v]!;
    if (CLAUSE_BREAKS.has(w)) return undefined;
    const direction = moveDirection(w);
    if (!direction) continue;
    let g = v - 1;
    while (g > 0 && v - g <= 4 && BETWEEN.has(s.lower[g]!)) g--;
    // A direction word needs a verb of being or trading before it: "were higher", not "higher costs".
    if (DIRECTION_WORDS.has(w) && g === v - 1) return undefined;
    if (!GROUPS.has(s.lower[g] ?? '')) return undefined;
    return { verb: v, direction };
  }
  return undefined;
}

export function groupMoveAt(s: AnalysedSentence, at: number): MoveTrigger | undefined {
  if (s.lower[at] === 'led' && s.lower[at + 1] !== 'by') return undefined;
  const first = at + (s.lower[at] === 'led' ? 2 : 1);
  const head = s.mentions.find((m: Mention) => m.start === first && !m.anaphoric && isCompany(m));
  if (!head || s.lower[at - 1] !== ',') return undefined;
  const move = groupMove(s, at - 1);
  // "sales at retailers rose , including Acme": a business figure of the group moved, not its stocks.
  if (!move || metricBefore(s, move.verb)) return undefined;
  for (let k = Math.max(0, move.verb - 10); k < move.verb; k++) if (FORECASTS.has(s.lower[k]!) && !isMonthMay(s, k)) return undefined;
  const members = [head, ...listedAfter(s, head)];
  const pct = percentAfter(s, move.verb, 6);
  // Causes are read after the list: the members lead the move, they do not cause it.
  const listEnd = members[members.length - 1]!.end - 1;
  return { at: listEnd, direction: move.direction, pct, founds: members.map((subject) => ({ subject, stockWord: true })) };
}
