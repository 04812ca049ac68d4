import { isMonthWord } from './calendar-words.js';
import { addAnaphora } from './anaphora.js';
import type { AnalysedDocument, AnalysedSentence, Cluster, NameSpan } from './analysis-types.js';
import { ClusterIndex, isOrg } from './cluster-index.js';
import { addHeadlineParties } from './headline-parties.js';
import { addHeadlineSubjects, COMPANY_VERBS, hasNameWord, isDescribed, isNamedKind } from './headline-subjects.js';
import { addNamesBeforeListings } from './listed-names.js';
import { attachListings, attachShortTickers, attachTickers } from './listing-attachment.js';
import { addListingMentions } from './listing-mentions.js';
import { findListings } from './listing-patterns.js';
import { DOWN_VERBS, UP_VERBS } from './move-words.js';
import { companyKeyWords, isLegalSuffix } from './name-normalisation.js';
import { isRelativeClauseVerb, titleShareOwner } from './ner/company-cues.js';
import { surnameOfCompany } from './ner/person-named-companies.js';
import { mergeAliasedNames } from './aliased-names.js';
import { groupMemberNames } from './group-members.js';
import { isAgencyCredit } from './ner/news-agencies.js';
import { isListedCompanyWord } from './ner/company-gazetteer.js';
import { isGivenNameWord, knowsWordAs, type NerModel } from './ner/perceptron-tagger.js';
import { defaultNerModel } from './ner/default-model.js';
import { isDictionaryWord, isEverydayWord } from './ner/everyday-words.js';
import { isContraction } from './ner/non-names.js';
import { followsPlacePreposition } from './ner/place-prepositions.js';
import { isTitleVerb } from './ner/title-verbs.js';
import { recogniseMentions, type NerLabel, type NerSpan } from './ner/recognise-mentions.js';
import { isPlainTitlePhrase, titleRunTokens } from './ner/title-runs.js';
import { isAllCapitals, isCapitalised } from './ner/token-features.js';
import { isWellKnownPlace } from './ner/well-known-places.js';
import { isPublicBody } from './organization-typing.js';
import { citedNewspapers } from './news-sources.js';
import { isCorporateHead } from './corporate-heads.js';
import { isCommonOrStock, isPlainWord, SECTOR_WORDS, STOCK_WORDS } from './plain-words.js';
import { addPolicies } from './policy-clusters.js';
import { addProducts } from './product-mentions.js';
import { addDealNames } from './deal-names.js';
import { marketIndexNames, type IndexName } from './market-index-names.js';
import { isPolicyHead } from './policy-mentions.js';
import { splitSentences } from './sentence-split.js';
import { retypeCompanyLists } from './company-lists.js';
import { cutTrailingTickers, mentionTrailingTickers } from './trailing-tickers.js';
import { isPunctuationOnly, isSpaceUnit, opensLower, opensUpper } from './text-scan.js';
import { triggersOf } from './trigger-words.js';
import type { Token } from './tokenize.js';
import type { EntityType, ExtractedDocument } from './types.js';
import { COMPANY_NOUNS } from './company-nouns.js';
import { sortByStart } from './ner/span-order.js';

export type { AnalysedDocument, AnalysedSentence, Cluster, ListedAs, Mention } from './analysis-types.js';

const ROLE_WORDS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'Chairman', 'Chairwoman', 'Chair', 'President', 'Chief', 'Founder', 'Co-founder', 'Executive', 'Director', 'Manager', 'Minister', 'Secretary', 'Governor', 'Senator', 'Analyst', 'Officer', 'MD', 'VP', 'SVP', 'EVP', 'CIO', 'CMO', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chancellor', 'Premier', 'Ambassador', 'Commissioner', 'MP', 'Mr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.']);
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Prof.', 'Sir', 'Dame']);
/** "Mr", "Mr.", "Prof.": an honorific, with or without its full stop. */
const isHonorific = (word: string) => HONORIFICS.has(word.endsWith('.') ? word.slice(0, -1) : word);
// Words that make a role more exact: "General Manager", "Deputy Director".
const ROLE_MODIFIERS = new Set(['General', 'Senior', 'Deputy', 'Vice', 'Assistant', 'Associate', 'Managing', 'Acting', 'Interim', 'Regional', 'Country', 'Plant', 'Branch']);
const NON_NAMES = new Set(['hk', 'otc', 'ceo', 'cfo', 'ev', 'evs', 'ai', 'ipo', 'q1', 'q2', 'q3', 'q4', 'gdp', 'eps', 'us', 'inc', 'corp', 'co', 'ltd', 'zacks', 'zacks rank', 'zacks consensus estimate', 'buy', 'hold', 'sell', 'strong buy', 'strong sell']);
const PERSONAL_DESCRIPTIONS = new Set(['rival', 'giant']);
const COMPANY_PLURALS = new Set(
  'rivals competitors peers companies firms makers drugmakers automakers carmakers chipmakers retailers lenders banks insurers airlines miners suppliers'.split(' '),
);

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



const isAdverb = (lower: string) => lower.endsWith('ly') && isEverydayWord(lower);
const isMoveVerb = (lower: string) => UP_VERBS.has(lower) || DOWN_VERBS.has(lower);

// A company's own outlets, written after its name: "the Orvane App store", "the Orvane Website".
const OWN_OUTLETS = new Set(['app', 'apps', 'website', 'site', 'homepage']);
// Services and devices sold under a company's name and a word naming their kind: "Orvane Pay", "Orvane Watch".
const SERVICE_LINES = new Set(['pay', 'watch', 'wallet', 'maps', 'photos', 'prime', 'play', 'assistant']);

