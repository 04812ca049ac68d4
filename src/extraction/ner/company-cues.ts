import { COMPANY_NOUNS } from '../company-nouns.js';
import { opensIndexName } from '../market-index-names.js';
import { DOWN_VERBS, UP_VERBS } from '../move-words.js';
import { isLegalSuffix } from '../name-normalisation.js';
import { SECTOR_WORDS } from '../plain-words.js';
import { isNewsAgencyCode } from './news-agencies.js';
import type { NerModel } from './perceptron-tagger.js';
import type { NerSpan, TaggableSentence } from './recognise-mentions.js';
import { isCapitalised } from './token-features.js';
import { isWellKnownPlace } from './well-known-places.js';
import { sortByStart } from './span-order.js';

/** How a story shows that a name is a company or a firm, whatever the tagger made of it. */

const OWNED_BY_COMPANIES = new Set(['shares', 'stock', 'ceo', 'chief', 'founder', 'board', 'profit', 'profits', 'earnings', 'customers', 'backlog', 'dividend', 'guidance', 'order', 'orders', 'deals']);
// What a firm's chief runs: "chief executive", "chief financial officer".
const CHIEF_OFFICES = new Set(['executive', 'financial', 'operating', 'technology', 'technical', 'investment', 'marketing', 'commercial', 'information']);
const TRADED_AT = new Set(['at', 'up', 'down', 'higher', 'lower', 'near']);
const AFTER_COMPANIES = new Set(['ceo', 'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'plc']);

// Plural nouns that introduce examples of companies: "companies such as X", "retailers like X, Y and Z".
const COMPANIES = /^(?:companies|firms|groups|rivals|competitors|retailers|brands|banks|lenders|insurers|carmakers|automakers|chipmakers|drugmakers|airlines|giants|players|chains|supermarkets|manufacturers|makers|suppliers|vendors|providers|operators|publishers|startups|corporations|conglomerates|carriers)$/;
const EXAMPLE_OPENERS = new Set(['like', 'including', 'as']);

/**
 * "companies such as X", "firms like Y and X", "brands , including X": X is named as one of some companies (over up to
 * three names before it).
 */
function namedAmongCompanies(words: readonly string[], k: number): boolean {
  let at = k - 1;
  for (let hops = 0; hops < 3 && (words[at] === ',' || words[at] === 'and') && isCapitalised(words[at - 1] ?? 'x'); hops++) at -= 2;
  if (!EXAMPLE_OPENERS.has(words[at] ?? '')) return false;
  if (words[at] === 'as') at = words[at - 1] === 'such' ? at - 1 : -1;
  // "key brands , like X": a comma may stand between the plural and its examples.
  if (words[at - 1] === ',') at--;
  return COMPANIES.test(words[at - 1] ?? '');
}

// Singular kinds of business written right before a company's name; people and places are never so described.
const BUSINESS_KINDS = new Set(['company', 'firm', 'startup', 'start-up', 'subsidiary', 'chain', 'retailer']);
// Words before a kind of business that make it the start of a relative clause, not a description: "the company Jo
// Reyes founded".
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'which', 'what', 'each', 'every', 'any', 'no']);
// What a person does to a firm in a relative clause after its kind: "a software company Jo Reyes runs".
const FIRM_MADE = /^(?:founded|co-founded|cofounded|started|built|created|established|set|runs|ran|owns|owned|leads|led|heads|headed|chairs|chaired|manages|managed|sold|bought|joined|left|took)$/;

/** "the company Jo Reyes founded": the word after a name is what a person did to the firm described before it. */
export const isRelativeClauseVerb = (w: string | undefined) => w !== undefined && FIRM_MADE.test(w);

// The first letters of the kinds, by code: most words are passed over without a look-up in the set.
const KIND_FIRST_LETTERS = new Uint8Array(128);
for (const kind of BUSINESS_KINDS) if (kind.charCodeAt(0) < 128) KIND_FIRST_LETTERS[kind.charCodeAt(0)] = 1;

