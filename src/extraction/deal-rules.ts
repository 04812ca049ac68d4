import type { AnalysedDocument, AnalysedSentence, Cluster, Mention } from './document-analysis.js';
import type { RelationDraft } from './relation-draft.js';
import { clauseStart, failedIn, isParty, mentionsIn, moneyAfter, percentAfter, speculativeBetween } from './sentence-reading.js';
import type { PropertyValue } from './types.js';

const ACQUIRE_VERBS = new Set(['acquire', 'acquires', 'acquired', 'acquiring', 'buy', 'buys', 'bought', 'buying', 'purchase', 'purchases', 'purchased', 'purchasing']);
const ACQUIRE_NOUNS = new Set(['acquisition', 'takeover', 'purchase', 'buyout']);
const BID_NOUNS = new Set(['bid', 'bids', 'offer', 'offers', 'proposal', 'approach']);
const COMPLETED = new Set(['acquired', 'bought', 'purchased', 'completed', 'completes', 'closed', 'closes', 'finalized', 'finalised']);
const AGREED = new Set(['agreed', 'agrees', 'agree', 'agreement', 'definitive', 'will', 'would', 'signed', 'announced', 'acquires', 'buys', 'to']);
const INTENT = new Set(['plans', 'plan', 'planned', 'seeks', 'seek', 'seeking', 'wants', 'offered', 'proposed', 'proposes', 'bid', 'hostile', 'unsolicited', 'tender', 'intends', 'aims', 'nears']);
const PARTNER_NOUNS = new Set(['partnership', 'partnerships', 'collaboration', 'alliance', 'venture', 'jv', 'tie-up', 'pact', 'deal', 'agreement', 'contract', 'memorandum', 'mou']);
const PARTNER_VERBS = new Set(['partner', 'partners', 'partnered', 'partnering', 'collaborate', 'collaborates', 'collaborated', 'collaborating', 'teamed', 'team', 'teams', 'allied']);
const NOT_PARTNERSHIP = /\b(?:lawsuit|settlement|labou?r|union|wage|strike|sued|suing|court|acquisition|merger|takeover|licens(?:e|ing) deal|workers|employees|pilots)\b/i;

const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

function lastPartyBefore(s: AnalysedSentence, i: number, exclude?: Cluster): Mention | undefined {
  const from = clauseStart(s, i);
  const found = s.mentions.filter((m) => isParty(m) && m.end <= i && m.start > from && m.cluster !== exclude);
  return found[found.length - 1];
}

/**
 * "Scotts bought Gravita, a maker of …": right after a purchase verb, an unknown single name the tagger took
 * for a person or place is the company bought.
 */
function boughtName(s: AnalysedSentence, t: number): Mention | undefined {
  const at = s.lower[t + 1] === 'the' ? t + 2 : t + 1;
  const m = s.mentions.find((x) => x.start === at && x.end === at + 1 && !x.anaphoric);
  if (!m || (m.cluster.type !== 'Person' && m.cluster.type !== 'Location')) return undefined;
  const next = s.lower[m.end];
  const described = next === ',' && ['a', 'an', 'the'].includes(s.lower[m.end + 1] ?? '');
  if (!described && next !== 'for') return undefined;
  m.cluster.type = 'Company';
  return m;
}

function firstPartyAfter(s: AnalysedSentence, i: number, window = 8, exclude?: Cluster): Mention | undefined {
  return s.mentions.find((m) => isParty(m) && m.start > i && m.start <= i + window && m.cluster !== exclude && !m.anaphoric);
}

