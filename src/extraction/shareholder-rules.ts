import type { AnalysedSentence, Mention } from './document-analysis.js';
import { listedAfter } from './deal-parties.js';
import type { RelationDraft } from './relation-draft.js';
import { isParty } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

/**
 * Shareholders named as such: "Tencent is the second-largest shareholder in Verdant", "Tencent, Verdant's biggest
 * shareholder, …", "Verdant counts Tencent as its largest investor". The holder has invested in the company.
 */

const HOLDER_NOUNS = new Set(['shareholder', 'stakeholder', 'investor', 'backer', 'shareholders', 'stakeholders', 'investors', 'backers']);
const SHAREHOLDER_TRIGGERS = triggerClass(HOLDER_NOUNS);

// Words that may stand between the article or possessive and the holder noun: "the second-largest single shareholder".
const RANKS = /^(?:largest|biggest|second-largest|second-biggest|third-largest|third-biggest|top|major|main|leading|principal|controlling|single|strategic|anchor|key|cornerstone|early|long-time|longtime|existing|second|third|a|an|the)$/;
// A holder no longer, or only hoped for: "the former largest shareholder", "a potential investor".
const NOT_HOLDING = new Set(['former', 'formerly', 'ex', 'no', 'not', 'potential', 'prospective', 'possible', 'would-be']);
const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained', "'s", '’s']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

const named = (m: Mention | undefined): m is Mention => !!m && isParty(m) && !m.anaphoric;

/** The first token before the holder noun at `t` that is not a rank word, and whether a denial came on the way. */
function rankStart(s: AnalysedSentence, t: number): { at: number; denied: boolean } {
  let k = t - 1;
  let denied = false;
  while (k >= 0 && (RANKS.test(s.lower[k]!) || NOT_HOLDING.has(s.lower[k]!))) {
    if (NOT_HOLDING.has(s.lower[k]!)) denied = true;
    k--;
  }
  return { at: k, denied };
}

/** The company whose holder the noun at `t` names, and the holder, or undefined. */
function holding(s: AnalysedSentence, t: number): { holder: Mention; company: Mention } | undefined {
  const { at, denied } = rankStart(s, t);
  const plural = s.lower[t]!.endsWith('s');
  if (denied) return undefined;
  const endingAt = (i: number) => s.mentions.find((m) => m.end === i && named(m));
  const startingAt = (i: number) => s.mentions.find((m) => m.start === i && named(m));
  // "Tencent , …" / "Tencent is …": the holder named right before the comma or verb at `i`.
  const holderBefore = (i: number) => (s.lower[i] === ',' || COPULAS.has(s.lower[i] ?? '') ? endingAt(i) : undefined);
  // "Verdant 's largest shareholder" / "Verdant Motors ' biggest investor": the company owns the noun phrase.
  if (POSSESSIVE.has(s.lower[at] ?? '')) {
    const company = endingAt(at);
    if (!company) return undefined;
    // "Tencent , Verdant 's largest shareholder ," / "Tencent is Verdant 's largest shareholder" / "… is one of Verdant 's".
    const oneOf = s.lower[company.start - 1] === 'of' && s.lower[company.start - 2] === 'one';
    // The plural names one holder only after "one of": "Verdant 's shareholders approved" names none.
    if (plural !== oneOf) return undefined;
    const holder = holderBefore(oneOf ? company.start - 3 : company.start - 1);
    // "Verdant 's largest shareholder Tencent" / "Verdant 's largest shareholder , Tencent ,".
    const after = holder ?? startingAt(s.lower[t + 1] === ',' ? t + 2 : t + 1);
    return after ? { holder: after, company } : undefined;
  }
  // "Tencent is the largest shareholder in Verdant" / "Tencent , the largest shareholder of Verdant ,".
  const prep = s.lower[t + 1];
  if (!plural && (prep === 'in' || prep === 'of')) {
    const company = startingAt(t + 2);
    const holder = holderBefore(at);
    if (company && holder) return { holder, company };
  }
  // "Verdant counts Tencent as its largest shareholder", "Verdant , which counts Tencent among its investors".
  if (s.lower[at] === 'its' && (s.lower[at - 1] === 'as' || (s.lower[at - 1] === 'among' && plural))) {
    const holder = endingAt(at - 1);
    const v = holder ? holder.start - 1 : -1;
    const verb = s.lower[v];
    const counted = verb === 'counts' || verb === 'count' || verb === 'counted';
    const company = counted ? endingAt(v) ?? (s.lower[v - 1] === 'which' && s.lower[v - 2] === ',' ? endingAt(v - 2) : undefined) : undefined;
    if (company && holder) return { holder, company };
  }
  // "Verdant investor Tencent", "Verdant Motors backer Tencent": the company named right before the noun, the holder
  // right after it.
  if (!plural && at === t - 1 && !s.caseless) {
    const company = endingAt(at + 1);
    const holder = startingAt(t + 1);
    if (company && holder && company.cluster.type === 'Company' && holder.cluster.type === 'Company') return { holder, company };
  }
  return undefined;
}

