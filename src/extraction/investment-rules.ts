import type { AnalysedSentence, Cluster, Mention } from './document-analysis.js';
import { asCompany, describedCompany, describedPartyAfter, firstPartyAfter, lastPartyBefore, listedAfter, looseName, looseNameAfter, sharedSubject, stakeNear, withValue } from './deal-parties.js';
import { COMPANY_NOUNS } from './company-nouns.js';
import { setOffEnd } from './move-subjects.js';
import type { RelationDraft } from './relation-draft.js';
import { failedIn, isDenial, isParty, moneyAfter, moneyAt, percentAfter, speculativeBetween } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';
import type { PropertyValue } from './types.js';

const INVEST_WORDS = new Set(['invest', 'invests', 'invested', 'investing', 'investment', 'investments']);

const ROUND_ROLES = new Set(['led', 'leads', 'leading', 'co-led', 'joined', 'joins', 'participated', 'participates', 'backed', 'backs']);
const STAKE_VERBS = new Set(['disclosed', 'discloses', 'reported', 'revealed', 'took', 'takes', 'take', 'taking', 'taken', 'picked', 'snapped', 'built', 'amassed', 'raised', 'increased', 'boosted', 'initiated', 'opened', 'established', 'holds', 'held', 'owns', 'owned', 'has', 'have', 'had', 'retains', 'retained', 'kept', 'keeps', 'lowered', 'reduced', 'trimmed', 'cut', 'with',
  // A title's present: "Globex Boosts Stake in Initech to 15 %".
  'boosts', 'raises', 'increases', 'lifts', 'ups', 'trims', 'cuts', 'lowers', 'reduces', 'builds', 'doubles', 'doubled', 'lifted', 'upped']);
// What a holder has in a company: "a 15 % stake in", "a $ 250 million position in".
const HOLDING_NOUNS = new Set(['stake', 'position', 'holding']);
const OWN_VERBS = new Set(['owns', 'owned', 'holds', 'held']);
const SCALES = new Set(['million', 'billion', 'mln', 'bln', 'bn', 'm']);
// Stakes bought or acquired are found by the acquisition rules.
const ACQUIRE_WORDS = new Set(['bought', 'buys', 'buy', 'buying', 'acquired', 'acquires', 'acquire', 'acquiring', 'purchased', 'purchase', 'purchases']);

// Money put into a company: "pumped $ 50 million into Orvane".
const INTO_VERBS = new Set(['put', 'puts', 'putting', 'pumped', 'pumps', 'pumping', 'injected', 'injects', 'injecting', 'poured', 'pours', 'pouring', 'plowed', 'ploughed', 'sunk', 'sank']);
// Shares bought are a holding (the company bought is left to the acquisition rules): "has acquired 258,591 shares of".
const SHARE_BUYING = new Set(['bought', 'acquired', 'purchased', 'buys', 'acquires', 'purchases']);
// Funding received: "received $ 50 million in funding from Orvane", "got funding from …".
const FUNDS_RECEIVED = new Set(['received', 'receives', 'got', 'gets', 'landed', 'lands', 'obtained', 'attracted', 'won']);

const INVESTMENT_TRIGGERS = triggerClass(INVEST_WORDS, HOLDING_NOUNS, OWN_VERBS, INTO_VERBS, SHARE_BUYING, FUNDS_RECEIVED, ['raised', 'raises', 'secured', 'round', 'funding', 'financing', 'series', 'buy']);

/** "Vandelay pumped $ 50 million into Orvane": an amount right after the verb, then "into" and the company. */
function moneyInto(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  // "poured more than $ 13 billion into …": hedges may stand before the amount.
  let k = t + 1;
  while (k < t + 4 && HEDGES.has(s.lower[k]!)) k++;
  const money = moneyAt(s, k) ?? (s.lower[k] === 'another' || s.lower[k] === 'an' ? moneyAt(s, k + 1) : undefined);
  if (!money || s.lower[money.end] !== 'into') return undefined;
  const investee = s.mentions.find((m) => m.start === money.end + 1 && !m.anaphoric && m.cluster.type === 'Company');
  // "into Orvane 's new plant": money spent on something of the company, not a stake in it.
  if (!investee || s.lower[investee.end] === "'s" || s.lower[investee.end] === '’s') return undefined;
  const investor = lastPartyBefore(s, t, investee.cluster);
  return investor && investor.end >= t - 3 ? [investor, investee] : undefined;
}