/** Word k comes right after a kind of business with a word before it: the cheap first test of describedByKind. */
export function followsBusinessKind(words: readonly string[], k: number): boolean {
  if (k < 2) return false;
  const before = words[k - 1]!;
  const c = before.charCodeAt(0);
  return (c >= 128 || KIND_FIRST_LETTERS[c] === 1) && BUSINESS_KINDS.has(before);
}

/**
 * "coffee chain Tim Horvath", "law firm Ann Kessel": a kind of business with its trade before it names the firm right
 * after it, even one named like a person; not the start of a relative clause ("the company Jo Reyes founded").
 */
export function describedByKind(words: readonly string[], k: number, e: number): boolean {
  if (!followsBusinessKind(words, k)) return false;
  const trade = words[k - 2]!;
  return /^\p{Ll}[\p{Ll}-]*$/u.test(trade) && !DETERMINERS.has(trade) && !isRelativeClauseVerb(words[e + 1]);
}

// Roles only a company has, and what only a company undergoes, written before "of": "chief executive of X",
// "the takeover of X". (A person has a spokesman, an aide or a president of a club, so those do not count.)
const HEADS_OF_COMPANIES = /^(?:ceo|chairman|chairwoman|founder|co-founder|shareholders|takeover|acquisition|buyout)$/;
// "acquired X", "which owns X", "which makes X": a person is hired, not bought, owned or made.
const BOUGHT = /^(?:acquire|acquires|acquired|acquiring|owns|owned|makes)$/;
// "Kestrel analysts said": staff a company has in the plural, where a person has none.
const STAFF_OF_COMPANIES = new Set(['analysts', 'economists', 'strategists']);

// Lower-case words that follow a whole name, where an adjective would be followed by its noun ("acquire Polish rivals").
const AFTER_WHOLE_NAME = new Set(['of', 'for', 'in', 'and', 'or', 'to', 'from', 'at', 'on', 'with', 'by', 'last', 'this', 'was', 'is', 'has', 'had', 'will', 'would', 'said', 'says', 'which', 'that']);

/** Does the word after a name close the phrase the name ends (punctuation or a word after whole names)? A capital goes on with a longer name. */
const closesPhrase = (w: string | undefined) => w === undefined || /^[^\p{L}\p{N}]/u.test(w) || AFTER_WHOLE_NAME.has(w);

/** "the chief executive of X", "the takeover of X", "acquired X": the name at k heads nothing but a company's phrase. */
function headedOrBought(words: readonly string[], k: number, after: string | undefined): boolean {
  const before = (words[k - 1] ?? '').toLowerCase();
  // "acquire Portland , Ore.-based Initech": a place before the comma describes what is bought.
  if (BOUGHT.test(before)) return after !== ',';
  if (before !== 'of') return false;
  const role = (words[k - 2] ?? '').toLowerCase();
  return HEADS_OF_COMPANIES.test(role) || (role === 'executive' && (words[k - 3] ?? '').toLowerCase() === 'chief') || (role === 'officer' && (words[k - 3] ?? '').toLowerCase() === 'executive');
}

// What a company does with another: "teamed up with X", "a partnership with X", "a joint venture with X" (states
// collaborate and ally with one another too).
const PARTNERING = new Set(['partnered', 'partnering', 'partnership', 'venture']);

/** "has teamed up with Waymo", "a partnership with Velquist": the name right after "with" that ends a partnering phrase. */
function partneredWith(words: readonly string[], k: number): boolean {
  if (words[k - 1] !== 'with') return false;
  const before = words[k - 2] ?? '';
  return PARTNERING.has(before) || (before === 'up' && /^team(?:s|ed|ing)?$/.test(words[k - 3] ?? ''));
}

/**
 * The partner's name ends its phrase: "with Waymo to build", "with Quorbel ." — not "with Japan 's Nippon Steel", "with
 * Jinan cigarette factory", "with Madrid , Spain-based Ingenia".
 */
function endsPartnerName(words: readonly string[], at: number): boolean {
  const next = words[at];
  if (next === ',') return !isCapitalised(words[at + 1] ?? 'x');
  return next !== "'s" && next !== '’s' && closesPhrase(next);
}

