import type { AnalysedSentence, Mention } from './analysis-types.js';
import type { RelationDraft } from './relation-draft.js';
import { failedIn, isDenial, isParty, mentionAt, mentionEndingAt, speculativeBetween } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

/**
 * Mergers, where neither side is told as the buyer: "Orvane agreed to merge with Quillmere", "Orvane and Quillmere will
 * merge", "the merger of Orvane and Quillmere", "Orvane completed its merger with Quillmere". A merger "into" another
 * company, talks, rumours and failed or blocked mergers are none.
 */

const MERGE_WORDS = new Set(['merge', 'merges', 'merged', 'merging', 'merger']);
const MERGER_TRIGGERS = triggerClass(MERGE_WORDS);
const COMPLETED = new Set(['completed', 'completes', 'complete', 'closed', 'closes', 'merged', 'finalised', 'finalized']);
// "talks", "a proposed merger", "would merge", "plans to merge": not agreed yet.
const UNAGREED = new Set(['talks', 'intention', 'intends', 'intent', 'proposed', 'propose', 'proposes', 'plan', 'plans', 'planned', 'would', 'seeks', 'seeking', 'sought', 'offered', 'offers', 'bid']);
const AGREED = new Set(['agree', 'agreed', 'agrees', 'agreement', 'will', 'signed', 'approved', 'announced', 'definitive']);

const named = (m: Mention | undefined): m is Mention => m !== undefined && isParty(m) && !m.anaphoric;
const partyAt = (s: AnalysedSentence, start: number) => mentionAt(s, start, named);
const partyEndingAt = (s: AnalysedSentence, end: number) => mentionEndingAt(s, end, named);

