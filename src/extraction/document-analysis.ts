import { findListings, type ListingMatch } from './listing-patterns.js';
import { companyKeyWords, isLegalSuffix, nameWords } from './name-normalisation.js';
import { defaultNerModel } from './ner/default-model.js';
import type { NerModel } from './ner/perceptron-tagger.js';
import { recogniseMentions, type NerLabel, type NerSpan } from './ner/recognise-mentions.js';
import { isCapitalised } from './ner/token-features.js';
import { isPublicBody } from './organization-typing.js';
import { findPolicies } from './policy-mentions.js';
import { splitSentences } from './sentence-split.js';
import type { Token } from './tokenize.js';
import type { EntityType, ExtractedDocument, PropertyValue } from './types.js';

/** One entity as seen within one document: all its mentions share it. */
export interface Cluster {
  type: EntityType;
  surfaceForms: string[];
  keyWords: string[];
  properties: Record<string, PropertyValue>;
  mentions: number;
  firstSentence: number;
  /** Policy family, for merging different names of one scheme. */
  family?: string;
  /** Document-scoped entities (events) carry their own id instead of a name-derived one. */
  fixedId?: string;
}

export interface Mention {
  cluster: Cluster;
  start: number;
  end: number;
  /** Resolved from a pronoun or description ("it", "the company"): less certain. */
  anaphoric: boolean;
}

export interface AnalysedSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  lower: string[];
  caseless: boolean;
  mentions: Mention[];
}

export interface ListedAs {
  company: Cluster;
  listing: Cluster;
  sentence: number;
}

export interface AnalysedDocument {
  doc: ExtractedDocument;
  sentences: AnalysedSentence[];
  clusters: Cluster[];
  listedAs: ListedAs[];
}

const ROLE_WORDS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'Chairman', 'Chairwoman', 'Chair', 'President', 'Chief', 'Founder', 'Co-founder', 'Executive', 'Director', 'Minister', 'Secretary', 'Governor', 'Senator', 'Analyst', 'Mr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.']);
const NON_NAMES = new Set(['hk', 'otc', 'ceo', 'cfo', 'ev', 'evs', 'ai', 'ipo', 'q1', 'q2', 'q3', 'q4', 'gdp', 'eps', 'us', 'inc', 'corp', 'co', 'ltd', 'zacks', 'zacks rank', 'zacks consensus estimate', 'buy', 'hold', 'sell', 'strong buy', 'strong sell']);
const DESCRIPTION_NOUNS = new Set(
  'company firm group carrier airline retailer automaker carmaker bank lender insurer manufacturer maker chipmaker giant conglomerate miner producer developer operator startup stock shares supplier provider corporation'.split(' '),
);
const PRONOUNS = new Set(['it', 'its']);
const COMPANY_NOUNS = new Set(['firm', 'company', 'startup', 'start-up', 'maker', 'rival', 'operator', 'provider', 'retailer', 'lender', 'insurer', 'carrier', 'developer', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'conglomerate', 'supplier', 'giant', 'brand', 'manufacturer', 'producer', 'miner', 'airline', 'bank']);
const STOCK_WORDS = new Set(['stock', 'stocks', 'shares', 'share']);

function isTitleCase(tokens: Token[]): boolean {
  // Prose ends with a full stop; a title rarely does.
  if (tokens.length < 4 || tokens[tokens.length - 1]!.text === '.') return false;
  let words = 0;
  let capitalised = 0;
  for (const t of tokens) {
    const first = t.text[0]!;
    if (first.toLowerCase() === first.toUpperCase()) continue;
    words++;
    if (isCapitalised(t.text)) capitalised++;
  }
  return words >= 4 && capitalised / words >= 0.7;
}

// Head words that only end company names: "Wayne Enterprises" is not a person whatever the tagger says.
const CORPORATE_HEADS = new Set(
  'enterprises industries airlines airways motors motor technologies technology systems holdings partners capital energy pharmaceuticals pharma communications electronics foods resources petroleum software labs laboratories networks therapeutics semiconductor semiconductors brands entertainment media financial insurance investments ventures solutions services bancorp biosciences biotech automotive logistics mining steel chemicals healthcare stores retail telecom wireless aerospace coal oil gas iron metals gold mines mining minerals sciences etf bancorp securities corp inc ltd plc llc'.split(' '),
);

