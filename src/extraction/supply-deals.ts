import type { AnalysedSentence, Mention } from './analysis-types.js';
import { firstPartyAfter, lastPartyBefore } from './deal-parties.js';
import type { RelationDraft } from './relation-draft.js';
import { failedIn, isCompany, isDenial, speculativeBetween } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

/**
 * Supply deals told as goods changing hands: "Quillmere agreed to purchase 40 jets from Orvane", "placed an order
 * for 40 jets with Orvane", "won a contract to supply Quillmere with engines". Buyer and maker are partners.
 */

const BUYING = new Set(['buy', 'buys', 'bought', 'buying', 'purchase', 'purchases', 'purchased', 'purchasing']);
const SUPPLYING = new Set(['supply', 'supplies', 'supplied', 'supplying', 'provide', 'provides', 'provided', 'providing']);
// What is bought from a maker: goods, not shares, stakes or companies.
const GOODS = /^(?:jets?|planes?|aircraft|airplanes?|helicopters?|engines?|chips?|batteries|cells|cars|vehicles|trucks|buses|ships|turbines|satellites|rockets|equipment|systems|parts|components|panels|servers|devices|phones|handsets|locomotives|railcars|fuel|gas|oil|coal|steel|software|licenses|services)$/;
/** Goods a maker sells ("jets", "chips"), not shares or companies. */
export const isGoods = (word: string) => GOODS.test(word);
const NOT_GOODS = /^(?:shares?|stakes?|stock|bonds?|notes|debt|assets|business(?:es)?|units?|divisions?|operations|subsidiar(?:y|ies))$/;
// Between the buyer or maker and its verb only these may stand: "Quillmere has agreed to purchase", "Orvane won a
// contract to supply"; another subject ("Acme , when manufacturers bought …") may not.
// ("<Qantas Airways Ltd> has placed": the closing bracket of a name written in angle brackets.)
const SUBJECT_GAP = new Set('has have had will would shall also recently then later finally previously already just agreed agrees signed signs inked won wins secured received receives landed awarded was is a an the new firm deal agreement contract order to >'.split(' '));

const AMOUNT_WORDS = /^(?:\$|us\$|€|£|\d[\d.,]*|million|billion|mln|bln|bn|dlr|dlrs)$/;

/** The company right before the verb at `t`, across auxiliaries and a deal signed, or ", which" opening a clause of it. */
function subjectBefore(s: AnalysedSentence, t: number, exclude: Mention): Mention | undefined {
  const m = lastPartyBefore(s, t, exclude.cluster);
  if (!m) return undefined;
  const from = s.lower[m.end] === ',' && s.lower[m.end + 1] === 'which' ? m.end + 2 : m.end;
  // "won a $ 1 billion order to supply": an amount may size the deal.
  return s.lower.slice(from, t).every((x) => SUBJECT_GAP.has(x) || AMOUNT_WORDS.test(x)) ? m : undefined;
}
// Goods made for a customer: "Orvane builds batteries for Quillmere".
const MAKING = new Set('make makes made making build builds built building assemble assembles assembled assembling manufacture manufactures manufactured manufacturing produce produces produced producing'.split(' '));
// Another company's goods sold on: "will distribute Quillmere 's drugs in Europe".
const DISTRIBUTING = new Set(['distribute', 'distributes', 'distributed', 'distributing', 'resell', 'resells', 'reselling', 'co-market', 'co-markets', 'co-marketing']);
// Goods sold to a customer: "Orvane agreed to sell 38 jets to Quillmere" (shares and businesses sold are no goods).
const SELLING = new Set(['sell', 'sells', 'sold', 'selling']);
const SUPPLY_DEAL_TRIGGERS = triggerClass(BUYING, SUPPLYING, MAKING, DISTRIBUTING, SELLING, ['placed', 'places', 'placing']);
// The verbs the readings start at (besides "placed an order"): one lookup passes any other word over.
const DEAL_VERBS = new Set([...BUYING, ...SUPPLYING, ...MAKING, ...DISTRIBUTING, ...SELLING]);

/** "Orvane will distribute Quillmere 's drugs": the distributor before the verb, the maker named right after it. */
function distributedFor(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  const at = s.lower[t + 1] === 'the' ? t + 2 : t + 1;
  const maker = s.mentions.find((m) => m.start === at && !m.anaphoric);
  if (!maker || (s.lower[maker.end] !== "'s" && s.lower[maker.end] !== '’s')) return undefined;
  const distributor = subjectBefore(s, t, maker);
  return distributor ? [distributor, maker] : undefined;
}

/** The index of the goods noun after `t` ("40 Boeing 737 jets"), before `limit`, or -1. */
function goodsAfter(s: AnalysedSentence, t: number, limit: number): number {
  let goods = -1;
  for (let k = t + 1; k < Math.min(limit, s.lower.length); k++) {
    // "the chips business": a business, not goods, whatever the goods it makes.
    if (NOT_GOODS.test(s.lower[k]!)) return -1;
    if (goods < 0 && GOODS.test(s.lower[k]!)) goods = k;
  }
  return goods;
}

