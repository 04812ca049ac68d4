import type { AnalysedSentence, Mention } from './document-analysis.js';
import { asCompany, boughtName, firstPartyAfter, insideMention, lastPartyBefore, listedAfter, looseName, looseNameAfter, looseNameBefore, personNamedTargetAfter, sharedSubject, stakeNear, withValue } from './deal-parties.js';
import { COMPANY_NOUNS } from './company-nouns.js';
import { COMPANY_VERBS } from './headline-subjects.js';
import { DOWN_VERBS, UP_VERBS } from './move-words.js';
import { isLegalSuffix } from './name-normalisation.js';
import type { RelationDraft } from './relation-draft.js';
import { clauseStart, failedIn, followsSubject, isCurrencyName, percentAfter, speculativeBetween } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';
import type { PropertyValue } from './types.js';

const ACQUIRE_VERBS = new Set(['acquire', 'acquires', 'acquired', 'acquiring', 'buy', 'buys', 'bought', 'buying', 'purchase', 'purchases', 'purchased', 'purchasing']);
const ACQUIRE_NOUNS = new Set(['acquisition', 'acquisitions', 'takeover', 'takeovers', 'purchase', 'buyout']);
const BID_NOUNS = new Set(['bid', 'bids', 'offer', 'offers', 'proposal', 'approach']);
const COMPLETED = new Set(['acquired', 'bought', 'purchased', 'sold', 'completed', 'completes', 'closed', 'closes', 'finalized', 'finalised']);
const AGREED = new Set(['agreed', 'agrees', 'agree', 'agreement', 'definitive', 'will', 'would', 'signed', 'announced', 'acquires', 'buys', 'to']);
const FIRM = new Set(['agreed', 'agrees', 'agree', 'agreement', 'definitive', 'signed']);
const INTENT = new Set(['plans', 'plan', 'planned', 'planning', 'discussing', 'discuss', 'discusses', 'discussions', 'negotiating', 'negotiate', 'negotiates', 'talks', 'efforts', 'effort', 'attempt', 'attempts', 'trying', 'tries', 'try', 'tried', 'attempted', 'attempting', 'seeks', 'seek', 'seeking', 'sought', 'wants', 'wanted', 'hopes', 'hoped', 'hoping', 'offered', 'proposed', 'proposes', 'bid', 'hostile', 'unsolicited', 'tender', 'intends', 'aims', 'nears', 'interested', 'option', 'right', 'intent', 'non-binding']);
const GOODS = /^(?:shares|share|stock|stocks|bonds?|notes|debt|jets?|planes?|aircraft|airplanes?|products?|devices?|chips?|phones?|cars?|vehicles?|trucks?|equipment|gear|tickets?|licen[cs]es?|rights|options|securities|units|gift)$/;
const POSSESSIVE = /^(?:'s|’s)$/;
// "Cyclops ' steel business": the bare apostrophe after a name ending in s.
const BARE_APOSTROPHE = /^(?:'|’)$/;
// "buy U.S. Bonds", "purchases of U.S. Corn": securities and crops named for their country, not companies.
const TRADED_GOODS = /^(?:bonds|notes|bills|treasuries|debentures|corn|wheat|soybeans|grain|grains)$/;
// "acquired seven Gas-N-All convenience stores", "bought two of its units": things counted are assets, not the company.
const COUNT_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens?|hundreds?)$/;
// "OLIN UNIT ACQUIRES IMAGE TECHNOLOGY": the company's unit is the buyer, not the company.
const UNIT_WORDS = /^(?:unit|units|subsidiary|subsidiaries|division|affiliate|arm)$/;
const HOLDINGS = /^(?:stake|stakes|holding|holdings|interest|interests)$/;
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
const FORESEEING = new Set(['expect', 'expects', 'expected', 'anticipate', 'anticipates', 'predict', 'predicts', 'predicted', 'likely', 'unlikely', 'speculate', 'speculated']);

// Words opening another clause: "agreed to buy Initech after a deal with Globex fell apart" tells of two deals.
const OTHER_CLAUSE = new Set(['after', 'before', 'since', 'when', 'while', 'following', 'as', ';']);

/** "the deal to buy Initech fell through", "talks fell apart": the deal at `trigger` came to nothing. */
function fellThrough(s: AnalysedSentence, trigger: number): boolean {
  for (let k = 0; k < s.lower.length - 1; k++) {
    if (!/^(?:fell|fall|falls|falling|fallen)$/.test(s.lower[k]!) || !/^(?:through|apart)$/.test(s.lower[k + 1]!)) continue;
    if (!s.lower.slice(Math.min(k, trigger), Math.max(k, trigger)).some((w) => OTHER_CLAUSE.has(w))) return true;
  }
  return false;
}

const DENIALS = new Set(['no', 'not', "n't", 'never']);
const DENIAL_ENDS = new Set([',', ';', 'but', 'said', 'says', 'that', 'while', 'although']);

/**
 * "will not buy", "had no plans to bid for": a denial just before the deal's word; "will not solicit proxies or
 * attempt to acquire": one before verbs joined by "or", which it denies together.
 */
function deniedDeal(s: AnalysedSentence, t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 9); k--) {
    const w = s.lower[k]!;
    if (DENIAL_ENDS.has(w)) return false;
    if (DENIALS.has(w)) return t - k <= 4 || s.lower.slice(k, t).some((x) => x === 'or' || x === 'nor');
  }
  return false;
}