const isCommonOrStock = (model: NerModel, w: string) => model.commonLower.has(w) || STOCK_WORDS.has(w);
// An ordinary word of running text, or its plural ("Signals").
const isPlainWord = (model: NerModel, w: string) =>
  model.commonLower.has(w) ||
  (w.endsWith('s') && model.commonLower.has(w.slice(0, -1))) ||
  (w.endsWith('es') && model.commonLower.has(w.slice(0, -2)));
// Sector words name markets, not companies: "Tech Stock Sell-Off", "Energy shares".
const SECTOR_WORDS = new Set(['tech', 'technology', 'auto', 'autos', 'energy', 'mining', 'retail', 'chip', 'chips', 'oil', 'airline', 'airlines', 'bank', 'banks', 'property', 'insurance', 'defense', 'defence', 'biotech', 'pharma', 'telecom', 'media', 'utilities', 'steel', 'crypto', 'market', 'markets', 'stocks', 'wall']);

const typeOf = (label: NerLabel, text: string): EntityType | undefined => {
  // "iPhone", "iPad": Apple-style product names, not companies.
  if (/^i[A-Z][a-z]+$/.test(text)) return 'Product';
  const head = text.split(/\s+/).pop()!.toLowerCase().replace(/\.$/, '');
  if (label !== 'ORG' && text.includes(' ') && CORPORATE_HEADS.has(head)) return 'Company';
  if (label === 'PER') return 'Person';
  if (label === 'LOC') return 'Location';
  if (label === 'ORG') return isPublicBody(text) ? 'Organization' : 'Company';
  return undefined;
};

/** Splits "Nvidia CEO Jensen Huang" (tagged as one name in a title) at the role word. */
function splitAtRoles(span: NerSpan, words: readonly string[]): NerSpan[] {
  for (let i = span.start; i < span.end; i++) {
    if (!ROLE_WORDS.has(words[i]!)) continue;
    const parts: NerSpan[] = [];
    if (i > span.start) parts.push({ ...span, end: i, label: span.label === 'PER' ? 'ORG' : span.label });
    let j = i + 1;
    while (j < span.end && ROLE_WORDS.has(words[j]!)) j++;
    if (j < span.end) parts.push({ ...span, start: j, label: 'PER' });
    return parts;
  }
  return [span];
}

interface RawMention {
  sentence: number;
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

class ClusterIndex {
  readonly clusters: Cluster[] = [];
  // Lookups by group ("org" for companies and bodies) + key, so long documents stay linear.
  private readonly exact = new Map<string, Cluster>();
  private readonly byPrefix = new Map<string, Set<Cluster>>();
  private readonly byNamePart = new Map<string, Set<Cluster>>();

  /** Finds the cluster a name belongs to within this document, or makes one. */
  resolve(type: EntityType, text: string, sentence: number): Cluster {
    const key = type === 'Company' || type === 'Organization' ? companyKeyWords(text) : nameWords(text);
    const group = isOrg(type) ? 'org' : type;
    let match = this.exact.get(group + '|' + key.join(' '));
    if (!match && group === 'org') {
      // "Great Wall" after "Great Wall Motor Co Ltd": a unique prefix is the same company.
      const prefixed = this.byPrefix.get(group + '|' + key.join(' '));
      if (prefixed?.size === 1) match = [...prefixed][0];
    }
    if (!match && type === 'Person' && key.length === 1) {
      const named = this.byNamePart.get(key[0]!);
      if (named?.size === 1) match = [...named][0];
    }
    if (match) {
      if (!match.surfaceForms.includes(text)) match.surfaceForms.push(text);
      if (key.length > match.keyWords.length) {
        match.keyWords = key;
        this.register(match, group);
      }
      match.mentions++;
      return match;
    }
    const cluster: Cluster = { type, surfaceForms: [text], keyWords: key, properties: {}, mentions: 1, firstSentence: sentence };
    this.clusters.push(cluster);
    this.register(cluster, group);
    return cluster;
  }