function dealStatus(s: AnalysedSentence, trigger: number): { type: 'ACQUIRES' | 'BIDS_FOR'; status: string } {
  if (failedIn(s)) {
    const w = s.lower.find((x) => /^(withdr|terminat|abandon|reject|rebuff|fail|collaps|block|scrap|cancel|end)/.test(x)) ?? 'withdrawn';
    const status = /^reject|^rebuff/.test(w) ? 'rejected' : /^fail|^collaps|^block/.test(w) ? 'failed' : 'withdrawn';
    return { type: 'BIDS_FOR', status };
  }
  if (speculativeBetween(s, 0, trigger + 1)) return { type: 'BIDS_FOR', status: 'rumoured' };
  // The words of this clause just before the trigger: "had completed its $ 69 billion acquisition".
  const window = s.lower.slice(Math.max(clauseStart(s, trigger) + 1, trigger - 7), trigger + 1);
  if (window.some((w) => INTENT.has(w))) return { type: 'BIDS_FOR', status: 'proposed' };
  if (window.some((w) => COMPLETED.has(w))) return { type: 'ACQUIRES', status: 'completed' };
  if (window.some((w) => AGREED.has(w))) return { type: 'ACQUIRES', status: 'agreed' };
  return { type: 'ACQUIRES', status: 'announced' };
}

function stakeNear(s: AnalysedSentence, from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) {
    if (s.lower[k] === 'stake' || s.lower[k] === 'interest' && s.lower[k - 1] === '%') {
      return percentAfter(s, Math.max(from, k - 5), 5) ?? -1;
    }
  }
  return undefined;
}

function withValue(properties: Record<string, PropertyValue>, s: AnalysedSentence, from: number, key: string) {
  const money = moneyAfter(s, Math.max(0, from), 14);
  if (money) {
    properties[key] = money.value;
    properties['currency'] = money.currency;
  }
}