const WISHED = new Set('hopes hoped hope hoping wants wanted want like interested seeks seeking sought intends intended aims considering plans plan planning'.split(' '));
// "an investment firm headquartered in Curacao", "investment banks in Tokyo": the word names a kind of firm, not money put in.
const INVESTMENT_KINDS = /^(?:firms?|compan(?:y|ies)|banks?|bankers?|banking|funds?|groups?|managers?|management|advis[eo]rs?|advisory|trusts?|house|houses|arms?|units?|divisions?|vehicles?|community|grade|income|research|services|officers?|managers?|professionals?|committee|clubs?|partnerships?|boutiques?|companies)$/;
// "invested in its Bailly N-1 project": a project, plant or field named for the company or its place, not the company.
const WORKS = /^(?:projects?|propert(?:y|ies)|plants?|facilit(?:y|ies)|mines?|fields?|sites?|reactors?|stations?|programs?|programmes?|complex|refinery|terminal|pipeline|bonds?|notes?|debentures?)$/;
const RECEIVING = new Set(['received', 'receives', 'receive', 'secured', 'secures', 'got', 'gets', 'won', 'wins', 'landed', 'lands', 'attracted', 'announced']);

/** "backed Quillmere in its … round", "joined Quillmere 's … round": the company named after the role word, before the round. */
function roundOwner(s: AnalysedSentence, role: number, round: number, investor?: Cluster): Mention | undefined {
  const m = s.mentions.find((x) => x.start > role && x.start <= role + 2 && x.end < round && !x.anaphoric && x.cluster !== investor);
  if (!m || m.cluster.type !== 'Company') return undefined;
  const after = s.lower[m.end];
  return after === "'s" || after === '’s' || (after === 'in' && (s.lower[role] === 'backed' || s.lower[role] === 'backs')) ? m : undefined;
}

const HANDED_ON = /^(?:offer|offers|offered|offering|sale|spin-off|spinoff|taken|took|transfer|transferred|receive|received|inherit|inherited)$/;
// Words sizing a holding between its holder's possessive and the noun: "Orvane 's $ 250 million minority stake".
const HOLDING_SIZES = /^(?:\d[\d.,]*|%|pct|percent|\$|million|billion|mln|bln|bn|minority|majority|equity|remaining|controlling|small|large|direct|new|existing|strategic|voting)$/;

/** "Orvane 's 20 % stake", "its stake": the holder owning the stake's noun phrase at t, named or told by a pronoun. */
function heldBy(s: AnalysedSentence, t: number): Mention | undefined {
  let k = t - 1;
  while (k > 0 && t - k <= 6 && HOLDING_SIZES.test(s.lower[k]!)) k--;
  const w = s.lower[k];
  if (w === "'s" || w === '’s') return s.mentions.find((m) => m.end === k && !m.anaphoric && isParty(m));
  if (w !== 'its' && w !== 'their') return undefined;
  const pronoun = s.mentions.find((m) => m.start === k && m.anaphoric && isParty(m));
  // "trimmed its holding in Tarnwell … and cut its stake in Vandelay": a pronoun resolved to a company held earlier in
  // the sentence is no holder.
  return pronoun && !s.mentions.some((m) => m.cluster === pronoun.cluster && !m.anaphoric && m.start < k && s.lower[m.start - 1] === 'in') ? pronoun : undefined;
}

const REDUCING = /^(?:cut|cuts|trim|trims|trimmed|reduce|reduces|reduced|lower|lowers|lowered)$/;

/** "raised its Initech stake", "Takes 10 % Initech Stake": a verb of holding, then the company held right before the noun at t. */
function namedStakeAt(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  const investee = s.mentions.find((m) => m.end === t && !m.anaphoric && m.cluster.type === 'Company');
  if (!investee) return undefined;
  let k = investee.start - 1;
  while (k > 0 && investee.start - k <= 5 && (HOLDING_SIZES.test(s.lower[k]!) || /^(?:its|their|a|an|the)$/.test(s.lower[k]!))) k--;
  // ("Cuts Initech Stake", "trimmed its Initech stake": a holding shrinking is news of selling, left out.)
  if (!STAKE_VERBS.has(s.lower[k] ?? '') || s.lower[k] === 'with' || REDUCING.test(s.lower[k]!)) return undefined;
  // (A pronoun's company is too loose a holder: "a partnership led by sons of Globex 's chairman said it cut its … stake".)
  const investor = lastPartyBefore(s, k, investee.cluster);
  return investor && !investor.anaphoric && investor.end >= k - 2 ? [investor, investee] : undefined;
}

// What a company raises from investors: "a Series B round", "$ 50 million in funding", "a Series C".
const FUNDING_NOUNS = new Set(['round', 'funding', 'financing']);
const SERIES = /^(?:a|b|c|d|e|f|g)\d?$/;
// What a company does with a round it raised: "closed", "announced", "secured".
const ROUND_TAKEN = new Set('raised raises raising closed closes closing completed completes secured secures landed lands received receives got gets announced announces unveiled'.split(' '));