// Words after an appositive's head noun that show it is the head: "a startup that …", "a maker of …", "a startup ,".
const AFTER_HEAD = new Set(['that', 'which', 'whose', 'of', 'in', 'with', 'for', 'based', 'backed', 'owned', 'founded', 'and']);
// "a Swedish battery maker": a people's adjective may describe the company.
const PEOPLES_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ian|ean|can|ese|ish|ch|an)$/u;
/** "European", "Japanese", "British": a people's adjective, written capitalised. */
export const isPeoplesAdjective = (word: string) => PEOPLES_ADJECTIVE.test(word);

/**
 * "Velquist , a Swedish battery maker , said": an appositive right after the name whose head is a word for a firm. The
 * words before the head describe it ("robotics", "Swedish"); a preposition or another name before it ("a partner at the law
 * firm") makes the firm someone else.
 */
function describedAfter(words: readonly string[], at: number): boolean {
  if (words[at] !== ',' || !/^(?:a|an|the)$/i.test(words[at + 1] ?? '')) return false;
  for (let k = at + 2; k < at + 7 && k < words.length; k++) {
    const w = words[k]!;
    const lower = w.toLowerCase();
    // "Kent , the company said": a reporting clause after a name, not an appositive.
    if (COMPANY_NOUNS.has(lower)) return /^[^\p{L}\p{N}'’]/u.test(words[k + 1] ?? '.') || AFTER_HEAD.has(words[k + 1] ?? '');
    if (!/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(w) && !PEOPLES_ADJECTIVE.test(w)) return false;
    if (AFTER_WHOLE_NAME.has(lower)) return false;
  }
  return false;
}

const TICKER = /^[A-Z]{1,5}$/;
const EXCHANGES = new Set(['NYSE', 'NASDAQ', 'Nasdaq', 'AMEX', 'LSE', 'TSX', 'ASX', 'OTC', 'OTCQX', 'HKEX']);

/**
 * "Boeing ( BA )", "Boeing ( NYSE : BA )": a stock ticker in brackets right after the name. `exchange`: only with the
 * exchange named, as capitals alone in brackets after a person or place give a country ("Jo Reyes ( GER )").
 */
function tickerFollows(words: readonly string[], k: number, exchange = false): boolean {
  if (words[k] !== '(') return false;
  const listed = EXCHANGES.has(words[k + 1] ?? '') && words[k + 2] === ':';
  if (exchange && !listed) return false;
  const at = listed ? k + 3 : k + 1;
  // "Lagos ( AFP )": a news agency credited after a dateline's place.
  if (!listed && isNewsAgencyCode(words[at] ?? '')) return false;
  return TICKER.test(words[at] ?? '') && words[at + 1] === ')';
}

/** "Generally Accepted Accounting Principles ( GAAP )": capitals spelling the name's initials define its abbreviation. */
function spellsInitials(toks: readonly string[], caps: string): boolean {
  const initials = toks.filter((t) => isCapitalised(t)).map((t) => t[0]).join('');
  return initials.length > 1 && initials === caps;
}

// What only companies own, where people own shares and CEO tenures and drugs have sales: "Orvane's earnings".
const EARNED_BY_COMPANIES = new Set(['profit', 'profits', 'earnings', 'dividend', 'guidance', 'backlog']);

/**
 * The story writes the name as only a company's name is written: "X's shares", "X CEO", "X ( XX )", "shares of X",
 * "companies such as X". `strict` (for names the tagger took for people or places): people own shares and give
 * orders, so only what companies alone have counts after a possessive ("X's earnings").
 */
export function usedAsCompany(sentences: readonly TaggableSentence[], name: string, strict = false): boolean {
  const toks = name.split(' ');
  const first = toks[0]!;
  const owned = strict ? EARNED_BY_COMPANIES : OWNED_BY_COMPANIES;
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let k = words.indexOf(first); k >= 0; k = words.indexOf(first, k + 1)) {
      if (toks.length > 1 && !toks.every((t, j) => words[k + j] === t)) continue;
      const e = k + toks.length - 1;
      const next = (words[e + 1] ?? '').toLowerCase();
      if ((next === "'s" || next === '’s' || next === "'") && owned.has((words[e + 2] ?? '').toLowerCase())) return true;
      if (AFTER_COMPANIES.has(next)) return true;
      // "Orvane chief executive officer Jo Reyes": only firms have chief executives (people have chiefs of staff).
      // ("Photo The chief executive of …": a name run into the next sentence's determiner is no firm's.)
      if (next === 'chief' && CHIEF_OFFICES.has((words[e + 2] ?? '').toLowerCase()) && !DETERMINERS.has(words[e]!.toLowerCase())) return true;
      // "X is trading at 15 times earnings", "X was trading lower": only a stock trades at a price or a direction.
      if (/^(?:is|was|are|were)$/.test(next) && words[e + 2] === 'trading' && TRADED_AT.has(words[e + 3] ?? '')) return true;
      if (tickerFollows(words, e + 1, strict) && !spellsInitials(toks, words[e + 2]!)) return true;
      // ("Shares of Chinese electric vehicle makers": a people's adjective before lower-case words describes the owners.)
      if (k >= 2 && words[k - 1] === 'of' && /^(?:shares|stock)$/i.test(words[k - 2]!) && !isCapitalised(words[e + 1] ?? 'x') && !(toks.length === 1 && PEOPLES_ADJECTIVE.test(first) && describesNext(words[e + 1]))) return true;
      if (namedAmongCompanies(words, k)) return true;
      if (describedAfter(words, e + 1) || (partneredWith(words, k) && endsPartnerName(words, e + 1))) return true;
      // "legal resourcing company Orbit", "the coffee chain Kestrel": a kind of business written before the name.
      if (!strict && k > 0 && BUSINESS_KINDS.has(words[k - 1]!)) return true;
      if (describedByKind(words, k, e)) return true;
      if ((headedOrBought(words, k, words[e + 1]) && closesPhrase(words[e + 1])) || STAFF_OF_COMPANIES.has(next)) return true;
    }
  }
  return false;
}