// Last words of institutions' names that are nobody's surname.
const INSTITUTION_NOUNS = new Set(
  'office commission ministry department agency authority bureau council committee association institute university federation organization organisation tribunal secretariat foundation college hospital museum'.split(' '),
);

const LAW_HEADS = new Set(['act', 'agreement', 'accord', 'accords', 'treaty', 'convention', 'protocol', 'directive']);

/** Last word of a name, lower case, without a final full stop: "Wayne Enterprises Inc." → "inc". */
const CAPITAL = /\p{Lu}/u;

/** Holds a capital letter (as /\p{Lu}/u); ASCII is read without the expression. */
function hasCapital(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return CAPITAL.test(text);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * "POEHL SAYS RATE CUT POSSIBLE", "-- KOVACS TALKS EXCLUSIVELY TO THE HERALD": in capitals the tagger takes a person
 * opening a title for a company, alone or run into the title's verb; no name of the prose is short for such a guess
 * ("ROYAL TRUST" or "CHEUNG KONG GROUP" still is).
 */
function isShoutedGuess(m: RawMention, s: AnalysedSentence): boolean {
  if (!isAllCapitals(m.text)) return false;
  if (m.end - m.start === 1) return s.shouted;
  for (let k = m.start; k < m.end; k++) if (isHeadlineVerb(s.lower[k]!) || splitsTitleName(s.lower[k]!)) return true;
  return false;
}

function headWord(text: string): string {
  // As text.split(/\s+/).pop(), found from the end without splitting.
  let k = text.length;
  while (k > 0 && !isSpaceUnit(text.charCodeAt(k - 1))) k--;
  const last = text.slice(k).toLowerCase();
  return last.endsWith('.') ? last.slice(0, -1) : last;
}

// A legal form as companies write it, closing a name: "Merck KGaA", "Novo Nordisk A/S" are no one's names.
// Regular expressions of the loops below, made once (a literal in a loop builds its object on every pass).
const APPLE_STYLE_PRODUCT = /^i[A-Z][A-Za-z]+$/;
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
const DAY_OF_MONTH = /^\d{1,2}$/;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
const MARKET_WORDS = /^(?:market|markets|index|indexes|indices|exchange|exchanges|futures)$/;
const HYPHENATED_DESCRIPTION = /-(?:listed|based|headquartered|owned|backed|controlled|born)$/i;
const SMALL_LETTER_CAPITAL = /^\p{Ll}\p{Lu}/u;
const CAPITALS_ONLY = /^\p{Lu}{3,}$/u;

const WRITTEN_LEGAL_FORM = / (?:Inc|Corp|Ltd|PLC|Plc|LLC|AG|SA|NV|SE|KGaA|A\/S|ASA|GmbH|SpA|AB|Oyj|BV|N\.V|S\.A)\.?$/;

const typeOf = (label: NerLabel, text: string): EntityType | undefined => {
  // "iPhone", "iPad", "iOS": Apple-style product names, not companies.
  if (APPLE_STYLE_PRODUCT.test(text)) return 'Product';
  // (The last word of a name of several words, read once.)
  const head = text.includes(' ') ? headWord(text) : undefined;
  if (label !== 'ORG' && head !== undefined && (isCorporateHead(head) || WRITTEN_LEGAL_FORM.test(text))) return 'Company';
  // "the Fair Labor Standards Act", "the North American Free Trade Agreement": a law or a treaty, whoever made it.
  if (head !== undefined && LAW_HEADS.has(head)) return undefined;
  // "Office Manager Legon Tax Payer Office": a "person" whose last word heads the names of institutions is one.
  if (label === 'PER' && head !== undefined && INSTITUTION_NOUNS.has(head)) return 'Organization';
  if (label === 'PER') return 'Person';
  if (label === 'LOC') return 'Location';
  if (label === 'ORG') return isPublicBody(text) ? 'Organization' : 'Company';
  return undefined;
};


/** A place in the dateline opening a sentence, a region perhaps after it, right before the date: "OSLO 2001-02-03", "DOVER , Del. March 4". */
function isDateline(words: readonly string[], start: number, end: number): boolean {
  for (let k = end; k < Math.min(words.length, 7); k++) {
    const w = words[k]!;
    if (ISO_DATE.test(w) || (isMonthWord(w) && DAY_OF_MONTH.test(words[k + 1] ?? ''))) {
      for (let j = 0; j < k; j++) if (words[j] !== ',' && !isCapitalised(words[j]!)) return false;
      return true;
    }
  }
  return false;
}

/**
 * Splits "Nvidia CEO Jensen Huang" (tagged as one name in a title) at the role word; appends the parts to `parts`.
 * "General Manager of Acme Ltd": a role "of" a body leaves the body alone.
 */
function splitAtRoles(span: NerSpan, words: readonly string[], parts: NerSpan[]): void {
  for (let i = span.start; i < span.end; i++) {
    if (!ROLE_WORDS.has(words[i]!)) continue;
    let j = i + 1;
    while (j < span.end && ROLE_WORDS.has(words[j]!)) j++;
    const ofBody = words[j] === 'of';
    let before = i;
    while (before > span.start && ROLE_MODIFIERS.has(words[before - 1]!)) before--;
    if (!ofBody || before > span.start) before = i;
    if (before > span.start) parts.push({ ...span, end: before, label: span.label === 'PER' ? 'ORG' : span.label });
    if (ofBody) parts.push({ ...span, start: j + 1, label: 'ORG' });
    else if (j < span.end) parts.push({ ...span, start: j, label: 'PER' });
    return;
  }
  parts.push(span);
}

// In a title every word is capitalised, so the tagger may run one name into the next over a verb or a linking
// word: "Amazon And Whole Foods Are Dropping", "Quorvex Appoints Former Initech …". Names rarely contain these
// words written out.
const TITLE_BREAKS = new Set(
  ('and or are is was were be been has have had will would can could to as at by after before with from on into vs versus amid says said gets get just yet over than ' +
    // Deal verbs of a title: "Globex Acquires Initech".
    'acquires buys invests sells sues hires completes agrees signs inks takes wins joins').split(' '),
);
// Verbs of headlines, besides the company verbs: capitalised inside or at the end of a name run even in prose, they
// mark a headline left on the line of the story ("Orvane Provides $ 30 Million Loan").
const HEADLINE_VERBS = new Set(
  'provides explains blames looks talks comes turns debuts deserves deserve makes offers introduces reveals welcomes expects receives'.split(' '),
);
const isHeadlineVerb = (w: string) => HEADLINE_VERBS.has(w) || (COMPANY_VERBS.has(w) && !NAME_VERBS.has(w));

// Words for a kind of business that a title capitalises and that name no one alone: "… Retires as Chipmaker
// Struggles" (not "Brewer", "Miner": surnames too).
const TRADE_NOUNS = new Set(['Automaker', 'Carmaker', 'Chipmaker', 'Drugmaker', 'Planemaker', 'Steelmaker', 'Retailer', 'Insurer', 'Lender']);

// Company verbs that are also words of names ("Energy Transfer Partners LP") do not split a title's name.
const NAME_VERBS = new Set(['partners', 'teams', 'names', 'posts', 'targets']);
const splitsTitleName = (w: string) => TITLE_BREAKS.has(w) || isHeadlineVerb(w);

/**
 * "Orvane Labs Closes $ 15 Million Round" in prose: a capitalised headline verb inside a name or ending it splits the
 * name there and is no part of either side; appends the parts to `parts`.
 */
function splitAtHeadlineVerbs(span: NerSpan, words: readonly string[], lower: readonly string[], parts: NerSpan[]): void {
  let start = span.start;
  for (let i = span.start + 1; i < span.end; i++) {
    if (!isHeadlineVerb(lower[i]!) || !CAPITALISED_WORD.test(words[i]!)) continue;
    if (i > start) parts.push({ ...span, start, end: i });
    start = i + 1;
  }
  if (start === span.start) parts.push(span);
  else if (start < span.end) parts.push({ ...span, start, end: span.end });
}

/** Splits a name tagged in a title at the linking words and verbs it ran over; appends the parts to `parts`. */
function splitAtTitleBreaks(span: NerSpan, lower: readonly string[], parts: NerSpan[]): void {
  let start = span.start;
  for (let i = span.start + 1; i < span.end - 1; i++) {
    if (!splitsTitleName(lower[i]!)) continue;
    if (i > start) parts.push({ ...span, start, end: i });
    start = i + 1;
  }
  if (start === span.start) parts.push(span);
  else if (start < span.end) parts.push({ ...span, start, end: span.end });
}

/** "Nvidia CEO Jensen Huang Says …": in a title, two or three capitalised non-words after a role are a person. */
function namesAfterRoles(words: readonly string[], spans: readonly NerSpan[], plain: (k: number) => boolean): NerSpan[] {
  const found: NerSpan[] = [];
  for (let k = 0; k + 2 < words.length; k++) {
    if (!ROLE_WORDS.has(words[k]!) || spans.some((sp) => sp.label === 'PER' && sp.start <= k + 1 && k + 1 < sp.end)) continue;
    let j = k + 1;
    while (j < words.length && j - k <= 3 && CAPITALISED_WORD.test(words[j]!) && !plain(j) && !ROLE_WORDS.has(words[j]!) && !isTitleVerb(words[j]!)) j++;
    if (j - k - 1 < 2) continue;
    // The tagger's own spans over these words give way.
    for (const sp of spans) if (sp.start < j && k < sp.end && sp.label !== 'PER') sp.end = Math.min(sp.end, k + 1);
    found.push({ sentence: spans[0]?.sentence ?? 0, start: k + 1, end: j, label: 'PER' });
  }
  return found;
}

const SMALL_LETTER_BRAND = /^\p{Ll}\p{Lu}\p{Ll}{2,}$/u;
// "Cie Generale d'Electricite": a French particle elided before a capitalised word of the name.
const ELIDED_PARTICLE = /^[dl]['’]\p{Lu}/u;

// Companies whose own name ends in an exclamation mark ("Yahoo!").
const NAMES_WITH_BANG = new Set(['Yahoo']);

// Verbs of a title whose object is a person taken on: "Orvane Names …", "Kestrel Taps …".
const HIRES = new Set(['names', 'taps', 'hires', 'appoints', 'picks', 'promotes', 'elects', 'recruits', 'poaches']);

// Determiners, pronouns and conjunctions that open a sentence ("A" and "I" end names: "Class A", "World War I").
const CLAUSE_OPENERS = new Set(['The', 'An', 'This', 'That', 'These', 'Those', 'My', 'Our', 'Your', 'His', 'Her', 'Its', 'Their', 'It', 'We', 'They', 'He', 'She', 'As', 'If', 'When', 'While', 'But', 'And', 'Or']);

const ORDINAL_OR_DIMENSIONS = /^\d+(?:st|nd|rd|th|D)$/;
const MEMBERS = new Set(['MPs', 'MEPs', 'Senators', 'Congressmen', 'Lawmakers', 'Legislators']);
const PARTY_MEMBERS = new Set(['Democrats', 'Republicans', 'Dems']);
const CHAMBERS = new Set(['House', 'Senate']);

const INSTITUTION_HEADS = new Set(['club', 'association', 'council', 'university', 'school', 'college', 'hospital', 'airport', 'port', 'chamber', 'society', 'museum', 'church', 'institute', 'foundation', 'authority', 'observatory']);

// "European shares", "Chinese stocks": adjectives of nationality own no shares themselves.
const NATIONALITY = /(?:an|ese|ish|ic|i)$/;

/**
 * "Shares of Walt Disney fell", "Walt Disney shares fell": a name the tagger took for a miscellaneous one
 * (a work, an event) that owns shares is a company; a nationality ("shares of European banks") is not.
 */
function ownsSharesAround(lower: readonly string[], words: readonly string[], start: number, end: number): boolean {
  if (NATIONALITY.test(lower[end - 1]!) || words[end - 1]!.endsWith('-listed')) return false;
  return sharesAround(lower, start, end);
}

function sharesAround(lower: readonly string[], start: number, end: number): boolean {
  if ((lower[start - 1] === 'of' || lower[start - 1] === 'in') && STOCK_WORDS.has(lower[start - 2] ?? '')) return true;
  let k = end;
  if (lower[k] === "'s" || lower[k] === '’s') k++;
  return STOCK_WORDS.has(lower[k] ?? '') && !MARKET_WORDS.test(lower[k + 1] ?? '');
}

/**
 * "rivals Orvane , Kestwell and Quillmere Labs": the word before the list a name ends, back over up to three earlier
 * names of capitalised words joined by commas or "and"; the word right before the name when it opens no list.
 */
function listOpening(words: readonly string[], start: number): number {
  let at = start - 1;
  for (let hops = 0; hops < 3 && (words[at] === ',' || words[at] === 'and'); hops++) {
    let k = at - 1;
    while (k >= 0 && at - k <= 4 && isCapitalised(words[k]!)) k--;
    if (k === at - 1) break;
    at = k;
  }
  return at;
}

// "12.5 pct in Kestrel": a share of a company, not something placed in a town.
const SHARE_OF = /^(?:pct|percent|%|per)$/;

// Parts of a place a possessive place name owns: "Harwick's north".
const PLACE_PARTS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'centre', 'center', 'interior', 'coast', 'outskirts', 'capital', 'border', 'borders', 'streets']);
/** "Orvane's portfolio": the name owns something no place is made of. */
const ownsNonPlace = (lower: readonly string[], end: number) => (lower[end] === "'s" || lower[end] === '’s') && !PLACE_PARTS.has(lower[end + 1] ?? '');