  private register(c: Cluster, group: string): void {
    const key = c.keyWords;
    this.exact.set(group + '|' + key.join(' '), c);
    for (let k = 1; k < key.length; k++) {
      const p = group + '|' + key.slice(0, k).join(' ');
      let set = this.byPrefix.get(p);
      if (!set) this.byPrefix.set(p, (set = new Set()));
      set.add(c);
    }
    if (group === 'Person' && key.length > 1) {
      for (const part of [key[0]!, key[key.length - 1]!]) {
        let set = this.byNamePart.get(part);
        if (!set) this.byNamePart.set(part, (set = new Set()));
        set.add(c);
      }
    }
  }
}

const isOrg = (t: EntityType) => t === 'Company' || t === 'Organization';

/** Finds every entity mention of one document and groups them into per-document entities. */
export function analyseDocument(doc: ExtractedDocument): AnalysedDocument {
  const model = defaultNerModel();
  const text = doc.text;
  const rawSentences = splitSentences(text);
  const sentences: AnalysedSentence[] = rawSentences.map((s, index) => ({
    index,
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    tokens: s.tokens,
    lower: s.tokens.map((t) => t.text.toLowerCase()),
    caseless: s.shouted || doc.kind === 'headline' || isTitleCase(s.tokens),
    mentions: [],
  }));
  const listings = findListings(text);
  const insideListing = (t: Token) => listings.some((l) => t.start >= l.start && t.end <= l.end);
  const spans = recogniseMentions(
    model,
    sentences.map((s) => ({ words: s.tokens.map((t) => t.text), shouted: s.caseless })),
  );

  const raw: RawMention[] = [];
  spans.forEach((sentenceSpans, si) => {
    const s = sentences[si]!;
    const words = s.tokens.map((t) => t.text);
    for (const span of sentenceSpans.flatMap((sp) => splitAtRoles(sp, words))) {
      let { start, end } = span;
      while (end > start && (words[end - 1] === "'s" || words[end - 1] === '’s' || /^[^\p{L}\p{N}]+$/u.test(words[end - 1]!))) end--;
      while (start < end && (s.lower[start] === 'the' || /^[^\p{L}\p{N}]+$/u.test(words[start]!))) start++;
      // In titles every word is capitalised: "Amazon Stock Rebounds" names Amazon, not "Amazon Stock".
      if (s.caseless) {
        while (end > start && (isCommonOrStock(model, s.lower[end - 1]!) || isPlainWord(model, s.lower[end - 1]!))) end--;
        while (start < end && (isCommonOrStock(model, s.lower[start]!) || isPlainWord(model, s.lower[start]!))) start++;
      }
      while (end > start && STOCK_WORDS.has(words[end - 1]!)) end--;
      if (end <= start) continue;
      // "Irina Ghose": a title-case surname the tagger left out is still part of the person's name.
      const plainWord = (k: number) => isPlainWord(model, s.lower[k]!);
      if (s.caseless && span.label === 'PER') {
        while (start > 0 && /^\p{Lu}/u.test(words[start - 1]!) && !plainWord(start - 1) && !ROLE_WORDS.has(words[start - 1]!) && !sentenceSpans.some((o) => o.end === start)) start--;
        while (end < words.length && end - start < 3 && /^\p{Lu}/u.test(words[end]!) && !plainWord(end) && !sentenceSpans.some((o) => o.start === end)) end++;
      }
      // "Hong Kong-listed Alibaba": a hyphenated description before a name is not part of it.
      for (let k = end - 1; k > start; k--) {
        if (/-(?:listed|based|headquartered|owned|backed|controlled|born)$/i.test(words[k - 1]!)) {
          start = k;
          break;
        }
      }
      // Names end and start with capitalised words: "Bank of America wants" is Bank of America.
      while (end > start && /^\p{Ll}/u.test(words[end - 1]!)) end--;
      while (start < end && /^\p{Ll}/u.test(words[start]!) && !/^\p{Ll}\p{Lu}/u.test(words[start]!)) start++;
      if (span.label === 'PER' && !s.caseless) {
        // "Emily Stephenson WASHINGTON": a dateline after a byline; "Fleur Anderson There": a plain word after a name.
        while (end - start > 1 && /^\p{Lu}{3,}$/u.test(words[end - 1]!)) end--;
      }
      // "Additionally", "Learn": a capitalised ordinary word opening a sentence is not a name by itself.
      if (end - start === 1 && start === 0 && !s.caseless && (plainWord(start) || /ly$/.test(s.lower[start]!))) continue;
      // A ticker is not part of a name: "Standard Oil Co <SRD>" names Standard Oil Co.
      const firstListingToken = s.tokens.slice(start, end).findIndex(insideListing);
      if (firstListingToken >= 0) end = start + firstListingToken;
      while (end > start && /^[^\p{L}\p{N}]+$/u.test(words[end - 1]!)) end--;
      if (end <= start) continue;
      const surface = text.slice(s.tokens[start]!.start, s.tokens[end - 1]!.end);
      if (NON_NAMES.has(surface.toLowerCase()) || !/\p{Lu}/u.test(surface) || surface.length < 2) continue;
      if (end - start === 1 && SECTOR_WORDS.has(s.lower[start]!)) continue;
      if (end - start === 1 && isLegalSuffix(surface)) continue;
      // "ride-hailing firm Didi Chuxing": a company noun right before the name types it.
      const described = start > 0 && COMPANY_NOUNS.has(s.lower[start - 1]!);
      const type = described && span.label !== 'ORG' ? 'Company' : typeOf(span.label, surface);
      if (type) raw.push({ sentence: si, start, end, type, text: surface });
    }
  });

  // One sense per story: "Xiaomi" tagged as a place is still Xiaomi Corp when the story names the company.
  // A leading part of a company name seen elsewhere in the story is that company ("Xiaomi" = "Xiaomi Corp").
  const companyPrefixes = new Set<string>();
  for (const m of raw) {
    if (m.type !== 'Company') continue;
    const key = companyKeyWords(m.text);
    for (let k = 1; k <= key.length; k++) companyPrefixes.add(key.slice(0, k).join(' '));
  }
  for (const m of raw) {
    if (m.type === 'Company' || m.type === 'Organization') continue;
    if (companyPrefixes.has(companyKeyWords(m.text).join(' '))) m.type = 'Company';
  }
  // Longest names first, so short forms attach to the full name they abbreviate.
  const index = new ClusterIndex();
  const order = [...raw].sort((a, b) => b.end - b.start - (a.end - a.start) || a.sentence - b.sentence || a.start - b.start);
  const clusterOf = new Map<RawMention, Cluster>();
  for (const m of order) clusterOf.set(m, index.resolve(m.type, m.text, m.sentence));
  for (const m of raw) {
    const c = clusterOf.get(m)!;
    c.firstSentence = Math.min(c.firstSentence, m.sentence);
    sentences[m.sentence]!.mentions.push({ cluster: c, start: m.start, end: m.end, anaphoric: false });
  }
  // Clusters typed differently across mentions take the type of their longest name.
  for (const c of index.clusters) {
    if (isOrg(c.type)) c.type = c.surfaceForms.some((f) => isPublicBody(f)) ? 'Organization' : 'Company';
  }

  addHeadlineParties(sentences, index, model);
  const listedAs = attachListings(sentences, listings, index);
  attachTickers(sentences, index);
  addPolicies(sentences, index, model);
  for (const s of sentences) s.mentions.sort((a, b) => a.start - b.start);
  addAnaphora(sentences);
  return { doc, sentences, clusters: index.clusters, listedAs };
}

// In a title, the words right after these name the other party of a deal, even when the tagger knows no such name.
const DEAL_CUES = new Set(['with', 'acquires', 'acquire', 'buys', 'buy', 'in']);
const DEAL_NOUNS = new Set(['deal', 'partnership', 'agreement', 'collaboration', 'alliance', 'venture', 'pact', 'stake', 'invests', 'invest', 'investment', 'acquires', 'acquire', 'buys', 'buy', 'contract']);
const TITLE_STOPWORDS = new Set(['to', 'in', 'for', 'as', 'amid', 'after', 'on', 'at', 'with', 'and', 'of', 'from', 'over', 'by', 'the', 'a', 'an', 'its', 'their', 'into', 'says', 'said']);
// "Deal With SPEEA Workers": people of an organisation, not part of its name.
const GROUP_NOUNS = new Set(['workers', 'employees', 'members', 'shareholders', 'investors', 'officials', 'executives', 'pilots', 'staff', 'unions', 'union']);

const TITLE_MOVES = new Set(['rise', 'rises', 'slide', 'slides', 'jump', 'jumps', 'surge', 'surges', 'fall', 'falls', 'drop', 'drops', 'plunge', 'plunges', 'soar', 'soars', 'rally', 'rallies', 'rebound', 'rebounds', 'tumble', 'tumbles', 'sink', 'sinks', 'climb', 'climbs', 'gain', 'gains', 'slump', 'slumps', 'dip', 'dips', 'sag', 'sags', 'hit', 'hits']);

/** "Tencent Shares Slide After …": the capitalised run before "Shares <move>" in a title is a company. */
function addHeadlineMovers(s: AnalysedSentence, index: ClusterIndex, model: NerModel): void {
  for (let i = 1; i < s.tokens.length - 1; i++) {
    if (!(s.lower[i] === 'shares' || s.lower[i] === 'stock') || !TITLE_MOVES.has(s.lower[i + 1]!)) continue;
    if (s.mentions.some((m) => m.end === i)) continue;
    let start = i;
    while (start > 0 && i - start < 4 && /^\p{Lu}|^\p{Ll}\p{Lu}/u.test(s.tokens[start - 1]!.text) && !TITLE_STOPWORDS.has(s.lower[start - 1]!) && !s.mentions.some((m) => m.end === start)) start--;
    if (start === i || s.mentions.some((m) => m.start < i && m.end > start)) continue;
    if (i - start === 1 && (isPlainWord(model, s.lower[start]!) || SECTOR_WORDS.has(s.lower[start]!))) continue;
    const text = s.text.slice(s.tokens[start]!.start - s.start, s.tokens[i - 1]!.end - s.start);
    s.mentions.push({ cluster: index.resolve('Company', text, s.index), start, end: i, anaphoric: false });
  }
}

/** "Microsoft Strikes … Deal With Indigo Carbon to Boost …": the capitalised run after the cue is a company. */
function addHeadlineParties(sentences: AnalysedSentence[], index: ClusterIndex, model: NerModel): void {
  for (const s of sentences) {
    if (!s.caseless) continue;
    addHeadlineMovers(s, index, model);
    for (let i = 0; i < s.tokens.length - 1; i++) {
      const cue = s.lower[i]!;
      if (!DEAL_CUES.has(cue)) continue;
      const trigger = DEAL_NOUNS.has(cue) ? cue : (s.lower[i - 1] ?? '');
      if (!DEAL_NOUNS.has(trigger)) continue;
      const start = i + 1;
      if (s.mentions.some((m) => m.start <= start && start < m.end)) continue;
      let end = start;
      while (end < s.tokens.length && end - start < 4 && /^\p{Lu}|^\p{Ll}\p{Lu}/u.test(s.tokens[end]!.text) && !TITLE_STOPWORDS.has(s.lower[end]!) && !GROUP_NOUNS.has(s.lower[end]!) && !s.mentions.some((m) => m.start === end)) end++;
      // A lone ordinary word ("Deal With Major …") is no name.
      if (end === start || (end - start === 1 && model.commonLower.has(s.lower[start]!))) continue;
      const text = s.text.slice(s.tokens[start]!.start - s.start, s.tokens[end - 1]!.end - s.start);
      s.mentions.push({ cluster: index.resolve('Company', text, s.index), start, end, anaphoric: false });
    }
  }
}

function sentenceOf(sentences: AnalysedSentence[], offset: number): AnalysedSentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end);
}

