import { isMonthName } from '../calendar-words.js';
import { isCorporateHead } from '../corporate-heads.js';
import { isLegalSuffix } from '../name-normalisation.js';
import { joinAndHalves, joinFirmsAtAnd, splitCompanyPairs } from './and-joined-names.js';
import { markProductModels } from './product-models.js';
import { soleWordOfName } from './sole-word-names.js';
import { shareBylines } from './share-bylines.js';
import { centralBanks } from './central-banks.js';
import { stretchToSpelledInitials } from './spelled-initials.js';
import { agentsAfterThe } from './agents-after-the.js';
import { joinPossessiveNames } from './possessive-names.js';
import { splitAtBylines } from './byline-breaks.js';
import { actsAsCompany, actsAsCompanyOnly, opensTitleAsCompany, employersAfterJobs, employsSomeone, joinPartnershipNames, namedByKind, sharesMovedOf, titleShareOwner, usedAsCompany } from './company-cues.js';
import { isListedCompanyWord } from './company-gazetteer.js';
import { creditedPeople } from './credit-lines.js';
import { ownersBeforeCompanies } from './company-owners.js';
import { casedNamesInSentenceCase } from './sentence-case-titles.js';
import { dashJoinedParties } from './dash-joined-parties.js';
import { titleOpeningPeople } from './title-people.js';
import { isTitleCased } from './title-runs.js';
import { isDictionaryWord, isEverydayWord } from './everyday-words.js';
import { isEventName } from './event-names.js';
import { isInstrumentName } from './instrument-names.js';
import { trimToKnownName } from './known-name-edges.js';
import { isQuotedAlone } from './quoted-titles.js';
import { joinHyphenatedNames } from './hyphenated-names.js';
import { isMarketIndex } from './market-indices.js';
import { isNameParticle, joinNameParticles } from './name-particles.js';
import { splitRunOnNames } from './run-on-names.js';
import { isCommonWordTakenForCompany, isNeverAName } from './non-names.js';
import { isGivenNameWord, knowsWordAs, tagSentence, type NerModel } from './perceptron-tagger.js';
import { isCompanyTakenForPlace, isDatelinePlace, isDescription, isPlaceByContext, isPlaceName, scoredAsTeam, usedAsPlace } from './place-cues.js';
import { isGivenNameBeforeListedWord, opensUntaggedFullName, settleInitials } from './story-labels.js';
import { kindAbbreviations } from './kind-abbreviations.js';
import { cutPageFurniture } from './page-furniture.js';
import { termAbbreviations } from './term-abbreviations.js';
import { untaggedListedNames } from './untagged-listed-names.js';
import { joinBeforeCamelCase, joinClosingHeads } from './closing-heads.js';
import { joinOrdinalOpeners } from './ordinal-openers.js';
import { surnameOfCompany } from './person-named-companies.js';
import { cutAtTitleVerbs, isTitleVerb, storySurnames as surnamesOfStory } from './title-verbs.js';
import { cutPolicyRuns } from './policy-runs.js';
import { namedBeforeKind } from './kind-after-name.js';
import { namesAfterKinds } from './names-after-kinds.js';
import { cutTickerTails } from './ticker-tails.js';
import { dropLawNameParts } from './law-names.js';
import { dropTitleObjects, isDealOf } from './title-objects.js';
import { capitalHeadNames } from './capital-head-names.js';
import { orderCustomers } from './order-customers.js';
import { peopleAfterJobs } from './people-after-jobs.js';
import { personAfterKnownCompany } from './company-contacts.js';
import { splitAmpersandPairs } from './ampersand-pairs.js';
import { collectEvidence, isCapitalised, rememberTypes } from './token-features.js';
import { isWellKnownPlace } from './well-known-places.js';
import { sortByStart } from './span-order.js';
import { LabelVotes } from './label-votes.js';

export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A named span over tokens [start, end) of one sentence. */
export interface NerSpan {
  sentence: number;
  start: number;
  end: number;
  label: NerLabel;
}

export interface TaggableSentence {
  words: readonly string[];
  shouted: boolean;
}

export function spansFromTags(sentence: number, tags: readonly string[]): NerSpan[] {
  const spans: NerSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (!tag.startsWith('B-')) continue;
    const label = tag.slice(2);
    const inside = 'I-' + label;
    let end = i + 1;
    while (end < tags.length && tags[end] === inside) end++;
    spans.push({ sentence, start: i, end, label: label as NerLabel });
  }
  return spans;
}


// Function words that may sit inside a name ("Bank of America") but never start one.
const NAME_GLUE = new Set(['of', 'and', '&', 'de', 'for', 'the']);
// Descriptions written before a company at the start of a sentence ("Rival Acme Corp", "Drugmaker Pfizer Inc").
const DESCRIPTIONS = new Set(['Rival', 'Rivals', 'Competitor', 'Peer', 'Automaker', 'Carmaker', 'Chipmaker', 'Drugmaker', 'Retailer', 'Insurer', 'Lender', 'Miner', 'Brewer']);
const NOT_NAME_START = new Set([
  ...['The', 'A', 'An', 'In', 'On', 'At', 'For', 'About', 'By', 'From', 'With', 'To', 'As', 'And', 'But', 'Its', 'This', 'That', 'Shares', 'Former', 'Ex', 'Outgoing', 'Incoming', 'Interim', 'Acting'],
  ...DESCRIPTIONS,
]);