const INCLUDE = new Set(['include', 'includes', 'included']);

/**
 * "Verdant 's investors include Tencent and Orvane", "Verdant , whose backers include Tencent ,", "Tencent is among the
 * investors in Verdant": every holder listed.
 */
function holdersListed(s: AnalysedSentence, t: number): { holders: Mention[]; company: Mention } | undefined {
  if (!s.lower[t]!.endsWith('s')) return undefined;
  const { at, denied } = rankStart(s, t);
  if (denied) return undefined;
  if (INCLUDE.has(s.lower[t + 1] ?? '')) {
    const first = s.mentions.find((m) => m.start === t + 2 && named(m));
    const company = POSSESSIVE.has(s.lower[at] ?? '') ? s.mentions.find((m) => m.end === at && named(m)) : s.lower[at] === 'whose' && s.lower[at - 1] === ',' ? s.mentions.find((m) => m.end === at - 1 && named(m)) : undefined;
    return first && company ? { holders: [first, ...listedAfter(s, first)], company } : undefined;
  }
  // "Tencent is among the investors in Verdant", "Tencent , one of the investors in Verdant ,".
  if (s.lower[t + 1] !== 'in' || s.lower[at + 1] !== 'the') return undefined;
  const among = s.lower[at] === 'among' ? at : s.lower[at] === 'of' && s.lower[at - 1] === 'one' ? at - 1 : -1;
  const lead = among > 0 && (COPULAS.has(s.lower[among - 1] ?? '') || s.lower[among - 1] === ',') ? among - 1 : -1;
  const holder = lead > 0 ? s.mentions.find((m) => m.end === lead && named(m)) : undefined;
  const company = s.mentions.find((m) => m.start === t + 2 && named(m));
  return holder && company ? { holders: [holder], company } : undefined;
}

/** INVESTS_IN from shareholders named as such. */
export function findShareholders(s: AnalysedSentence): RelationDraft[] {
  if (!mayTrigger(s, SHAREHOLDER_TRIGGERS)) return [];
  const drafts: RelationDraft[] = [];
  for (let t = 1; t < s.lower.length; t++) {
    if (!HOLDER_NOUNS.has(s.lower[t]!)) continue;
    const found = holding(s, t);
    if (found && found.holder.cluster !== found.company.cluster) {
      drafts.push({ type: 'INVESTS_IN', source: found.holder.cluster, target: found.company.cluster, properties: {}, confidence: 0.6, sentence: s });
    }
    const listed = found ? undefined : holdersListed(s, t);
    for (const holder of listed?.holders ?? []) {
      if (holder.cluster !== listed!.company.cluster) drafts.push({ type: 'INVESTS_IN', source: holder.cluster, target: listed!.company.cluster, properties: {}, confidence: 0.6, sentence: s });
    }
  }
  return drafts;
}