/** "… round led by", "… Series B , led by": the index of "by" after the funding noun at t (or the series letter after it), or -1. */
function ledByAt(s: AnalysedSentence, t: number): number {
  const end = s.lower[t] === 'series' ? (SERIES.test(s.lower[t + 1] ?? '') ? t + 1 : -1) : t;
  if (end < 0) return -1;
  const led = s.lower[end + 1] === ',' ? end + 2 : end + 1;
  return s.lower[led] === 'led' && s.lower[led + 1] === 'by' ? led + 1 : -1;
}

/** "Quillmere closed a $ 50 million round led by Orvane": the leader after "by", the company taking the round before it. */
function roundLedBy(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  const leader = firstPartyAfter(s, ledByAt(s, t), 2);
  const company = lastPartyBefore(s, t, leader?.cluster);
  if (!leader || !company || company.end < t - 12) return undefined;
  // The company is the subject of a verb of taking the round, close before the noun.
  const verb = s.lower.slice(company.end, t).findIndex((x) => ROUND_TAKEN.has(x));
  return verb >= 0 && verb <= 3 ? [leader, company] : undefined;
}

const HEDGES = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'some', 'over', 'more', 'than', 'less', 'just', 'a']);

/** "a $ 250 million position", "a 5 % holding": an amount or share right before the holding noun at t. */
function sizedBefore(s: AnalysedSentence, t: number): boolean {
  const before = s.lower[t - 1] ?? '';
  return before === '%' || before === 'percent' || SCALES.has(before) || /^\d/.test(before);
}

/** The "in" naming what a holding at t is in: "a stake in", "a stake of about 1.5 % in"; -1 when none. */
function holdingIn(s: AnalysedSentence, t: number): number {
  if (s.lower[t + 1] === 'in') return t + 1;
  if (s.lower[t + 1] !== 'of') return -1;
  let k = t + 2;
  while (k < t + 5 && HEDGES.has(s.lower[k] ?? '')) k++;
  if (!/^\d/.test(s.lower[k] ?? '') || !/^(?:%|percent|pct)$/.test(s.lower[k + 1] ?? '')) return -1;
  return s.lower[k + 2] === 'in' ? k + 2 : -1;
}

/** "$ 1.75 billion of its stock", "$ 50 million of Quillmere 's shares" right after the buying verb at t: whose shares. */
function sharesBoughtFor(s: AnalysedSentence, t: number): Mention | undefined {
  const money = moneyAt(s, t + 1);
  if (!money || s.lower[money.end] !== 'of') return undefined;
  const owner = s.mentions.find((m) => m.start === money.end + 1 && m.cluster.type === 'Company');
  if (!owner) return undefined;
  let k = owner.end;
  if (s.lower[k] === "'s" || s.lower[k] === '’s') k++;
  while (k < owner.end + 3 && SHARE_KINDS.has(s.lower[k] ?? '')) k++;
  return s.lower[k] === 'stock' || s.lower[k] === 'shares' ? owner : undefined;
}

/** "owns [about] 1.5 % of": the index of "of" after the holding verb at t, or -1. */
function percentOfAfter(s: AnalysedSentence, t: number): number {
  let k = t + 1;
  while (k < t + 4 && HEDGES.has(s.lower[k] ?? '')) k++;
  if (!/^\d/.test(s.lower[k] ?? '')) return -1;
  const unit = s.lower[k + 1];
  const of = unit === '%' || unit === 'percent' || unit === 'pct' ? k + 2 : unit === 'per' && s.lower[k + 2] === 'cent' ? k + 3 : -1;
  return of > 0 && s.lower[of] === 'of' ? of : -1;
}

// "258,591 common shares of", "1.2 mln Class A shares of": what may stand between the count and "shares".
const SHARE_KINDS = new Set(['common', 'ordinary', 'class', 'a', 'b', 'voting', 'preferred']);

/** "has acquired [about] 258,591 [common] shares of", "owns 1.2 mln shares of": the index of "of" after the verb at t, or -1. */
function sharesOfAfter(s: AnalysedSentence, t: number): number {
  let k = t + 1;
  while (k < t + 4 && HEDGES.has(s.lower[k] ?? '')) k++;
  if (!/^\d/.test(s.lower[k] ?? '')) return -1;
  k++;
  // "258 , 500": the tokenizer splits a count at its thousands commas.
  while (s.lower[k] === ',' && /^\d{3}$/.test(s.lower[k + 1] ?? '')) k += 2;
  if (SCALES.has(s.lower[k] ?? '')) k++;
  while (k < t + 9 && SHARE_KINDS.has(s.lower[k] ?? '')) k++;
  return s.lower[k] === 'shares' && s.lower[k + 1] === 'of' ? k + 1 : -1;
}

