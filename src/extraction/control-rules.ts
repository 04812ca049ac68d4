import { dealStatus } from './acquisition-rules.js';
import type { AnalysedSentence } from './analysis-types.js';
import { firstPartyAfter, lastPartyBefore } from './deal-parties.js';
import type { RelationDraft } from './relation-draft.js';
import { isCompany, isDenial } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

/**
 * Acquisitions told as control taken: "Orvane took full control of Quillmere", "gained close to 100 % control of".
 * Control of a board, a plant or a market names no company and is left alone.
 */

const TAKING = new Set(['took', 'takes', 'take', 'taking', 'taken', 'gained', 'gains', 'gain', 'gaining', 'assumed', 'assumes', 'acquired', 'acquires', 'won', 'wins', 'secured', 'secures', 'obtained']);
// Between the verb and "control": how much control ("full", "a majority", "close to 100 %").
const EXTENT = /^(?:full|complete|total|majority|outright|sole|effective|a|close|to|nearly|almost|about|over|more|than|\d+(?:\.\d+)?|%|percent)$/;
const CONTROL_TRIGGERS = triggerClass(['control']);

export function findControlTaken(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  if (!mayTrigger(s, CONTROL_TRIGGERS)) return drafts;
  for (let t = 1; t < s.lower.length; t++) {
    if (s.lower[t] !== 'control' || s.lower[t + 1] !== 'of') continue;
    let v = t - 1;
    while (v > 0 && t - v <= 5 && EXTENT.test(s.lower[v]!)) v--;
    if (!TAKING.has(s.lower[v]!) || s.lower.slice(Math.max(0, v - 4), v).some(isDenial)) continue;
    const target = s.mentions.find((m) => m.start === t + 2 && !m.anaphoric);
    const acquirer = target ? lastPartyBefore(s, v, target.cluster) : undefined;
    if (!target || !acquirer || !isCompany(target) || !isCompany(acquirer) || v - acquirer.end > 4) continue;
    // "want to take control of", "talks to gain control": only control taken counts.
    const { type, status } = dealStatus(s, v);
    if (type !== 'ACQUIRES') continue;
    drafts.push({ type, source: acquirer.cluster, target: target.cluster, properties: { status: status === 'announced' ? 'completed' : status }, confidence: 0.6, sentence: s });
  }
  return drafts;
}