/** A lower-case word that is no verb of a move or an auxiliary: the word before it is its modifier. */
function describesNext(next: string | undefined): boolean {
  if (next === undefined || !/^\p{Ll}/u.test(next)) return false;
  return !UP_VERBS.has(next) && !DOWN_VERBS.has(next) && !/^(?:have|has|had|were|was|are|is|will|would|closed|ended|traded|opened)$/.test(next);
}

/**
 * "rival Eli Lilly , whose shares slipped 2 %", "Eli Lilly shares fell": the story moves the shares the name owns,
 * which only a listed company has (a person's shares do not "slip"), whatever given name opens it.
 */
export function sharesMovedOf(sentences: readonly TaggableSentence[], name: string): boolean {
  // ("European shares fell", "China shares rose": a people's or a country's shares are its market's.)
  if (isWellKnownPlace(name) || PEOPLES_ADJECTIVE.test(name) || SECTOR_WORDS.has(name.toLowerCase())) return false;
  const toks = name.split(' ');
  // ("The Hong Kong-listed stock soared": a description of the stock, no owner's name.)
  if (toks.some((t) => /-\p{Ll}+$/u.test(t))) return false;
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let k = words.indexOf(toks[0]!); k >= 0; k = words.indexOf(toks[0]!, k + 1)) {
      if (!toks.every((t, j) => words[k + j] === t)) continue;
      let at = k + toks.length;
      if (words[at] === ',' && words[at + 1] === 'whose') at += 2;
      if (!/^(?:shares|stock)$/.test(words[at] ?? '')) continue;
      // "shares slipped", "shares have slipped": the move right after, or after one auxiliary.
      const verb = /^(?:have|has|had|were|was)$/.test(words[at + 1] ?? '') ? words[at + 2] : words[at + 1];
      if (verb !== undefined && (UP_VERBS.has(verb) || DOWN_VERBS.has(verb))) return true;
    }
  }
  return false;
}