/** "bought 362,700 Orvane common shares", "holds 6.8 mln Orvane ordinary stock units": the company named between count and shares. */
function sharesNamedAfter(s: AnalysedSentence, t: number): Mention | undefined {
  let k = t + 1;
  while (k < t + 4 && HEDGES.has(s.lower[k] ?? '')) k++;
  if (!/^\d/.test(s.lower[k] ?? '')) return undefined;
  k++;
  while (s.lower[k] === ',' && /^\d{3}$/.test(s.lower[k + 1] ?? '')) k += 2;
  if (SCALES.has(s.lower[k] ?? '')) k++;
  const company = s.mentions.find((m) => m.start === k && !m.anaphoric && m.cluster.type === 'Company');
  if (!company) return undefined;
  let j = company.end;
  while (j < company.end + 3 && SHARE_KINDS.has(s.lower[j] ?? '')) j++;
  return s.lower[j] === 'shares' || s.lower[j] === 'stock' ? company : undefined;
}

/**
 * "Sundaran , chairman of Orvane Corp , holds 16 pct": a company named after "of" describes the holder, it is not the
 * holder; nor is a pronoun resolved to it ("Kestrel , a unit of Orvane , said it has acquired").
 */
function ofSomeone(s: AnalysedSentence, m: Mention): boolean {
  const namedAfterOf = (x: Mention) => s.lower[x.start - 1] === 'of';
  // "Kestrel , which is owned by Orvane , said it bought": the pronoun's subject is not the owner named after "by".
  const namedAfterBy = (x: Mention) => s.lower[x.start - 1] === 'by' && /^(?:owned|controlled)$/.test(s.lower[x.start - 2] ?? '');
  return namedAfterOf(m) || (m.anaphoric && s.mentions.some((x) => x.cluster === m.cluster && x.end <= m.start && (namedAfterOf(x) || namedAfterBy(x))));
}

const TOLD = new Set(['told', 'tells', 'tell', 'informed', 'informs', 'notified', 'notifies']);

/**
 * "told the Trade Commission it holds more", "in a filing with the regulator": who is told, not who holds; nor is a
 * pronoun resolved to the one told ("told the Commission it has acquired").
 */
function addressed(s: AnalysedSentence, m: Mention): boolean {
  return toldAt(s, m) || (m.anaphoric && s.mentions.some((x) => x.cluster === m.cluster && x !== m && toldAt(s, x)));
}

function toldAt(s: AnalysedSentence, m: Mention): boolean {
  const k = s.lower[m.start - 1] === 'the' ? m.start - 2 : m.start - 1;
  return TOLD.has(s.lower[k] ?? '') || (s.lower[k] === 'with' && /^filings?$/.test(s.lower[k - 1] ?? ''));
}

/**
 * "Trian took a 3 % stake in the company", "… in it": the story's company, told by a pronoun or description right
 * after the holding's "in" (anaphora resolves it past the holder), when a named holder takes it.
 */
function storyCompanyAt(s: AnalysedSentence, k: number, holder: Mention | undefined): Mention | undefined {
  if (!holder || holder.anaphoric) return undefined;
  const m = s.mentions.find((x) => x.start === k && x.anaphoric);
  // "a stake in the company 's unit": something the company owns.
  if (!m || m.cluster === holder.cluster || s.lower[m.end] === "'s" || s.lower[m.end] === '’s') return undefined;
  return m.cluster.type === 'Company' ? m : undefined;
}

/** "X invested $N in Y", "X's investment in Y", "Y raised $N from X", "Nvidia ... OpenAI Investment". */
const GIVING_UP = /^(?:placed|sell|sells|sold|selling|divest|divests|divested|divesting|dispose|disposed|disposing|unload|unloaded|exit|exited|exiting)$/;

/** "invested $ 30 billion in artificial intelligence startup Mindforge": a company named after a description ending in what it is. */
function kindNamedAfter(s: AnalysedSentence, inIndex: number, investor: Cluster): Mention | undefined {
  const named = describedPartyAfter(s, inIndex, investor);
  return named && COMPANY_NOUNS.has(s.lower[named.start - 1]!) ? named : undefined;
}

/** "led a $ 300 million Series D in Quillmere": a round named by its series alone, then the company it is in. */
const seriesIn = (s: AnalysedSentence, t: number) => s.lower[t - 1] === 'series' && /^[a-h]$/.test(s.lower[t]!) && /^(?:in|for)$/.test(s.lower[t + 1] ?? '');

