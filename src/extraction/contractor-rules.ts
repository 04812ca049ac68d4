import type { AnalysedSentence } from './analysis-types.js';
import { asCompany, lastPartyBefore, looseName } from './deal-parties.js';
import type { RelationDraft } from './relation-draft.js';
import { failedIn, speculativeBetween } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

/**
 * "NASA has hired Vector to build the rocket", "Initech selected Globex to supply its chips", "Initech chose Globex as
 * its chip supplier": a company engaged by another to do work is a supply or service deal between them.
 */

// ("has licensed Quillmere to produce …": a licensee engaged to make the licensor's goods.)
const ENGAGING = new Set('hired hires hiring tapped taps tapping selected selects selecting chose chosen chooses choosing picked picks enlisted enlists enlisting contracted commissioned commissions named names appointed appoints licensed'.split(' '));
// The work a company is engaged for ("to build", "to supply"), not a forecast ("picked Acme to outperform").
const WORK = new Set('build supply make design develop manufacture provide produce operate run manage deliver install construct power assemble handle proceed service maintain sell market distribute'.split(' '));
// "privately held", "Austin-based": a short description before the name engaged.
const DESCRIPTION = /^(?:\p{Ll}[\p{Ll}-]*|[\p{L}.]+-based)$/u;
// "won a $ 16.5 billion chip supply deal from Tesla": a deal or order won from a client.
const WINNING = new Set('won wins winning secured secures landed lands clinched clinches bagged'.split(' '));
const WON_DEALS = new Set(['deal', 'contract', 'order', 'orders']);
const CONTRACTOR_TRIGGERS = triggerClass(ENGAGING, WINNING);

// "privately held", "publicly traded", "Austin-based": descriptions only a company takes.
const COMPANY_DESCRIPTIONS = /^(?:privately|publicly|held|traded|listed|[\p{L}.]+-(?:based|owned|backed|listed))$/u;
const describesCompany = (s: AnalysedSentence, from: number, to: number) => s.lower.slice(from, to).some((w) => COMPANY_DESCRIPTIONS.test(w));

// The role a company is engaged as: "selected Globex as its chip supplier".
const ENGAGED_ROLES = new Set(['supplier', 'partner', 'provider', 'manufacturer', 'maker', 'contractor', 'vendor', 'builder', 'designer', 'developer', 'operator', 'distributor', 'assembler']);

/** "as its chip supplier", "as the exclusive partner": "as", an article or "its", up to two words, then a role noun. */
function engagedAs(s: AnalysedSentence, k: number): boolean {
  if (s.lower[k] !== 'as' || !/^(?:its|their|the|a|an)$/.test(s.lower[k + 1] ?? '')) return false;
  for (let j = k + 2; j <= k + 4 && j < s.lower.length; j++) {
    if (ENGAGED_ROLES.has(s.lower[j]!)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[j]!.text)) return false;
  }
  return false;
}

export function findContractors(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  if (!mayTrigger(s, CONTRACTOR_TRIGGERS)) return drafts;
  for (let t = 0; t < s.lower.length; t++) {
    if (WINNING.has(s.lower[t]!)) {
      const won = wonFrom(s, t);
      if (won) drafts.push(won);
      continue;
    }
    if (!ENGAGING.has(s.lower[t]!)) continue;
    // "hired privately held Vector": a short description may come before the name.
    let k = t + 1;
    while (k < t + 4 && DESCRIPTION.test(s.tokens[k]?.text ?? '') && !s.mentions.some((m) => m.start === k)) k++;
    // A described one-word name mistyped as a place is the company engaged ("hired privately held Kestria to design");
    // people are hired too, so only when the description is a company's, and a bare place may be a state ("hired Texas").
    const named = s.mentions.find((m) => m.start === k);
    const mistyped = named?.cluster.type === 'Location' || (named?.cluster.type === 'Person' && describesCompany(s, t + 1, k));
    const loose = mistyped && k > t + 1 ? looseName(named!) : undefined;
    const engaged = named?.cluster.type === 'Company' ? named : loose;
    if (!engaged || !(s.lower[engaged.end] === 'to' && WORK.has(s.lower[engaged.end + 1] ?? '')) && !engagedAs(s, engaged.end)) continue;
    const client = lastPartyBefore(s, t, engaged.cluster);
    if (!client || client.end < t - 3 || speculativeBetween(s, 0, t + 1) || failedIn(s)) continue;
    // "Kestrel Holding of Orvane said it has licensed …": a pronoun resolved to a name given after "of" is not the subject.
    if (client.anaphoric && s.mentions.some((m) => m.cluster === client.cluster && !m.anaphoric && m.end <= client.start && s.lower[m.start - 1] === 'of')) continue;
    if (engaged === loose) asCompany(engaged);
    const confidence = client.anaphoric || engaged.anaphoric ? 0.5 : 0.6;
    drafts.push({ type: 'PARTNERS_WITH', source: client.cluster, target: engaged.cluster, properties: {}, confidence, sentence: s });
  }
  return drafts;
}

/** "Samsung won a $ 16.5 billion chip supply deal from Tesla": the winner supplies the company it won the deal from. */
function wonFrom(s: AnalysedSentence, t: number): RelationDraft | undefined {
  let k = t + 1;
  // The deal's article, size and kind: words, figures and a currency, up to eight of them, none a name.
  while (k < t + 9 && !WON_DEALS.has(s.lower[k] ?? '') && /^(?:[\p{L}-]+|[\d.,]+|\p{Sc}|us\$)$/u.test(s.lower[k] ?? '') && !s.mentions.some((m) => m.start === k)) k++;
  if (!WON_DEALS.has(s.lower[k] ?? '') || s.lower[k + 1] !== 'from') return undefined;
  const client = s.mentions.find((m) => m.start === k + 2 && !m.anaphoric && m.cluster.type === 'Company');
  // ("won a contract from Initech 's pension fund": from something the company owns.)
  if (client && /^(?:'s|’s|')$/.test(s.lower[client.end] ?? '')) return undefined;
  const winner = lastPartyBefore(s, t, client?.cluster);
  if (!client || !winner || winner.cluster.type !== 'Company' || winner.end < t - 3 || speculativeBetween(s, 0, t + 1) || failedIn(s)) return undefined;
  return { type: 'PARTNERS_WITH', source: winner.cluster, target: client.cluster, properties: {}, confidence: winner.anaphoric ? 0.5 : 0.6, sentence: s };
}
