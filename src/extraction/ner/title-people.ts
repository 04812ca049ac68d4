import { isCorporateHead } from '../corporate-heads.js';
import { isListedCompanyWord } from './company-gazetteer.js';
import { isDictionaryWord } from './everyday-words.js';
import { isGivenNameWord, knowsWordAs, type NerModel } from './perceptron-tagger.js';
import type { NerSpan } from './recognise-mentions.js';
import { isTitleVerb } from './title-verbs.js';
import { isWellKnownPlace } from './well-known-places.js';

// A word written in capital and small letters, "McDonald" too: never a word of a title written all in capitals.
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u;
// What a person opening a title does, besides the verbs of headlines: "Says", or what they are "to" do.
const SPEECH_VERBS = new Set(['Says', 'Said', 'Sees', 'Thinks', 'Believes', 'Predicts', 'Signals', 'Visits', 'Meets', 'Defends', 'Praises', 'Slams', 'Criticizes', 'Criticises']);

/**
 * "Warren Buffett Steps Down", "Marc Benioff Says AI Agents …", "Lisa Su to Meet …": in a title written in capital and
 * small letters, a given name of the name list (no word of a company list) and a surname after it (a word of the
 * name list or of no dictionary, no company's) opening the title right before its verb are a person's name. The
 * tagger reads such a title without case, as it reads one in capitals, and often misses the name or takes it for a
 * company's. ("Charles Schwab Says …" opens with a word company lists have; "Kate Spade Shares …" has no verb.)
 */
export function titleOpeningPeople(model: NerModel, words: readonly string[], spans: NerSpan[], sentence: number): NerSpan[] {
  spans = hiredPeople(words, spans, sentence);
  if (words.length < 3 || !opensWithPerson(model, words)) return spans;
  if (spans.some((sp) => sp.start === 0 && sp.end === 2 && sp.label === 'PER')) return spans;
  return [{ sentence, start: 0, end: 2, label: 'PER' }, ...spans.filter((sp) => sp.start >= 2)];
}

function opensWithPerson(model: NerModel, words: readonly string[]): boolean {
  const [given, surname, verb] = words as [string, string, string];
  if (!TITLE_CASE_WORD.test(given) || !TITLE_CASE_WORD.test(surname)) return false;
  if (!(isTitleVerb(verb) || SPEECH_VERBS.has(verb) || (verb === 'to' && /^\p{Lu}/u.test(words[3] ?? '')))) return false;
  if (isWellKnownPlace(given)) return false;
  const lower = surname.toLowerCase();
  if (isListedCompanyWord(surname) || isCorporateHead(lower) || isTitleVerb(surname)) return false;
  // "Satya Nadella Warns …": two words no word list, dictionary or training text knows, before a verb of speech, are
  // a person's name the name list lacks.
  if (SPEECH_ONLY.has(verb) && isUnknownWord(model, given) && isUnknownWord(model, surname)) return true;
  if (!isGivenNameWord(model, given)) return false;
  return model.lexicon(lower).includes('pn') || !isDictionaryWord(lower);
}

// What people say in a title, and companies rarely: "Warns", "Says" (a company "Unveils" and "Plans").
const SPEECH_ONLY = new Set(['Says', 'Said', 'Warns', 'Tells', 'Thinks', 'Believes', 'Predicts', 'Urges', 'Vows', 'Slams', 'Praises', 'Defends']);

/** A word no list, dictionary or training text knows: a name's, but not which kind of name. */
function isUnknownWord(model: NerModel, word: string): boolean {
  const lower = word.toLowerCase();
  if (isDictionaryWord(lower) || isListedCompanyWord(word) || model.lexicon(lower).some((f) => f === 'pn' || f === 'co') || model.places.has(lower)) return false;
  return !knowsWordAs(model, lower, 'ORG') && !knowsWordAs(model, lower, 'LOC') && !knowsWordAs(model, lower, 'MISC');
}

// Verbs of a title by which a company gives someone a post.
const HIRING_VERBS = new Set(['Names', 'Appoints', 'Hires', 'Taps', 'Picks', 'Elects', 'Promotes', 'Nominates', 'Recruits', 'Poaches']);
// The post after the name: "… as CEO", "… as New Chief Executive", "Names Jo Reyes CFO".
const POSTS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'Chief', 'Chairman', 'Chairwoman', 'Chair', 'President', 'Head', 'Director', 'Boss', 'Interim', 'New', 'Co-CEO']);
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?$/u;

/**
 * "Stellantis Names Antonio Filosa as New CEO", "Intel Names Lip-Bu Tan as CEO": two or three capitalised words
 * between a title's verb of hiring and the post given ("as …" or the post itself) are the person's name, however the
 * tagger, reading the title without case, took them. A name a company list has opening the words is left alone ("Names
 * Goldman Sachs as Adviser").
 */
function hiredPeople(words: readonly string[], spans: NerSpan[], sentence: number): NerSpan[] {
  const verb = words.findIndex((w) => HIRING_VERBS.has(w));
  if (verb < 0) return spans;
  // "Bain & Company Names New Chief", "… as New CEO": the post's words name no one.
  const postOnly = (sp: NerSpan) => sp.start > verb && words.slice(sp.start, sp.end).every((w) => POSTS.has(w));
  if (spans.some(postOnly)) spans = spans.filter((sp) => !postOnly(sp));
  let end = verb + 1;
  while (end < words.length && end - verb <= 3 && NAME_WORD.test(words[end]!) && words[end] !== 'As' && !POSTS.has(words[end]!)) end++;
  const start = verb + 1;
  if (end - start < 2 || end - start > 3) return spans;
  const after = words[end] ?? '';
  if (!(after === 'as' || after === 'As' || POSTS.has(after))) return spans;
  if (isListedCompanyWord(words[start]!) || words.slice(start, end).some((w) => isCorporateHead(w.toLowerCase()))) return spans;
  return [...spans.filter((sp) => sp.end <= start || sp.start >= end), { sentence, start, end, label: 'PER' as const }].sort((a, b) => a.start - b.start);
}
