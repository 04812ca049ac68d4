import { knowsWordAs, type NerModel } from './perceptron-tagger.js';
import type { TaggableSentence } from './recognise-mentions.js';
import { isCapitalised } from './token-features.js';
import { isWellKnownPlace } from './well-known-places.js';

/**
 * "Dubai 's Quillmere airline", "analysts said Quillmere carrier would …": a name written right before the lower-case
 * noun of its kind of business is that business, whatever the tagger took it for. A place may describe a business so
 * too ("a Texas bank", "a Dutch airline"), so a place or nationality the tagger learnt, a well-known place, a word
 * ending as peoples' names do or capitals alone ("U.S.") count only after a possessive, which names the place the
 * business belongs to.
 */

// Kinds of business written after a company's own name; not "group", "unit" or "maker", which follow places and people too.
const KINDS_AFTER_NAMES = new Set(['airline', 'carrier', 'lender', 'insurer', 'retailer', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'brewer', 'conglomerate']);
const POSSESSIVES = new Set(["'s", '’s']);
// A company's parts, written after their own name and the owner's possessive: "its Quillmere unit".
const OWNERS = new Set(['its', 'their']);
const PARTS = new Set(['unit', 'units', 'subsidiary', 'subsidiaries', 'division', 'arm', 'affiliate']);
// Nouns the kind may describe in turn ("Quillmere airline stocks", "the Kelvoria carrier industry").
const COMPOUND_HEADS = /^(?:stocks?|shares|bonds|industry|sector|market|index|pilots|workers|unions?|executives|analysts|investors|customers|passengers|flights|routes|fleets?|deals?)$/;
// Names of peoples and their adjectives: "Australian", "Japanese", "Danish".
const PEOPLES = /(?:ian|ean|can|ese|ish|ch)$/;

export function namedBeforeKind(model: NerModel, sentences: readonly TaggableSentence[], name: string): boolean {
  const toks = name.split(' ');
  const lower = name.toLowerCase();
  // "a Dutch airline", "the state carrier": nationalities and places the tagger learnt describe businesses too.
  // (Read only once a name stands before a kind: most names never do.)
  const place = () => model.places.has(lower) || isWellKnownPlace(name) || knowsWordAs(model, lower, 'LOC') || knowsWordAs(model, lower, 'MISC') || PEOPLES.test(lower) || !/\p{Ll}/u.test(name);
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let k = words.indexOf(toks[0]!); k >= 0; k = words.indexOf(toks[0]!, k + 1)) {
      const e = k + toks.length;
      if (!toks.every((t, j) => words[k + j] === t)) continue;
      // "sold its Quillmere unit": a part of a company, named between its owner's possessive and the word for a part, is
      // a company ("its Texas unit" is placed, so places still do not count).
      if (OWNERS.has(words[k - 1] ?? '') && PARTS.has(words[e] ?? '')) {
        // ("its West German affiliate": a word of a nationality or place in the name places the part.)
        if (!place() && !toks.some((t) => knowsWordAs(model, t.toLowerCase(), 'MISC') || knowsWordAs(model, t.toLowerCase(), 'LOC'))) return true;
        continue;
      }
      if (!KINDS_AFTER_NAMES.has(words[e] ?? '')) continue;
      // "Quillmere airline stocks": the kind describes something else.
      if (COMPOUND_HEADS.test(words[e + 1] ?? '')) continue;
      const possessed = k > 1 && POSSESSIVES.has(words[k - 1]!) && isCapitalised(words[k - 2]!);
      if (possessed || !place()) return true;
    }
  }
  return false;
}
