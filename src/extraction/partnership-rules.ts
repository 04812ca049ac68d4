import type { AnalysedDocument, AnalysedSentence, Cluster, Mention } from './document-analysis.js';
import { asCompany, describedPartyAfter, firstPartyAfter, insideMention, lastPartyBefore, listedAfter, looseNameBefore, sharedSubject } from './deal-parties.js';
import type { RelationDraft } from './relation-draft.js';
import { failedIn, followsSubject, isParty, mentionsIn, speculativeBetween, wordsBetween } from './sentence-reading.js';
import { isWellKnownPlace } from './ner/well-known-places.js';
import { isGoods } from './supply-deals.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

// "struck deals with Quillmere and Vandelay": deal words in the plural, each partner listed. Not "agreements": in the
// plural they are mostly a takeover's or a lawsuit's papers ("its agreements with Quillmere are binding").
const PLURAL_DEALS = ['deals', 'pacts', 'alliances', 'collaborations', 'ventures'];
const PARTNER_NOUNS = new Set(['partnership', 'partnerships', 'collaboration', 'cooperation', 'co-operation', 'alliance', 'venture', 'jv', 'tie-up', 'pact', 'accord', 'deal', 'agreement', 'contract', 'memorandum', 'mou', 'relationship', ...PLURAL_DEALS]);
// A relationship is a partnership only when it is a business one: "a strategic relationship with", not "its relationship with".
const BUSINESS_TIES = new Set(['strategic', 'commercial', 'business', 'supply', 'supplier', 'distribution', 'licensing', 'marketing', 'manufacturing', 'working', 'long-standing', 'longstanding', 'long-term', 'research', 'development', 'technology', 'reseller', 'partnership']);
const PARTNER_VERBS = new Set(['partner', 'partners', 'partnered', 'partnering', 'collaborate', 'collaborates', 'collaborated', 'collaborating', 'teamed', 'team', 'teams', 'teaming', 'allied', 'co-develop', 'co-develops', 'co-developed', 'co-developing']);
// "will cooperate with Quillmere to build …", but also "is cooperating with the SEC probe": companies only.
const COOPERATE_VERBS = new Set(['cooperate', 'cooperates', 'cooperated', 'cooperating', 'co-operate', 'co-operates', 'co-operated', 'co-operating']);
// A labour union is written in lower case ("the union", "the Steelworkers union"); "Union Carbide" and "Western Union"
// are companies.
const LABOUR_UNION = /\bunions?\b/;
const NOT_PARTNERSHIP = /\b(?:lawsuit|litigation|settlement|resolv(?:e|es|ed|ing)|disputes?|speculat\w*|labou?r|wage|strike|sued|suing|court|acquisition|merger|takeover|workers|employees|pilots|rescheduling|refinancing|credit lines?|lines? of credit|(?:credit|loan|lending|standstill|confidentiality|compensation|non-disclosure|nondisclosure) agreements?)\b/i;

/** Partnerships, joint ventures, supply and manufacturing deals. */
export function findPartnerships(doc: AnalysedDocument, s: AnalysedSentence): RelationDraft[] {
  const readsDeals = mayTrigger(s, PARTNERSHIP_CUES);
  const readsPlants = mayTrigger(s, PLANT_WORDS);
  if ((!readsDeals && !readsPlants) || NOT_PARTNERSHIP.test(s.text) || LABOUR_UNION.test(s.text) || failedIn(s)) return [];
  // (Read in a function of its own: the closure below costs an allocation on every call, so only sentences read pay it.)
  return partnershipsIn(doc, s, readsDeals, readsPlants);
}