// "Amazon.com"; "AT&T", "P&G": web addresses and ampersand initials name companies.
const DOMAIN_NAME = /^\p{Lu}[\p{L}\d-]+\.(?:com|net|org|io|co)$|^\p{Lu}{1,3}&\p{Lu}{1,3}$/u;

/** A capital letter after the first character: the cheap test before the brand-name patterns. */
function hasInnerCapital(w: string): boolean {
  // Brand shapes start "Xx…X" or "xX…": a lower-case first and second letter rules both out.
  if (w.length < 3) return false;
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  if (c0 >= 97 && c0 <= 122 && c1 >= 97 && c1 <= 122) return false;
  for (let k = 1; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
    if (c > 127 && w[k] !== w[k]!.toLowerCase()) return true;
  }
  return false;
}

/**
 * "NYSE", "OPEC": two ASCII capitals first and no small letter last fit none of the brand shapes below (each has a
 * small second letter, a small first letter, or small letters at the end): the cheap test before their expressions.
 */
function isCapitalsThrough(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  return isAsciiCapital(w.charCodeAt(0)) && isAsciiCapital(w.charCodeAt(1)) && last < 128 && !(last >= 97 && last <= 122);
}

const isAsciiCapital = (c: number) => c >= 65 && c <= 90;

/** "Foo Bar Inc" is a company even when the tagger missed or mislabelled "Foo Bar". */
function applyLegalSuffixes(words: readonly string[], spans: NerSpan[], sentence: number, title = false): NerSpan[] {
  // A name ends at its legal suffix: "American Airlines Group Inc. AAL" is a name and a ticker.
  // (The spans pushed here are not walked again.)
  const given = spans.length;
  for (let j = 0; j < given; j++) {
    const span = spans[j]!;
    for (let k = span.start + 1; k < span.end - 1; k++) {
      if (!isLegalSuffix(words[k]!) || isLegalSuffix(words[k + 1]!) || !/^(?:Inc\.?|Corp\.?|Ltd\.?|PLC|Plc|LLC|AG|SA|NV|SE)$/.test(words[k]!)) continue;
      // "Hitachi Ltd of Japan": a country after the name and "of" says where the company is from.
      // ("Anglo Corp of South Africa Ltd" is left whole, for the walk back from its own suffix below.)
      const place = words[k + 1] === 'of' && isWellKnownPlace(words.slice(k + 2, span.end).join(' '));
      spans.push({ sentence, start: place ? k + 2 : k + 1, end: span.end, label: place ? 'LOC' : 'ORG' });
      span.end = k + 1;
      break;
    }
  }
  // "Marlow Hunt Partners , LLC MHP": a suffix after a comma closes the name before it, not the one after.
  for (const span of spans) {
    if (span.end - span.start > 1 && words[span.start - 1] === ',' && isLegalSuffix(words[span.start]!) && isCapitalised(words[span.start - 2] ?? 'x')) span.start++;
  }
  const covered = new Array<NerSpan | undefined>(words.length);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = s;
  for (let i = 1; i < words.length; i++) {
    // "Harwick Homes plc": the lower-case "plc" of British names closes the name the tagger found right before it.
    if (words[i] === 'plc') {
      const named = covered[i - 1];
      if (named && !covered[i] && named.end === i) {
        named.end = i + 1;
        named.label = 'ORG';
        covered[i] = named;
      }
      continue;
    }
    if (!isLegalSuffix(words[i]!) || !isCapitalised(words[i]!)) continue;
    // "Jan De Smet": a name particle before a surname, not the "de" of "SA de CV".
    if (isNameParticle(words[i]!) && isCapitalised(words[i + 1] ?? 'x') && !isLegalSuffix(words[i + 1] ?? '')) continue;
    const own = covered[i];
    // A span made of suffixes alone ("Ltd" tagged LOC) is a fragment of the name before it.
    if (own && own.start === i && words.slice(own.start, own.end).every(isLegalSuffix)) {
      for (let k = own.start; k < own.end; k++) covered[k] = undefined;
      own.end = own.start;
    }
    if (covered[i] && covered[i] !== covered[i - 1]) continue;
    let end = i;
    while (end < words.length && isLegalSuffix(words[end]!) && isCapitalised(words[end]!)) end++;
    // Walk back over the capitalised name, absorbing fragments the tagger labelled on their own.
    // "Morningstar, Inc": the comma before a suffix belongs to the name.
    let start = words[i - 1] === ',' && i >= 2 && isCapitalised(words[i - 2]!) && !isLegalSuffix(words[i - 2]!) ? i - 1 : i;
    while (start > 0 && start > i - 6) {
      const w = words[start - 1]!;
      const glue = NAME_GLUE.has(w) && w !== 'and' && w !== 'the' && start - 2 >= 0 && isCapitalised(words[start - 2]!) && !isLegalSuffix(words[start - 2]!);
      // ("Unilever Completes Spin-Off of Kestrel Foods Company": the verb of a title in capital and small letters after
      // the title's subject, and a deal "of" it, open no name; "Rolls Royce Plc" keeps its first word, and in a title
      // all in capitals the verb is cut later, keeping the subject before it.)
      const titleVerb = title && start >= 2 && covered[start - 2] !== undefined && isTitleVerb(w) && w !== w.toUpperCase();
      if (!(isCapitalised(w) || glue) || NOT_NAME_START.has(w) || /-\p{Ll}+$/u.test(w) || titleVerb || (title && w === 'of' && isDealOf(words[start - 2]!))) break;
      // "John Casesa of Schroder Wertheim & Co": a person before "of" works there; the name starts after it.
      if (glue && covered[start - 2]?.label === 'PER') break;
      const before = covered[start - 1];
      if (before) start = before.start;
      else start--;
    }
    while (start < i && (NAME_GLUE.has(words[start]!) || NOT_NAME_START.has(words[start]!))) start++;
    if (start >= i - (words[i - 1] === ',' ? 1 : 0)) continue;
    const span: NerSpan = { sentence, start, end, label: 'ORG' };
    for (let k = start; k < end; k++) {
      const old = covered[k];
      if (old && old !== span) old.end = old.start; // absorbed
      covered[k] = span;
    }
    spans.push(span);
    i = end - 1;
  }
  // "Amazon.com", "Overstock.com": a capitalised web address names its company.
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Both shapes open with a capital: an ASCII word that does not is passed over before the searches.
    const c = w.charCodeAt(0);
    if (covered[i] || (c < 128 && (c < 65 || c > 90)) || w.length < 3 || (!w.includes('.') && !w.includes('&')) || !DOMAIN_NAME.test(w)) continue;
    const span: NerSpan = { sentence, start: i, end: i + 1, label: 'ORG' };
    spans.push(span);
    covered[i] = span;
  }
  // "OpenAI", "ByteDance": inner capitals mark a brand name even where the tagger has never seen it.
  for (let i = 0; i < words.length; i++) {
    if (!hasInnerCapital(words[i]!)) continue;
    // "DeepMind", "eBAY"-style and initials run into a name ("JPMorgan"); "eBay", "eToro" (an "i" so written is Apple's
    // product: "iPhone").
    const w = words[i]!;
    if (isCapitalsThrough(w)) continue;
    if (!/^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u.test(w) && !/^\p{Ll}\p{Lu}{2,}$/u.test(w) && !/^\p{Lu}{2,}\p{Ll}{3,}$/u.test(w) && !/^[a-hj-z]\p{Lu}\p{Ll}{2,}$/u.test(w)) continue;
    if (/^(?:Mc|Mac|De|Di|Le|La|Van|Von)\p{Lu}/u.test(words[i]!)) continue; // surnames, not brands
    const own = covered[i];
    if (own && own.label !== 'ORG' && own.end - own.start === 1) own.label = 'ORG';
    if (own) continue;
    const span: NerSpan = { sentence, start: i, end: i + 1, label: 'ORG' };
    spans.push(span);
    covered[i] = span;
  }
  return sortByStart(splitSuffixedPairs(words, distinctNonEmpty(spans), sentence));
}