function attachListings(sentences: AnalysedSentence[], listings: ListingMatch[], index: ClusterIndex): ListedAs[] {
  const result: ListedAs[] = [];
  for (const l of listings) {
    const s = sentenceOf(sentences, l.start);
    if (!s) continue;
    // The listed company is the name just before the ticker (other tickers of the same list may intervene).
    const before = s.mentions
      .filter((m) => isOrg(m.cluster.type) && s.tokens[m.end - 1]!.end <= l.start)
      .sort((a, b) => b.end - a.end)[0];
    if (!before) continue;
    const gap = s.text.slice(s.tokens[before.end - 1]!.end - s.start, l.start - s.start);
    if (!/^[\s(,;:A-Z0-9.\-<>]*$/.test(gap) || gap.length > 40) continue;
    const company = before.cluster;
    company.type = 'Company';
    if (!l.exchange) {
      company.properties['ticker'] ??= l.symbol;
      continue;
    }
    const listing = index.resolve('Listing', `${l.exchange}:${l.symbol}`, s.index);
    listing.keyWords = [l.exchange.toLowerCase().replace(/\s+/g, '-'), l.symbol.toLowerCase()];
    listing.properties = { exchange: l.exchange, symbol: l.symbol };
    company.properties['ticker'] ??= l.symbol;
    if (!result.some((r) => r.company === company && r.listing === listing)) result.push({ company, listing, sentence: s.index });
  }
  return result;
}

/** "American Airlines Group Inc. AAL" — a bare ticker after a company name, then "AAL" alone means it. */
function attachTickers(sentences: AnalysedSentence[], index: ClusterIndex): void {
  const tickers = new Map<string, Cluster>();
  for (const s of sentences) {
    if (s.caseless) continue;
    for (const m of s.mentions) {
      // "Nokia ( NOK )" as well as "American Airlines Group Inc. AAL".
      const bracketed = s.lower[m.end] === '(' && s.lower[m.end + 2] === ')';
      const at = bracketed ? m.end + 1 : m.end;
      const next = s.tokens[at];
      if (m.cluster.type !== 'Company' || !next || !/^[A-Z]{2,5}$/.test(next.text)) continue;
      const tagged = s.mentions.find((o) => o.start === at);
      if (tagged && (tagged.end !== at + 1 || !isOrg(tagged.cluster.type))) continue;
      if (tagged && tagged.cluster !== m.cluster) {
        // The tagger saw the ticker as a name of its own: it is this company's.
        const stray = tagged.cluster;
        for (const other of sentences) for (const o of other.mentions) if (o.cluster === stray) o.cluster = m.cluster;
        index.clusters.splice(index.clusters.indexOf(stray), 1);
        if (!m.cluster.surfaceForms.includes(next.text)) m.cluster.surfaceForms.push(next.text);
      }
      m.cluster.properties['ticker'] ??= next.text;
      tickers.set(next.text, m.cluster);
    }
  }
  if (tickers.size === 0) return;
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      const c = tickers.get(t.text);
      if (!c || s.mentions.some((m) => i >= m.start && i < m.end)) return;
      if (!c.surfaceForms.includes(t.text)) c.surfaceForms.push(t.text);
      c.mentions++;
      s.mentions.push({ cluster: c, start: i, end: i + 1, anaphoric: false });
    });
  }
}