/** "purchase 40 jets from Orvane", "placed an order for 40 jets with Orvane": the buyer before, the maker after. */
function boughtFrom(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  const placed = s.lower[t]!.startsWith('plac');
  // "placed an order", "placed a $ 2 billion order": an amount may stand between the article and the order.
  let order = t + 2;
  while (order < t + 7 && (AMOUNT_WORDS.test(s.lower[order] ?? '') || s.lower[order] === 'firm')) order++;
  if (placed && (!/^(?:an?|the|its)$/.test(s.lower[t + 1] ?? '') || !/^orders?$/.test(s.lower[order] ?? ''))) return undefined;
  const prep = placed ? 'with' : 'from';
  const at = s.lower.indexOf(prep, t + 1);
  if (at < 0 || at > t + 10) return undefined;
  if (s.lower.slice(t + 1, at).some((x) => x === ',' || x === ';' || x === 'and')) return undefined;
  const maker = firstPartyAfter(s, at, 2);
  // "placed an order with Orvane for 20 jets": the goods may follow the maker.
  const goodsLater = placed && maker && s.lower[maker.end] === 'for' && goodsAfter(s, maker.end, maker.end + 6) >= 0;
  // An order placed is for goods or work whether or not they are named ("placed a $ 2 billion order with Orvane").
  if (!placed && goodsAfter(s, t, at) < 0 && !goodsLater) return undefined;
  const buyer = maker ? subjectBefore(s, t, maker) : undefined;
  return maker && buyer ? [buyer, maker] : undefined;
}

/**
 * "Orvane builds batteries for Quillmere", "will provide cloud services to Quillmere": goods made for or handed to a
 * company named right after "for"/"to", within five words of the verb; the maker is the verb's subject.
 */
function madeFor(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  // "builds batteries for", "sold jets to"; goods supplied go "to" or "for" a customer ("provide engines for Quillmere 's jet").
  const isPrep = (w: string | undefined) => (MAKING.has(s.lower[t]!) ? w === 'for' : SUPPLYING.has(s.lower[t]!) ? w === 'to' || w === 'for' : w === 'to');
  let at = t + 1;
  while (at < t + 6 && !isPrep(s.lower[at]) && /^[\p{Ll}\d][\p{Ll}\d,.-]*$/u.test(s.tokens[at]?.text ?? '') && s.lower[at] !== ',') at++;
  if (!isPrep(s.lower[at]) || goodsAfter(s, t, at) < 0) return undefined;
  const customer = s.mentions.find((m) => m.start === at + 1 && !m.anaphoric);
  const maker = customer ? subjectBefore(s, t, customer) : undefined;
  return maker && customer ? [maker, customer] : undefined;
}

/** "Quillmere makes Orvane 's phones", "will build Orvane 's new jets": goods of a customer named by its possessive right after the verb. */
function madeOf(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  const at = s.lower[t + 1] === 'the' ? t + 2 : t + 1;
  const customer = s.mentions.find((m) => m.start === at && !m.anaphoric);
  if (!customer || (s.lower[customer.end] !== "'s" && s.lower[customer.end] !== '’s')) return undefined;
  // Up to two describing words, then the goods: "Orvane 's new electric cars".
  let k = customer.end + 1;
  while (k < customer.end + 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[k]?.text ?? '') && !GOODS.test(s.lower[k]!)) k++;
  if (!GOODS.test(s.lower[k] ?? '')) return undefined;
  const maker = subjectBefore(s, t, customer);
  return maker ? [maker, customer] : undefined;
}

/** "to supply Quillmere with engines": the maker before the verb, the customer right after it. */
function suppliedWith(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  const customer = s.mentions.find((m) => m.start === t + 1 && !m.anaphoric);
  if (!customer || s.lower[customer.end] !== 'with' || goodsAfter(s, customer.end, customer.end + 5) < 0) return undefined;
  const maker = subjectBefore(s, t, customer);
  return maker ? [maker, customer] : undefined;
}

export function findSupplyDeals(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  if (!mayTrigger(s, SUPPLY_DEAL_TRIGGERS) || failedIn(s)) return drafts;
  for (let t = 0; t < s.lower.length; t++) {
    const w = s.lower[t]!;
    if (!DEAL_VERBS.has(w) && !w.startsWith('plac')) continue;
    const pair = BUYING.has(w) || w.startsWith('plac') ? boughtFrom(s, t) : SUPPLYING.has(w) ? suppliedWith(s, t) ?? madeFor(s, t) : MAKING.has(w) ? madeFor(s, t) ?? madeOf(s, t) : SELLING.has(w) ? madeFor(s, t) : DISTRIBUTING.has(w) ? distributedFor(s, t) : undefined;
    if (!pair || speculativeBetween(s, 0, t + 1) || s.lower.slice(Math.max(0, t - 4), t).some(isDenial)) continue;
    const [a, b] = pair;
    if (a.cluster === b.cluster || !isCompany(a) || !isCompany(b)) continue;
    drafts.push({ type: 'PARTNERS_WITH', source: a.cluster, target: b.cluster, properties: {}, confidence: a.anaphoric ? 0.5 : 0.6, sentence: s });
  }
  return drafts;
}
