import { isLegalSuffix } from '../name-normalisation.js';
import { usedAsCompany } from './company-cues.js';
import { isListedCompanyWord } from './company-gazetteer.js';
import { knowsWordAs, type NerModel } from './perceptron-tagger.js';
import { endsWithPlaceHead } from './place-heads.js';
import { followsPlacePreposition, HOLDING } from './place-prepositions.js';
import type { NerSpan, TaggableSentence } from './recognise-mentions.js';
import { isWellKnownPlace } from './well-known-places.js';

/** How a story shows that a name is a place, whatever the tagger made of it. */

/** A place's name: a well-known place, a place of the training text, or a word the tagger learnt as a place's. */
export function isPlaceName(model: NerModel, name: string): boolean {
  const lower = name.toLowerCase();
  return isWellKnownPlace(name) || model.places.has(lower) || knowsWordAs(model, lower, 'LOC');
}

const POSSESSIVE = new Set(["'s", '’s']);

// Prepositions of place: "in Wuhan", "at Leeds".
const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'throughout', 'outside']);

/**
 * "rent in Karrow", "towns near Dellby": a name after a preposition of place is the place, unless the story or the
 * company list knows it as a company, the tagger learnt its first word as the type it gave ("in God"), or it is held
 * ("a stake in X").
 */
function isPlaceAfterPreposition(model: NerModel, sentences: readonly TaggableSentence[], words: readonly string[], sp: NerSpan): boolean {
  if (!followsPlacePreposition(words, sp.start)) return false;
  const toks = words.slice(sp.start, sp.end);
  // "in NFL history": initials name bodies far more often than places.
  if (toks.length === 1 && /^\p{Lu}{2,5}$/u.test(toks[0]!) && !isWellKnownPlace(toks[0]!)) return false;
  if (toks.some((w) => isLegalSuffix(w) || isListedCompanyWord(w)) || knowsWordAs(model, toks[0]!.toLowerCase(), sp.label)) return false;
  // "in Jordan's film", "in Orvane's portfolio": people and companies own things; the preposition places the thing.
  if ((sp.label === 'PER' || sp.label === 'ORG') && POSSESSIVE.has(words[sp.end] ?? '')) return false;
  return !usedAsCompany(sentences, toks.join(' '));
}

// "Louis based", "Ohio - based": what comes after names where something is based.
const BASED = /^(?:based|headquartered)$/;
// "Spain-registered", "Quebec-based": a hyphenated place description is no name by itself, nor the words it ends
// ("[Fort] Worth-based": the place is cut by the hyphen). "SoftBank Group-backed" names a backer: left alone.
const DESCRIPTION = /^\p{Lu}[\p{L}.]*-(?:based|headquartered|registered|listed|born)$/u;

/** "[Louis] based thrift", "[Ohio] - based": the span names the place a company is based in. */
const isBaseOf = (words: readonly string[], sp: NerSpan) => BASED.test(words[sp.end] ?? '') || (words[sp.end] === '-' && BASED.test(words[sp.end + 1] ?? ''));
// Lower-case nouns a place name stands before: "the Denver area", "Cairo radio", "the Madrid stock market".
const PLACE_NOUNS = new Set(['area', 'region', 'province', 'state', 'city', 'county', 'district', 'suburb', 'suburbs', 'airport', 'port', 'radio', 'television', 'police', 'archdiocese', 'stock', 'bourse', 'residents', 'voters', 'officials']);

/** "Cairo radio": a word the tagger learnt as a place, before a noun places have, names the place. */
function isPlaceBeforeNoun(model: NerModel, words: readonly string[], sp: NerSpan): boolean {
  if (sp.end - sp.start !== 1 || !PLACE_NOUNS.has(words[sp.end] ?? '')) return false;
  const lower = words[sp.start]!.toLowerCase();
  return model.places.has(lower) || (knowsWordAs(model, lower, 'LOC') && !knowsWordAs(model, lower, 'ORG')) || isWellKnownPlace(words[sp.start]!);
}

/** A hyphenated description, or the first words of the place one holds. */
export const isDescription = (words: readonly string[], sp: NerSpan) => (sp.end - sp.start === 1 && DESCRIPTION.test(words[sp.start]!)) || DESCRIPTION.test(words[sp.end] ?? '');

// What a company owns that places do not: "in Orvane's business".
const BUSINESS = new Set(['business', 'businesses', 'shares', 'stock', 'earnings', 'revenue', 'profit', 'profits']);
const ownsBusiness = (words: readonly string[], k: number) => POSSESSIVE.has(words[k] ?? '') && BUSINESS.has((words[k + 1] ?? '').toLowerCase());