// Verbs telling a deal named by its noun was done: "Acme 's acquisition of Initech closed on Monday".
const CLOSED_AFTER = new Set(['closed', 'completed', 'finalized', 'finalised']);
const CLAUSE_ENDS = new Set([',', ';', 'and', 'but', 'which', 'that', 'while', 'after', 'before', 'when']);

/** The deal noun at `trigger` is the subject of a verb of closing it ("… was completed", "… closed"), not one to come. */
function closedAfter(s: AnalysedSentence, trigger: number): boolean {
  for (let k = trigger + 1; k < Math.min(s.lower.length, trigger + 12); k++) {
    const w = s.lower[k]!;
    if (CLAUSE_ENDS.has(w)) return false;
    if (CLOSED_AFTER.has(w)) return !/^(?:be|to|will|would|not|never|yet)$/.test(s.lower[k - 1] ?? '');
  }
  return false;
}

/** Whether the deal at `trigger` was made (ACQUIRES: completed, agreed, announced) or only bid for, and how it stands. */
export function dealStatus(s: AnalysedSentence, trigger: number): { type: 'ACQUIRES' | 'BIDS_FOR'; status: string } {
  if (fellThrough(s, trigger)) return { type: 'BIDS_FOR', status: 'failed' };
  if (failedIn(s)) {
    const w = s.lower.find((x) => /^(withdr|terminat|abandon|reject|rebuff|fail|collaps|block|scrap|cancel|end)/.test(x)) ?? 'withdrawn';
    const status = /^reject|^rebuff/.test(w) ? 'rejected' : /^fail|^collaps|^block/.test(w) ? 'failed' : 'withdrawn';
    return { type: 'BIDS_FOR', status };
  }
  if (speculativeBetween(s, 0, trigger + 1)) return { type: 'BIDS_FOR', status: 'rumoured' };
  // "Analysts expect Globex to buy Initech": a purchase foreseen, not made ("expected to complete its acquisition" is).
  if (ACQUIRE_VERBS.has(s.lower[trigger]!) && s.lower[trigger - 1] === 'to' && s.lower.slice(Math.max(clauseStart(s, trigger) + 1, trigger - 6), trigger).some((w) => FORESEEING.has(w))) {
    return { type: 'BIDS_FOR', status: 'rumoured' };
  }
  // The words of this clause just before the trigger: "had completed its $ 69 billion acquisition".
  const window = s.lower.slice(Math.max(clauseStart(s, trigger) + 1, trigger - 7), trigger + 1);
  // "Acme 's planned acquisition of Initech": a deal announced and waiting to close ("Acme plans to buy" is a bid).
  const planned = s.lower[trigger - 1] === 'planned' && ACQUIRE_NOUNS.has(s.lower[trigger]!);
  if (planned && window.filter((w) => INTENT.has(w)).length === 1) return { type: 'ACQUIRES', status: 'pending' };
  // "would like to buy": a wish, not a deal.
  const wish = window.some((w, k) => w === 'like' && (window[k - 1] === 'would' || window[k - 1] === "'d"));
  if (wish || window.some((w) => INTENT.has(w))) return { type: 'BIDS_FOR', status: 'proposed' };
  // "agreed to be acquired by": the participle after "be" tells no completion.
  const done = window.some((w, k) => COMPLETED.has(w) && window[k - 1] !== 'be');
  if (done || (ACQUIRE_NOUNS.has(s.lower[trigger]!) && closedAfter(s, trigger))) return { type: 'ACQUIRES', status: 'completed' };
  // "an offer it received from TWA to buy USAir": the purchase is what an offer proposes, unless agreed.
  const agreed = window.some((w) => FIRM.has(w));
  if (!agreed && s.lower.slice(Math.max(0, trigger - 14), trigger).some((w) => BID_NOUNS.has(w))) return { type: 'BIDS_FOR', status: 'proposed' };
  if (window.some((w) => AGREED.has(w))) return { type: 'ACQUIRES', status: 'agreed' };
  return { type: 'ACQUIRES', status: 'announced' };
}


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
  // "to help Acme purchase Initech": a bare verb after a company helped to act (unless the help was refused).
  const doer = s.mentions.find((m) => m.end === t && !m.anaphoric && m.cluster.type === 'Company');
  if (doer && HELPING.has(s.lower[doer.start - 1] ?? '')) {
    return !s.lower.slice(Math.max(0, doer.start - 5), doer.start - 1).some((x) => /^(?:refus|declin|not$|n't$|never$)/.test(x));
  }
  return VERB_OPENERS.has(before) || (s.caseless && t > 0);
}

const HELPING = new Set(['help', 'helps', 'helped', 'helping']);


// "took over Seagen", "snapped up Seagen": the particle that makes each verb a purchase.
const PHRASAL = new Map([
  ...['took', 'takes', 'taking', 'take', 'taken'].map((v) => [v, 'over'] as const),
  ...['snapped', 'snaps', 'snapping', 'snap', 'scooped', 'scoops', 'scoop'].map((v) => [v, 'up'] as const),
]);

/** A company taken over or snapped up, named right after the particle. */
function phrasalAcquisition(s: AnalysedSentence, t: number): RelationDraft | undefined {
  const w = s.lower[t]!;
  if ((w === 'take' || w === 'snap' || w === 'scoop') && !VERB_OPENERS.has(s.lower[t - 1] ?? '')) return undefined;
  if (s.lower.slice(Math.max(0, t - 4), t).some((x) => x === 'no' || x === 'not' || x === "n't" || x === 'never')) return undefined;
  const at = s.lower[t + 2] === 'the' ? t + 3 : t + 2;
  const target = s.mentions.find((m) => m.start === at && !m.anaphoric && m.cluster.type === 'Company');
  const acquirer = lastPartyBefore(s, t, target?.cluster);
  if (!target || !acquirer || acquirer.cluster.type !== 'Company') return undefined;
  const { type, status } = dealStatus(s, t);
  const properties: Record<string, PropertyValue> = { status };
  withValue(properties, s, t, 'value');
  return { type, source: acquirer.cluster, target: target.cluster, properties, confidence: acquirer.anaphoric ? 0.55 : 0.7, sentence: s };
}

const FRONTING = new Set(['by', 'after', 'since', 'through']);
const SHARE_CLASSES = new Set(['common', 'preferred', 'ordinary', 'class', 'a', 'b', 'voting', 'new']);

/** Goods or securities named right after a company ("Purolator common shares"). */
function sharesAfter(s: AnalysedSentence, at: number): boolean {
  let k = at;
  while (k < at + 2 && SHARE_CLASSES.has(s.lower[k] ?? '')) k++;
  return GOODS.test(s.lower[k] ?? '');
}

/**
 * "By purchasing Whole Foods, Amazon has …", "…, by purchasing X, Acme had …": a participle phrase set off by
 * commas is done by the subject after its closing comma.
 */
function frontedSubject(s: AnalysedSentence, t: number): Mention | undefined {
  if ((t > 3 && s.lower[t - 2] !== ',') || !s.lower[t]!.endsWith('ing') || !FRONTING.has(s.lower[t - 1] ?? '')) return undefined;
  const comma = s.lower.indexOf(',', t + 1);
  if (comma < 0 || comma > t + 10) return undefined;
  const subject = s.mentions.find((m) => m.start === comma + 1 && !m.anaphoric);
  return subject?.cluster.type === 'Company' ? subject : undefined;
}

const SELL_VERBS = new Set(['sold', 'sells', 'sell', 'selling']);
// What a seller may name between the business sold and its buyer: "its Initech unit to Acme".
const BUSINESS_WORDS = /^(?:unit|units|business|businesses|division|subsidiary|arm|operations|brand)$/;

/** Where the business sold ends: after "unit" in "its Initech unit", "its Initech lubricants business" (up to two words of trade). */
function businessEnd(s: AnalysedSentence, end: number): number {
  for (let k = end; k < end + 3; k++) {
    if (BUSINESS_WORDS.test(s.lower[k] ?? '')) return k + 1;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[k]?.text ?? '')) break;
  }
  return end;
}