/** The story writes the name right after a kind of business and its trade ("coffee chain Tim Horvath") somewhere. */
export function namedByKind(sentences: readonly TaggableSentence[], name: string): boolean {
  const toks = name.split(' ');
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let k = words.indexOf(toks[0]!); k >= 0; k = words.indexOf(toks[0]!, k + 1)) {
      if (toks.every((t, j) => words[k + j] === t) && describedByKind(words, k, k + toks.length - 1)) return true;
    }
  }
  return false;
}

// What a company does in its own name in business news: "Airbus said", "Mylan announced", "Boeing signed".
const COMPANY_ACTS = new Set(['said', 'says', 'announced', 'announces', 'reported', 'reports', 'posted', 'signed', 'agreed', 'unveiled', 'launched', 'delivered', 'hired', 'plans', 'expects', 'declined', 'confirmed', 'invested', 'invests', 'acquired', 'acquires', 'bought']);

/**
 * A name the tagger took for a thing ("Boeing", "Airbus": makers whose names stand for their planes in the training
 * text; "Harbour Direct", a name of everyday words) that the story makes the subject of what companies do: "Boeing said",
 * "Airbus signed", "Boeing and Airbus said", "Boeing rose 3 %". Not after "the" ("the Dutch said" are people).
 */
export function actsAsCompany(sentences: readonly TaggableSentence[], name: string): boolean {
  const toks = name.split(' ');
  const first = toks[0]!;
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let k = words.indexOf(first); k >= 0; k = words.indexOf(first, k + 1)) {
      if ((words[k - 1] ?? '').toLowerCase() === 'the') continue;
      if (toks.length > 1 && !toks.every((t, j) => words[k + j] === t)) continue;
      const e = k + toks.length;
      if (COMPANY_ACTS.has(words[e] ?? '')) return true;
      // "Microsoft and Nvidia said": a one-word name joined to the name before the verb acts with it.
      if (words[e] === 'and' && /^\p{Lu}/u.test(words[e + 1] ?? '') && COMPANY_ACTS.has(words[e + 2] ?? '')) return true;
      // "Boeing rose 3 %": a price moving by a figure; "Dow rose 3 %" is the index ("Western Europe rose 200 mln" a region).
      const move = words[e] ?? '';
      if (toks.length === 1 && (UP_VERBS.has(move) || DOWN_VERBS.has(move)) && /^\d/.test(words[e + 1] ?? '') && !opensIndexName(first.toLowerCase())) return true;
    }
  }
  return false;
}

// What a company reports and people do not: "Orvane said revenue rose", "Orvane reported its earnings".
const COMPANY_FIGURES = new Set(['revenue', 'revenues', 'sales', 'profit', 'profits', 'earnings', 'income', 'output', 'orders', 'shipments', 'deliveries', 'its']);
const REPORTING = new Set(['said', 'says', 'reported', 'reports', 'posted', 'posts', 'expects', 'forecast']);
// "Orvane agreed to take a stake", "Orvane agreed to buy …": deals companies make.
const DEAL_VERBS = new Set(['take', 'buy', 'acquire', 'sell', 'purchase', 'merge', 'invest']);

/**
 * A name the tagger took for a person that the story makes the subject of what only companies do: reporting its own
 * figures ("said revenue rose", "said its …", where a person says "his"), or agreeing to a deal ("agreed to take a
 * stake").
 */
export function actsAsCompanyOnly(sentences: readonly TaggableSentence[], word: string): boolean {
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let k = words.indexOf(word); k >= 0; k = words.indexOf(word, k + 1)) {
      if ((words[k - 1] ?? '').toLowerCase() === 'the') continue;
      const verb = words[k + 1] ?? '';
      if (REPORTING.has(verb) && COMPANY_FIGURES.has(words[k + 2] ?? '')) return true;
      if (verb === 'agreed' && words[k + 2] === 'to' && DEAL_VERBS.has(words[k + 3] ?? '')) return true;
    }
  }
  return false;
}