/**
 * The story uses the word as a place somewhere: after a preposition of place (not as an owner), or as "Wuhan, China";
 * not, for a name that is no known place, when it also writes of its shares or earnings ("at Chevron" is then where
 * people work).
 */
export function usedAsPlace(model: NerModel, sentences: readonly TaggableSentence[], word: string): boolean {
  // A country's shares are those of its markets ("China's stock market"): only for names that are no known place.
  if (!isWellKnownPlace(word) && sentences.some(({ words }) => words.some((w, k) => w === word && ownsBusiness(words, k + 1)))) return false;
  for (const { words } of sentences) {
    for (let k = words.indexOf(word); k >= 0; k = words.indexOf(word, k + 1)) {
      // "the flaws in Orvane's business": what the preposition places is the thing owned, not its owner.
      if (k > 0 && LOCATIVE.has(words[k - 1]!.toLowerCase()) && !HOLDING.test((words[k - 2] ?? '').toLowerCase()) && !ownsBusiness(words, k + 1)) return true;
      if (words[k + 1] === ',' && model.places.has((words[k + 2] ?? '').toLowerCase())) return true;
    }
  }
  return false;
}

/** "Texas 5 Cleveland 3", "NEW YORK 74 59": somewhere in the story the name is followed by a number, as teams in results are. */
export function scoredAsTeam(sentences: readonly TaggableSentence[], text: string): boolean {
  const toks = text.split(' ');
  for (const { words } of sentences) {
    for (let k = words.indexOf(toks[0]!); k >= 0; k = words.indexOf(toks[0]!, k + 1)) {
      if (toks.every((t, j) => words[k + j] === t) && /^\d/.test(words[k + toks.length] ?? '')) return true;
    }
  }
  return false;
}

// The abbreviations news writes for US states after a town ("Newport , R.I .", "Salem , Ore ."), without their stop.
const STATE_ABBREVIATIONS = new Set(
  'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo D.C'.split(' '),
);

/** "Ore .", "Ore.", "R.I.": a state's abbreviation with its stop. */
function stateAbbreviationAt(words: readonly string[], k: number): boolean {
  const w = words[k] ?? '';
  if (w.endsWith('.')) return STATE_ABBREVIATIONS.has(w.slice(0, -1));
  return STATE_ABBREVIATIONS.has(w) && words[k + 1] === '.';
}

/**
 * "Mississauga , Ontario .", "Newport , R.I .": a name written before a comma and a country, state or region closed by
 * punctuation is a town; not a company the story names as one ("Initech , Ohio 's biggest employer" owns something).
 */
function isTownBeforeRegion(sentences: readonly TaggableSentence[], words: readonly string[], sp: NerSpan): boolean {
  if (words[sp.end] !== ',' || (sp.label === 'PER' && sp.end - sp.start > 1)) return false;
  const at = sp.end + 1;
  let after: number;
  if (stateAbbreviationAt(words, at)) after = -1;
  else if (isWellKnownPlace(words[at] ?? '')) after = at + 1;
  else if (isWellKnownPlace(`${words[at] ?? ''} ${words[at + 1] ?? ''}`)) after = at + 2;
  else return false;
  // The region closes the phrase: "the IMF , Greece is …" opens a clause with the country.
  if (after >= 0 && (POSSESSIVE.has(words[after] ?? '') || !/^[^\p{L}\p{N}]/u.test(words[after] ?? '.'))) return false;
  const toks = words.slice(sp.start, sp.end);
  if (toks.some((w) => isLegalSuffix(w) || isListedCompanyWord(w))) return false;
  return !usedAsCompany(sentences, toks.join(' '));
}

// Party letters of US lawmakers, written before their state in brackets: "Sen. Jo Reyes ( D - Ore . )".
const PARTY_LETTERS = new Set(['D', 'R', 'I']);

/** "( D - N.Y . )", "( R - Tenn . )": the state a lawmaker represents, after the party's letter and a dash. */
const isLawmakersState = (words: readonly string[], sp: NerSpan) =>
  (words[sp.start - 1] === '-' || words[sp.start - 1] === '–') && PARTY_LETTERS.has(words[sp.start - 2] ?? '') && words[sp.start - 3] === '(';

/**
 * The span names a place by what stands around it: a preposition of place, "based", a place word or noun, a region
 * after it, a lawmaker's party before it.
 */