// Nouns ending a buyer's description: "to U.S. private equity firm Stonepeak", "to buyout group Acme Partners".
const BUYER_NOUNS = new Set([...COMPANY_NOUNS, 'group', 'fund', 'investor', 'consortium']);

/**
 * Where the buyer's name starts after "to": at once, or after a description of up to five lower-case words (a place
 * may open it) closed by a company noun ("to U.S. private equity firm Stonepeak").
 */
function describedFrom(s: AnalysedSentence, from: number): number {
  let k = from;
  const place = s.mentions.find((m) => m.start === k && m.cluster.type === 'Location');
  if (place) k = place.end;
  for (let n = 0; n < 5 && k < s.tokens.length; n++, k++) {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[k]!.text)) break;
    if (BUYER_NOUNS.has(s.lower[k]!) && s.mentions.some((m) => m.start === k + 1)) return k + 1;
  }
  return from;
}

/** "Globex sold its Initech unit to Acme for $ 1 billion": the buyer acquires the business sold. */
function divestiture(s: AnalysedSentence, t: number): RelationDraft | undefined {
  const w = s.lower[t]!;
  if ((w === 'sell' || w === 'selling') && !VERB_OPENERS.has(s.lower[t - 1] ?? '') && s.lower[t - 1] !== 'agreed') return undefined;
  if (s.lower.slice(Math.max(0, t - 4), t).some((x) => x === 'no' || x === 'not' || x === "n't" || x === 'never')) return undefined;
  // "sold Quidsi to Amazon": one-word names right beside the verb and "to", mistyped as people or places, are the
  // company sold and its buyer (retyped only when the sale is read).
  // "Initech agreed to sell itself to Globex": the seller is what is sold.
  const itself = s.lower[t + 1] === 'itself' ? lastPartyBefore(s, t) : undefined;
  const named = itself ?? firstPartyAfter(s, t, 3);
  const target = named ?? looseNameAfter(s, t);
  if (!target || (named && target.cluster.type !== 'Company')) return undefined;
  const k = itself ? t + 2 : businessEnd(s, target.end);
  if (s.lower[k] !== 'to') return undefined;
  // Shares, stakes and goods sold are no company: "sold its stake in X to Y", "sold X shares to Y".
  if (s.lower.slice(t + 1, k).some((x) => x === 'stake' || GOODS.test(x))) return undefined;
  const after = s.mentions.find((m) => m.start === describedFrom(s, k + 1) && !m.anaphoric && m.cluster !== target.cluster);
  // In a title every word is capitalised: a loose name there is no evidence.
  const buyer = after?.cluster.type === 'Company' ? after : s.caseless ? undefined : looseName(after);
  const seller = lastPartyBefore(s, t, target.cluster);
  if (!buyer || buyer.cluster === seller?.cluster) return undefined;
  // A sale only planned or talked about names no bidder.
  const { type, status } = dealStatus(s, t);
  if (type !== 'ACQUIRES') return undefined;
  for (const m of [target, buyer]) if (m.cluster.type !== 'Company') asCompany(m);
  const properties: Record<string, PropertyValue> = { status };
  withValue(properties, s, k, 'value');
  return { type, source: buyer.cluster, target: target.cluster, properties, confidence: 0.65, sentence: s };
}