type RawMention = NameSpan;

/** Each index named, as a mention of its canonical name, with the name as written and its ticker among its aliases. */
function addMarketIndices(sentences: AnalysedSentence[], names: IndexName[][], index: ClusterIndex): void {
  names.forEach((found, si) => {
    const s = sentences[si]!;
    for (const n of found) {
      const cluster = index.resolve('MarketIndex', n.canonical, si);
      const written = s.text.slice(s.tokens[n.start]!.start - s.start, s.tokens[n.end - 1]!.end - s.start);
      for (const alias of [written, n.ticker?.text]) if (alias && !cluster.surfaceForms.includes(alias)) cluster.surfaceForms.push(alias);
      s.mentions.push({ cluster, start: n.start, end: n.ticker?.end ?? n.end, anaphoric: false });
    }
  });
}

/** Finds every entity mention of one document and groups them into per-document entities. */
export function analyseDocument(doc: ExtractedDocument): AnalysedDocument {
  const model = defaultNerModel();
  const text = doc.text;
  const rawSentences = splitSentences(text);
  const sentences: AnalysedSentence[] = rawSentences.map((s, index) => {
    const lower = s.tokens.map((t) => t.text.toLowerCase());
    return {
      index,
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      tokens: s.tokens,
      lower,
      triggers: triggersOf(lower),
      caseless: s.shouted || doc.kind === 'headline' || isTitleCase(s.tokens),
      shouted: s.shouted,
      mentions: [],
    };
  });
  const listings = findListings(text);
  const insideListing = (t: Token) => listings.some((l) => t.start >= l.start && t.end <= l.end);
  const wordsOf = sentences.map((s) => s.tokens.map((t) => t.text));
  const spans = recogniseMentions(
    model,
    sentences.map((s, i) => ({ words: wordsOf[i]!, shouted: rawSentences[i]!.shouted || doc.kind === 'headline' })),
  );

  // "the S&P 500", "the Dow": indices are found by their names, whatever the tagger made of them.
  const indexNames = sentences.map(marketIndexNames);
  const raw: RawMention[] = [];
  // First words of the story's company names closed by a legal form or a company's head ("Sharpe" of "Sharpe Corp").
  const fullNameOpeners = new Set<string>();
  spans.forEach((sentenceSpans, si) => {
    const words = wordsOf[si]!;
    for (const sp of sentenceSpans) {
      const last = words[sp.end - 1]!;
      if (sp.label === 'ORG' && sp.end - sp.start >= 2 && (isLegalSuffix(last) || isCorporateHead(last.toLowerCase()))) fullNameOpeners.add(words[sp.start]!);
      // ("Lilly" of "Eli Lilly": the surname a company named for a person is written by, too.)
      const surname = sp.label === 'ORG' && sp.end - sp.start >= 2 ? surnameOfCompany(words.slice(sp.start, sp.end)) : undefined;
      if (surname) fullNameOpeners.add(surname);
    }
  });
  // "American shares" in a story about American Airlines: a nationality word owning shares, kept aside until the
  // story's company names are known.
  const nationalOwners: RawMention[] = [];
  const credits = new Set<RawMention>();
  spans.forEach((sentenceSpans, si) => {
    const s = sentences[si]!;
    const words = wordsOf[si]!;
    if (s.caseless) sentenceSpans.push(...namesAfterRoles(words, sentenceSpans, (k) => isPlainWord(model, s.lower[k]!)));
    // Loops rather than flatMap: one array per sentence, not one per span.
    const parts: NerSpan[] = [];
    for (const sp of sentenceSpans) splitAtRoles(sp, words, parts);
    // A headline run into the prose after it is read as a title too.
    // (Not sought where the tagger found no name: nothing would be tested against it.)
    const titleRun = s.caseless || parts.length === 0 ? undefined : titleRunTokens(words);
    // (The lower-case "plc" closing a company's name in the title is the name's, not the prose's.)
    const inTitle = (sp: NerSpan) => s.caseless || (titleRun !== undefined && titleRun[sp.start]! && titleRun[words[sp.end - 1] === 'plc' ? sp.end - 2 : sp.end - 1]!);
    const titleParts: NerSpan[] = [];
    for (const sp of parts) if (inTitle(sp)) splitAtTitleBreaks(sp, s.lower, titleParts);
    // ("Harold Sells", "Ana Wins": a person's surname may be such a verb.)
    else if (sp.label === 'PER') titleParts.push(sp);
    else splitAtHeadlineVerbs(sp, words, s.lower, titleParts);
    for (const span of titleParts) {
      const caseless = inTitle(span);
      if (indexNames[si]!.some((n) => n.start < span.end && span.start < (n.ticker?.end ?? n.end))) continue;
      let { start, end } = span;
      while (end > start && (words[end - 1] === "'s" || words[end - 1] === '’s' || isPunctuationOnly(words[end - 1]!))) end--;
      while (start < end && (s.lower[start] === 'the' || isPunctuationOnly(words[start]!))) start++;
      // "Morgan Stanley The changeover …": a capitalised determiner or pronoun opens the next sentence (a line
      // break lost in scraped text); no name ends with one.
      while (end - start > 1 && CLAUSE_OPENERS.has(words[end - 1]!)) end--;
      // "Initech Don't get me wrong", "I've been waiting": a contracted pronoun or auxiliary is no part of a name.
      while (end > start && isContraction(words[end - 1]!)) end--;
      while (start < end && isContraction(words[start]!)) start++;
      if (end <= start) continue;
      // "20th Century Fox", "3D Systems": an ordinal or a figure of dimensions opens the company's name.
      if (span.label === 'ORG' && start > 0 && ORDINAL_OR_DIMENSIONS.test(words[start - 1]!)) start--;
      // "Liberal MPs", "House Democrats": members of a party or chamber are people, not part of its name ("Christian
      // Democrats" is a party).
      if (span.label === 'ORG' && end - start > 1 && (MEMBERS.has(words[end - 1]!) || (PARTY_MEMBERS.has(words[end - 1]!) && CHAMBERS.has(words[end - 2]!)))) end--;
      // "Shares of Deutsche Lufthansa": the stock word opening a sentence is not part of the owner's name.
      if (end - start > 2 && STOCK_WORDS.has(s.lower[start]!) && (s.lower[start + 1] === 'of' || s.lower[start + 1] === 'in')) {
        start += 2;
        if (span.label === 'PER' || span.label === 'LOC') span.label = 'ORG';
      }
      // In titles every word is capitalised: "Amazon Stock Rebounds" names Amazon, not "Amazon Stock" ("Arm" of "Arm
      // Shares Jump" is kept, everyday word as it is).
      if (caseless && !(start === 0 && end === 1 && titleShareOwner(words, s.caseless))) {
        // "Why Initech Shares Tumbled", "Orvane Invests …": a verb closing the name is the title's verb; "Orvane Quietly
        // Plans …": an adverb is no part of a name either.
        const outsideName = (w: string) => isCommonOrStock(model, w) || isPlainWord(model, w) || isMoveVerb(w) || isAdverb(w) || splitsTitleName(w);
        // "Does 3D Systems Deserve …": a company's head word after a name is the name's own ("3D Systems").
        // "Norfolk Southern Volumes Slip": a word the tagger learnt in company names, which a company list has, too.
        const nameWord = (k: number) => isCorporateHead(s.lower[k]!) || (isListedCompanyWord(words[k]!) && knowsWordAs(model, s.lower[k]!, 'ORG'));
        // "Stellantis Partners With Leapmotor": a name's head word that is also a verb, before "with", is the title's verb.
        if (end - start > 1 && (s.lower[end - 1] === 'partners' || s.lower[end - 1] === 'teams') && s.lower[end] === 'with') end--;
        const whole = end;
        while (end > start && outsideName(s.lower[end - 1]!) && !(end - start > 1 && nameWord(end - 1))) end--;
        // "Order From Saudi Electricity", "China Eastern": a company's name that opens with a place's or people's
        // word keeps the words after it; that word alone would name the place.
        // (Only in a title: a title-case line inside a story, a table's heading, names such things less.)
        if (span.label === 'ORG' && !s.shouted && (doc.kind === 'headline' || si === 0) && end - start === 1 && whole - start === 2 && /^\p{Lu}\p{Ll}/u.test(words[start + 1]!) && !isDescribed(s, start + 1) && (isWellKnownPlace(words[start]!) || knowsWordAs(model, s.lower[start]!, 'LOC') || knowsWordAs(model, s.lower[start]!, 'MISC')) && !isMoveVerb(s.lower[start + 1]!) && !STOCK_WORDS.has(s.lower[start + 1]!)) end = whole;
        while (end - start > 1 && isPolicyHead(s.lower[end - 1]!)) end--;
        while (start < end && (isCommonOrStock(model, s.lower[start]!) || isPlainWord(model, s.lower[start]!) || isPunctuationOnly(words[start]!))) start++;
        // "Fastest - Growing Group": a head word left alone is no name.
        if (end - start === 1 && (outsideName(s.lower[start]!) || TRADE_NOUNS.has(words[start]!))) continue;
      }
      while (end > start && STOCK_WORDS.has(words[end - 1]!)) end--;
      if (end <= start) continue;
      // "Kestrel Taps Jo Reyes As CFO": whom a title's company hires, opening with a given name no company list has, is a person.
      if (caseless && span.label === 'ORG' && end - start >= 2 && HIRES.has(s.lower[start - 1] ?? '') && isGivenNameWord(model, s.lower[start]!)) span.label = 'PER';
      // "Irina Ghose": a title-case surname the tagger left out is still part of the person's name.
      const plainWord = (k: number) => isPlainWord(model, s.lower[k]!);
      if (caseless && span.label === 'PER') {
        // "Orvane Hires Ana Ruiz", "Velmar Names Maria Okafor CEO": a title's verb before the name and a role after it are
        // no part of it.
        // ("Jo Reyes Retires As …": a title's verb after the name is no surname the tagger left out.)
        const nameWord = (k: number) => opensUpper(words[k]!) && !plainWord(k) && !ROLE_WORDS.has(words[k]!) && !splitsTitleName(s.lower[k]!) && !NAME_VERBS.has(s.lower[k]!) && !isTitleVerb(words[k]!);
        while (start > 0 && nameWord(start - 1) && !sentenceSpans.some((o) => o.end === start)) start--;
        while (end < words.length && end - start < 3 && nameWord(end) && !sentenceSpans.some((o) => o.start === end)) end++;
      }
      // "Hong Kong-listed Alibaba": a hyphenated description before a name is not part of it.
      for (let k = end - 1; k > start; k--) {
        if (HYPHENATED_DESCRIPTION.test(words[k - 1]!)) {
          start = k;
          break;
        }
      }
      // Names end and start with capitalised words: "Bank of America wants" is Bank of America (the lower-case "plc" of
      // "Harwick Homes plc" is the name's own).
      // ("eBay", "eToro": a brand of a small letter, a capital and small letters is a capitalised word; "mRNA", "eVTOL"
      // are terms.)
      while (end > start && opensLower(words[end - 1]!) && !SMALL_LETTER_BRAND.test(words[end - 1]!) && !ELIDED_PARTICLE.test(words[end - 1]!) && !(words[end - 1] === 'plc' && end - start > 1)) end--;
      while (start < end && opensLower(words[start]!) && !SMALL_LETTER_CAPITAL.test(words[start]!)) start++;
      // "Ms Ruiz", "Dr Okafor": the honorific is not part of the person's name (but "Dr Reddy's Laboratories" keeps it).
      while (span.label === 'PER' && end - start > 1 && HONORIFICS.has(words[start]!)) start++;
      if (span.label === 'PER' && !s.caseless) {
        // "Emily Stephenson WASHINGTON": a dateline after a byline; "Fleur Anderson There": a plain word after a name.
        while (end - start > 1 && CAPITALS_ONLY.test(words[end - 1]!)) end--;
      }
      // "Additionally", "Learn": a capitalised ordinary word opening a sentence is not a name by itself.
      // ("Sharpe said …" after "Sharpe Corp": the short name of a company the story names in full is kept.)
      if (end - start === 1 && start === 0 && !caseless && (plainWord(start) || s.lower[start]!.endsWith('ly')) && !(span.label === 'ORG' && fullNameOpeners.has(words[start]!))) continue;
      // A ticker is not part of a name: "Standard Oil Co <SRD>" names Standard Oil Co.
      if (listings.length > 0) {
        for (let k = start; k < end; k++) {
          if (insideListing(s.tokens[k]!)) {
            end = k;
            break;
          }
        }
      }
      while (end > start && isPunctuationOnly(words[end - 1]!)) end--;
      if (end <= start) continue;
      // "the Orvane App store", "the Orvane Website": a listed company's name before a page or shop of its own names
      // the company; "Orvane Pay", "Orvane Wallet": before the name of a service it sells, the service.
      const brandLine = end - start === 2 && isListedCompanyWord(words[start]!);
      if (brandLine && OWN_OUTLETS.has(s.lower[end - 1]!)) end--;
      const service = brandLine && SERVICE_LINES.has(s.lower[end - 1]!);
      // "Yahoo!": a company that writes an exclamation mark in its name keeps it where the text glues it on.
      if (end < words.length && words[end] === '!' && s.tokens[end]!.start === s.tokens[end - 1]!.end && end - start === 1 && NAMES_WITH_BANG.has(words[start]!)) end++;
      // "Buys Kestrel Startup": a kind of company closing a title's run is what the title calls the name before it;
      // "Invests in Robotics Startup": dictionary words before it name nothing.
      if (caseless && end - start > 1 && isNamedKind(s, end - 1)) {
        end--;
        if (s.lower.slice(start, end).every((w, k) => isDictionaryWord(w) && !isListedCompanyWord(words[start + k]!))) continue;
      }
      const surface = text.slice(s.tokens[start]!.start, s.tokens[end - 1]!.end);
      if (surface.length < 2 || !hasCapital(surface) || NON_NAMES.has(surface.toLowerCase())) continue;
      if (end - start === 1 && SECTOR_WORDS.has(s.lower[start]!)) continue;
      if (end - start === 1 && isLegalSuffix(surface)) continue;
      // "Acquires Paris Company", "Stake in U.S. Company": in a title, words with no name among them describe the company.
      if (caseless && isDescribed(s, end) && !hasNameWord(s, start, end, model)) continue;
      if (caseless && !s.caseless && isPlainTitlePhrase(model, words, start, end)) continue;
      // "ride-hailing firm Didi Chuxing": a company noun right before the name types it.
      // "Jamaican rival Merlene Ottey": people have rivals too, so a full personal name stays a person.
      // "the software company Jo Reyes founded": a person's name opening a relative clause after a company noun.
      const personal = span.label === 'PER' && end - start > 1 && (PERSONAL_DESCRIPTIONS.has(s.lower[start - 1] ?? '') || isRelativeClauseVerb(words[end]));
      // "rivals Novo Nordisk and Eli Lilly": a plural of companies before a name (or a list of names, each of them)
      // whose words are not all listed as personal names.
      const listed = start > 0 && COMPANY_PLURALS.has(s.lower[listOpening(words, start)] ?? '') && !s.lower.slice(start, end).every((w) => model.lexicon(w).includes('pn'));
      const described = start > 0 && ((COMPANY_NOUNS.has(s.lower[start - 1]!) && !personal) || listed);
      const owner = span.label === 'MISC' && ownsSharesAround(s.lower, words, start, end);
      // "NEW YORK 1996-08-30": the whole name opening a dateline is the place the story was filed from, not its team.
      const dateline = start === 0 && span.label !== 'LOC' && span.label !== 'MISC' && !isCapitalised(words[end] ?? ',') && !isPublicBody(surface) && isDateline(words, start, end);
      // "LONDON ( Reuters ) -": a news agency credited in a dateline's brackets is an organisation that only tells the news.
      if (isAgencyCredit(words, start, end)) {
        const credit: RawMention = { sentence: si, start, end, type: 'Organization', text: surface };
        credits.add(credit);
        raw.push(credit);
        continue;
      }
      const type = service ? 'Product' : dateline ? 'Location' : (described && span.label !== 'ORG') || owner ? 'Company' : typeOf(span.label, surface);
      if (type) raw.push({ sentence: si, start, end, type, text: surface });
      else if (span.label === 'MISC' && end - start === 1 && sharesAround(s.lower, start, end)) nationalOwners.push({ sentence: si, start, end, type: 'Company', text: surface });
    }
  });

  const tickers = cutTrailingTickers(raw, sentences, listings.length > 0, (m) => text.slice(sentences[m.sentence]!.tokens[m.start]!.start, sentences[m.sentence]!.tokens[m.end - 1]!.end));
  retypeCompanyLists(raw, (si) => sentences[si]!.lower);
  // "Globex, Calendly and Initech": a one-word company-list name taken for a place, listed beside a company with only
  // a comma or "and" between them, is a company too; a country or US state stays the place ("Globex, Ohio").
  raw.forEach((m, i) => {
    if (m.type !== 'Location' || m.end - m.start !== 1 || !isListedCompanyWord(m.text) || isWellKnownPlace(m.text)) return;
    // "outside Dellby, Initech said": a place after a preposition of place ends a phrase before the comma.
    if (followsPlacePreposition(wordsOf[m.sentence]!, m.start)) return;
    const lower = sentences[m.sentence]!.lower;
    const joins = (k: number) => lower[k] === ',' || lower[k] === 'and';
    const before = raw[i - 1];
    const after = raw[i + 1];
    const listedAfter = before && before.sentence === m.sentence && before.type === 'Company' && before.end === m.start - 1 && joins(before.end);
    const listedBefore = after && after.sentence === m.sentence && after.type === 'Company' && after.start === m.end + 1 && joins(m.end);
    if (listedAfter || listedBefore) m.type = 'Company';
  });
  // One sense per story: "Xiaomi" tagged as a place is still Xiaomi Corp when the story names the company.
  // A leading part of a company name seen elsewhere in the story is that company ("Xiaomi" = "Xiaomi Corp").
  const companyPrefixes = new Set<string>();
  // The same, without the leading parts of names guessed in capitals, which may be a person's (see isShoutedGuess).
  const prefixesForPeople = new Set<string>();
  // A name's prefixes are added once (a second time only to add them for people): stories repeat their names.
  const prefixedForPeople = new Map<string, boolean>();
  for (const m of raw) {
    if (m.type !== 'Company') continue;
    const addedForPeople = prefixedForPeople.get(m.text);
    if (addedForPeople === true) continue;
    const key = companyKeyWords(m.text);
    // "Port Hedland Yacht Club" names a club of the town, not a company the town's name abbreviates.
    if (INSTITUTION_HEADS.has(key[key.length - 1] ?? '')) continue;
    const guess = isShoutedGuess(m, sentences[m.sentence]!);
    if (addedForPeople === false && guess) continue;
    prefixedForPeople.set(m.text, !guess);
    // Each leading part is the one before it and one more word (as key.slice(0, k).join(' ')).
    let prefix = '';
    for (let k = 1; k <= key.length; k++) {
      companyPrefixes.add((prefix = k === 1 ? key[0]! : prefix + ' ' + key[k - 1]!));
      if (!guess) prefixesForPeople.add(prefix);
    }
  }
  for (const m of nationalOwners) if (companyPrefixes.has(companyKeyWords(m.text).join(' '))) raw.push(m);
  // "land prices in Dellby … Dellby , also known as …": a place the story puts something in is that place in all its
  // mentions (one sense per story), whatever company opens with its name ("Dellby Kestrel Tenali belt"); not a word of
  // the company lists ("a stake of 12 pct in Kestrel"), and not before a stock word ("dealing in Kestrel shares").
  const placesByUse = new Set<string>();
  for (const m of raw) {
    if (m.type !== 'Location' || isListedCompanyWord(m.text) || !followsPlacePreposition(wordsOf[m.sentence]!, m.start)) continue;
    const lower = sentences[m.sentence]!.lower;
    if (!ownsNonPlace(lower, m.end) && !STOCK_WORDS.has(lower[m.end] ?? '') && !SHARE_OF.test(lower[m.start - 2] ?? '')) placesByUse.add(m.text);
  }
  for (const m of raw) {
    if (m.type === 'Company' || m.type === 'Organization') continue;
    // "Mr Gulliver" beside a title's "Gulliver Bets": a name after an honorific stays the person ("Taft shares" beside
    // "Taft Broadcasting" and "Dudley Taft" is the company: families name firms).
    if (m.type === 'Person' && isHonorific(wordsOf[m.sentence]![m.start - 1] ?? '')) continue;
    // "CHICAGO, Aug 30": a dateline names the place the story was filed from, whatever club or company shares its name.
    if (m.type === 'Location' && isDateline(wordsOf[m.sentence]!, m.start, m.end)) continue;
    // "the UK" stays a place beside "UK Markets": a place the tagger learnt is not shortened from a company,
    // unless the company list names it too ("Amazon").
    if (m.type === 'Location' && model.places.has(m.text.toLowerCase()) && !isListedCompanyWord(m.text)) continue;
    // "Ohio" beside "Ohio Department of Transport": a country or US state is not short for a name that starts with it.
    if (m.type === 'Location' && isWellKnownPlace(m.text)) continue;
    // "a plant in Wuxi" beside "Wuxi Harlow Cable Co": a place named after a preposition of place stays the place.
    // "stakes in Orvane's portfolio": the preposition places what the name owns, not the name; "jobs in Harwick's north"
    // still places the name.
    if (m.type === 'Location' && (placesByUse.has(m.text) || (followsPlacePreposition(wordsOf[m.sentence]!, m.start) && !ownsNonPlace(sentences[m.sentence]!.lower, m.end)))) continue;
    if ((m.type === 'Person' ? prefixesForPeople : companyPrefixes).has(companyKeyWords(m.text).join(' '))) m.type = 'Company';
  }
  // Longest names first, so short forms attach to the full name they abbreviate.
  const index = new ClusterIndex(groupMemberNames(raw, (si) => ({ words: wordsOf[si]!, lower: sentences[si]!.lower })));
  const order = [...raw].sort((a, b) => b.end - b.start - (a.end - a.start) || a.sentence - b.sentence || a.start - b.start);
  const clusterOf = new Map<RawMention, Cluster>();
  for (const m of order) clusterOf.set(m, index.resolve(m.type, m.text, m.sentence));
  for (const m of raw) {
    const c = clusterOf.get(m)!;
    c.firstSentence = Math.min(c.firstSentence, m.sentence);
    sentences[m.sentence]!.mentions.push({ cluster: c, start: m.start, end: m.end, anaphoric: false });
  }
  if (credits.size > 0) {
    const named = new Set(raw.filter((m) => !credits.has(m)).map((m) => clusterOf.get(m)!));
    for (const m of credits) if (!named.has(clusterOf.get(m)!)) clusterOf.get(m)!.sourceOnly = true;
  }
  mentionTrailingTickers(tickers, sentences, (m) => clusterOf.get(m)!);
  addMarketIndices(sentences, indexNames, index);
  mergeAliasedNames(sentences, index);
  const newspapers = citedNewspapers(sentences);
  // Clusters typed differently across mentions take the type of their longest name.
  for (const c of index.clusters) {
    if (isOrg(c.type)) c.type = c.sourceOnly || c.surfaceForms.some((f) => isPublicBody(f)) || newspapers.has(c) ? 'Organization' : 'Company';
  }

  addHeadlineSubjects(sentences, index, model);
  addHeadlineParties(sentences, index, model);
  addNamesBeforeListings(sentences, listings, index);
  const listedAs = attachListings(sentences, listings, index);
  addListingMentions(sentences, listings, listedAs, index);
  attachTickers(sentences, index);
  attachShortTickers(sentences, index);
  addPolicies(sentences, index, model);
  addProducts(sentences, index, model);
  addDealNames(sentences, index, model);
  for (const s of sentences) sortByStart(s.mentions);
  addAnaphora(sentences);
  return { doc, sentences, clusters: index.clusters, listedAs };
}