function addPolicies(sentences: AnalysedSentence[], index: ClusterIndex, model: NerModel): void {
  const policies: Cluster[] = [];
  for (const s of sentences) {
    const ownerStart = (i: number) => {
      const m = s.mentions.find((x) => x.end - 1 === i && (x.cluster.type === 'Location' || x.cluster.type === 'Organization'));
      return m?.start;
    };
    for (const p of findPolicies(s.tokens, ownerStart, s.caseless, (w) => isPlainWord(model, w))) {
      // A name inside the policy ("Chevron License", "EU sanctions") stays; one straddling its edge means a misparse.
      if (s.mentions.some((m) => m.start < p.end && p.start < m.end && (m.cluster.type === 'Person' || m.start < p.start || m.end > p.end))) continue;
      const surface = s.text.slice(s.tokens[p.start]!.start - s.start, s.tokens[p.end - 1]!.end - s.start);
      // One scheme has many names in a story: "the subsidy program", "the stimulus", "government incentives".
      let cluster = policies.find((c) => c.keyWords.some((w) => p.keyWords.includes(w) && w !== 'program' && w !== 'rule'));
      if (!cluster && (p.bare || p.family === 'support')) cluster = policies.find((c) => c.family === p.family);
      if (cluster) {
        if (!p.bare && !cluster.surfaceForms.includes(surface)) cluster.surfaceForms.push(surface);
        if (!p.bare && p.keyWords.length > cluster.keyWords.length) cluster.keyWords = p.keyWords;
        cluster.mentions++;
      } else {
        cluster = { type: 'Policy', surfaceForms: [surface], keyWords: p.keyWords, properties: {}, mentions: 1, firstSentence: s.index, family: p.family };
        policies.push(cluster);
        index.clusters.push(cluster);
      }
      s.mentions.push({ cluster, start: p.start, end: p.end, anaphoric: p.bare });
    }
  }
}