/** The readings of findPartnerships: of deal words when `readsDeals`, of another company's plant when `readsPlants`. */
function partnershipsIn(doc: AnalysedDocument, s: AnalysedSentence, readsDeals: boolean, readsPlants: boolean): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  const push = (a: Mention | Cluster, b: Mention | Cluster, confidence: number, trigger?: number) => {
    const ca = 'cluster' in a ? a.cluster : a;
    const cb = 'cluster' in b ? b.cluster : b;
    if (ca === cb || ca.type !== 'Company' && ca.type !== 'Organization' || cb.type !== 'Company' && cb.type !== 'Organization') return;
    if (ca.type === 'Organization' && cb.type === 'Organization') return;
    if (trigger !== undefined && COOPERATE_VERBS.has(s.lower[trigger]!) && (ca.type !== 'Company' || cb.type !== 'Company')) return;
    // An agreement with a public body (a regulator, union, ministry) is a settlement, licence or approval unless it
    // is for work: "an agreement with the Ports Authority to build a terminal". Contracts and orders are procurement.
    const body = isBody(ca) || isBody(cb);
    if (body && trigger !== undefined && BODY_AGREEMENTS.has(s.lower[trigger]!) && !workPurposeAfter(s, trigger)) return;
    drafts.push({ type: 'PARTNERS_WITH', source: ca, target: cb, properties: {}, confidence, sentence: s });
  };
  for (let t = 0; readsDeals && t < s.lower.length; t++) {
    const w = s.lower[t]!;
    // Most words start no reading: one lookup passes them over instead of a dozen.
    if (!CUES.has(w)) continue;
    if (WORK_VERBS.has(w) || w === 'jointly') {
      const pair = workingTogether(s, t);
      if (pair) push(pair[0], pair[1], 0.55);
      continue;
    }
    // "a rate order from the utilities board", "a court order": an order a regulator or court gives buys nothing.
    if (ORDER_WORDS.has(w) && RULING_ORDERS.test(s.lower[t - 1] ?? '')) continue;
    if (ORDER_WORDS.has(w) || ((w === 'contract' || w === 'contracts') && !insideMention(s, t))) {
      // "Orvane and Quillmere announced the order": maker and buyer name it together.
      const pair = orderFrom(s, t) ?? (w === 'order' ? announcedTogether(s, t) : undefined);
      if (pair) {
        push(pair[0], pair[1], 0.6);
        continue;
      }
      if (ORDER_WORDS.has(w)) continue;
    }
    if (AWARD_VERBS.has(w)) {
      // "Initech awarded Globex a contract to build ships", "Globex was awarded a contract by Initech".
      const pair = awardedTo(s, t) ?? awardedBy(s, t);
      if (pair) push(pair[0], pair[1], 0.6);
      continue;
    }
    // "across our teams": "team" is a partnership verb only as "team up" or "team with".
    if (TEAM_FORMS.has(w) && s.lower[t + 1] !== 'up' && s.lower[t + 1] !== 'with') continue;
    // "whose managing partner is …": "partner" is read only as a verb (after "to", a modal or a subject joined by
    // "and", or before "with") or as a company's partner ("Orvane 's partner in …").
    if (w === 'partner' && s.lower[t + 1] !== 'with' && !/^(?:to|will|would|shall|and|'s|’s)$/.test(s.lower[t - 1] ?? '')) continue;
    // "a Treasury bond contract", "an aluminium futures contract": a traded instrument, not a deal.
    if ((w === 'contract' || w === 'contracts') && s.lower.slice(Math.max(0, t - 3), t).some((x) => TRADED.test(x))) continue;
    if (w === 'relationship' && !BUSINESS_TIES.has(s.lower[t - 1] ?? '')) continue;
    // "Clevebaco L.P. , a Cleveland partnership ,", "… is a Delaware partnership .": a partnership or venture describing a
    // company is its legal form ("they formed a partnership ." is a deal).
    if ((w === 'partnership' || w === 'venture') && /^[,.;)]$/.test(s.lower[t + 1] ?? '.') && legalForm(s, t)) continue;
    // "Samjens , a partnership formed by Tarnwell and an investor": a description of the name before it.
    if ((w === 'partnership' || w === 'venture') && DESCRIBED_BY.test(s.lower[t + 1] ?? '') && legalForm(s, t)) continue;
    // "joint venture discussions with", "partnership talks": a deal being discussed, not made.
    const jointVenture = w === 'joint' && s.lower[t + 1] === 'venture';
    if ((isNounWord(w) || jointVenture) && /^(?:talks|discussions|negotiations|proposal|plans?|study)$/.test(s.lower[jointVenture ? t + 2 : t + 1] ?? '')) continue;
    const isNoun = PARTNER_NOUNS.has(w) || (w === 'joint' && s.lower[t + 1] === 'venture');
    // "the United Launch Alliance joint venture", "the Zotye-Ford JV": a deal named by its own name says not who made it.
    if (isNoun && namedDeal(s, t)) continue;
    // "to supply", "will supply", "supplies", "supplied": a supply deal; "manufacture", "produce" only after "to".
    const supplyVerb = SUPPLY_VERBS.has(w) && (w !== 'supply' || SUPPLY_OPENERS.has(s.lower[t - 1] ?? ''));
    const partnerVerb = PARTNER_VERBS.has(w) || COOPERATE_VERBS.has(w);
    // "is ready to cooperate with", "wants to partner with": a partnership wished for or offered, not made.
    if (partnerVerb && s.lower[t - 1] === 'to' && (WISHES.has(s.lower[t - 2] ?? '') || OFFERS.has(s.lower[t - 2] ?? ''))) continue;
    // "ways of cooperating", "the possibility of partnering": a partnership looked into.
    if (partnerVerb && s.lower[t - 1] === 'of') continue;
    const isVerb = partnerVerb || supplyVerb || (w === 'manufacture' && SUPPLY_OPENERS.has(s.lower[t - 1] ?? '')) || (w === 'produce' && s.lower[t - 1] === 'to');
    if (!isNoun && !isVerb) continue;
    // "Enterprise Products Partners", "United Launch Alliance" are names, not deals.
    if (insideMention(s, t)) continue;
    if (speculativeBetween(s, 0, t + 1)) continue;
    // Generic "deal"/"agreement" needs an explicit "with" partner.
    const generic = ['deal', 'agreement', 'contract', 'pact', 'accord', 'relationship', 'cooperation', 'co-operation', 'deals', 'pacts'].includes(w);
    // "Orvane deals with the problem": "deals" right after its subject is the verb.
    if (w === 'deals' && (s.mentions.some((m) => m.end === t) || /^(?:it|that|which|who|he|she)$/.test(s.lower[t - 1] ?? ''))) continue;
    // "has not yet reached an agreement", "is seeking a cooperation agreement", "under the proposal": none made yet.
    if (isNoun && notYetMade(s, t)) continue;
    // "reached agreement with Globex to acquire its unit": a purchase of a company, told by the acquisition rules.
    if (generic && companyBoughtAfter(s, t)) continue;
    const next = s.lower[t + 1];
    // "a joint venture of Orvane and Quillmere": a venture's owners, named as a venture's parties are.
    if (next === 'between' || (next === 'with' && s.lower[t + 2] === 'between') || (w === 'venture' && next === 'of')) {
      const a = firstPartyAfter(s, t + 1, 4);
      const b = a ? firstPartyAfter(s, a.end - 1, 4, a.cluster) : undefined;
      if (a && b && s.lower.slice(a.end, b.start).includes('and')) push(a, b, 0.7, t);
      continue;
    }
    const withAt = s.lower.indexOf('with', t + 1);
    const named = lastPartyBefore(s, t) ?? sharedSubject(s, t);
    const loose = named ? undefined : looseSigner(s, t);
    const subject = (named && ownedUnitAfter(s, named, t)) ?? named ?? loose;
    // "signed a memorandum of understanding for eight jets with CDB Aviation": the partner may come a few words on,
    // amounts and figures not counted ("a deal worth $ 2 billion with").
    // "a joint venture in battery research with Quillmere": a venture's or alliance's field may come first.
    const fieldFirst = (w === 'venture' || w === 'alliance' || w === 'partnership') && /^(?:in|for|on)$/.test(s.lower[t + 1] ?? '') && !s.lower.slice(t + 1, withAt).includes('to');
    const reach = w === 'memorandum' || w === 'agreement' || w === 'contract' ? 8 : fieldFirst ? 4 : 2;
    // "Globex managed that bond deal , with Initech as co-manager": a comma ends the deal's phrase.
    const commaBefore = withAt > 0 && s.lower.slice(t + 1, withAt).includes(',');
    if (withAt > 0 && !commaBefore && wordsBetween(s, t, withAt) <= reach && !mentionsIn(s, t + 1, withAt).some(isParty)) {
      // "a deal with Emirates , rival Airbus responded": a party past a comma is in another clause.
      const near = firstPartyAfter(s, withAt, 4, subject?.cluster);
      const reached = (near && !s.lower.slice(withAt + 1, near.start).some((x) => x === ',' || x === ';') ? near : undefined) ?? describedPartyAfter(s, withAt, subject?.cluster);
      const partner = reached && ownedCompanyAfter(s, reached);
      if (subject && partner) {
        const signer = subject === loose ? asCompany(subject) : subject;
        // "partnerships with Uber , Lyft , and Deliv": each partner listed.
        for (const p of [partner, ...partnersListedAfter(s, partner)]) push(signer, p, subject.anaphoric ? 0.55 : 0.7, t);
      }
      continue;
    }
    // "Orvane signed a contract under which Quillmere will provide staff": the other party named first in the terms.
    if (generic && subject && signedBefore(s, subject.end, t) && (s.lower[t + 1] === 'whereby' || (s.lower[t + 1] === 'under' && s.lower[t + 2] === 'which'))) {
      const other = s.mentions.find((m) => m.start === (s.lower[t + 1] === 'whereby' ? t + 2 : t + 3) && !m.anaphoric && m.cluster !== subject.cluster);
      if (other && other.cluster.type === 'Company') push(subject, other, 0.6, t);
      continue;
    }
    // "American Airlines and PHL announced an agreement": two named signers.
    if (generic && subject && !loose && !subject.anaphoric && signedBefore(s, subject.end, t)) {
      const other = lastPartyBefore(s, subject.start, subject.cluster);
      if (other && !other.anaphoric && other.end === subject.start - 1 && s.lower[other.end] === 'and') push(other, subject, 0.65, t);
      continue;
    }
    if (generic && w !== 'deal') continue;
    if (isVerb && (supplyVerb || w === 'manufacture' || w === 'produce')) {
      // "wanted to manufacture tax credits for Barclays": a wish is no deal.
      if (s.lower[t - 1] === 'to' && WISHES.has(s.lower[t - 2] ?? '')) continue;
      // "to supply batteries to Tesla", "will make phones for Apple": the recipient may follow a short object.
      let prep = t + 1;
      // "produce a report for" is no deal: only goods supplied or manufactured are read past.
      while (w !== 'produce' && prep < t + 4 && s.lower[prep] !== 'to' && s.lower[prep] !== 'for' && /^\p{Ll}+$/u.test(s.lower[prep] ?? '')) prep++;
      const partner = s.lower[prep] === 'for' || s.lower[prep] === 'to' ? firstPartyAfter(s, prep, 3) : undefined;
      if (subject && partner) push(subject, partner, 0.6);
      continue;
    }
    // "sold by Initech , Globex and a joint venture between …": a deal listed beside companies is no deal of theirs.
    if (subject && listedBeside(s, subject.end, t)) continue;
    // "Rio Tinto and BHP agree to ... collaboration"
    if (subject && !generic) {
      const other = lastPartyBefore(s, subject.start, subject.cluster);
      if (other && other.end >= subject.start - 2 && ['and', ','].includes(s.lower[other.end]!)) push(other, subject, 0.65, t);
      else if (BOTH_COMPANIES.test(s.text)) {
        const pair = recentPair(doc, s.index);
        if (pair) push(pair[0], pair[1], 0.5);
      }
    } else if (!subject && !generic && BOTH_COMPANIES.test(s.text)) {
      const pair = recentPair(doc, s.index);
      if (pair) push(pair[0], pair[1], 0.5);
    }
  }
  // "plans to manufacture EVs using Great Wall's factory": production at another company's plant.
  for (let t = 0; readsPlants && t < s.lower.length; t++) {
    if (s.lower[t] !== 'using' && s.lower[t] !== 'at') continue;
    const owner = firstPartyAfter(s, t, 2);
    if (!owner || !["'s", '’s'].includes(s.lower[owner.end] ?? '')) continue;
    if (!PLANTS.has(s.lower[owner.end + 1] ?? '')) continue;
    const subject = lastPartyBefore(s, t, owner.cluster) ?? s.mentions.find((m) => isParty(m) && m.cluster !== owner.cluster && m.start < t);
    if (subject && !failedIn(s)) push(subject, owner, 0.6);
  }
  return drafts;
}


