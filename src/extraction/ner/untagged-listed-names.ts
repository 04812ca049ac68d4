import { actsAsCompany, usedAsCompany } from './company-cues.js';
import { isListedCompanyWord } from './company-gazetteer.js';
import { isLegalSuffix } from '../name-normalisation.js';
import { isCommonWord, isDictionaryWord } from './everyday-words.js';
import { isFiscalPeriod } from './fiscal-periods.js';
import { knowsWordAs, type NerModel } from './perceptron-tagger.js';
import type { NerSpan } from './recognise-mentions.js';
import { isWellKnownPlace } from './well-known-places.js';

// What a title names after a company's name that only a company has.
const COMPANY_THINGS = new Set(['strike', 'workers', 'employees', 'shareholders', 'investors', 'shares', 'stock', 'earnings', 'profit', 'revenue', 'price', 'board', 'layoffs', 'ipo', 'bid', 'takeover', 'stake']);
// Officers' titles as a title writes them after their company's name.
const OFFICER_TITLES = new Set(['CEO', 'CFO', 'COO', 'CTO', 'Chief', 'Chairman', 'Chairwoman', 'Chair']);

/** Word k lies inside one of the spans (a loop, not a closure over k, which would allocate on every word). */
function inSpan(spans: readonly NerSpan[], k: number): boolean {
  for (const sp of spans) if (sp.start <= k && k < sp.end) return true;
  return false;
}

/**
 * "Microsoft Profit Jumps", "Google Cuts Jobs", "Stellantis and CATL agreed": the tagger, which leans on case, leaves some
 * companies' names out, in headlines (where every word is capitalised) above all. A word of the company list the tagger
 * left untagged is the company, unless it may be something else: a place ("Amazon"), a word the tagger learnt as a
 * person's, a place's or a thing's name, or beside another name word; in a `title`, one of the commonest words ("Target",
 * "Block"); in prose, any word general text uses (see isRareName). Returns the spans to add, one word each.
 */
export function untaggedListedNames(model: NerModel, words: readonly string[], title: boolean, spans: readonly NerSpan[], sentence: number): NerSpan[] {
  const added: NerSpan[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // Capitals alone ("BYD") are listed only where they name a company and nothing else.
    // A capital A–Z first is tested before the expression: most words open with a lower-case letter.
    const c = w.charCodeAt(0);
    // ("L'Oreal", "L’Oreal": an elided article opening the name.)
    if ((c < 128 && (c < 65 || c > 90)) || !/^\p{Lu}(?:\p{Ll}|\p{Lu}{2,4}$|['’]\p{Lu}\p{Ll})/u.test(w) || !isListedCompanyWord(w.replace('’', "'"))) continue;
    if (inSpan(spans, k)) continue;
    const lower = w.toLowerCase();
    if (model.commonLower.has(lower) || model.places.has(lower) || isWellKnownPlace(w)) continue;
    if (knowsWordAs(model, lower, 'PER') || knowsWordAs(model, lower, 'LOC')) continue;
    // "Boeing said 737 output …", "Boeing CEO Kelly Ortberg": a maker whose name the tagger learnt for its products is
    // the company where the sentence writes it as a company acts or is written ("said", "CEO", "'s shares").
    // (Checked before the word after it: "CEO" is a capitalised word of no name; a capitalised word before it may open a
    // longer name, "Liquidating Trust said", as may a dictionary word opening a line: "Co \n Consolidated said".)
    // A legal form ("Poor 's Corp said") closes a name; it is none.
    if (!title && !/^\p{Lu}/u.test(words[k - 1] ?? 'x') && !isDictionaryWord(lower) && !isLegalSuffix(w) && actsHereAsCompany(words, w)) {
      added.push({ sentence, start: k, end: k + 1, label: 'ORG' });
      continue;
    }
    // "Boeing CEO Kelly Ortberg Says …": in a title, a listed name before an officer's title is the officer's company,
    // whatever the tagger learnt the word as (Boeing's planes).
    // So is one before what only a company has: "Boeing Strike Ends", "Cuts Apple Price Target".
    if (title && (OFFICER_TITLES.has(words[k + 1] ?? '') || COMPANY_THINGS.has(words[k + 1]?.toLowerCase() ?? ''))) {
      added.push({ sentence, start: k, end: k + 1, label: 'ORG' });
      continue;
    }
    // "Meta Platforms Unveils": one word of a longer capitalised run may be part of another name.
    if (isNameNeighbour(model, words[k - 1]) || isNameNeighbour(model, words[k + 1])) continue;
    if (knowsWordAs(model, lower, 'MISC')) continue;
    // "New", "Union", "Credit": one of the commonest words of English opens many names, and names none alone in a title.
    if (title ? isCommonWord(lower) : !isRareName(model, lower)) continue;
    added.push({ sentence, start: k, end: k + 1, label: 'ORG' });
  }
  return added;
}

/** The sentence makes the word the subject of what companies do, or writes it as only a company's name is written. */
function actsHereAsCompany(words: readonly string[], w: string): boolean {
  const sentence = [{ words, shouted: false }];
  return actsAsCompany(sentence, w) || usedAsCompany(sentence, w, true);
}

/**
 * In prose the tagger's silence on a capitalised word is itself a sign, so only a word no general text knows will do:
 * no dictionary word, no given name or surname of the name list, and no word the unlabelled text the tagger's word
 * classes come from used ("Rivian", "Stellantis" — not "Baghdad" or "Norfolk").
 */
function isRareName(model: NerModel, lower: string): boolean {
  if (isDictionaryWord(lower)) return false;
  return model.lexicon(lower).every((entry) => entry === 'co');
}

/** A capitalised neighbour that is a name's word ("Southern" of "Norfolk Southern"): the listed word may be one part of a longer name. */
function isNameNeighbour(model: NerModel, w: string | undefined): boolean {
  // "Orvane Q3 Profit": a fiscal period after a name is what the title reports on, no second word of the name.
  if (w === undefined || !/^\p{Lu}/u.test(w) || isFiscalPeriod(w)) return false;
  const lower = w.toLowerCase();
  // "Benefits" is listed (a firm of that name) but here an ordinary word; "Southern" the tagger knows in names.
  if (isListedCompanyWord(w)) return !model.commonLower.has(lower) || knowsWordAs(model, lower, 'ORG');
  return !isDictionaryWord(lower) && !model.commonLower.has(lower);
}
