import type { AnalysedSentence, Mention } from './analysis-types.js';
import { firstPartyAfter, lastPartyBefore } from './deal-parties.js';
import type { RelationDraft } from './relation-draft.js';
import { failedIn, isDenial, parseNumber, speculativeBetween } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

/**
 * Holdings told from the held company's side or as a sale: "Quillmere , 40 pct owned by Orvane", "Quillmere , in which
 * Orvane holds a 20 pct stake", "Quillmere sold a 15 pct stake to Orvane". A minority holder has invested in the
 * company; a majority owner ("90 pct owned by") is its parent.
 */

const HOLDINGS = new Set(['stake', 'interest', 'holding']);
const HOLDING_VERBS = new Set(['holds', 'held', 'owns', 'owned', 'has', 'had', 'have', 'retains', 'took', 'acquired', 'bought']);
const SELLING = new Set(['sold', 'sell', 'sells']);
const OWNED = new Set(['owned', 'pct-owned', 'percent-owned', '%-owned']);
// "sold", "has sold", "agreed to sell", "will sell": a sale made or agreed, not one planned or wished for.
const SALE_MADE = new Set(['agreed', 'agrees', 'will', 'would', 'has', 'had', 'have', 'also', 'later', 'recently']);
// Every reading needs "owned" (or "pct-owned"), a sale, or the holding noun (", in which Orvane holds a stake").
const HELD_STAKE_TRIGGERS = triggerClass(['owned', 'pct-owned', 'percent-owned', '%-owned'], SELLING, HOLDINGS);

const isNamedCompany = (m: Mention | undefined): m is Mention => !!m && !m.anaphoric && m.cluster.type === 'Company';
const isPossessive = (w: string | undefined) => w === "'s" || w === '’s' || w === "'" || w === '’';
// "the Kettleby Nuclear Plant , in which Orvane holds a 30 pct interest": a plant or project, not a company.
const WORKS = /^(?:plant|project|field|mine|reactor|station|refinery|pipeline|terminal|complex)$/;

/** "40 pct", "40 %", "40.5 percent" ending right before token `end` (exclusive): the share, or undefined. */
function percentEndingAt(s: AnalysedSentence, end: number): number | undefined {
  const unit = s.lower[end - 1];
  if (unit !== 'pct' && unit !== '%' && unit !== 'percent') return undefined;
  return parseNumber(s.lower[end - 2] ?? '');
}

/** "Quillmere , [which is] [now] 40 pct owned by Orvane" / "Quillmere is 40 pct-owned by Orvane". */
function ownedBy(s: AnalysedSentence, t: number): { holder: Mention; company: Mention; share: number } | undefined {
  // "40 pct-owned" is one token; "40 pct owned" three.
  const hyphened = /^(?:pct|percent|%)-owned$/.test(s.lower[t]!);
  if (s.lower[t + 1] !== 'by' || (!hyphened && s.lower[t] !== 'owned')) return undefined;
  const share = hyphened ? parseNumber(s.lower[t - 1] ?? '') : percentEndingAt(s, t);
  const start = hyphened ? t - 1 : t - 2;
  if (share === undefined || share <= 0 || share > 100) return undefined;
  let k = start;
  while (k > 0 && /^(?:now|currently|already|about|some|nearly|almost|roughly|itself|is|was)$/.test(s.lower[k - 1]!)) k--;
  if (s.lower[k - 1] === 'is' || s.lower[k - 1] === 'was') k--;
  if (s.lower[k - 1] === 'which' && s.lower[k - 2] === ',') k--;
  const company = s.mentions.find((m) => m.end === (s.lower[k - 1] === ',' ? k - 1 : k) && isNamedCompany(m));
  const holder = s.mentions.find((m) => m.start === t + 2 && isNamedCompany(m));
  // "40 pct owned by Orvane 's unit": the unit is the holder, named after the possessive.
  if (!company || !holder || isPossessive(s.lower[holder.end]) || company.cluster === holder.cluster) return undefined;
  return { holder, company, share };
}

/** "Quillmere , in which Orvane holds a 20 pct stake": the company before ", in which", the holder after it. */
function inWhich(s: AnalysedSentence, t: number): { holder: Mention; company: Mention; share: number } | undefined {
  if (s.lower[t - 1] !== 'in' || s.lower[t - 2] !== ',') return undefined;
  const company = s.mentions.find((m) => m.end === t - 2 && isNamedCompany(m));
  const holder = s.mentions.find((m) => m.start === t + 1 && isNamedCompany(m));
  if (!company || !holder || company.cluster === holder.cluster) return undefined;
  let k = holder.end;
  while (k < holder.end + 3 && /^(?:already|now|also|currently|still)$/.test(s.lower[k]!)) k++;
  if (!HOLDING_VERBS.has(s.lower[k] ?? '') || !/^(?:a|an)$/.test(s.lower[k + 1] ?? '')) return undefined;
  const noun = s.lower.slice(k + 2, k + 7).findIndex((x) => HOLDINGS.has(x));
  if (noun < 0) return undefined;
  return { holder, company, share: percentEndingAt(s, k + 2 + noun) ?? -1 };
}

