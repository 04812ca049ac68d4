import { COMPANY_NOUNS } from '../company-nouns.js';
import { isBusinessAbbreviation } from './business-abbreviations.js';
import { isListedCompanyWord } from './company-gazetteer.js';
import { isOrganisationWord } from './term-abbreviations.js';
import { usedAsCompany } from './company-cues.js';
import { isCommonWord, isEverydayWord } from './everyday-words.js';
import { isNoPerson } from './non-persons.js';
import { knowsWordAs, type NerModel } from './perceptron-tagger.js';
import type { NerSpan, TaggableSentence } from './recognise-mentions.js';
import { opensSentence, type DocEvidence } from './token-features.js';

/** Capitalised words the tagger takes for one-word names that never are: everyday words, currency codes, weekdays. */

// Codes of the most traded currencies (ISO 4217): "USD", "( JPY = )"; none is also the name of an organisation.
const CURRENCY_CODES = new Set(
  'USD EUR JPY GBP CHF CAD AUD NZD CNY CNH HKD SGD KRW INR RUB BRL MXN ZAR SEK NOK DKK PLN TRY TWD THB IDR MYR PHP ILS SAR AED HUF CZK'.split(' '),
);

// Government bonds named by their issuer in the plural ("Treasuries rallied", "10-year Bunds"): securities, not the body.
const GOVERNMENT_BONDS = new Set(['Treasuries', 'Bunds', 'Gilts', 'Munis']);

// Written abbreviations of currencies, before an amount: "Rs 4,000 crore", "RM 2.5 billion", "KSh 300".
const CURRENCY_ABBREVIATIONS = new Set(['Rs', 'Rs.', 'Re', 'Rp', 'RM', 'Ksh', 'KSh', 'Sh', 'Dh', 'Dhs', 'Tk', 'Rmb', 'RMB', 'NT']);
// "SMEs", "RRSPs", "CMOs": the plural of an abbreviation names a kind of thing, never one body or person.
const PLURAL_ABBREVIATION = /^\p{Lu}{2,}s$/u;
const isAmount = (w: string | undefined) => w !== undefined && /^\.?\d/.test(w);

// "I've", "You'll", "Don't": a pronoun or an auxiliary run into its verb's clitic is no word of a name (an apostrophe
// inside a name is followed by more of it: "O'Neill", "D'Souza").
const CONTRACTION = /^\p{L}+(?:['’](?:ve|ll|re|m|d)|n['’]t)$/iu;

/** "I've", "Don't", "We're": a word with a contracted clitic, never part of a name. */
export const isContraction = (word: string) => CONTRACTION.test(word);

const WEEKDAYS = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)/;

/**
 * "Dozens of people …", "\" Angry workers …", "Note : Add …": a one-word span opening a sentence or quote that is
 * an everyday English word, known to the tagger under no name type, listed as no company nor person, and never
 * capitalised mid-sentence in the story, is the sentence's first word, not a name.
 */
function isCapitalisedEverydayWord(model: NerModel, s: TaggableSentence, span: NerSpan, doc: DocEvidence): boolean {
  if (s.shouted || !opensSentence(s.words, span.start)) return false;
  const word = s.words[span.start]!;
  const lower = word.toLowerCase();
  if (!isEverydayWord(lower) || doc.midCapitals.has(word) || isListedCompanyWord(word)) return false;
  return !['PER', 'ORG', 'LOC', 'MISC'].some((type) => knowsWordAs(model, lower, type));
}

/** "Fri , Mar 4 , 2022", "Tuesday , 14 July": a weekday before a date. */
function isWeekdayOfDate(words: readonly string[], k: number): boolean {
  if (!WEEKDAYS.test(words[k]!)) return false;
  const next = words[k + 1] === ',' ? words[k + 2] ?? '' : words[k + 1] ?? '';
  return MONTH.test(next) || /^\d{1,2}$/.test(next);
}

// Words that follow a verb opening a clause ("Learn more", "Click here", "Editing by", "Headquartered in") but not a
// one-word name opening one, which a verb or a comma follows ("Smith said", "Acme , which").
const AFTER_OPENING_VERB = new Set(['more', 'here', 'by', 'what', 'how', 'about', 'your', 'our', 'you', 'us']);

/**
 * "Learn more", "Click here", "( Reporting by A ; Editing by B )": a one-word span opening a clause, followed by a
 * word that follows verbs rather than names, is the clause's verb, unless the tagger knows the word as a name.
 */
function isClauseOpeningVerb(model: NerModel, s: TaggableSentence, span: NerSpan): boolean {
  if (s.shouted || !(opensSentence(s.words, span.start) || s.words[span.start - 1] === ';')) return false;
  if (!AFTER_OPENING_VERB.has(s.words[span.end] ?? '')) return false;
  const lower = s.words[span.start]!.toLowerCase();
  return !NAME_TYPES.some((type) => knowsWordAs(model, lower, type));
}

const NAME_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const GLUE = new Set(['and', 'of', '&']);

/**
 * "the Attorney - General", "a Free Trial": capitalised everyday words the tagger knows under no
 * name type and no list names are no name, wherever they stand.
 */
function isEverydayPhrase(model: NerModel, s: TaggableSentence, span: NerSpan): boolean {
  if (s.shouted) return false;
  for (let k = span.start; k < span.end; k++) {
    const word = s.words[k]!;
    if (GLUE.has(word) && k > span.start) continue;
    const lower = word.toLowerCase();
    if (!isEverydayWord(lower) || !model.commonLower.has(lower) || isListedCompanyWord(word)) return false;
    if (NAME_TYPES.some((type) => knowsWordAs(model, lower, type))) return false;
  }
  return true;
}