/** "Initech, which Globex acquired in 2023, …": the company before "which" was bought by the one after it. */
function relativeObject(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  // "…, which it acquired last year": a pronoun buyer stands for its company too.
  const buyer = s.mentions.find((m) => m.end === t && (!m.anaphoric || s.lower[m.start] === 'it') && m.cluster.type === 'Company');
  if (!buyer || (s.lower[buyer.start - 1] !== 'which' && s.lower[buyer.start - 1] !== 'that') || s.lower[buyer.start - 2] !== ',') return undefined;
  // "Acme, which Globex bought shares of", "… acquired a stake in": shares were bought, not the company.
  if (sharesAfter(s, t + 1) || s.lower.slice(t + 1, t + 4).includes('stake')) return undefined;
  const bought = s.mentions.find((m) => m.end === buyer.start - 2 && !m.anaphoric && m.cluster.type === 'Company');
  return bought && bought.cluster !== buyer.cluster ? [bought, buyer] : undefined;
}

// Every deal of this module starts at one of these words.
const DEAL_TRIGGERS = triggerClass(SELL_VERBS, PHRASAL.keys(), ACQUIRE_VERBS, ACQUIRE_NOUNS, BID_NOUNS);

/** Acquisitions, bids and stakes in one sentence. */
export function findAcquisitions(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  if (!mayTrigger(s, DEAL_TRIGGERS)) return drafts;
  for (let t = 0; t < s.lower.length; t++) {
    const w = s.lower[t]!;
    if (SELL_VERBS.has(w)) {
      const draft = divestiture(s, t);
      if (draft) drafts.push(draft);
      continue;
    }
    let acquirer: Mention | undefined;
    let target: Mention | undefined;
    let nounBid = false;
    if (PHRASAL.has(w) && PHRASAL.get(w) === s.lower[t + 1]) {
      const draft = phrasalAcquisition(s, t);
      if (draft) drafts.push(draft);
      continue;
    }
    if (!ACQUIRE_VERBS.has(w) && !ACQUIRE_NOUNS.has(w) && !BID_NOUNS.has(w)) continue;
    // One-word names accepted beside the trigger although typed as people or places; retyped if used.
    const loose: (Mention | undefined)[] = [];
    if (insideMention(s, t)) continue;
    // "had no plans to bid for", "will not buy": a denied deal is no deal.
    if (deniedDeal(s, t)) continue;
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
    if (ACQUIRE_VERBS.has(w) && (isVerbUse(s, t) || !ACQUIRE_NOUNS.has(w))) {
      if (!isVerbUse(s, t)) continue;
      const objectRelative = relativeObject(s, t);
      if ((PASSIVE_AUX.has(s.lower[t - 1] ?? '') || s.lower[t - 1] === ',') && s.lower[t + 1] === 'by') {
        // "Initech was acquired by Globex", "Initech, acquired by Globex in 2023, …".
        target = lastPartyBefore(s, t);
        // After a bare comma the company must stand right before it: "Acme's plant, acquired by Globex" names no target.
        if (s.lower[t - 1] === ',' && target && target.end !== t - 1) target = undefined;
        acquirer = firstPartyAfter(s, t + 1, 4, target?.cluster);
      } else if (objectRelative) {
        [target, acquirer] = objectRelative;
      } else {
        acquirer = frontedSubject(s, t) ?? lastPartyBefore(s, t) ?? sharedSubject(s, t);
        if (acquirer && s.lower[t - 1] === 'to' && afterTicker(s, acquirer.end) === t - 1) acquirer = agreedWith(s, acquirer) ?? acquirer;
        if (acquirer) acquirer = subjectOfCoordinatedVerb(s, acquirer, t) ?? acquirer;
        const buyer = acquirer ?? looseNameBefore(s, t);
        target = firstPartyAfter(s, t, 8, buyer?.cluster) ?? (buyer ? boughtName(s, t) : undefined);
        const between = target ? s.lower.slice(t + 1, target.start) : [];
        // ("buys a stake from Initech": the company after "from" sold the stake.)
        if (between.some((x) => BLOCKING.has(x)) && (!between.includes('stake') || between[between.length - 1] === 'from')) target = undefined;
        // "warrants to buy silver , lead arranger Globex said": a comma closes what was bought, unless the name
        // stands in apposition after it ("its family business , Great South Sales Co", "Falmouth , Maine-based Bass").
        const comma = between.lastIndexOf(',');
        const afterComma = target && comma >= 0 ? s.tokens.slice(t + 2 + comma, target.start).map((x) => x.text) : [];
        if (afterComma.some((x) => /^\p{Ll}/u.test(x) && !/(?:^|-)based$/.test(x))) target = undefined;
        // "bought 201,800 Purolator common shares", "buy 3.6 mln shares of Equatorial": shares bought, not the company.
        // "will buy 150 Votrax Call Director Systems": a count before the name buys goods of that name.
        // ("acquired 2001 Distributors Inc": a company's legal form after the figure makes it part of the name.)
        // (A count in words is written in lower case, so no name begins with it.)
        const counted =
          (/^\d[\d,]*$/.test(between[between.length - 1] ?? '') &&
            !/^\p{Sc}$/u.test(between[between.length - 2] ?? '') &&
            !isLegalSuffix(s.tokens[(target?.end ?? 1) - 1]!.text)) ||
          s.tokens.slice(t + 1, target?.start ?? t + 1).some((x, k) => COUNT_WORDS.test(x.text) && !/^(?:pct|percent|%)$/.test(s.lower[t + 2 + k] ?? ''));
        if (target && (between.some((x) => GOODS.test(x)) || sharesAfter(s, target.end) || counted)) target = undefined;
        if (!target) loose.push((target = looseNameAfter(s, t) ?? (acquirer && !acquirer.anaphoric ? personNamedTargetAfter(s, t) : undefined)));
        if (target && !acquirer) loose.push((acquirer = looseNameBefore(s, t)));
      }
    } else if (ACQUIRE_NOUNS.has(w) || (BID_NOUNS.has(w) && s.lower[t + 1] === 'for')) {
      nounBid = BID_NOUNS.has(w);
      const prep = s.lower[t + 1];
      if (prep === 'of' || prep === 'for') {
        target = firstPartyAfter(s, t + 1, 3);
        if (!target && prep === 'of') loose.push((target = looseNameAfter(s, t + 1) ?? personNamedTargetAfter(s, t + 1)));
        // "purchase of Boeing jets", "purchase of Disney shares": goods or securities of a company, not the company.
        if (target && GOODS.test(s.lower[target.end] ?? '')) target = undefined;
        // "the acquisition of < Tarnwell Co > by < Orvane Corp >": the buyer after "by".
        // ("… of Initech was approved by shareholders": a "by" after a verb names who approved, not the buyer.)
        const by = target ? s.lower.indexOf('by', target.end) : -1;
        const byBuyer = by > 0 && by <= (target?.end ?? 0) + 2 && s.tokens.slice(target!.end, by).every((x) => /^[^\p{L}\p{N}]+$/u.test(x.text) || BUSINESS_WORDS.test(x.text.toLowerCase()));
        acquirer = byBuyer ? firstPartyAfter(s, by, 3, target?.cluster) : lastPartyBefore(s, t, target?.cluster);
      } else if (prep === 'by' && !nounBid) {
        // "Initech agreed to a $ 2 billion takeover by Globex": the buyer follows "by", the company taken over is the subject.
        acquirer = firstPartyAfter(s, t + 1, 2);
        target = lastPartyBefore(s, t, acquirer?.cluster);
        if (target && t - target.end > 8) target = undefined;
      } else {
        // "X's $30 billion Y acquisition" / headline "SpaceX Acquires xAI" handled above; "Y acquisition" needs an owner.
        const before = lastPartyBefore(s, t);
        const owner = before ? lastPartyBefore(s, before.start, before.cluster) : undefined;
        if (before && owner && before.end >= t - 1 && s.lower[owner.end] === "'s") {
          acquirer = owner;
          target = before;
        } else if (before && before.end === t && !before.anaphoric && (w !== 'takeover' || completedBefore(s, before))) {
          // "completed its Initech acquisition", "has closed the Initech purchase": the buyer is the subject.
          // ("would finance its Initech takeover": a takeover so named is often still a bid, unless completed.)
          acquirer = namedPurchaser(s, before) ?? titleSubjectAfterDeal(s, before, t);
          if (acquirer) target = before;
        }
      }
    } else continue;
    // "its acquisition of Globex Co 's Initech unit": what was bought is the company's unit, named after the
    // possessive, not the company; "acquisitions of the Globex stake" buy a holding, not the company.
    // ("a majority of Acme 's outstanding stock", "Acme 's business" are Acme itself.)
    const ownStock = /^(?:stock|shares|common|outstanding|capital|equity|business)$/.test(s.lower[(target?.end ?? 0) + 1] ?? '');
    if (target && target.start > t && POSSESSIVE.test(s.lower[target.end] ?? '') && !ownStock) {
      const owned = firstPartyAfter(s, target.end, 2, target.cluster);
      target = owned && owned.start <= target.end + 2 ? owned : undefined;
    }
    if (target && target.start > t && HOLDINGS.test(s.lower[target.end] ?? '')) continue;
    // "agreed to buy Cyclops ' steel business": a business of the company, not the company.
    if (target && target.start > t && BARE_APOSTROPHE.test(s.lower[target.end] ?? '') && s.lower[target.end - 1]!.endsWith('s') && /^\p{Ll}/u.test(s.tokens[target.end + 1]?.text ?? '')) continue;
    if (target && TRADED_GOODS.test(s.lower[target.end - 1]!)) continue;
    // ("its Pacific Bell unit will buy": the unit named, after its owner's possessive, is the buyer.)
    // ("its majority-owned Orion Financial subsidiary", "its 70 pct owned Quillmere Ltd unit" too.)
    const ownersUnit = s.lower.slice(Math.max(0, (acquirer?.start ?? 0) - 4), acquirer?.start ?? 0).some((x) => /^(?:its|their|'s|’s)$/.test(x));
    // Only titles leave the unit unnamed; prose names it ("the Tarnwell Co subsidiary , which offered to buy").
    if (s.caseless && acquirer && acquirer.end < t && UNIT_WORDS.test(s.lower[afterTicker(s, acquirer.end)] ?? '') && !ownersUnit) continue;
    // "the purchase of Cleveland , Ohio-based Glidden Inc": a place the company is based in names it after.
    if (target && target.start > t && s.lower[target.end] === ',' && /-based$/.test(s.lower[target.end + 1] ?? '')) target = firstPartyAfter(s, target.end + 1, 3, acquirer?.cluster);
    // "will buy 12 Orvane Co < ORV > 747-400 jets": goods of the company named, not the company.
    if (target && target.start > t && goodsAfter(s, target.end)) continue;
    if (target && isCurrencyName(target.cluster.surfaceForms[0]!)) continue;
    if (!acquirer || !target || acquirer.cluster === target.cluster) continue;
    // A mistyped person-like target needs a named buyer.
    if (target.cluster.type === 'Person' && loose.includes(target) && acquirer.anaphoric) continue;
    for (const m of loose) if (m === acquirer || m === target) asCompany(m);
    // Regulators review deals; they do not make them.
    if (acquirer.cluster.type !== 'Company' || target.cluster.type !== 'Company') continue;
    // "acquired 6 pct of Initech": a minority share of the company is a stake in it (a majority is the company).
    const share = target.start > t ? shareOf(s, t, target.start) : undefined;
    // "to buy the remaining stake in Toyota Industries": buying all the shares it does not own is buying the company.
    const rest = target.start > t && s.lower.slice(t + 1, target.start).includes('remaining');
    const stake = rest ? undefined : (stakeNear(s, Math.min(acquirer.end, t), target.start) ?? (share !== undefined && share <= 50 ? share : undefined));
    const properties: Record<string, PropertyValue> = {};
    const confidence = acquirer.anaphoric || target.anaphoric ? 0.55 : 0.75;
    if (stake !== undefined) {
      if (stake >= 0) properties['stake'] = stake;
      withValue(properties, s, t, 'amount');
      // "wanted to buy a 37.5 % stake": a holding wished for is none yet.
      if (!speculativeBetween(s, 0, t + 1) && !failedIn(s) && dealStatus(s, t).type === 'ACQUIRES') {
        drafts.push({ type: 'INVESTS_IN', source: acquirer.cluster, target: target.cluster, properties, confidence, sentence: s });
      }
      continue;
    }
    const { type, status } = nounBid ? { type: 'BIDS_FOR' as const, status: failedIn(s) ? 'withdrawn' : 'proposed' } : dealStatus(s, t);
    properties['status'] = status;
    withValue(properties, s, Math.min(acquirer.end, t), 'value');
    drafts.push({ type, source: acquirer.cluster, target: target.cluster, properties, confidence, sentence: s });
    // "bought Initech and Acme": each company listed with the target was bought too (one value does not fit all).
    for (const other of target.start > t ? listedAfter(s, target) : []) {
      if (other.cluster !== acquirer.cluster) drafts.push({ type, source: acquirer.cluster, target: other.cluster, properties: { status: properties['status']! }, confidence: confidence - 0.05, sentence: s });
    }
  }
  return drafts;
}

// Verbs whose subject made a deal named by its target: "completed the Initech purchase", "announced its Initech takeover".
const DEAL_DOING = new Set(['completed', 'completes', 'closed', 'closes', 'finalized', 'finalised', 'finalizes', 'finalises', 'announced', 'announces', 'agreed']);

/** The token at or before `k` once a value is skipped: a value may come between, "its $ 2 billion Initech acquisition". */
function beforeValue(s: AnalysedSentence, k: number): number {
  while (k > 0 && (/^[\d.,]+$/.test(s.lower[k]!) || /^(?:\p{Sc}|us\$|billion|million|bln|mln)$/u.test(s.lower[k]!))) k--;
  return k;
}

// Verbs that end a deal: "Globex Completes Initech Takeover", "closed its Initech takeover" tell of no bid still open.
const DEAL_ENDING = new Set(['completed', 'completes', 'closed', 'closes', 'finalized', 'finalised', 'finalizes', 'finalises']);

/** A verb ending the deal stands right before the target named before the deal noun ("its", "the" may come between). */
function completedBefore(s: AnalysedSentence, target: Mention): boolean {
  let k = beforeValue(s, target.start - 1);
  if (/^(?:its|their|the)$/.test(s.lower[k] ?? '')) k--;
  return DEAL_ENDING.has(s.lower[k] ?? '');
}

/**
 * The buyer of a purchase named by its target before the noun: the company opening the clause before "its" or
 * "their" ("Globex said its Initech acquisition would …"), or before a verb of doing the deal and "the"
 * ("Globex has completed the Initech purchase"). Others may speak of a deal they did not make
 * ("regulators cleared the Initech acquisition").
 */
function namedPurchaser(s: AnalysedSentence, target: Mention): Mention | undefined {
  let k = beforeValue(s, target.start - 1);
  const own = s.lower[k] === 'its' || s.lower[k] === 'their';
  // A title leaves out the article: "Globex Completes Initech Acquisition".
  const titled = s.caseless && DEAL_DOING.has(s.lower[k]!) ? k + 1 : -1;
  if (titled > 0) k = titled;
  else if (!own && !(s.lower[k] === 'the' && DEAL_DOING.has(s.lower[k - 1] ?? ''))) return undefined;
  const subject = lastPartyBefore(s, k, target.cluster);
  if (!subject || subject.cluster.type !== 'Company') return undefined;
  // The subject and the owner word with only a verb group between: "Globex Corp has completed its …", "Globex said its …".
  const between = s.lower.slice(subject.end, k);
  return between.length <= 3 && between.every((w) => /^\p{Ll}+$/u.test(w)) ? subject : undefined;
}

/**
 * "Boeing Reaches Labor Deal With Union After Spirit AeroSystems Acquisition": a title closing on a deal named by its
 * target after "After" tells of the deal of the company whose doing opens it. ("Initech Jumps After Globex
 * Acquisition" may be Globex's bid, and "Globex Sues Initech After Kestrel Acquisition" may be Initech's: a move verb,
 * or a company as the verb's object, leaves the buyer unsaid.)
 */
function titleSubjectAfterDeal(s: AnalysedSentence, target: Mention, t: number): Mention | undefined {
  if (!s.caseless || !/^(?:after|following)$/.test(s.lower[target.start - 1] ?? '')) return undefined;
  if (!s.lower.slice(t + 1).every((w) => /^[^\p{L}\p{N}]+$/u.test(w))) return undefined;
  const subject = s.mentions.find((m) => m.start === 0 && !m.anaphoric && m.cluster.type === 'Company' && m.cluster !== target.cluster);
  const verb = s.lower[subject?.end ?? 0] ?? '';
  if (!subject || !COMPANY_VERBS.has(verb) || UP_VERBS.has(verb) || DOWN_VERBS.has(verb)) return undefined;
  return s.mentions.some((m) => m.start === subject.end + 1) ? undefined : subject;
}

/**
 * "Chrysler agreed with French state-owned Renault to acquire AMC": the company an agreement is made with, right before
 * "to acquire", is the seller or a helper; the buyer is the one that agreed with it.
 */
function agreedWith(s: AnalysedSentence, partner: Mention): Mention | undefined {
  for (let k = partner.start - 1; k >= Math.max(0, partner.start - 4); k--) {
    const w = s.lower[k]!;
    if (w === 'with') return lastPartyBefore(s, k, partner.cluster);
    if (!/^[\p{Ll}-]+$/u.test(w)) return undefined;
  }
  return undefined;
}

/** "acquired [about] 6 pct of": the percentage right after the verb at t, closed by "of" just before `end`. */
function shareOf(s: AnalysedSentence, t: number, end: number): number | undefined {
  if (s.lower[end - 1] !== 'of') return undefined;
  const pct = percentAfter(s, t, 4);
  return pct !== undefined && /^(?:%|pct|percent)$/.test(s.lower[end - 2] ?? '') ? pct : undefined;
}

/** The token after a bracketed ticker at `k` ("< BAC >", "( BAC )"), or `k` itself when none stands there. */
function afterTicker(s: AnalysedSentence, k: number): number {
  const close = s.lower[k] === '<' ? '>' : s.lower[k] === '(' ? ')' : undefined;
  return close && s.lower[k + 2] === close ? k + 3 : k;
}

/** "Orvane Co < ORV > 747-400 jets": a model number or goods right after the name (and its ticker). */
function goodsAfter(s: AnalysedSentence, end: number): boolean {
  const k = afterTicker(s, end);
  return GOODS.test(s.lower[k] ?? '') || (/^\d{3}/.test(s.lower[k] ?? '') && GOODS.test(s.lower[k + 1] ?? ''));
}


/**
 * "Orvane said it will distribute Quillmere products in Asia and agreed to acquire Tarnwell": a company in the first
 * clause's object is not the buyer named by the second verb, whose subject is the first clause's.
 */
function subjectOfCoordinatedVerb(s: AnalysedSentence, candidate: Mention, t: number): Mention | undefined {
  const and = s.lower.lastIndexOf('and', t);
  if (and < candidate.end) return undefined;
  const verb = s.lower[and + 1] === 'also' ? and + 2 : and + 1;
  if (!followsSubject(s.lower[verb] ?? '') || s.mentions.some((m) => m.start > candidate.end && m.start < t && m.cluster.type === 'Company')) return undefined;
  // The first clause's subject: a party before the first verb of the sentence ("Orvane said it …": "it" is Orvane).
  const subject = s.mentions.find((m) => m.cluster.type === 'Company' && m.start < candidate.start && m.cluster !== candidate.cluster);
  return subject && subject.start <= 2 ? subject : undefined;
}