/**
 * "Alphabet 's Waymo has partnered with Uber": the unit named after a company's possessive and taken for a place is
 * the party, a company; not a well-known place ("Toyota 's Texas plant"), nor a unit not followed by its verb.
 */
/** "a supply deal with FCA 's Chrysler": the company a partner owns, named after its possessive, makes the deal. */
function ownedCompanyAfter(s: AnalysedSentence, partner: Mention): Mention {
  if (s.lower[partner.end] !== "'s" && s.lower[partner.end] !== '’s') return partner;
  const owned = s.mentions.find((m) => m.start === partner.end + 1 && !m.anaphoric && m.cluster.type === 'Company');
  return owned ?? partner;
}

function ownedUnitAfter(s: AnalysedSentence, owner: Mention, t: number): Mention | undefined {
  if (s.lower[owner.end] !== "'s" && s.lower[owner.end] !== '’s') return undefined;
  const unit = s.mentions.find((m) => m.start === owner.end + 1 && !m.anaphoric && m.cluster.type === 'Location');
  if (!unit || unit.end > t || isWellKnownPlace(unit.cluster.surfaceForms[0]!)) return undefined;
  return unit.end === t || followsSubject(s.lower[unit.end] ?? '') ? asCompany(unit) : undefined;
}

// Exchanges are typed as public bodies but strike commercial deals: "an agreement between two futures exchanges".
const isBody = (c: Cluster) => c.type === 'Organization' && !c.surfaceForms.some((f) => /\bexchange$/i.test(f));
const BODY_AGREEMENTS = new Set(['agreement', 'agreements', 'deal', 'deals', 'pact', 'accord', 'partnership', 'partnerships', 'memorandum', 'mou', 'alliance', 'collaboration', 'cooperation', 'co-operation', 'relationship']);
// Work a deal with a public body may be for.
const BODY_WORK = new Set('build construct develop establish operate supply provide deliver manufacture produce design run launch set form create'.split(' '));