/**
 * "… for a better rate Please ask your adviser", "* Patience pays , traders said": a lone capitalised everyday word before a
 * lower-case word, that the story writes lower-case elsewhere, listed as no company nor person and known to the
 * tagger under no name type, is no name.
 */
function isEverydayWordBeforeProse(model: NerModel, s: TaggableSentence, span: NerSpan, doc: DocEvidence): boolean {
  if (s.shouted || !/^\p{Ll}/u.test(s.words[span.end] ?? '')) return false;
  const word = s.words[span.start]!;
  const lower = word.toLowerCase();
  if (!isEverydayWord(lower) || !doc.lowerWords.has(lower) || isListedCompanyWord(word)) return false;
  return !NAME_TYPES.some((type) => knowsWordAs(model, lower, type));
}

/**
 * "a Route Planning Desk", "the Harvest Outlook Poll": two or more capitalised everyday words of which none
 * is a company list's word, a place, a word the tagger learnt as a person, place or thing, or the head of a company's
 * or public body's name, make a phrase written in capitals, not a name.
 */
function isCapitalisedPlainPhrase(model: NerModel, s: TaggableSentence, span: NerSpan): boolean {
  if (s.shouted || span.end - span.start < 2) return false;
  // ("biotech Blueprint Medicines": a kind of company before the words names the company.)
  if (COMPANY_NOUNS.has((s.words[span.start - 1] ?? '').toLowerCase())) return false;
  for (let k = span.start; k < span.end; k++) {
    const word = s.words[k]!;
    if (GLUE.has(word) && k > span.start && k < span.end - 1) continue;
    const lower = word.toLowerCase();
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isEverydayWord(lower) || isListedCompanyWord(word) || isOrganisationWord(lower)) return false;
    if (model.places.has(lower) || knowsWordAs(model, lower, 'PER') || knowsWordAs(model, lower, 'LOC') || knowsWordAs(model, lower, 'MISC')) return false;
  }
  return true;
}

// "Based in Leeds", "Founded by …": a past participle opening a clause, before a preposition.
const PARTICIPLE = /^\p{Lu}\p{Ll}{3,}ed$/u;
const AFTER_PARTICIPLE = new Set(['in', 'by', 'on', 'at', 'with', 'from', 'as']);

/** "Incorporated in Delaware , Orvane …": a capitalised past participle opening a sentence before a preposition is no name. */
function isOpeningParticiple(model: NerModel, s: TaggableSentence, span: NerSpan): boolean {
  const word = s.words[span.start]!;
  if (s.shouted || !opensSentence(s.words, span.start) || !PARTICIPLE.test(word) || !AFTER_PARTICIPLE.has(s.words[span.end] ?? '')) return false;
  const lower = word.toLowerCase();
  return !model.lexicon(lower).includes('pn') && !NAME_TYPES.some((type) => knowsWordAs(model, lower, type));
}

// Heads of a company's part named by what it does: "its Semiconductor Business", "the Consumer Health Division".
const UNIT_HEADS = new Set(['business', 'businesses', 'division', 'divisions', 'segment', 'segments', 'unit', 'operations']);

/**
 * "its Semiconductor Business", "the Consumer Health Division": capitalised everyday words, none a company list's, closed
 * by the head of a company's part, name what the part does, not a company.
 */
function isUnitByTrade(s: TaggableSentence, span: NerSpan): boolean {
  if (s.shouted || span.end - span.start < 2 || !UNIT_HEADS.has(s.words[span.end - 1]!.toLowerCase())) return false;
  for (let k = span.start; k < span.end - 1; k++) {
    const word = s.words[k]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isEverydayWord(word.toLowerCase()) || isListedCompanyWord(word)) return false;
  }
  return true;
}

/** Is this span no name at all, whatever the tagger said? */
export function isNeverAName(model: NerModel, s: TaggableSentence, span: NerSpan, doc: DocEvidence, surnames: ReadonlySet<string> = new Set()): boolean {
  if (isEverydayPhrase(model, s, span) || isCapitalisedPlainPhrase(model, s, span) || isUnitByTrade(s, span)) return true;
  if (span.end - span.start !== 1) return false;
  const word = s.words[span.start]!;
  return (
    CURRENCY_CODES.has(word) ||
    GOVERNMENT_BONDS.has(word) ||
    isBusinessAbbreviation(word) ||
    PLURAL_ABBREVIATION.test(word) ||
    (CURRENCY_ABBREVIATIONS.has(word) && isAmount(s.words[span.end])) ||
    isWeekdayOfDate(s.words, span.start) ||
    isCapitalisedEverydayWord(model, s, span, doc) ||
    isNoPerson(model, s, span, doc, surnames) ||
    isOpeningParticiple(model, s, span) ||
    isEverydayWordBeforeProse(model, s, span, doc) ||

    isClauseOpeningVerb(model, s, span)
  );
}

/**
 * "the Full Story , Subscribe or Sign In", "* Caution before the meeting", "the Terminal buildings": one of the commonest
 * words of English, capitalised alone and taken for a company, that no company list has, that the tagger never learnt
 * as a name and that the story never writes as a company's name ("Orbit's shares", "shares of Orbit"), is the word.
 */
export function isCommonWordTakenForCompany(model: NerModel, sentences: readonly TaggableSentence[], words: readonly string[], span: NerSpan): boolean {
  if (span.label !== 'ORG' || span.end - span.start !== 1) return false;
  const word = words[span.start]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (!isCommonWord(lower) || !isEverydayWord(lower) || isListedCompanyWord(word)) return false;
  if (NAME_TYPES.some((type) => knowsWordAs(model, lower, type))) return false;
  return !usedAsCompany(sentences, word);
}