/** The spans that cover a word, each once, in order (as [...new Set(spans)].filter(…), without the set: a sentence has a few). */
function distinctNonEmpty(spans: readonly NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const s of spans) if (s.end > s.start && !out.includes(s)) out.push(s);
  return out;
}

// Plural business heads that close a company name as a legal suffix does ("Acme Airlines and Beta Air Lines").
const CLOSING_HEADS = new Set(['Airlines', 'Airways', 'Lines', 'Motors', 'Industries', 'Holdings', 'Enterprises', 'Technologies', 'Systems', 'Partners', 'Pharmaceuticals', 'Laboratories', 'Communications', 'Resources', 'Brands', 'Stores']);
const closesName = (w: string) => isLegalSuffix(w) || CLOSING_HEADS.has(w);

/**
 * "Acme Corp and Beta Ltd": two names, each closed by its legal suffix (or a plural head such as "Airlines"), joined
 * by "and" are two companies ("Johnson and Johnson", "Marks and Spencer Group" have no suffix before the "and").
 * Also drops a sentence-opening description ("Rival", "Drugmaker") from the name after it.
 */
function splitSuffixedPairs(words: readonly string[], spans: NerSpan[], sentence: number): NerSpan[] {
  const out: NerSpan[] = [];
  for (const span of spans) {
    let start = span.start;
    // The tagger sometimes takes a sentence-opening description into the name that follows it.
    if (start === 0 && span.end - start > 1 && DESCRIPTIONS.has(words[0]!)) start = 1;
    for (let k = start + 2; k < span.end - 2; k++) {
      if (words[k] !== 'and' || !closesName(words[k - 1]!) || !isCapitalised(words[k - 1]!) || !isCapitalised(words[k + 1]!)) continue;
      if (!closesName(words[span.end - 1]!)) break;
      out.push({ sentence, start, end: k, label: 'ORG' });
      start = k + 1;
    }
    out.push(start === span.start ? span : { ...span, start, label: 'ORG' });
  }
  return out;
}

/** "Jaguar Land Rover ,": a company name runs on over one more capitalised non-word the tagger left out. */
function extendOrgNames(model: NerModel, s: TaggableSentence, spans: NerSpan[]): NerSpan[] {
  if (s.shouted) return spans;
  const words = s.words;
  for (const span of spans) {
    // "BHP Billiton": a one-word span glued to a company name is the rest of it.
    const glued = spans.find((o) => o.start === span.end && o.end === o.start + 1 && o.label !== 'ORG');
    if (span.label === 'ORG' && glued && !isCapitalised(words[glued.end] ?? 'x')) {
      span.end = glued.end;
      glued.end = glued.start;
      continue;
    }
    const next = words[span.end];
    if (span.label !== 'ORG' || span.end - span.start < 2 || next === undefined || !isCapitalised(next)) continue;
    // ("Orvane CEO Jo Reyes Retires as …": a title's verb the tagger's cut left out stays out.)
    if (model.commonLower.has(next.toLowerCase()) || isTitleVerb(next) || spans.some((o) => o.start === span.end)) continue;
    const after = words[span.end + 1];
    // "Great Wall China's biggest maker": a possessive starts a new phrase.
    if (after !== undefined && (isCapitalised(after) || after === "'s" || after === '’s')) continue;
    span.end++;
  }
  return spans;
}