/** "with participation from (existing investors) Vandelay and Pellworth" after a round at t: each company named taking part. */
function participantsAfter(s: AnalysedSentence, t: number): Mention[] {
  if (!FUNDING_NOUNS.has(s.lower[t]!) && !/^(?:raised|raises|secured|round|series)$/.test(s.lower[t]!)) return [];
  const at = s.lower.indexOf('participation', t + 1);
  if (at < 0 || at > t + 16 || !/^(?:from|of|by)$/.test(s.lower[at + 1] ?? '')) return [];
  // ("with participation from existing investors Vandelay and …": a description may come first.)
  const first = describedPartyAfter(s, at + 1);
  return first?.cluster.type === 'Company' ? [first, ...listedAfter(s, first)] : [];
}

// Words opening a title's reason: "… Jumps on SoftBank Investment", "… After Nvidia Investment".
const REASON_BEFORE = new Set(['on', 'after', 'following', 'amid', 'over', 'despite', 'as']);

export function findInvestments(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  if (!mayTrigger(s, INVESTMENT_TRIGGERS) || failedIn(s)) return drafts;
  for (let t = 0; t < s.lower.length; t++) {
    const w = s.lower[t]!;
    let investor: Mention | undefined;
    let investee: Mention | undefined;
    if (INVEST_WORDS.has(w)) {
      if (INVESTMENT_KINDS.test(s.lower[t + 1] ?? '')) continue;
      // A person invests only as the subject of the verb ("Buffett invested … in"), not via "investment research in".
      const personSubject = w.startsWith('invest') && !w.startsWith('investment') ? s.mentions.find((m) => m.cluster.type === 'Person' && m.end <= t && !m.anaphoric) : undefined;
      investor = lastPartyBefore(s, t) ?? personSubject ?? sharedSubject(s, t);
      // "last year's investment by Orvane in Quillmere": the investor follows "by".
      if (w.startsWith('investment') && s.lower[t + 1] === 'by') investor = firstPartyAfter(s, t + 1, 2);
      const inIndex = s.lower.indexOf('in', t + 1);
      const fromIndex = s.lower.indexOf('from', t + 1);
      if (w.startsWith('investment') && fromIndex === t + 1 && !(inIndex > 0 && inIndex <= t + 8)) {
        // "Quillmere received a $ 50 million investment from Orvane": the receiver is the subject.
        const before = s.lower.slice(Math.max(0, t - 8), t);
        investee = before.some((x) => RECEIVING.has(x)) && !before.some(isDenial) ? lastPartyBefore(s, t) : undefined;
        investor = investee ? firstPartyAfter(s, fromIndex, 3, investee.cluster) : undefined;
      } else if (inIndex > 0 && inIndex <= t + 8) {
        investee = firstPartyAfter(s, inIndex, 3, investor?.cluster);
        // "investing $ 1 billion in Argo AI": a one-word name mistyped as a place, right after "in".
        const loose = investee || !investor || investor.cluster.type !== 'Company' ? undefined : looseNameAfter(s, inIndex);
        if (loose && !s.lower.slice(t + 1, inIndex).some((x) => x === ',' || x === 'and')) investee = asCompany(loose);
        // "investing $ 1 billion in Zentrix Labs , a startup …": a longer mistyped name, described as a company.
        else if (!investee && investor?.cluster.type === 'Company') investee = describedCompany(s, s.mentions.find((m) => m.start === inIndex + 1)) ?? kindNamedAfter(s, inIndex, investor.cluster);
      }
      else if (s.caseless && w.startsWith('investment')) {
        // Headline: "Nvidia Nears $20 Billion OpenAI Investment"
        // ("Intel Jumps on SoftBank Investment": an investment given as a reason may be either company's in the other.)
        const right = s.mentions.find((m) => m.end === t && isParty(m) && !REASON_BEFORE.has(s.lower[m.start - 1] ?? ''));
        if (right) {
          investee = right;
          investor = lastPartyBefore(s, right.start, right.cluster);
          // The headline's opening word, mistyped as a place or person, is its subject: "Nvidia Confirms … Investment".
          const opener = looseName(s.mentions[0]);
          if (!investor && opener && opener.start === 0 && opener.end < right.start) investor = asCompany(opener);
        }
      }
    } else if ((SHARE_BUYING.has(w) || w === 'buy') && sharesBoughtFor(s, t)) {
      // "agreed to buy $ 1.75 billion of its stock", "bought $ 50 million of Quillmere shares": money spent on a company's shares.
      investee = sharesBoughtFor(s, t);
      investor = lastPartyBefore(s, t, investee?.cluster);
      if (investor && investor.end < t - 4) investor = undefined;
    } else if (INTO_VERBS.has(w)) {
      [investor, investee] = moneyInto(s, t) ?? [];
    } else if ((w === 'raised' || w === 'raises' || w === 'secured' || FUNDS_RECEIVED.has(w)) && !s.lower.slice(t, t + 12).includes('ipo')) {
      const from = s.lower.indexOf('from', t + 1);
      const led = s.lower.indexOf('led', t + 1);
      const at = [from, led].filter((k) => k > 0 && k < t + 14).sort((a, b) => a - b)[0];
      if (at === undefined) continue;
      // "raised $ 600 million from Sequoia", "raised a round from …"; "raised to BBB-plus from BBB" is a rating.
      const gap = s.lower.slice(t + 1, at);
      // Money received may be a payment or a loan ("received $ 33 million upfront from …"): only funding received counts.
      // "project funding", "a loan commitment": money lent is no stake.
      const lent = gap.some((x) => /^(?:project|debt|loans?|grants?|bridge|credit|letter)$/.test(x));
      const funding = FUNDS_RECEIVED.has(w) ? !lent && gap.some((x) => /^(?:funding|investment|equity|round|seed)$/.test(x)) : gap.some((x) => /^(?:round|funding|financing|capital|investment|seed)$/.test(x));
      if (lent || (!funding && (FUNDS_RECEIVED.has(w) || !moneyAfter(s, t + 1, at - t)))) continue;
      investee = lastPartyBefore(s, t);
      // "from a group of investors led by Hillcrest": the backer named is the one leading them.
      const leader = s.lower.indexOf('led', at + 1);
      // "from Asian investors , including Tsing Capital": the backers named after the description of them.
      const including = s.lower.slice(at + 1, at + 7).findIndex((x) => x === 'including' || x === 'such');
      const after = leader > 0 && leader < at + 8 && s.lower[leader + 1] === 'by' ? leader + 1 : including >= 0 ? at + 1 + including + (s.lower[at + 2 + including] === 'as' ? 1 : 0) : at;
      investor = firstPartyAfter(s, after, 4, investee?.cluster);
    } else if ((FUNDING_NOUNS.has(w) || w === 'series') && ledByAt(s, t) > 0) {
      // "Quillmere closed a $ 50 million Series B round led by Orvane": the company that closed the round, its leader.
      [investor, investee] = roundLedBy(s, t) ?? [];
    } else if ((w === 'round' && (/^(?:funding|financing|investment|seed|series)$/.test(s.lower[t - 1] ?? '') || SCALES.has(s.lower[t - 1] ?? '') || s.lower[t - 2] === 'series')) || seriesIn(s, t)) {
      // "X led a $ 500 million funding round in Y", "X joined Y's Series B funding round", "a Series C round in Y",
      // "X led a Series D in Y".
      const from = Math.max(0, t - 10);
      const lead = s.lower.slice(from, t).findIndex((x) => ROUND_ROLES.has(x));
      if (lead < 0) continue;
      investor = lastPartyBefore(s, from + lead);
      const prep = s.lower[t + 1];
      investee = prep === 'in' || prep === 'for' || prep === 'of' ? firstPartyAfter(s, t + 1, 3, investor?.cluster) : undefined;
      // "backed Quillmere in its latest round", "participated in Quillmere 's $ 50 million round": the company before the round.
      investee ??= roundOwner(s, from + lead, t, investor?.cluster);
    } else if (OWN_VERBS.has(w) && s.lower[t + 1] === 'shares' && s.lower[t + 2] === 'of') {
      // "Harlow Partners owns shares of Orvane": a holder named right before the verb. A person owning shares of no
      // stated size is an author's disclosure ("Jane Doe owns shares of Globex and Initech."), no news of an investment.
      investee = firstPartyAfter(s, t + 2, 1);
      // (So is a publisher's that also recommends stocks: "The Motley Fool owns shares of Globex and recommends Initech.")
      investor = s.lower.includes('recommends') ? undefined : s.mentions.find((m) => m.end === t && !m.anaphoric && isParty(m));
    } else if ((OWN_VERBS.has(w) || SHARE_BUYING.has(w)) && (sharesOfAfter(s, t) > 0 || sharesNamedAfter(s, t))) {
      // "told the SEC it has acquired 258,591 shares of Orvane", "owns 1.2 mln Orvane shares": a holding in shares.
      investee = sharesOfAfter(s, t) > 0 ? firstPartyAfter(s, sharesOfAfter(s, t), 1) : sharesNamedAfter(s, t);
      // "shares of Class A stock": a class of shares the tagger took for a company.
      if (investee && s.lower.slice(investee.start, investee.end).includes('class')) investee = undefined;
      investor = lastPartyBefore(s, t, investee?.cluster) ?? s.mentions.find((m) => m.end <= t && m.end >= t - 3 && m.cluster.type === 'Person');
      if (investor && (investor.end < t - 3 || ofSomeone(s, investor))) investor = undefined;
    } else if (OWN_VERBS.has(w) && percentOfAfter(s, t) > 0) {
      // "Trian owns about 1.5 % of Procter & Gamble".
      investee = firstPartyAfter(s, percentOfAfter(s, t), 2);
      investor = lastPartyBefore(s, t, investee?.cluster);
      if (investor && (investor.end < t - 3 || ofSomeone(s, investor))) investor = undefined;
    } else if (HOLDING_NOUNS.has(w) && s.lower[t + 1] === 'in' && heldBy(s, t) && heldBy(s, t)!.cluster !== firstPartyAfter(s, t + 1, 3)?.cluster) {
      // "Orvane 's 20 % stake in Quillmere", "doubled its stake in Quillmere": the holder owns the stake's noun phrase
      // (a pronoun resolved to the company held is left to the reading by verb below).
      investor = heldBy(s, t);
      investee = firstPartyAfter(s, t + 1, 3);
      // "Vandelay bought Orvane 's stake in Quillmere", "will hold Orvane 's stake", "a spin-off of its stake", "Orvane 's
      // stake in Quillmere was sold": a holding changing hands.
      const around = [...s.lower.slice(Math.max(0, investor!.start - 4), investor!.start), ...s.lower.slice(t + 2, t + 9)];
      if (around.some((x) => ACQUIRE_WORDS.has(x) || GIVING_UP.test(x) || HANDED_ON.test(x) || isDenial(x))) continue;
      if (!investor!.anaphoric && s.lower.slice(Math.max(0, investor!.start - 3), investor!.start).some((x) => OWN_VERBS.has(x) || x === 'hold')) continue;
      if (investee && (s.lower[investee.end] === "'s" || s.lower[investee.end] === '’s')) continue;
    } else if (HOLDING_NOUNS.has(w) && namedStakeAt(s, t)) {
      // "Globex raised its Initech stake", "Globex Takes Initech Stake": the company held named before the noun.
      [investor, investee] = namedStakeAt(s, t)!;
      if (s.lower.slice(Math.max(0, t - 8), t).some((x) => ACQUIRE_WORDS.has(x))) continue; // left to the acquisition rules
    } else if (HOLDING_NOUNS.has(w) && holdingIn(s, t) > 0) {
      // "X took a 15 % stake in Y", "built a stake of about 1.5 % in Y": a verb of taking within a few words before the stake.
      const at = holdingIn(s, t);
      const from = Math.max(0, t - 6);
      const verb = s.lower.slice(from, t).findIndex((x) => STAKE_VERBS.has(x));
      if (verb < 0 || s.lower.slice(from + verb, t).some((x) => x === ',' || x === ';' || x === 'while' || x === 'and')) continue;
      // "offered part of its stake to two banks": a stake put up for others, not held.
      if (s.lower.slice(from + verb, t).some((x) => /^(?:offer|offers|offered|offering)$/.test(x))) continue;
      // "does not have a stake", "no longer holds a stake": a holding denied or given up.
      if (s.lower.slice(Math.max(0, from + verb - 3), from + verb).some(isDenial)) continue;
      investor = lastPartyBefore(s, from + verb);
      // "a $ 90 million position in retail chain The Orvane Company": the holding's company after a short description.
      investee = firstPartyAfter(s, at, 3, investor?.cluster) ?? describedPartyAfter(s, at, investor?.cluster) ?? storyCompanyAt(s, at + 1, investor);
      if (s.lower.slice(Math.max(0, t - 8), t).some((x) => ACQUIRE_WORDS.has(x))) continue; // left to the acquisition rules
      // "a strong position in X's market": a position is a holding only when sized ("a $ 250 million position").
      if (w !== 'stake' && !sizedBefore(s, t)) continue;
      // "a stake in Globex's unit": something of the company, not the company.
      if (investee && (s.lower[investee.end] === "'s" || s.lower[investee.end] === '’s')) continue;
    } else continue;
    if (!investor || !investee || investor.cluster === investee.cluster || investee.cluster.type !== 'Company' || addressed(s, investor)) continue;
    // "… in the Kettleby Hill Property": a property or plant named like a company.
    if (WORKS.test(s.lower[investee.end] ?? '') || WORKS.test(s.lower[investee.end - 1]!)) continue;
    if (speculativeBetween(s, 0, t + 1)) continue;
    // "hopes to take a 20 % stake", "is interested in taking a stake": a holding wished for, not held.
    // ("plans to raise its stake in Quillmere": the stake it names is held already.)
    const held = HOLDING_NOUNS.has(w) && heldBy(s, t) !== undefined;
    if (!held && s.lower.slice(Math.max(0, t - 8), t).some((x) => WISHED.has(x))) continue;
    // "will sell its investment in Initech", "has sold its stake in Initech": a holding given up.
    // ("has sold its entire 8 % stake": the stake's size may stand between, back to the clause's start.)
    const clause = s.lower.lastIndexOf(',', t - 1) + 1;
    const givingFrom = HOLDING_NOUNS.has(w) ? Math.min(Math.max(t - 7, clause), t - 4) : t - 4;
    if (s.lower.slice(Math.max(0, givingFrom), t).some((x) => GIVING_UP.test(x))) continue;
    // "has no plans to invest in", "will not invest in": an investment denied.
    if (INVEST_WORDS.has(w) && s.lower.slice(Math.max(0, t - 4), t).some(isDenial)) continue;
    const properties: Record<string, PropertyValue> = {};
    const stake = stakeNear(s, 0, s.lower.length);
    // "raised its stake in Quillmere to 28 %": the holding reached, told after the company.
    // ("limited its holding in Quillmere to less than 30 %": a cap, not the holding.)
    // ("raised its Quillmere stake to 28 %": the company before the noun.)
    const afterHeld = investee.end === t ? t + 1 : investee.end;
    const reached = HOLDING_NOUNS.has(w) && s.lower[afterHeld] === 'to' && !/^(?:less|under|below|no)$/.test(s.lower[afterHeld + 1] ?? '') ? percentAfter(s, afterHeld, 4) : undefined;
    if (stake !== undefined && stake >= 0) properties['stake'] = stake;
    else if (reached !== undefined) properties['stake'] = reached;
    else if (OWN_VERBS.has(w)) {
      const owned = percentAfter(s, t, 6);
      if (owned !== undefined) properties['stake'] = owned;
    }
    // "Sakumo , which owns 90 % of Ardent , has invested $ 30 billion in …": money after a clause set off around the
    // holding is spent on something else.
    const setOff = s.lower.lastIndexOf(',', t - 1);
    const clauseEnd = setOff >= 0 ? setOffEnd(s, setOff, s.lower.length) : -1;
    withValue(properties, s, Math.max(0, t - 6), 'amount', clauseEnd > t ? clauseEnd - Math.max(0, t - 6) : 14);
    drafts.push({ type: 'INVESTS_IN', source: investor.cluster, target: investee.cluster, properties, confidence: investor.anaphoric ? 0.5 : 0.7, sentence: s });
    // "Orvane and Vandelay invested $ 100 million in Quillmere": both subjects joined by "and" put money in.
    const joint = investor.end <= t && !investor.anaphoric && s.lower[investor.start - 1] === 'and' ? s.mentions.find((m) => m.end === investor!.start - 1 && !m.anaphoric && m.cluster.type === 'Company') : undefined;
    if (joint && joint.cluster !== investee.cluster) drafts.push({ type: 'INVESTS_IN', source: joint.cluster, target: investee.cluster, properties: {}, confidence: 0.65, sentence: s });
    // "raised $ 600 million from Sequoia , Accel and Index Ventures": every backer listed took part (the amount is the round's).
    if (investor.start > t) {
      for (const other of listedAfter(s, investor)) {
        if (other.cluster !== investee.cluster) drafts.push({ type: 'INVESTS_IN', source: other.cluster, target: investee.cluster, properties: {}, confidence: 0.65, sentence: s });
      }
    }
    // "… a Series C round led by Orvane , with participation from Vandelay and Pellworth": the others in the round.
    for (const other of participantsAfter(s, t)) {
      if (other.cluster !== investee.cluster && other.cluster !== investor.cluster) drafts.push({ type: 'INVESTS_IN', source: other.cluster, target: investee.cluster, properties: {}, confidence: 0.6, sentence: s });
    }
    // "owns shares of Boeing and JetBlue Airways": every company listed is held.
    if (OWN_VERBS.has(w) && s.lower[t + 1] === 'shares') {
      for (const other of listedAfter(s, investee)) {
        if (other.cluster !== investor.cluster) drafts.push({ type: 'INVESTS_IN', source: investor.cluster, target: other.cluster, properties: {}, confidence: 0.65, sentence: s });
      }
    }
  }
  return drafts;
}
