import { isCorporateHead } from '../corporate-heads.js';
import { isPublicBody } from '../organization-typing.js';
import { isEverydayWord } from './everyday-words.js';
import { knowsWordAs, type NerModel } from './perceptron-tagger.js';
import { isCapitalised } from './token-features.js';

/**
 * Headlines and menu lines run into the prose after them when a page is scraped ("Grain Drifts From Calm to Storm Even
 * before grain slid …"). Such a line writes its small words capitalised too, which a name in prose never does.
 */

// Prepositions, conjunctions, pronouns and auxiliaries: capitalised inside a line only by title case.
const TITLE_SMALL_WORDS = new Set(
  ('From For With During Among To By At In On Into Onto Over Under Up Down Off Out About Against Amid Ahead ' +
    'Before After Since Until Than As Via Per Is Are Was Were Be Been Being Will Would Can Could Should May Might Must ' +
    'Has Have Had Does Do Did Your You Our We My Their They His Her Its It This That These Those Why How What When Where ' +
    'While Who Or But Nor Yet Not No So If').split(' '),
);
// Small words a title may still write lower-case ("Grain Drifts From Calm to Storm").
const LOWER_TITLE_WORDS = new Set(['of', 'and', 'the', 'a', 'an', 'to', 'in', 'for', 'on', 'at', 'by', 'with', 'from', 'vs', 'vs.', '&', '-', "'s", '’s']);

const MIN_CAPITALISED = 4;
const LONG_RUN = 5;

/**
 * For each token, whether it lies in a title-case run: four or more capitalised words, lower-case small words allowed
 * between them, with a capitalised small word inside (neither the run's first word nor before a lower-case one).
 */
export function titleRunTokens(words: readonly string[]): boolean[] {
  const inRun = new Array<boolean>(words.length).fill(false);
  let k = 0;
  while (k < words.length) {
    if (!isCapitalised(words[k]!)) {
      k++;
      continue;
    }
    let end = k;
    let capitalised = 0;
    let small = false;
    let last = k;
    while (end < words.length && (isCapitalised(words[end]!) || LOWER_TITLE_WORDS.has(words[end]!))) {
      if (isCapitalised(words[end]!)) {
        capitalised++;
        last = end;
        // "… Steel Works As buyers waited …": a small word before prose may open the next sentence, unless a long
        // run comes before it.
        if (end > k && TITLE_SMALL_WORDS.has(words[end]!) && (isCapitalised(words[end + 1] ?? 'x') || capitalised > LONG_RUN)) small = true;
      }
      end++;
    }
    if (capitalised >= MIN_CAPITALISED && small) for (let j = k; j <= last; j++) inRun[j] = true;
    k = Math.max(end, k + 1);
  }
  return inRun;
}

/**
 * "Seven Quiet Habits For Building Lasting Wealth": words of a title-case run that are all everyday words, none a place,
 * a nationality or the head of a company or public body's name, make a phrase, not a name.
 */
export function isPlainTitlePhrase(model: NerModel, words: readonly string[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const lower = words[k]!.toLowerCase();
    if (TITLE_SMALL_WORDS.has(words[k]!) || LOWER_TITLE_WORDS.has(words[k]!)) continue;
    if (!isEverydayWord(lower) || isCorporateHead(lower) || isPublicBody(lower)) return false;
    if (model.places.has(lower) || knowsWordAs(model, lower, 'LOC') || knowsWordAs(model, lower, 'MISC')) return false;
  }
  return true;
}

/** Whether most words of the sentence that may be capitalised are: a title, where case tells little. */
export function isTitleCased(words: readonly string[]): boolean {
  // Asked of one sentence by several rules (and of every sentence for each name): answered once per word list.
  let known = titleCased.get(words);
  if (known === undefined) titleCased.set(words, (known = countTitleCased(words)));
  return known;
}

const titleCased = new WeakMap<readonly string[], boolean>();

function countTitleCased(words: readonly string[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const w of words) {
    if (w.length < 4) continue;
    // ASCII first letters by code; anything else by the expressions.
    const c = w.charCodeAt(0);
    const isUpper = c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
    const isLower = c < 128 ? c >= 97 && c <= 122 : !isUpper && /^\p{L}/u.test(w);
    if (isUpper) upper++;
    else if (isLower && ++lower > 1) return false;
  }
  return upper >= 3;
}
