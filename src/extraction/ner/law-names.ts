import type { NerSpan } from './recognise-mentions.js';
import { isCapitalised } from './token-features.js';
import { isTitleCased } from './title-runs.js';

/**
 * "the Private Securities Litigation Reform Act of 1995": the tagger may take the leading words of a law's name for a
 * company and leave the rest out. A name right before more capitalised words that end in "Act" is part of the law's
 * name, no company or person of its own; the law is found as a policy by its whole name. Titles, where every word
 * is capitalised and "Act" may be a verb ("Regulators Must Act"), are left alone.
 */

const LAW_HEADS = new Set(['Act', 'Acts']);
// How many capitalised words may stand between the name and its head ("Reform and Consumer Protection Act").
const MAX_GAP = 6;

/** The capitalised words from k on run into a law's head. */
function runsIntoLaw(words: readonly string[], k: number): boolean {
  for (let j = k; j < words.length && j - k < MAX_GAP; j++) {
    const w = words[j]!;
    if (LAW_HEADS.has(w)) return true;
    if (!isCapitalised(w) && w !== 'and' && w !== 'of') return false;
  }
  return false;
}

export function dropLawNameParts(words: readonly string[], shouted: boolean, spans: NerSpan[]): NerSpan[] {
  if (shouted) return spans;
  let out = spans;
  for (const sp of spans) {
    const next = words[sp.end];
    // "the U.S. Trade Act": a place before a law's name is the place whose law it is.
    if (sp.label === 'LOC' || next === undefined || !isCapitalised(next) || !runsIntoLaw(words, sp.end)) continue;
    // (Whether the sentence is a title is asked only here: most sentences name no law.)
    if (isTitleCased(words)) return spans;
    out = out.filter((o) => o !== sp);
  }
  return out;
}