// One word needs no slice and join (most spans are one word).
const spanText = (words: readonly string[], s: NerSpan) => (s.end - s.start === 1 ? words[s.start]! : words.slice(s.start, s.end).join(' '));

const POSSESSIVE = new Set(["'s", '’s']);
/** A month name before a day ("May 13", a span "March One") is a date, not a name. */
const isDate = (words: readonly string[], sp: NerSpan) => isMonthName(words[sp.start]!) && DAY.test(sp.end - sp.start === 1 ? words[sp.end] ?? '' : sp.end - sp.start === 2 ? words[sp.start + 1]! : '');
// A day after a month: "May 13", "March One".
const DAY = /^(?:\d|one$|two$|three$|four$|five$|six$|seven$|eight$|nine$|ten$)/i;

/** "The Associated Press July 31": a date after a name is no part of it. */
function cutTrailingDates(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  for (const span of spans) if (span.end - span.start > 1 && isMonthName(words[span.end - 1]!) && DAY.test(words[span.end] ?? '')) span.end--;
  return spans;
}



/**
 * "Great Wall China's biggest pickup truck maker": a company known in the story by its leading words, run into
 * the place of an appositive. The place is split off (and returned) when the rest opens a longer company name of the story.
 */
function appositivePlace(model: NerModel, words: readonly string[], span: NerSpan, orgPrefixes: ReadonlySet<string>): NerSpan | undefined {
  if (span.end - span.start < 3 || !POSSESSIVE.has(words[span.end] ?? '')) return undefined;
  const last = words[span.end - 1]!;
  if (!model.places.has(last.toLowerCase()) || NAME_GLUE.has(words[span.end - 2]!.toLowerCase())) return undefined;
  if (!orgPrefixes.has(words.slice(span.start, span.end - 1).join(' '))) return undefined;
  span.end--;
  return { sentence: span.sentence, start: span.end, end: span.end + 1, label: 'LOC' };
}

/**
 * "Great Wall China's biggest maker" tagged "Wall China": a span starting one word inside a name known in the story,
 * after that word left untagged, becomes the known name; the words past it (returned) keep the tagger's label.
 */
function startInsideKnownName(words: readonly string[], spans: readonly NerSpan[], span: NerSpan, knownByFirst: ReadonlyMap<string, string[][]>): NerSpan | undefined {
  const from = span.start - 1;
  if (from < 0 || !isCapitalised(words[from]!) || spans.some((o) => o.start <= from && from < o.end)) return undefined;
  for (const toks of knownByFirst.get(words[from]!) ?? []) {
    const end = from + toks.length;
    if (toks.length < 2 || end >= span.end || !toks.every((t, j) => words[from + j] === t)) continue;
    const rest: NerSpan = { sentence: span.sentence, start: end, end: span.end, label: span.label };
    span.start = from;
    span.end = end;
    return rest;
  }
  return undefined;
}

/**
 * "shares of Globex and Initech" tagged as one name: two one-word companies the story names on their own elsewhere,
 * joined by "and", are two ("Procter and Gamble", never written apart, stays one). Returns the second.
 */
function splitKnownPair(words: readonly string[], span: NerSpan, best: ReadonlyMap<string, NerLabel>): NerSpan | undefined {
  if (span.end - span.start !== 3 || words[span.start + 1] !== 'and') return undefined;
  const first = words[span.start]!;
  const second = words[span.start + 2]!;
  if (first === second || best.get(first) !== 'ORG' || best.get(second) !== 'ORG') return undefined;
  span.end = span.start + 1;
  span.label = 'ORG';
  return { sentence: span.sentence, start: span.start + 2, end: span.start + 3, label: 'ORG' };
}

// A person's full name in the story outweighs two lone mentions of the surname taken for something else: news names
// a person in full once, then by surname ("Jamal Kent … Kent served well").
const SURNAME_VOTE = 2;

/** "Helen Marsh": the first word is a given name of the name list and no company list's word. */
function isGivenNameOnly(model: NerModel, text: string): boolean {
  const space = text.indexOf(' ');
  return space >= 0 && isGivenNameWord(model, text.slice(0, space));
}


const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);

/** "Henry Cooper said he would run": a personal pronoun within six words after the name somewhere in the story. */
function pronounFollows(sentences: readonly TaggableSentence[], toks: readonly string[]): boolean {
  for (const { words } of sentences) {
    for (let k = words.indexOf(toks[0]!); k >= 0; k = words.indexOf(toks[0]!, k + 1)) {
      if (!toks.every((t, j) => words[k + j] === t)) continue;
      for (let j = k + toks.length; j < Math.min(words.length, k + toks.length + 6); j++) if (PERSONAL_PRONOUNS.has(words[j]!.toLowerCase())) return true;
    }
  }
  return false;
}