export function isPlaceByContext(model: NerModel, sentences: readonly TaggableSentence[], words: readonly string[], sp: NerSpan): boolean {
  return (
    isPlaceAfterPreposition(model, sentences, words, sp) ||
    isBaseOf(words, sp) ||
    endsWithPlaceHead(model, words, sp) ||
    isPlaceBeforeNoun(model, words, sp) ||
    isTownBeforeRegion(sentences, words, sp) ||
    isLawmakersState(words, sp)
  );
}

const DATELINE_DASH = new Set(['-', '—', '–', '--']);
const CAPITALS = /^\p{Lu}{2,}$/u;
const DATELINE_MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/**
 * "KELVORIA ( Reuters ) - …", "NORTHGATE - …", "ASHBY , Sept. 10": a place in capitals opening a story's dateline, in prose
 * (a shouted line writes every word so). Capitals of five letters or more, or a place the tagger learnt, after no
 * lower-case word and before a dash, a bracketed agency or a date.
 */
export function isDatelinePlace(model: NerModel, words: readonly string[], sp: NerSpan): boolean {
  // Most spans are no capitals: told before their words are copied.
  for (let k = sp.start; k < sp.end; k++) if (!CAPITALS.test(words[k]!)) return false;
  const toks = words.slice(sp.start, sp.end);
  if (toks.join('').length < 5 && !model.places.has(toks.join(' ').toLowerCase())) return false;
  // "Analysts at ORVANE - a research firm": a dateline follows no word of running prose.
  if (/^\p{Ll}/u.test(words[sp.start - 1] ?? '')) return false;
  const next = words[sp.end] ?? '';
  if (DATELINE_DASH.has(next) || DATELINE_MONTH.test(next)) return true;
  if (next === '(' && /^\p{Lu}/u.test(words[sp.end + 1] ?? '') && words[sp.end + 2] === ')') return true;
  return next === ',' && DATELINE_MONTH.test(words[sp.end + 1] ?? '');
}

// Verbs of selling before "to" and the buyer: "sold the unit to Stonepeak".
const SELLING = new Set(['sell', 'sells', 'sold', 'selling']);
const SELLING_REACH = 8;

/** "agreed to sell its stake to Kelvora for $ 2 billion": the name is the buyer of what the clause sells. */
function boughtFromSeller(sentences: readonly TaggableSentence[], word: string): boolean {
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let k = words.indexOf(word); k >= 0; k = words.indexOf(word, k + 1)) {
      if (words[k - 1] !== 'to') continue;
      for (let j = k - 2; j >= 0 && j >= k - SELLING_REACH; j--) {
        const w = words[j]!.toLowerCase();
        if (SELLING.has(w)) return true;
        // (The clause ends at punctuation: "sold shares , moving to Kelvora" buys nothing.)
        if (w === ',' || w === ';' || w === '.') break;
      }
    }
  }
  return false;
}

// What a company does after its name, and places and people do not: "Kelvora agreed to …", "Kelvora , which manages …"
// (people and capitals say things too).
const COMPANY_ACTS = new Set(['agreed', 'announced', 'reported', 'posted', 'invested', 'invests', 'acquired', 'bought', 'manages', 'raised']);
// Words before a place's name that make it the subject's place: "residents of Dellby said".
const OF_PLACE = new Set(['of', 'in', 'at', 'from', 'near', 'the']);

/** "Kelvora said", "Kelvora , which manages …": the name opens a clause of what companies do. */
function actsAsCompany(sentences: readonly TaggableSentence[], word: string): boolean {
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let k = words.indexOf(word); k >= 0; k = words.indexOf(word, k + 1)) {
      // ("Donald Hodel announced": the surname of a person named in full.)
      if (OF_PLACE.has((words[k - 1] ?? '').toLowerCase()) || /^\p{Lu}/u.test(words[k - 1] ?? '')) continue;
      const next = words[k + 1] === ',' && words[k + 2] === 'which' ? words[k + 3] : words[k + 1];
      if (COMPANY_ACTS.has(next ?? '')) return true;
    }
  }
  return false;
}

/**
 * "Kelvora said …", "sold the unit to Kelvora": one word the tagger took for a place though it never learnt it as one,
 * no known place, that the story never writes as a place, and that says things or buys what is sold, is a company
 * ("residents of Dellby said" is the place).
 */
export function isCompanyTakenForPlace(model: NerModel, sentences: readonly TaggableSentence[], word: string): boolean {
  const lower = word.toLowerCase();
  if (word.includes(' ') || isPlaceName(model, word)) return false;
  // ("sold to Filipinos": a people the tagger learnt.)
  if (knowsWordAs(model, lower, 'MISC')) return false;
  if (usedAsPlace(model, sentences, word)) return false;
  return actsAsCompany(sentences, word) || boughtFromSeller(sentences, word);
}