/**
 * "Orvane sold a 15 pct stake to Quillmere" (a stake in itself), "sold its 38 pct interest in Vandelay to Quillmere":
 * the buyer named after "to" now holds the stake.
 */
function soldTo(s: AnalysedSentence, t: number): { holder: Mention; company: Mention; share: number } | undefined {
  const w = s.lower[t]!;
  // A title tells a sale made in the present: "Orvane Sells Vandelay Stake to Quillmere".
  const titled = s.caseless && w === 'sells';
  if (w !== 'sold' && !titled && !(s.lower[t - 1] === 'to' && SALE_MADE.has(s.lower[t - 2] ?? '')) && !(w === 'sell' && SALE_MADE.has(s.lower[t - 1] ?? ''))) return undefined;
  const own = s.lower[t + 1] === 'its' || s.lower[t + 1] === 'their';
  const named = stakeNamedBefore(s, own ? t + 2 : t + 1);
  if (!own && s.lower[t + 1] !== 'a' && !(titled && named)) return undefined;
  let k = t + 2;
  while (k < t + 6 && !HOLDINGS.has(s.lower[k] ?? '')) k++;
  if (!HOLDINGS.has(s.lower[k] ?? '')) return undefined;
  const seller = lastPartyBefore(s, t);
  if (!seller || seller.end < t - 4) return undefined;
  let company: Mention | undefined;
  let to = k + 1;
  if (s.lower[k + 1] === 'in') {
    company = s.mentions.find((m) => m.start === k + 2 && isNamedCompany(m));
    to = company ? afterTicker(s, company.end) : -1;
  } else if (named?.end === k) company = named;
  else if (!own) company = seller;
  // The size of a stake in another company may go unsaid; one in the seller itself needs it to say who invests.
  const share = percentEndingAt(s, k) ?? (company && company !== seller && company.cluster !== seller.cluster ? -1 : undefined);
  if (share === undefined) return undefined;
  if (!company || s.lower[to] !== 'to') return undefined;
  const holder = firstPartyAfter(s, to, 2);
  if (!isNamedCompany(holder) || isPossessive(s.lower[holder.end]) || holder.cluster === company.cluster || holder.cluster === seller.cluster) return undefined;
  return { holder, company, share };
}

/** "sold its Vandelay stake", "Sells Vandelay Stake": a company named at `start`, right before the holding noun. */
function stakeNamedBefore(s: AnalysedSentence, start: number): Mention | undefined {
  const m = s.mentions.find((x) => x.start === start && isNamedCompany(x));
  return m && HOLDINGS.has(s.lower[m.end] ?? '') ? m : undefined;
}

/** "Orvane Corp < ORV.N > to": the token after a ticker in angle brackets right after a name, or `end` itself. */
function afterTicker(s: AnalysedSentence, end: number): number {
  if (s.lower[end] !== '<') return end;
  const close = s.lower.indexOf('>', end + 1);
  return close > 0 && close <= end + 4 ? close + 1 : end;
}

export function findHeldStakes(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  if (!mayTrigger(s, HELD_STAKE_TRIGGERS)) return drafts;
  for (let t = 1; t < s.lower.length; t++) {
    const w = s.lower[t]!;
    const found = w === 'which' ? inWhich(s, t) : SELLING.has(w) ? soldTo(s, t) : OWNED.has(w) ? ownedBy(s, t) : undefined;
    if (!found || speculativeBetween(s, 0, t + 1) || failedIn(s) || s.lower.slice(Math.max(0, t - 3), t).some(isDenial)) continue;
    const { holder, company, share } = found;
    if (WORKS.test(s.lower[company.end - 1]!)) continue;
    // A majority owner is the company's parent; a minority holder an investor in it.
    if (share > 50) drafts.push({ type: 'SUBSIDIARY_OF', source: company.cluster, target: holder.cluster, properties: { stake: share }, confidence: 0.65, sentence: s });
    else drafts.push({ type: 'INVESTS_IN', source: holder.cluster, target: company.cluster, properties: share >= 0 ? { stake: share } : {}, confidence: 0.65, sentence: s });
  }
  return drafts;
}