/** Acquisitions, bids and stakes. */
// "buy", "purchase", "acquire" are verbs only after "to" or a modal; elsewhere they are "a Buy rating", "for purchase".
const BASE_FORMS = new Set(['buy', 'purchase', 'acquire']);
const VERB_OPENERS = new Set(['to', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', "'ll", 'did', 'not']);
const NOT_A_DEAL_AFTER = new Set(['rating', 'ratings', 'point', 'points', 'zone', 'recommendation', 'signal', 'range', 'list', 'agreement', 'price', 'order', 'orders']);
// Between a purchase verb and what was bought: no preposition that would make the name a seller or a venue.
const BLOCKING = new Set(['from', 'to', 'with', 'for', 'by', 'at', 'on', 'in', 'into', 'through', 'via', 'when', 'while', 'after', 'before']);

function isVerbUse(s: AnalysedSentence, t: number): boolean {
  const w = s.lower[t]!;
  if (NOT_A_DEAL_AFTER.has(s.lower[t + 1] ?? '')) return false;
  if (!BASE_FORMS.has(w)) return true;
  const before = s.lower[t - 1] ?? '';
  return VERB_OPENERS.has(before) || (s.caseless && t > 0);
}

const insideMention = (s: AnalysedSentence, t: number) => s.mentions.some((m) => !m.anaphoric && m.start <= t && t < m.end);

function acquisitions(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (let t = 0; t < s.lower.length; t++) {
    const w = s.lower[t]!;
    let acquirer: Mention | undefined;
    let target: Mention | undefined;
    let nounBid = false;
    if (!ACQUIRE_VERBS.has(w) && !ACQUIRE_NOUNS.has(w) && !BID_NOUNS.has(w)) continue;
    if (insideMention(s, t)) continue;
    // "had no plans to bid for", "will not buy": a denied deal is no deal.
    if (s.lower.slice(Math.max(0, t - 4), t).some((x) => x === 'no' || x === 'not' || x === "n't" || x === 'never')) continue;
    // "rejected a $7.6 billion takeover offer from Emerson": the bidder follows "from", the target is the subject.
    if (BID_NOUNS.has(w) && s.lower[t + 1] === 'from') {
      const bidder = firstPartyAfter(s, t + 1, 3);
      const target = bidder ? lastPartyBefore(s, t, bidder.cluster) : undefined;
      if (bidder && target && bidder.cluster.type === 'Company' && target.cluster.type === 'Company') {
        const status = failedIn(s) ? (s.lower.some((x) => /^(?:reject|rebuff)/.test(x)) ? 'rejected' : 'withdrawn') : 'proposed';
        const properties: Record<string, PropertyValue> = { status };
        withValue(properties, s, Math.max(0, t - 6), 'value');
        drafts.push({ type: 'BIDS_FOR', source: bidder.cluster, target: target.cluster, properties, confidence: 0.65, sentence: s });
      }
      continue;
    }
    if (ACQUIRE_VERBS.has(w)) {
      if (!isVerbUse(s, t)) continue;
      if (PASSIVE_AUX.has(s.lower[t - 1] ?? '') && s.lower[t + 1] === 'by') {
        target = lastPartyBefore(s, t);
        acquirer = firstPartyAfter(s, t + 1, 4, target?.cluster);
      } else {
        acquirer = lastPartyBefore(s, t);
        target = firstPartyAfter(s, t, 8, acquirer?.cluster) ?? (acquirer ? boughtName(s, t) : undefined);
        const between = target ? s.lower.slice(t + 1, target.start) : [];
        if (between.some((x) => BLOCKING.has(x)) && !between.includes('stake')) target = undefined;
      }
    } else if (ACQUIRE_NOUNS.has(w) || (BID_NOUNS.has(w) && s.lower[t + 1] === 'for')) {
      nounBid = BID_NOUNS.has(w);
      const prep = s.lower[t + 1];
      if (prep === 'of' || prep === 'for') {
        target = firstPartyAfter(s, t + 1, 3);
        const by = s.lower.indexOf('by', t + 2);
        acquirer = by > 0 && by < t + 8 ? firstPartyAfter(s, by, 3, target?.cluster) : lastPartyBefore(s, t, target?.cluster);
      } else {
        // "X's $30 billion Y acquisition" / headline "SpaceX Acquires xAI" handled above; "Y acquisition" needs an owner.
        const before = lastPartyBefore(s, t);
        const owner = before ? lastPartyBefore(s, before.start, before.cluster) : undefined;
        if (before && owner && before.end >= t - 1 && s.lower[owner.end] === "'s") {
          acquirer = owner;
          target = before;
        }
      }
    } else continue;
    if (!acquirer || !target || acquirer.cluster === target.cluster) continue;
    // Regulators review deals; they do not make them.
    if (acquirer.cluster.type !== 'Company' || target.cluster.type !== 'Company') continue;
    const stake = stakeNear(s, Math.min(acquirer.end, t), target.start);
    const properties: Record<string, PropertyValue> = {};
    const confidence = acquirer.anaphoric || target.anaphoric ? 0.55 : 0.75;
    if (stake !== undefined) {
      if (stake >= 0) properties['stake'] = stake;
      withValue(properties, s, t, 'amount');
      if (!speculativeBetween(s, 0, t + 1) && !failedIn(s)) {
        drafts.push({ type: 'INVESTS_IN', source: acquirer.cluster, target: target.cluster, properties, confidence, sentence: s });
      }
      continue;
    }
    const { type, status } = nounBid ? { type: 'BIDS_FOR' as const, status: failedIn(s) ? 'withdrawn' : 'proposed' } : dealStatus(s, t);
    properties['status'] = status;
    withValue(properties, s, Math.min(acquirer.end, t), 'value');
    drafts.push({ type, source: acquirer.cluster, target: target.cluster, properties, confidence, sentence: s });
  }
  return drafts;
}

const INVEST_WORDS = new Set(['invest', 'invests', 'invested', 'investing', 'investment', 'investments']);

/** "X invested $N in Y", "X's investment in Y", "Y raised $N from X", "Nvidia ... OpenAI Investment". */
function investments(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  if (!s.lower.some((w) => INVEST_WORDS.has(w) || w === 'raised' || w === 'raises' || w === 'secured') || failedIn(s)) return drafts;
  for (let t = 0; t < s.lower.length; t++) {
    const w = s.lower[t]!;
    let investor: Mention | undefined;
    let investee: Mention | undefined;
    if (INVEST_WORDS.has(w)) {
      // A person invests only as the subject of the verb ("Buffett invested … in"), not via "investment research in".
      const personSubject = w.startsWith('invest') && !w.startsWith('investment') ? s.mentions.find((m) => m.cluster.type === 'Person' && m.end <= t && !m.anaphoric) : undefined;
      investor = lastPartyBefore(s, t) ?? personSubject;
      const inIndex = s.lower.indexOf('in', t + 1);
      if (inIndex > 0 && inIndex <= t + 8) investee = firstPartyAfter(s, inIndex, 3, investor?.cluster);
      else if (s.caseless && w.startsWith('investment')) {
        // Headline: "Nvidia Nears $20 Billion OpenAI Investment"
        const right = s.mentions.find((m) => m.end === t && isParty(m));
        if (right) {
          investee = right;
          investor = lastPartyBefore(s, right.start, right.cluster);
        }
      }
    } else if ((w === 'raised' || w === 'raises' || w === 'secured') && !s.lower.slice(t, t + 12).includes('ipo')) {
      const from = s.lower.indexOf('from', t + 1);
      const led = s.lower.indexOf('led', t + 1);
      const at = [from, led].filter((k) => k > 0 && k < t + 14).sort((a, b) => a - b)[0];
      if (at === undefined) continue;
      investee = lastPartyBefore(s, t);
      investor = firstPartyAfter(s, at, 4, investee?.cluster);
    } else continue;
    if (!investor || !investee || investor.cluster === investee.cluster || investee.cluster.type !== 'Company') continue;
    if (speculativeBetween(s, 0, t + 1)) continue;
    const properties: Record<string, PropertyValue> = {};
    const stake = stakeNear(s, 0, s.lower.length);
    if (stake !== undefined && stake >= 0) properties['stake'] = stake;
    withValue(properties, s, Math.max(0, t - 6), 'amount');
    drafts.push({ type: 'INVESTS_IN', source: investor.cluster, target: investee.cluster, properties, confidence: investor.anaphoric ? 0.5 : 0.7, sentence: s });
  }
  return drafts;
}

/** Partnerships, joint ventures, supply and manufacturing deals. */
function partnerships(doc: AnalysedDocument, s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  const cue = s.lower.some((w) => PARTNER_NOUNS.has(w) || PARTNER_VERBS.has(w) || w === 'joint' || w === 'supply' || w === 'manufacture' || w === 'produce' || w === 'using' || w === 'at');
  if (!cue || NOT_PARTNERSHIP.test(s.text) || failedIn(s)) return drafts;
  const push = (a: Mention | Cluster, b: Mention | Cluster, confidence: number) => {
    const ca = 'cluster' in a ? a.cluster : a;
    const cb = 'cluster' in b ? b.cluster : b;
    if (ca === cb || ca.type !== 'Company' && ca.type !== 'Organization' || cb.type !== 'Company' && cb.type !== 'Organization') return;
    if (ca.type === 'Organization' && cb.type === 'Organization') return;
    drafts.push({ type: 'PARTNERS_WITH', source: ca, target: cb, properties: {}, confidence, sentence: s });
  };
  for (let t = 0; t < s.lower.length; t++) {
    const w = s.lower[t]!;
    const isNoun = PARTNER_NOUNS.has(w) || (w === 'joint' && s.lower[t + 1] === 'venture');
    const isVerb = PARTNER_VERBS.has(w) || ((w === 'supply' || w === 'manufacture' || w === 'produce') && s.lower[t - 1] === 'to');
    if (!isNoun && !isVerb) continue;
    // "Enterprise Products Partners", "United Launch Alliance" are names, not deals.
    if (insideMention(s, t)) continue;
    if (speculativeBetween(s, 0, t + 1)) continue;
    // Generic "deal"/"agreement" needs an explicit "with" partner.
    const generic = ['deal', 'agreement', 'contract', 'pact'].includes(w);
    const next = s.lower[t + 1];
    if (next === 'between' || (next === 'with' && s.lower[t + 2] === 'between')) {
      const a = firstPartyAfter(s, t + 1, 4);
      const b = a ? firstPartyAfter(s, a.end - 1, 4, a.cluster) : undefined;
      if (a && b && s.lower.slice(a.end, b.start).includes('and')) push(a, b, 0.7);
      continue;
    }
    const withAt = s.lower.indexOf('with', t + 1);
    const subject = lastPartyBefore(s, t);
    // "signed a memorandum of understanding for eight jets with CDB Aviation": the partner may come a few words on.
    const reach = w === 'memorandum' || w === 'agreement' || w === 'contract' ? 9 : 3;
    if (withAt > 0 && withAt <= t + reach && !mentionsIn(s, t + 1, withAt).some(isParty)) {
      const partner = firstPartyAfter(s, withAt, 4, subject?.cluster);
      if (subject && partner) push(subject, partner, subject.anaphoric ? 0.55 : 0.7);
      continue;
    }
    if (generic && w !== 'deal') continue;
    if (isVerb && (w === 'supply' || w === 'manufacture' || w === 'produce')) {
      const partner = s.lower[t + 1] === 'for' || s.lower[t + 1] === 'to' ? firstPartyAfter(s, t + 1, 3) : undefined;
      if (subject && partner) push(subject, partner, 0.6);
      continue;
    }
    // "Rio Tinto and BHP agree to ... collaboration"
    if (subject && !generic) {
      const other = lastPartyBefore(s, subject.start, subject.cluster);
      if (other && other.end >= subject.start - 2 && ['and', ','].includes(s.lower[other.end]!)) push(other, subject, 0.65);
      else if (/^(?:the )?(?:two )?companies\b/i.test(s.text) || s.lower.includes('companies')) {
        const pair = recentPair(doc, s.index);
        if (pair) push(pair[0], pair[1], 0.5);
      }
    } else if (!subject && !generic && s.lower.includes('companies')) {
      const pair = recentPair(doc, s.index);
      if (pair) push(pair[0], pair[1], 0.5);
    }
  }
  // "plans to manufacture EVs using Great Wall's factory": production at another company's plant.
  for (let t = 0; t < s.lower.length; t++) {
    if (s.lower[t] !== 'using' && s.lower[t] !== 'at') continue;
    const owner = firstPartyAfter(s, t, 2);
    if (!owner || !["'s", '’s'].includes(s.lower[owner.end] ?? '')) continue;
    if (!/^(?:factory|factories|plant|plants|facility|facilities|production|assembly)$/.test(s.lower[owner.end + 1] ?? '')) continue;
    const subject = lastPartyBefore(s, t, owner.cluster) ?? s.mentions.find((m) => isParty(m) && m.cluster !== owner.cluster && m.start < t);
    if (subject && !failedIn(s)) push(subject, owner, 0.6);
  }
  return drafts;
}

/** The two companies the last few sentences were about, when there are exactly two: "the companies". */
function recentPair(doc: AnalysedDocument, index: number): [Cluster, Cluster] | undefined {
  const recent = new Set<Cluster>();
  for (const s of doc.sentences.slice(Math.max(0, index - 4), index + 1)) {
    for (const m of s.mentions) if (m.cluster.type === 'Company' && !m.anaphoric) recent.add(m.cluster);
  }
  if (recent.size !== 2) return undefined;
  const [a, b] = [...recent];
  return [a!, b!];
}

export function findDeals(doc: AnalysedDocument): RelationDraft[] {
  return doc.sentences.flatMap((s) => [...acquisitions(s), ...investments(s), ...partnerships(doc, s)]);
}