/** Pronouns and descriptions ("its", "the Chinese smartphone manufacturer") become company mentions. */
function addAnaphora(sentences: AnalysedSentence[]): void {
  const salience = new Map<Cluster, number>();
  let first: Cluster | undefined;
  let previousSubject: Cluster | undefined;
  // The running topic: most mentioned company so far, the first one counting 1.5 extra (ties go to the earlier leader).
  let best: Cluster | undefined;
  let bestScore = -1;
  const topic = () => best;
  const mention = (c: Cluster) => {
    const n = (salience.get(c) ?? 0) + 1;
    salience.set(c, n);
    first ??= c;
    const score = n + (c === first ? 1.5 : 0);
    if (score > bestScore) (bestScore = score), (best = c);
  };
  for (const s of sentences) {
    const added: Mention[] = [];
    for (let i = 0; i < s.tokens.length; i++) {
      const w = s.lower[i]!;
      if (!PRONOUNS.has(w) && w !== 'the') continue;
      if (s.mentions.some((m) => i >= m.start && i < m.end)) continue;
      if (PRONOUNS.has(w)) {
        const earlier = s.mentions.filter((m) => m.cluster.type === 'Company' && m.end <= i && !m.anaphoric).pop();
        const target = earlier?.cluster ?? previousSubject ?? topic();
        if (target) added.push({ cluster: target, start: i, end: i + 1, anaphoric: true });
        continue;
      }
      if (w !== 'the') continue;
      let j = i + 1;
      while (j < s.tokens.length && j - i <= 4 && !DESCRIPTION_NOUNS.has(s.lower[j]!) && /^[\p{L}-]+$/u.test(s.tokens[j]!.text) && !['of', 'and', 'to', 'in', 'for', 'with'].includes(s.lower[j]!)) j++;
      if (j >= s.tokens.length || !DESCRIPTION_NOUNS.has(s.lower[j]!)) continue;
      // "the company's" and "the company" refer back; "the companies" would not match the singular list.
      // A company named earlier in the same sentence is the one described ("BHP said the miner …"), else the story's topic.
      const sameSentence = s.mentions.filter((m) => m.cluster.type === 'Company' && m.end <= i && !m.anaphoric).pop();
      const target = sameSentence?.cluster ?? topic();
      if (target && !s.mentions.some((m) => m.start < j + 1 && i < m.end && m.cluster.type !== 'Location')) added.push({ cluster: target, start: i, end: j + 1, anaphoric: true });
      i = j;
    }
    s.mentions.push(...added);
    s.mentions.sort((a, b) => a.start - b.start);
    for (const m of s.mentions) {
      if (m.cluster.type !== 'Company' || m.anaphoric) continue;
      mention(m.cluster);
    }
    const subject = s.mentions.find((m) => m.cluster.type === 'Company');
    if (subject) previousSubject = subject.cluster;
  }
}
