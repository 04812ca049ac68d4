import { isCalendarWord } from '../calendar-words.js';
import { knowsWordAs, tagSentence, type NerModel } from './perceptron-tagger.js';
import { spansFromTags, type NerSpan } from './recognise-mentions.js';
import { isWellKnownPlace } from './well-known-places.js';

/**
 * "Rio Tinto names Simon Trott as chief executive": a headline that capitalises only its first word and its names, as
 * prose does, tells names by case after its first word, which the reading without case that headlines get cannot
 * use. Names the tagger finds there reading the case, past the first word (or more than it), are added, or
 * take the place of shorter names found inside them.
 */
export function casedNamesInSentenceCase(model: NerModel, words: readonly string[], spans: NerSpan[], sentence: number): NerSpan[] {
  if (!isSentenceCase(words)) return spans;
  let out = spans;
  for (const sp of spansFromTags(sentence, tagSentence(model, words, false))) {
    if ((sp.start === 0 && !opensWithName(model, words, sp)) || (sp.label !== 'ORG' && sp.label !== 'PER') || !isReadByCase(words, sp)) continue;
    const overlapping = out.filter((o) => o.start < sp.end && sp.start < o.end);
    // ("Elon Musk says …": a longer name read by case takes the place of the parts found without it.)
    if (overlapping.some((o) => o.start < sp.start || o.end > sp.end || o.end - o.start >= sp.end - sp.start)) continue;
    out = [...out.filter((o) => !overlapping.includes(o)), sp];
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}

/**
 * "Novo Nordisk CEO to step down": two capitalised words or more opening the headline are more than its first word,
 * unless the first is a place's ("U.K. Shares fall"). Only a company's: a person's name read so there is as often a
 * firm named for its founders ("Saint Gobain 1986 profit …").
 */
const opensWithName = (model: NerModel, words: readonly string[], sp: NerSpan) =>
  sp.label === 'ORG' && sp.end - sp.start >= 2 && words.slice(sp.start, sp.end).every((w) => /^\p{Lu}/u.test(w)) && !isWellKnownPlace(words[0]!) && !knowsWordAs(model, words[0]!.toLowerCase(), 'LOC');

/**
 * A name case can tell: one with a word of capital and small letters ("SUN ALLIANCE reports …" is a name in capitals
 * the reading without case has read already), and not a month's ("end Jan").
 */
const isReadByCase = (words: readonly string[], sp: NerSpan) =>
  words.slice(sp.start, sp.end).some((w) => /\p{Ll}/u.test(w)) && !(sp.end - sp.start === 1 && isCalendarWord(words[sp.start]!.toLowerCase().replace(/\.$/, '')));

/** Four words or more, no more than half of them capitalised. */
function isSentenceCase(words: readonly string[]): boolean {
  let letters = 0;
  let capitalised = 0;
  for (const w of words) {
    if (!/^\p{L}/u.test(w)) continue;
    letters++;
    if (/^\p{Lu}/u.test(w)) capitalised++;
  }
  return letters >= 4 && capitalised * 2 <= letters;
}
