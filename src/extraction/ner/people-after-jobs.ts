import { isCorporateHead } from '../corporate-heads.js';
import { isLegalSuffix } from '../name-normalisation.js';
import type { NerModel } from './perceptron-tagger.js';
import type { NerSpan } from './recognise-mentions.js';

/**
 * "Kestrel Bank economist Dana Price said", "chief executive Morgan Lee": the name right after a job written in lower
 * case is the holder's, a person's, even when its words are a company's too ("Dana", "Price" and "Morgan" name firms).
 */

// Jobs held by one person, written before the holder's name.
const JOBS = new Set([
  ...['analyst', 'economist', 'strategist', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'executive', 'officer'],
  ...['director', 'manager', 'founder', 'co-founder', 'treasurer', 'trader', 'CEO', 'CFO', 'COO', 'CTO'],
]);

const INITIAL = /^\p{Lu}\.$/u;
// A word of a personal name: "Dana", "D'Souza", "McNeil".
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;

/** Relabels as people the spans of two name words (perhaps an initial between), opening with a name of the name list, right after a job. */
export function peopleAfterJobs(model: NerModel, words: readonly string[], shouted: boolean, spans: NerSpan[]): NerSpan[] {
  if (shouted) return spans;
  for (const span of spans) {
    if (span.label === 'PER' || span.start === 0 || !JOBS.has(words[span.start - 1]!)) continue;
    // "lead manager Morgan Stanley": the bank running a bond issue.
    if (words[span.start - 1] === 'manager' && /lead$/i.test(words[span.start - 2] ?? '')) continue;
    // Two words, or three with an initial between them ("Dana J. Price"): "Morgan Stanley International" is a firm.
    const length = span.end - span.start;
    if (!(length === 2 || (length === 3 && INITIAL.test(words[span.start + 1]!)))) continue;
    if (!model.lexicon(words[span.start]!.toLowerCase()).includes('pn')) continue;
    if (!isPersonalName(words, span)) continue;
    span.label = 'PER';
  }
  return spans;
}

/** Every word may be a person's ("Dana Price"), and none closes a company's name ("Dana Industries", "Dana Corp"). */
function isPersonalName(words: readonly string[], span: NerSpan): boolean {
  for (let k = span.start; k < span.end; k++) {
    const w = words[k]!;
    if (INITIAL.test(w)) continue;
    if (!NAME_WORD.test(w) || isLegalSuffix(w) || isCorporateHead(w.toLowerCase())) return false;
  }
  return true;
}