/** "to build", "to jointly develop" after the deal word at t, in the same clause. */
function workPurposeAfter(s: AnalysedSentence, t: number): boolean {
  for (let k = t + 1; k < s.lower.length - 1; k++) {
    const w = s.lower[k]!;
    if (w === ';' || w === 'but' || w === 'while') return false;
    if (w === 'to' && (BODY_WORK.has(s.lower[k + 1]!) || (/ly$/.test(s.lower[k + 1]!) && BODY_WORK.has(s.lower[k + 2] ?? '')))) return true;
  }
  return false;
}

/**
 * The partners listed after the first: "with Quillmere and Vandelay to test drones" — a pair closed by the purpose or
 * place of the work ("to", "on", "in", "for") as well as by the ends a list of companies takes.
 */
function partnersListedAfter(s: AnalysedSentence, first: Mention): Mention[] {
  const listed = listedAfter(s, first);
  if (listed.length > 0 || s.lower[first.end] !== 'and') return listed;
  const second = s.mentions.find((m) => m.start === first.end + 1 && !m.anaphoric && m.cluster.type === 'Company');
  return second && /^(?:to|on|in|for)$/.test(s.lower[second.end] ?? '') ? [second] : [];
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

const TRADED = /^(?:futures|future|options|bond|bonds|swap|swaps|index|stock-index|commodity|gold|silver|platinum|copper|crude|wheat|corn|soybeans?|cattle|hogs?|sugar|cocoa|coffee|cotton|[\p{L}]+-denominated|\d+-(?:ounce|kilo|kilogram|tonne|ton|barrel))$/u;
// "the two companies", "both companies": the pair the story is about.
const BOTH_COMPANIES = /\b(?:the (?:two )?|both )companies\b/i;

const DESCRIBED_BY = /^(?:formed|owned|controlled|managed|associated|led|organized|organised|whose|that|which)$/;
const isNounWord = (w: string) => PARTNER_NOUNS.has(w);

/** "… , a Cleveland partnership", "is a limited partnership": "a" within four words before `t`, after a comma or a copula. */
function legalForm(s: AnalysedSentence, t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
    if (s.lower[k] === 'a' || s.lower[k] === 'an') return /^(?:,|\(|is|was|are|were|be|been|becomes|became|remains)$/.test(s.lower[k - 1] ?? ',');
  }
  return false;
}

/** "…, Globex and a joint venture": the deal word at `t` is an item of a list ending at the company before it. */
function listedBeside(s: AnalysedSentence, from: number, t: number): boolean {
  const and = s.lower.lastIndexOf('and', t);
  return and >= from && /^(?:a|an)$/.test(s.lower[and + 1] ?? '') && s.lower.slice(and + 2, t).every((w) => /^[\p{Ll}-]+$/u.test(w));
}
const NOT_YET = new Set('unable seeking seeks seek proposal proposed proposes propose planned plans plan planning hoped hopes hope hoping expected expects intends intended intend discussing discusses discuss negotiating negotiates replacing replaced replaces former'.split(' '));
const DENIED = new Set(['not', "n't", 'never']);
const MAKING_A_DEAL = new Set(['reach', 'reached', 'sign', 'signed', 'strike', 'struck', 'finalize', 'finalized', 'finalise', 'finalised', 'conclude', 'concluded', 'agree', 'agreed']);

/**
 * "has not yet reached an agreement", "is seeking a cooperation agreement", "no agreement with", "hoped to sign a
 * contract", "planned an agreement", "is discussing cooperation": a deal not (yet) made; "replacing a former accord":
 * one no longer in force. "would not give details of the agreement" denies something else.
 */
function notYetMade(s: AnalysedSentence, t: number): boolean {
  const before = s.lower.slice(Math.max(0, t - 6), t);
  if (before.some((x) => NOT_YET.has(x)) || s.lower[t - 1] === 'no' || s.lower[t - 2] === 'no') return true;
  const denial = before.findIndex((x) => DENIED.has(x));
  return denial >= 0 && before.slice(denial + 1).some((x) => MAKING_A_DEAL.has(x));
}

const BUYING = new Set(['acquire', 'buy', 'purchase', 'merge']);

/**
 * "agreement … to acquire the share capital of …", "agreement … to sell its television station": a purchase or a sale
 * of the company's own business after the deal word (no goods bought), told by the acquisition rules.
 */
function companyBoughtAfter(s: AnalysedSentence, t: number): boolean {
  for (let k = t + 1; k < Math.min(s.lower.length - 1, t + 14); k++) {
    // "signed agreements with Quillmere for the sale of its Ohio plant": a sale of the company's own assets.
    if ((s.lower[k] === 'sale' || s.lower[k] === 'purchase') && s.lower[k + 1] === 'of' && k < t + 10) return !s.lower.slice(k + 2, k + 8).some((x) => isGoods(x));
    if (s.lower[k] !== 'to') continue;
    if (BUYING.has(s.lower[k + 1]!)) return !s.lower.slice(k + 2, k + 8).some((x) => isGoods(x));
    if (s.lower[k + 1] === 'sell') return s.lower.slice(k + 2, k + 5).some((x) => x === 'its' || x === 'their');
  }
  return false;
}

const WORK_VERBS = new Set(['work', 'works', 'working', 'worked']);
// What two companies do jointly: "will jointly develop the car with Quillmere".
const JOINT_WORK = new Set('develop build make produce market sell operate own design manufacture distribute launch run fund finance explore'.split(' '));
const TEAM_FORMS = new Set(['team', 'teams', 'teamed', 'teaming']);

function namedDeal(s: AnalysedSentence, trigger: number): boolean {
  const t = s.lower[trigger - 1] === 'joint' ? trigger - 1 : trigger;
  // "the Korea-based joint venture": a capitalised description, not a name.
  if (!/^\p{Lu}/u.test(s.tokens[t - 1]?.text ?? '') || /-(?:based|owned|registered|listed|led|backed|funded)$/.test(s.lower[t - 1]!)) return false;
  const named = s.mentions.find((m) => m.end === t && !m.anaphoric);
  const start = named ? named.start : t - 1;
  return s.lower[start - 1] === 'the';
}
const SUPPLY_VERBS = new Set(['supply', 'supplies', 'supplied', 'supplying']);
const SUPPLY_OPENERS = new Set(['to', 'will', 'would', 'also', 'and']);
const ORDER_WORDS = new Set(['order', 'orders', 'ordered']);
const RULING_ORDERS = /^(?:rate|court|consent|restraining|executive|regulatory|cease-and-desist|gag|tariff|final|interim|temporary)$/;
const AWARD_VERBS = new Set(['awarded', 'awards', 'award']);
const OFFERS = new Set(['ready', 'willing', 'prepared', 'offered', 'offers', 'offer', 'refused', 'refuses', 'declined', 'declines', 'like', 'invited', 'asked', 'urged']);
const WISHES = new Set(['want', 'wants', 'wanted', 'hope', 'hopes', 'hoped', 'plan', 'plans', 'planned', 'aim', 'aims', 'aimed', 'seek', 'seeks', 'sought', 'try', 'tries', 'tried', 'wish', 'wishes']);
// Every word that can start one of the readings of findPartnerships: sentences without any are skipped at once.
const CUES = new Set([...PARTNER_NOUNS, ...PARTNER_VERBS, ...COOPERATE_VERBS, ...WORK_VERBS, ...SUPPLY_VERBS, ...ORDER_WORDS, ...AWARD_VERBS, 'jointly', 'joint', 'manufacture', 'produce', 'contract', 'contracts']);
const PARTNERSHIP_CUES = triggerClass(CUES);
// What production "using" or "at" another company's site names ("using Great Wall 's factory"); a class of its own,
// as "at" alone would let nearly every sentence through.
const PLANTS = new Set(['factory', 'factories', 'plant', 'plants', 'facility', 'facilities', 'production', 'assembly']);
const PLANT_WORDS = triggerClass(PLANTS);

/** "Initech awarded Globex a $ 2 billion contract": the awarding company and the one named right after the verb. */
function awardedTo(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  if (speculativeBetween(s, 0, t + 1)) return undefined;
  const winner = s.mentions.find((m) => m.start === t + 1 && !m.anaphoric && m.cluster.type === 'Company');
  if (!winner) return undefined;
  const rest = s.lower.slice(winner.end, winner.end + 8);
  if (!rest.some((x) => x === 'contract' || x === 'contracts' || x === 'deal' || x === 'order')) return undefined;
  const giver = lastPartyBefore(s, t, winner.cluster);
  return giver && giver.cluster.type === 'Company' && giver.end >= t - 3 ? [giver, winner] : undefined;
}

/** "Globex was awarded a $ 2 billion contract by Initech": the winner before the passive verb, the giver after "by". */
function awardedBy(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  if (!/^(?:was|were|been|is|be)$/.test(s.lower[t - 1] ?? '') || speculativeBetween(s, 0, t + 1)) return undefined;
  let k = t + 1;
  while (k < t + 8 && !/^(?:contract|contracts|deal|order)$/.test(s.lower[k] ?? '') && s.lower[k] !== ',' && s.lower[k] !== 'by') k++;
  if (!/^(?:contract|contracts|deal|order)$/.test(s.lower[k] ?? '') || s.lower[k + 1] !== 'by') return undefined;
  const giver = s.mentions.find((m) => m.start === k + 2 && !m.anaphoric && m.cluster.type === 'Company');
  const winner = giver ? lastPartyBefore(s, t, giver.cluster) : undefined;
  return winner && winner.cluster.type === 'Company' && winner.end >= t - 3 ? [winner, giver!] : undefined;
}

/**
 * "Emirates ordered 40 jets from Boeing", "Boeing won an order for 175 jets from FlyDubai": a purchase order between
 * two companies is a supply deal. Court and executive orders come from bodies, which are not accepted here.
 */
function orderFrom(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  if (s.lower[t - 1] === 'in' || /^(?:court|executive|restraining|gag|stop-work)$/.test(s.lower[t - 1] ?? '')) return undefined;
  if (speculativeBetween(s, 0, t + 1)) return undefined;
  let from = -1;
  for (let k = t + 1; k < Math.min(s.lower.length, t + 12); k++) {
    const x = s.lower[k]!;
    if (x === 'from') {
      from = k;
      break;
    }
    if (x === ',' || x === ';' || x === 'while' || x === 'but' || x === 'and') break;
  }
  if (from < 0) return undefined;
  const partner = firstPartyAfter(s, from, 4);
  const subject = lastPartyBefore(s, t, partner?.cluster);
  // "Quillmere replied with a $ 4.5 billion jet order from …": amounts do not count towards the distance.
  if (!partner || !subject || wordsBetween(s, subject.end - 1, t) > 8) return undefined;
  // "a contract from California's Sonoma State University": the possessor is not the customer.
  if (s.lower[partner.end] === "'s" || s.lower[partner.end] === '’s') return undefined;
  if (partner.cluster.type !== 'Company' || subject.cluster.type !== 'Company') return undefined;
  return [subject, partner];
}

/**
 * "X is working with Y to develop …", "X and Y will jointly develop …": working together on something. The
 * purpose ("to", "on") must follow, so "worked with regulators" alone is not enough.
 */
function workingTogether(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  if (speculativeBetween(s, 0, t + 1)) return undefined;
  const subject = lastPartyBefore(s, t);
  if (!subject || subject.end < t - 3) return undefined;
  if (s.lower[t] === 'jointly') {
    if (s.caseless) return undefined;
    const other = lastPartyBefore(s, subject.start, subject.cluster);
    if (other && other.end === subject.start - 1 && s.lower[other.end] === 'and') return [other, subject];
    // "Orvane will jointly develop the car with Quillmere": the partner after "with", a few words past the verb.
    if (!JOINT_WORK.has(s.lower[t + 1] ?? '')) return undefined;
    for (let k = t + 2; k < t + 7 && k < s.lower.length; k++) {
      const x = s.lower[k]!;
      if (x === ',' || x === ';' || x === 'and' || s.mentions.some((m) => m.start === k && isParty(m))) return undefined;
      if (x !== 'with') continue;
      const partner = firstPartyAfter(s, k, 2, subject.cluster);
      return partner ? [subject, partner] : undefined;
    }
    return undefined;
  }
  const withAt = s.lower[t + 1] === 'closely' || s.lower[t + 1] === 'together' ? t + 2 : t + 1;
  if (s.lower[withAt] !== 'with') return undefined;
  // "work with Swiss software house Quillmere to …": the partner may follow a short description.
  const partner = firstPartyAfter(s, withAt, 2, subject.cluster) ?? describedPartyAfter(s, withAt, subject.cluster);
  if (!partner) return undefined;
  const purpose = s.lower[partner.end] ?? '';
  if (purpose === 'to' || purpose === 'on') return [subject, partner];
  // "Orvane , working with Quillmere , built …", "has been working with Quillmere since 2015": two companies at work
  // together, told without a purpose (a regulator or agency worked with is no partner).
  const aside = s.lower[t - 1] === ',' && subject.end === t - 1 && purpose === ',' && s.lower[t] === 'working';
  const lasting = purpose === 'since' && /^(?:been|has|have)$/.test(s.lower[t - 1] ?? '');
  return (aside || lasting) && subject.cluster.type === 'Company' && partner.cluster.type === 'Company' ? [subject, partner] : undefined;
}

const SIGN_VERBS = new Set(['signed', 'signs', 'sign', 'reached', 'reaches', 'struck', 'strikes', 'inked', 'inks', 'announced', 'announce', 'announces', 'formed', 'forms', 'entered', 'enters', 'agreed', 'unveiled', 'sealed']);

// "Orvane and Quillmere each announced an order": each with some other party.
const APART = new Set(['each', 'both', 'separately', 'respectively', 'also', 'too']);

/** "Orvane and Quillmere announced the order": two companies joined by "and", subject of a signing verb before "order". */
function announcedTogether(s: AnalysedSentence, t: number): [Mention, Mention] | undefined {
  if (!/^(?:the|an|a|their)$/.test(s.lower[t - 1] ?? '') || speculativeBetween(s, 0, t + 1)) return undefined;
  const b = lastPartyBefore(s, t);
  if (!b || b.anaphoric || !signedBefore(s, b.end, t) || s.lower.slice(b.end, t).some((x) => APART.has(x))) return undefined;
  const a = lastPartyBefore(s, b.start, b.cluster);
  if (!a || a.anaphoric || a.end !== b.start - 1 || s.lower[a.end] !== 'and') return undefined;
  return a.cluster.type === 'Company' && b.cluster.type === 'Company' ? [a, b] : undefined;
}

/** A signing verb sits between the subject and the deal noun, a few words before it. */
function signedBefore(s: AnalysedSentence, from: number, t: number): boolean {
  for (let k = from; k < t; k++) if (SIGN_VERBS.has(s.lower[k]!)) return t - k <= 8;
  return false;
}

/** "Boeing also signed a memorandum": a one-word name the tagger mistyped, as subject of a signing verb. */
function looseSigner(s: AnalysedSentence, t: number): Mention | undefined {
  for (let k = t - 1; k >= Math.max(0, t - 8); k--) {
    if (SIGN_VERBS.has(s.lower[k]!)) return looseNameBefore(s, k);
  }
  return undefined;
}