// What a company, not an index or a product, does at the head of a title: "Orvane Proposes …", "Orvane Hires …".
// Moves are left out: "Nasdaq Falls" is the index.
const TITLE_COMPANY_ACTS = new Set(
  'proposes announces unveils launches acquires buys sells hires appoints files sues signs agrees plans expands seeks invests delists suspends fines completes opens names taps'.split(' '),
);

/**
 * "Nasdaq Proposes Fast-Track Rule": a title (every word capitalised) opening with the word and a verb of what companies
 * do makes it the company (the exchange's operator, not its index).
 */
export function opensTitleAsCompany(sentences: readonly TaggableSentence[], word: string, isTitle: (words: readonly string[]) => boolean): boolean {
  for (const { words, shouted } of sentences) {
    if (words[0] !== word || !/^\p{Lu}\p{Ll}+$/u.test(words[1] ?? '') || !TITLE_COMPANY_ACTS.has(words[1]!.toLowerCase())) continue;
    if (shouted || isTitle(words)) return true;
  }
  return false;
}

/**
 * "Arm Shares Jump After Earnings Beat", "Block Stock Falls": a title opening with one capitalised word before
 * "Shares" or "Stock" and a capitalised move names that word's company, even an everyday word; not a sector nor a
 * people's market. A `headline` may write the same in sentence case ("Arm shares slump 10 % after …"). Returns
 * whether the sentence's first word is such an owner ("Bank Shares Fall" names a sector).
 */
export function titleShareOwner(words: readonly string[], headline = false): boolean {
  const [owner, stock, verb] = words;
  if (owner === undefined || stock === undefined || verb === undefined || !/^\p{Lu}[\p{Ll}\p{Lu}]+$/u.test(owner)) return false;
  const titled = (stock === 'Shares' || stock === 'Stock') && /^\p{Lu}\p{Ll}+$/u.test(verb);
  const sentenceCase = headline && (stock === 'shares' || stock === 'stock') && /^\p{Ll}+$/u.test(verb);
  if (!titled && !sentenceCase) return false;
  const move = verb.toLowerCase();
  // ("European Shares Fall": a people's adjective owns a market's shares.)
  return (UP_VERBS.has(move) || DOWN_VERBS.has(move)) && !SECTOR_WORDS.has(owner.toLowerCase()) && !PEOPLES_ADJECTIVE.test(owner) && !isWellKnownPlace(owner);
}

// Jobs held at a firm, written between the firm and the holder's name: "Marlow Hunt analyst Jo Reyes". People have
// spokesmen, aides and advisers ("Clinton spokesman Mike McCurry"), so those do not count.
const EMPLOYED_AS = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'partner']);
// Jobs written before "at" and the employer: "analyst at Marlow Hunt", "Chief Investment Officer at Orvane Partners",
// "a director at Kestwell". One works at a firm, not at a person ("an aide to X", "adviser to X").
const JOBS_AT = new Set([...EMPLOYED_AS, 'officer', 'director', 'executive', 'manager', 'banker', 'trader', 'consultant', 'researcher', 'associate']);
const isJobAt = (w: string | undefined) => w !== undefined && JOBS_AT.has(w.toLowerCase());

/**
 * The story writes the name before a job held at it and the holder's name ("Harlow Redlich partner Ana Ruiz"), or
 * after a job and "at" ("Chief Investment Officer at Orvane Partners").
 */
export function employsSomeone(sentences: readonly TaggableSentence[], toks: readonly string[]): boolean {
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let k = words.indexOf(toks[0]!); k >= 0; k = words.indexOf(toks[0]!, k + 1)) {
      if (!toks.every((t, j) => words[k + j] === t)) continue;
      const end = k + toks.length;
      if (words[k - 1] === 'at' && isJobAt(words[k - 2]) && !isCapitalised(words[end] ?? 'x')) return true;
      if (!EMPLOYED_AS.has(words[end] ?? '')) continue;
      const holder = words[end + 1] === ',' ? words[end + 2] : words[end + 1];
      if (holder !== undefined && /^\p{Lu}\p{Ll}/u.test(holder)) return true;
    }
  }
  return false;
}