/** The party named at `start`, unless it only owns what is named ("with Fiat 's Lancia unit"). */
function wholePartyAt(s: AnalysedSentence, start: number): Mention | undefined {
  const m = partyAt(s, start);
  return m && !/^(?:'s|’s)$/.test(s.lower[m.end] ?? '') ? m : undefined;
}

/** "Orvane and Quillmere" ending at `end` (exclusive): the two parties joined by "and". */
function pairEndingAt(s: AnalysedSentence, end: number): [Mention, Mention] | undefined {
  const second = partyEndingAt(s, end);
  if (!second || s.lower[second.start - 1] !== 'and') return undefined;
  const first = partyEndingAt(s, second.start - 1);
  return first && first.cluster !== second.cluster ? [first, second] : undefined;
}

/** "Orvane and Quillmere" starting at `start`. */
function pairAt(s: AnalysedSentence, start: number): [Mention, Mention] | undefined {
  const first = partyAt(s, start);
  if (!first || s.lower[first.end] !== 'and') return undefined;
  const second = partyAt(s, first.end + 1);
  return second && first.cluster !== second.cluster ? [first, second] : undefined;
}

/** The two parties merging at the merge word `t`, if the sentence names both. */
function partiesAt(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  const w = s.lower[t]!;
  if (w === 'merger') {
    // "the merger of Orvane and Quillmere", "a merger between Orvane and Quillmere".
    const joined = s.lower[t + 1] === 'of' || s.lower[t + 1] === 'between' ? pairAt(s, t + 2) : undefined;
    if (joined) return joined;
    // "Orvane 's merger with Quillmere", "Orvane completed its merger with Quillmere".
    if (s.lower[t + 1] === 'with') {
      const other = wholePartyAt(s, t + 2);
      const possessor = /^(?:'s|’s)$/.test(s.lower[t - 1] ?? '') ? partyEndingAt(s, t - 1) : s.lower[t - 1] === 'its' ? subjectBefore(s, t - 1) : undefined;
      return other && possessor && other.cluster !== possessor.cluster ? [possessor, other] : undefined;
    }
    // "Orvane and Quillmere announced a merger", "… agreed to a merger of equals".
    return dashedPairBefore(s, t) ?? pairBefore(s, t);
  }
  // "Orvane agreed to merge with Quillmere"; "merged into" makes one the other's.
  if (s.lower[t + 1] === 'with') {
    const other = wholePartyAt(s, t + 2);
    const subject = subjectBefore(s, t);
    return other && subject && other.cluster !== subject.cluster ? [subject, other] : undefined;
  }
  // "Orvane and Quillmere will merge", "… agreed to merge".
  if (s.lower[t + 1] !== 'into') return pairBefore(s, t);
  return undefined;
}

const DASHES = new Set(['-', '–', '—', '/']);
const POSSIBLE = new Set(['possible', 'potential', 'mooted', 'rumoured', 'rumored', 'hypothetical']);

/** "the Orvane - Quillmere merger": two parties joined by a dash right before the merger word at `t`. */
function dashedPairBefore(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  const second = partyEndingAt(s, t);
  if (!second || !DASHES.has(s.lower[second.start - 1] ?? '')) return undefined;
  const first = partyEndingAt(s, second.start - 1);
  return first && first.cluster !== second.cluster ? [first, second] : undefined;
}

const SAYING = new Set(['said', 'says', 'announced', 'confirmed']);

/** "said it would", "announced that they would": the "would" at `k` reports what a company said it will do. */
function reportedWould(s: AnalysedSentence, k: number): boolean {
  const pronoun = s.lower[k - 1] === 'it' || s.lower[k - 1] === 'they';
  const said = s.lower[k - 2] === 'that' ? k - 3 : k - 2;
  return pronoun && SAYING.has(s.lower[said] ?? '');
}

/** The clause's subject before `t`: the last named party within six words, with no other clause between. */
function subjectBefore(s: AnalysedSentence, t: number): Mention | undefined {
  for (let k = t - 1; k >= Math.max(0, t - 7); k--) {
    if (s.lower[k] === ',' || s.lower[k] === ';') return undefined;
    const m = partyEndingAt(s, k + 1);
    if (m) return m;
  }
  return undefined;
}

/** "Orvane and Quillmere" as the subject of the clause holding `t`, within six words before it. */
function pairBefore(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  for (let k = t; k >= Math.max(1, t - 6); k--) {
    if (s.lower[k - 1] === ',' || s.lower[k - 1] === ';') return undefined;
    const pair = pairEndingAt(s, k);
    if (pair) return pair;
  }
  return undefined;
}

export function findMergers(s: AnalysedSentence): RelationDraft[] {
  if (!mayTrigger(s, MERGER_TRIGGERS) || failedIn(s) || speculativeBetween(s, 0, s.lower.length)) return [];
  for (let t = 0; t < s.lower.length; t++) {
    if (!MERGE_WORDS.has(s.lower[t]!)) continue;
    const parties = partiesAt(s, t);
    if (!parties) continue;
    const from = Math.min(parties[0].start, t);
    const to = Math.max(parties[1].end, t + 1);
    // A merger named by its two parties ("the Orvane - Quillmere merger") is one they agreed on, unless only proposed.
    const dashed = DASHES.has(s.lower[parties[1].start - 1] ?? '') && parties[1].end === t;
    const opening = Math.max(0, from - (dashed ? 3 : 0));
    const before = s.lower.slice(opening, t);
    // "Orvane said it would merge with Quillmere": a merger announced, told in reported speech.
    const announced = before.findIndex((w, k) => w === 'would' && reportedWould(s, opening + k));
    if (before.some((w, k) => isDenial(w) || (UNAGREED.has(w) && k !== announced) || (dashed && POSSIBLE.has(w)))) continue;
    const completed = s.lower.slice(Math.max(0, from - 1), to + 3).some((w) => COMPLETED.has(w));
    // A headline's "to" tells what is settled: "Orvane to Merge With Quillmere".
    const headlineTo = s.caseless && s.lower[t - 1] === 'to';
    const agreed = completed || headlineTo || dashed || announced >= 0 || before.some((w) => AGREED.has(w)) || (s.lower[t + 1] === 'of' && s.lower[t + 2] === 'equals');
    if (!agreed && !/^(?:merged|merges)$/.test(s.lower[t]!)) continue;
    const status = completed ? 'completed' : 'agreed';
    return [{ type: 'MERGES_WITH', source: parties[0].cluster, target: parties[1].cluster, properties: { status }, confidence: 0.7, sentence: s }];
  }
  return [];
}
