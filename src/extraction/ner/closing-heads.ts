import { DOWN_VERBS, UP_VERBS } from '../move-words.js';
import { SECTOR_WORDS } from '../plain-words.js';
import { isPeoplesAdjective } from './company-cues.js';
import { isListedCompanyWord } from './company-gazetteer.js';
import { isDictionaryWord } from './everyday-words.js';
import type { NerModel } from './perceptron-tagger.js';
import type { NerSpan } from './recognise-mentions.js';
import { isTitleVerb } from './title-verbs.js';
import { isWellKnownPlace } from './well-known-places.js';

/**
 * "Toyota Motor Shares Slide", "Tata Motors Shares Fall": where a title capitalises every word, the tagger, which leans
 * on case, often ends a company's name before the head word that closes it. A capitalised head word that only ever
 * closes a company's name ("Motor", "Industries", "Airlines", "Corp") right after a company's span is the name's own.
 * (Heads that are also everyday nouns after a name, "Oil", "Energy", "Power", "Media", "Capital", are left out:
 * "Exxon Oil Output Falls" names Exxon.)
 */
const CLOSING_HEADS = new Set(
  (
    'motor motors industries airlines airways holdings technologies pharmaceuticals pharma biotech therapeutics enterprises laboratories ' +
    'bancorp biosciences semiconductor semiconductors electronics corp corporation inc ltd plc llc co group'
  ).split(' '),
);

/**
 * Stretches each company span of a title over the capitalised head words that close its name (at most two), and over
 * a surname that company lists have ("Berkshire Hathaway Trims …", "Morgan Stanley Sees …"): a word of both the name
 * list and a company list that is no dictionary word nor a title's verb. (A company's own one-word name, "Nvidia", is
 * on no name list: "Foxconn Nvidia Plant" stays two names.)
 */
export function joinClosingHeads(model: NerModel, words: readonly string[], spans: NerSpan[]): NerSpan[] {
  for (const span of spans) {
    if (span.label !== 'ORG') continue;
    let grown = 0;
    while (grown < 2 && (closesName(words[span.end]) || (grown === 0 && isCompanySurname(model, words[span.end]))) && !spans.some((o) => o !== span && o.start === span.end)) {
      span.end++;
      grown++;
    }
  }
  return joinBeforeShares(model, words, spans);
}

// Small words a title capitalises, which open no name: "After AeroSystems Deal".
const TITLE_SMALL = new Set(['After', 'With', 'From', 'For', 'To', 'In', 'On', 'At', 'By', 'Of', 'As', 'Amid', 'Over', 'And', 'The', 'A', 'An', 'Its', 'Into', 'About', 'Against', 'Before', 'Says']);

/**
 * "After Spirit AeroSystems Acquisition": a company's name written in camel case ("AeroSystems", "MicroStrategy") after
 * a capitalised word the tagger left out has that word as its first, unless it is a title's small word or verb.
 */
export function joinBeforeCamelCase(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  for (const span of spans) {
    if (span.label !== 'ORG' || span.start === 0 || !/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(words[span.start]!)) continue;
    const before = words[span.start - 1]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(before) || TITLE_SMALL.has(before) || isTitleVerb(before) || spans.some((o) => o.end === span.start)) continue;
    span.start--;
  }
  return spans;
}

const closesName = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word) && CLOSING_HEADS.has(word.toLowerCase().replace(/\.$/, ''));

function isCompanySurname(model: NerModel, word: string | undefined): boolean {
  if (word === undefined || !/^\p{Lu}\p{Ll}+$/u.test(word) || !isListedCompanyWord(word) || isTitleVerb(word)) return false;
  const lower = word.toLowerCase();
  return model.lexicon(lower).includes('pn') && !isDictionaryWord(lower);
}

const STOCK = new Set(['shares', 'stock']);

/**
 * "Ola Electric Shares Plunge", "Vodafone Idea Shares Surge": one or two capitalised words between a company's span and
 * the shares a title says moved are the name's own, unless they are a place's, a people's or a sector's ("Kestrel
 * China Shares", "Kestrel European Shares").
 */
function joinBeforeShares(model: NerModel, words: readonly string[], spans: NerSpan[]): NerSpan[] {
  let out = spans;
  for (const span of spans) {
    if (span.label !== 'ORG') continue;
    let end = span.end;
    while (end < words.length && end - span.end < 2 && joinsBeforeShares(model, words[end]!)) end++;
    if (end === span.end || !STOCK.has(words[end]?.toLowerCase() ?? '')) continue;
    const verb = words[end + 1]?.toLowerCase() ?? '';
    if (!UP_VERBS.has(verb) && !DOWN_VERBS.has(verb)) continue;
    const from = span.end;
    out = out.filter((o) => o === span || o.end <= from || o.start >= end);
    span.end = end;
  }
  return out;
}

// What a title calls a company before its name ("Temu Owner PDD Shares Sink"): the name after it is another's.
const DESCRIPTIONS = new Set(['owner', 'parent', 'maker', 'giant', 'rival', 'unit', 'chipmaker', 'drugmaker', 'automaker', 'carmaker', 'startup', 'firm']);

function joinsBeforeShares(model: NerModel, word: string): boolean {
  if (!/^\p{Lu}/u.test(word) || isTitleVerb(word)) return false;
  const lower = word.toLowerCase();
  return !STOCK.has(lower) && !SECTOR_WORDS.has(lower) && !DESCRIPTIONS.has(lower) && !model.places.has(lower) && !isWellKnownPlace(word) && !isPeoplesAdjective(word);
}