// Offices closing a title ("the American President said", "Vice Chairman") and possessive words ("My Adviser says"):
// what such a thing says or does is a person's act, not a company's.
const OFFICE_OR_OWNER = /(?:^|\s)(?:President|Chairman|Chairwoman|Minister|Secretary|Governor|Director|Officer|Chief|Executive|Spokesman|Spokeswoman|My|Our|Your|His|Her|Their)(?:\s|$)/;
const isOfficeOrOwned = (text: string) => OFFICE_OR_OWNER.test(text);

/**
 * "Morgan Price , who …": the relative pronoun of people after the name and a comma somewhere in the story, the name not
 * after a preposition ("a director of Salomon Brothers , who …" is the director).
 */
function whoFollows(sentences: readonly TaggableSentence[], toks: readonly string[]): boolean {
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let k = words.indexOf(toks[0]!); k >= 0; k = words.indexOf(toks[0]!, k + 1)) {
      if (!toks.every((t, j) => words[k + j] === t)) continue;
      const e = k + toks.length;
      if (words[e] === ',' && words[e + 1] === 'who' && !EMPLOYER_PREPOSITIONS.has(words[k - 1] ?? '')) return true;
    }
  }
  return false;
}

// Titles given to people, never to companies.
const HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sir', 'Lord', 'Lady']);

/** "Mr Kent": the story gives the word a person's title somewhere. */
function titled(sentences: readonly TaggableSentence[], word: string): boolean {
  for (const { words } of sentences) for (let k = words.indexOf(word); k >= 0; k = words.indexOf(word, k + 1)) if (HONORIFICS.has(words[k - 1] ?? '')) return true;
  return false;
}

const EMPLOYER_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from']);

// Names of peoples and their adjectives: "Australian", "Norwegian", "Lutherans".
const PEOPLES = /(?:ian|ean|can|ans|ese|ish)$/;

/**
 * Tags every sentence of one document, then makes the document consistent: a name tagged once is the
 * same kind of thing wherever it appears (one sense per document), and "Huang" after "Jensen Huang" is a person.
 */