/** One capitalised word that may be a partner's surname in a firm's name: no place the tagger learnt, no ordinary word. */
const mayBePartnerName = (model: NerModel, w: string) =>
  /^\p{Lu}\p{Ll}+$/u.test(w) && !isLegalSuffix(w) && !model.places.has(w.toLowerCase()) && !model.commonLower.has(w.toLowerCase());

/** Word k is a country or state, or lies in a span the tagger took for a place. */
function isPlaceBefore(spans: readonly NerSpan[], words: readonly string[], k: number): boolean {
  if (isWellKnownPlace(words[k]!)) return true;
  for (const sp of spans) if (sp.label === 'LOC' && sp.start <= k && k < sp.end) return true;
  return false;
}

/**
 * "Dunmore , Kesh & Albright , LLP", "Vale , Orton & Price": surnames joined by commas and a last "&" are one
 * firm's name (law and accounting firms are named so), with the legal suffix after a comma; not a list of companies,
 * which ends in "and".
 */
export function joinPartnershipNames(model: NerModel, s: TaggableSentence, spans: NerSpan[], sentence: number): NerSpan[] {
  if (s.shouted) return spans;
  const words = s.words;
  const found: NerSpan[] = [];
  for (let amp = words.indexOf('&'); amp > 0; amp = words.indexOf('&', amp + 1)) {
    if (!mayBePartnerName(model, words[amp + 1] ?? '')) continue;
    let start = amp;
    let commas = 0;
    // Back over "Name ," and "Name" to the first partner.
    while (start > 0 && mayBePartnerName(model, words[start - 1]!)) {
      start--;
      // "In the United States , Procter & Gamble": a place before the comma sets the scene; it is no partner.
      if (words[start - 1] === ',' && start >= 2 && mayBePartnerName(model, words[start - 2]!) && !isPlaceBefore(spans, words, start - 2)) {
        start--;
        commas++;
      }
    }
    if (commas === 0 || start === amp) continue;
    let end = amp + 2;
    if (words[end] === ',' && isLegalSuffix(words[end + 1] ?? '')) end += 2;
    found.push({ sentence, start, end, label: 'ORG' });
  }
  if (found.length === 0) return spans;
  const outside = spans.filter((sp) => found.every((f) => sp.end <= f.start || sp.start >= f.end));
  return [...outside, ...found].sort((a, b) => a.start - b.start);
}

/**
 * "Jo Reyes , analyst at Marlow Hunt", "economists at Harlow Research", "Chief Investment Officer at Orvane Partners":
 * the capitalised name right after a job held
 * at a firm and "at" is the firm, whatever the tagger made of it (a name it left out or took for a person or place).
 */
export function employersAfterJobs(s: TaggableSentence, spans: NerSpan[], sentence: number): NerSpan[] {
  if (s.shouted) return spans;
  const words = s.words;
  for (let k = 0; k + 2 < words.length; k++) {
    // The "at" first: a string comparison, where the job test lower-cases every word.
    if (words[k + 1] !== 'at' || !isJobAt(words[k]) || !isCapitalised(words[k + 2]!)) continue;
    let end = k + 3;
    while (end < words.length && end - k - 2 < 5 && (isCapitalised(words[end]!) || (words[end] === '&' && isCapitalised(words[end + 1] ?? 'x')))) end++;
    const overlapping = spansOverlapping(spans, k + 2, end);
    if (overlapping.length === 0) spans.push({ sentence, start: k + 2, end, label: 'ORG' });
    else if (overlapping.length === 1 && overlapping[0]!.start === k + 2 && overlapping[0]!.end === end) overlapping[0]!.label = 'ORG';
  }
  return sortByStart(spans);
}

/** The spans overlapping tokens [start, end): a helper, so the token loop above makes no closure per word. */
function spansOverlapping(spans: readonly NerSpan[], start: number, end: number): NerSpan[] {
  const out: NerSpan[] = [];
  for (const sp of spans) if (sp.start < end && start < sp.end) out.push(sp);
  return out;
}