export function recogniseMentions(model: NerModel, sentences: readonly TaggableSentence[]): NerSpan[][] {
  const evidence = collectEvidence(sentences);
  const surnamesInProse = surnamesOfStory(sentences, (w) => isGivenNameWord(model, w));
  const isSurnameInProse = (w: string) => surnamesInProse.has(w);
  const storyWords = sentences.map((s) => s.words);
  const perSentence = sentences.map((s, i) => {
    const tags = tagSentence(model, s.words, s.shouted, evidence);
    rememberTypes(evidence, s.words, tags);
    const title = s.shouted || isTitleCased(s.words);
    const own = dashJoinedParties(model, s.words, title, splitCompanyPairs(model, s.words, splitAmpersandPairs(model, s.words, s.shouted, dropTitleObjects(model, s.words, title, cutAtTitleVerbs(s.words, cutTickerTails(s.words, s.shouted, spansFromTags(i, tags)), isSurnameInProse, title)))), i);
    const tagged = joinOrdinalOpeners(s.words, joinNameParticles(s.words, s.shouted ? own : splitAtBylines(model, s.words, splitRunOnNames(s.words, own))));
    const headed = title ? joinClosingHeads(model, s.words, tagged) : tagged;
    const suffixed = applyLegalSuffixes(s.words, extendOrgNames(model, s, s.shouted ? headed : joinHyphenatedNames(model, s.words, headed)), i, title);
    const spans = cutTrailingDates(s.words, cutPageFurniture(s.words, s.shouted ? suffixed : stretchToSpelledInitials(s.words, agentsAfterThe(model, s.words, joinPossessiveNames(s.words, markProductModels(s.words, joinFirmsAtAnd(s.words, joinAndHalves(s.words, suffixed), storyWords)))))));
    spans.push(...untaggedListedNames(model, s.words, s.shouted, spans, i));
    const owners = orderCustomers(model, s.words, s.shouted, cutPolicyRuns(s.words, dropLawNameParts(s.words, s.shouted, ownersBeforeCompanies(model, s.words, s.shouted, capitalHeadNames(model, s.words, title, namesAfterKinds(s.words, s.shouted, spans, i), i), i))), i);
    const credited = peopleAfterJobs(model, s.words, s.shouted, creditedPeople(s, employersAfterJobs(s, centralBanks(s.words, joinPartnershipNames(model, s, owners, i), i), i), i));
    const named = s.shouted ? casedNamesInSentenceCase(model, s.words, titleOpeningPeople(model, s.words, credited, i), i) : shareBylines(model, s.words, credited, i);
    return title ? joinBeforeCamelCase(s.words, named) : named;
  });
  // Majority label per surface string, weighted towards non-shouted sentences where case helps.
  const votes = new LabelVotes();
  // How often the tagger wrote each name as a span of its own, for cutting page furniture run into a name (counted
  // with the votes: the spans keep their bounds from there to the cutting).
  const seenAlone = new Map<string, number>();
  const surnames = new Set<string>();
  // Words of the story's longer person names other than the surname ("Jamal" of "Jamal Kent").
  const personWords = new Set<string>();
  // First words of the story's longer company names ending in a legal form ("Dome" of "Dome Petroleum Ltd").
  const shortForms = new Set<string>();
  // ("Arm" of "Arm Holdings Plc": the one word of a name closed by its legal form.)
  const soleWords = new Set<string>();
  // First words of the story's two-word company names closed by a company's head word ("Limelight" of "Limelight Networks").
  const headedNames = new Set<string>();
  // Names of everyday words the story writes as a company's ("shares of Harbour Direct"), kept whatever their words.
  const namedByUse = new Set<string>();
  // "Arm Shares Jump": the owner of the shares a title opens with is a company's name, even an everyday word.
  perSentence.forEach((spans, i) => {
    const s = sentences[i]!;
    if (!titleShareOwner(s.words, s.shouted) || spans.some((sp) => sp.start === 0)) return;
    spans.unshift({ sentence: i, start: 0, end: 1, label: 'ORG' });
    shortForms.add(s.words[0]!);
  });
  perSentence.forEach((spans, i) => {
    const s = sentences[i]!;
    for (const span of spans) {
      if (span.label === 'ORG' && span.end - span.start >= 2 && !s.shouted && isLegalSuffix(s.words[span.end - 1]!)) shortForms.add(s.words[span.start]!);
      const sole = s.shouted ? undefined : soleWordOfName(s.words, span);
      if (sole) soleWords.add(sole);
      if (span.label === 'ORG' && span.end - span.start === 2 && !s.shouted && isCorporateHead(s.words[span.end - 1]!.toLowerCase())) headedNames.add(s.words[span.start]!);
      if (!s.shouted && isGivenNameBeforeListedWord(model, s.words, span)) span.label = 'PER';
      const text = spanText(s.words, span);
      seenAlone.set(text, (seenAlone.get(text) ?? 0) + 1);
      // A person's name alone in quotation marks is a title ("the film “ Dark Harbour ”"), wherever the story writes it.
      if (span.label === 'PER' && isQuotedAlone(s.words, span)) span.label = 'MISC';
      votes.add(text, span.label, s.shouted ? 0.5 : 1);
      if (span.label === 'PER' && span.end - span.start >= 2) {
        votes.add(s.words[span.end - 1]!, 'PER', SURNAME_VOTE);
        surnames.add(s.words[span.end - 1]!);
        for (let k = span.start; k < span.end - 1; k++) personWords.add(s.words[k]!);
      }
    }
  });
  const best = votes.winners();
  // "Boeing", "AbbVie" tagged as places, people or things (an aircraft maker's name stands for its planes in the
  // training text): a one-word name of the company list is the company, unless it is a place of the training text, a
  // word the tagger learnt as that type ("Texas"), an ordinary word ("Target") or the surname of a person in the story.
  for (const [text, label] of best) {
    if (label === 'ORG' || text.includes(' ') || !isListedCompanyWord(text) || surnames.has(text)) continue;
    const lower = text.toLowerCase();
    if (model.commonLower.has(lower)) continue;
    // A place of the training text ("Amazon") or a word the tagger learnt as this type needs the story to treat
    // it as a company somewhere: "Amazon's shares", "Amazon CEO", "shares of Amazon".
    // A thing (MISC) needs such a use when it may be no company: a thing the tagger learnt ("Boeing" for its planes), a
    // dictionary word ("Enterprise") or a people's name ("Australian"); "a deal with Siemens" needs none.
    // ("Rivian", a name no general text used, only ends like a people's name.)
    const peoples = PEOPLES.test(text) && model.lexicon(lower).some((entry) => entry !== 'co');
    const known = label === 'MISC' ? knowsWordAs(model, lower, 'MISC') || isDictionaryWord(lower) || peoples : knowsWordAs(model, lower, label);
    // "Amazon said", "Boeing invested": a thing, or a place no country or state, that acts as companies do is one.
    // "Nasdaq Proposes …": so does one opening a title with a verb of what companies do.
    const acts = (label === 'MISC' || (label === 'LOC' && !isWellKnownPlace(text))) && (actsAsCompany(sentences, text) || opensTitleAsCompany(sentences, text, isTitleCased));
    if ((model.places.has(lower) || known) && !usedAsCompany(sentences, text) && !acts) continue;
    if (label === 'LOC' && usedAsPlace(model, sentences, text)) continue;
    if (label === 'PER' && opensUntaggedFullName(model, sentences, text)) continue;
    best.set(text, 'ORG');
  }
  // "Kelvora said", "sold to Kelvora": a word the tagger took for a place but never learnt as one acts as a company.
  for (const [text, label] of best) if (label === 'LOC' && !surnames.has(text) && isCompanyTakenForPlace(model, sentences, text)) best.set(text, 'ORG');
  // "Morgan Price , who runs the fund": a name opening with a name of the name list that the story follows with "who"
  // is a person's, though company lists have its words; firms are followed by "which".
  for (const [text, label] of best) {
    // (One word, most names, is passed over before the split.)
    if (label !== 'ORG' || !text.includes(' ')) continue;
    const toks = text.split(' ');
    if (toks.length > 3 || !model.lexicon(toks[0]!.toLowerCase()).includes('pn')) continue;
    if (toks.some((t) => isLegalSuffix(t) || isCorporateHead(t.toLowerCase()))) continue;
    if (whoFollows(sentences, toks) && !usedAsCompany(sentences, text, true)) best.set(text, 'PER');
  }
  // "Kestwell Morgan's board": two company-list words taken for a person's names, written as a company's name is
  // written, are the company, unless the first is a given name only or a personal pronoun follows the name.
  for (const [text, label] of best) {
    if (label !== 'PER' || !text.includes(' ')) continue;
    const toks = text.split(' ');
    if (toks.length !== 2 || !toks.every((t) => isListedCompanyWord(t)) || isGivenNameOnly(model, text)) continue;
    if (usedAsCompany(sentences, text) && !pronounFollows(sentences, toks)) best.set(text, 'ORG');
  }
  // "Meta said revenue rose", "Meta agreed to take a stake": one word taken for a person, no word of a person the story
  // names in full and never given a title ("Mr"), that reports a company's figures or agrees to a deal is the company.
  for (const [text, label] of best) {
    if (label !== 'PER' || text.includes(' ') || surnames.has(text) || personWords.has(text) || isWellKnownPlace(text)) continue;
    if (actsAsCompanyOnly(sentences, text) && !pronounFollows(sentences, [text]) && !titled(sentences, text)) best.set(text, 'ORG');
  }
  // "Orvane ( ORV )", "shares of Quillmere", "Quillmere's earnings", "Quillmere airline": a name taken for a person, a place or a thing (an
  // index the publisher is named after) that the story writes as only a company's name is written is the company in
  // all its mentions; not a country or US state, nor the surname of a person named in full ("Kent's earnings" may be
  // his pay), a name opening with a given name of the name list that no company list has ("Helen Marsh's earnings").
  for (const [text, label] of best) {
    if ((label !== 'PER' && label !== 'LOC' && label !== 'MISC') || isWellKnownPlace(text) || surnames.has(text)) continue;
    // "coffee chain Tim Horvath": only a kind of business before it makes a name opening with a given name a company.
    // ("rival Eli Lilly , whose shares slipped": nor does a person's name own shares that move.)
    const movedShares = label === 'PER' && sharesMovedOf(sentences, text);
    if (label === 'PER' && isGivenNameOnly(model, text) && !namedByKind(sentences, text) && !movedShares) continue;
    // A thing's name needs less evidence: no thing is a person with a country code, though a term has its abbreviation.
    if (usedAsCompany(sentences, text, label !== 'MISC') || namedBeforeKind(model, sentences, text) || movedShares) best.set(text, 'ORG');
  }
  // "Garden Direct bought a stake", "Fashion Direct said": a company or a thing of two words or more that does what
  // companies do is a company, even one named with everyday words (one word may be a people's, "Americans said", and
  // is left to the company-list rule above).
  for (const [text, label] of best) {
    if ((label !== 'ORG' && label !== 'MISC') || !text.includes(' ') || PEOPLES.test(text) || isOfficeOrOwned(text)) continue;
    // A company's name with a word no everyday phrase has is kept anyway: only everyday names need the evidence.
    if (label === 'ORG' && !text.split(' ').every((t) => isEverydayWord(t.toLowerCase()))) continue;
    if (!actsAsCompany(sentences, text)) continue;
    best.set(text, 'ORG');
    namedByUse.add(text);
  }
  // "Ohio and Pennsylvania regulators": a country or US state taken for an organisation is the place, unless the story
  // writes it as a company's name or as a team with its score ("Texas 5 Cleveland 3").
  for (const [text, label] of best) {
    if (label === 'ORG' && isWellKnownPlace(text) && !usedAsCompany(sentences, text) && !scoredAsTeam(sentences, text)) best.set(text, 'LOC');
    // "Asia drops as commodities languish": a country or region taken for a person is the place, unless it is the
    // surname of a person the story names in full.
    if (label === 'PER' && isWellKnownPlace(text) && !surnames.has(text) && !usedAsCompany(sentences, text)) best.set(text, 'LOC');
  }
  // "Harlow Redlich partner Ana Ruiz": a name the tagger took for a person employs someone somewhere in the story.
  for (const [text, label] of best) if (label === 'PER' && employsSomeone(sentences, text.split(' '))) best.set(text, 'ORG');
  // "Whole Foods" after "Whole Foods Market Inc": a leading part (two words or more) of a company name is that company.
  const orgPrefixes = new Set<string>();
  for (const [text, label] of [...best]) {
    if (label !== 'ORG') continue;
    const toks = text.split(' ');
    for (let k = toks.length - 1; k >= 2; k--) {
      const prefix = toks.slice(0, k).join(' ');
      orgPrefixes.add(prefix);
      if (!best.has(prefix)) best.set(prefix, 'ORG');
    }
  }
  // "Lilly" after "Eli Lilly": the surname alone names a company named for a person, unless a person of the story has it.
  for (const [text, label] of [...best]) {
    const surname = label === 'ORG' && text.includes(' ') ? surnameOfCompany(text.split(' ')) : undefined;
    if (surname && !best.has(surname) && !surnames.has(surname)) best.set(surname, 'ORG');
  }
  // "Lumenfield" after "Lumenfield Networks": a word the tagger took for a thing or a person that, with a company's head
  // word after it, names a company of the story is that company's short name; not a people's adjective ("American" of
  // "American Airlines"), a place, nor the surname of a person the story names.
  for (const [text, label] of best) {
    if ((label !== 'MISC' && label !== 'PER') || !headedNames.has(text) || surnames.has(text) || PEOPLES.test(text)) continue;
    if (isPlaceName(model, text)) continue;
    best.set(text, 'ORG');
    namedByUse.add(text);
  }
  // "Voltex" after "Voltex Kelvoria Limited": a word the tagger took for a thing (a brand) that opens a company name of
  // the story ending in a legal form is that company's short name, when general text has no use for the word (it is in
  // no word cluster): "American" of "American Airlines Inc", "Islamic" of "Islamic Bank Ltd" are adjectives first.
  for (const [text, label] of best) {
    if (label !== 'MISC' || !shortForms.has(text) || text.includes(' ') || isWellKnownPlace(text)) continue;
    const lower = text.toLowerCase();
    if (knowsWordAs(model, lower, 'MISC') || model.lexicon(lower).some((entry) => /^c\d+=/.test(entry))) continue;
    best.set(text, 'ORG');
  }
  settleInitials(model, best);
  for (const word of soleWords) if (!best.has(word)) best.set(word, 'ORG');
  const known = [...best.keys()].filter((t) => isCapitalised(t) && t.length > 1).sort((a, b) => b.length - a.length);
  const knownByFirst = new Map<string, string[][]>();
  for (const t of known) {
    const toks = t.split(' ');
    const list = knownByFirst.get(toks[0]!) ?? [];
    list.push(toks);
    knownByFirst.set(toks[0]!, list);
  }
  // "service organization control ( SOC )", "Route Planning Desk ( RPD )", "two KSAs": a term and its abbreviation, or an
  // abbreviation used as a common noun, are no name anywhere in the story.
  const terms = termAbbreviations(sentences);
  for (const kind of kindAbbreviations(sentences)) terms.add(kind);
  return perSentence.map((spans, i) => {
    const words = sentences[i]!.words;
    for (const span of [...spans]) {
      const rest = startInsideKnownName(words, spans, span, knownByFirst);
      if (rest) spans.push(rest);
      const place = appositivePlace(model, words, span, orgPrefixes);
      if (place) {
        spans.push(place);
        span.label = 'ORG';
        continue;
      }
      span.label = best.get(spanText(words, span)) ?? span.label;
      // "Great" tagged alone where "Great Wall" is known: take the whole known name.
      for (const toks of knownByFirst.get(words[span.start]!) ?? []) {
        const end = span.start + toks.length;
        if (end <= span.end || end > words.length) continue;
        if (toks.every((t, j) => words[span.start + j] === t)) {
          // The known name wins over a span the tagger started inside it.
          for (const o of spans) if (o !== span && o.start >= span.end && o.start < end) o.start = end;
          span.end = end;
          span.label = best.get(toks.join(' '))!;
          break;
        }
      }
      // "Advertisement Globex Media", "Orvane Labs Closes": stray words around a name the story writes alone.
      // An honour's name ("the Varga Award") keeps its head; it is no company's, whoever it is named after.
      const trimmed = isEventName(words, span) ? undefined : trimToKnownName(model, words, span, best, seenAlone);
      if (trimmed) {
        span.start = trimmed.start;
        span.end = trimmed.end;
      }
      const contact = personAfterKnownCompany(model, words, span, best, seenAlone);
      if (contact) spans.push(contact);
    }
    for (const span of [...spans]) {
      const second = splitKnownPair(words, span, best);
      if (second) spans.push(second);
    }
    const covered = new Array<boolean>(words.length).fill(false);
    for (const s of spans) for (let k = s.start; k < s.end; k++) covered[k] = true;
    const added: NerSpan[] = [];
    for (let k = 0; k < words.length; k++) {
      if (covered[k] || !isCapitalised(words[k]!)) continue;
      const candidates = knownByFirst.get(words[k]!);
      if (!candidates) continue;
      for (const toks of candidates) {
        const end = k + toks.length;
        // "May 13": a month before a day is a date, whatever "May" named elsewhere in the story.
        if (toks.length === 1 && isMonthName(toks[0]!) && DAY.test(words[end] ?? '')) continue;
        if (end > words.length) continue;
        let ok = true;
        for (let j = 0; j < toks.length && ok; j++) ok = words[k + j] === toks[j] && !covered[k + j];
        // Extending into a longer capitalised run would split a different name.
        if (ok && end < words.length && isCapitalised(words[end]!) && !covered[end] && !isLegalSuffix(words[end]!)) ok = false;
        if (!ok) continue;
        added.push({ sentence: i, start: k, end, label: best.get(toks.join(' '))! });
        for (let j = k; j < end; j++) covered[j] = true;
        k = end - 1;
        break;
      }
    }
    // "Germany's DAX slipped", "the S&P 500 rose", "the Varga awards": an index or an honour, not its maker.
    for (const sp of spans) {
      if (sp.label !== 'LOC' && sp.label !== 'MISC' && (isMarketIndex(words, sp, sp.label === 'ORG') || isEventName(words, sp) || isInstrumentName(words, sp))) sp.label = 'MISC';
      else if ((sp.label === 'ORG' || sp.label === 'PER') && isPlaceByContext(model, sentences, words, sp)) sp.label = 'LOC';
      else if (sp.label !== 'LOC' && !sentences[i]!.shouted && isDatelinePlace(model, words, sp)) sp.label = 'LOC';
    }
    const named = [...spans, ...added].filter((sp) => {
      if (sp.end <= sp.start || isDate(words, sp)) return false;
      const text = spanText(words, sp);
      return (
        !terms.has(text) &&
        !isDescription(words, sp) &&
        // "Dome" after "Dome Petroleum Ltd": the short form of a company the story names is a name, even an ordinary word.
        (shortForms.has(text) || namedByUse.has(text) || (!isNeverAName(model, sentences[i]!, sp, evidence, surnames) && !isCommonWordTakenForCompany(model, sentences, words, sp)))
      );
    });
    return sortByStart(named);
  });
}
