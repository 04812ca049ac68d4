import type { NerModel } from './perceptron-tagger.js';
import type { NerSpan } from './recognise-mentions.js';

/**
 * Scraped news pages keep the share buttons between a photo's credit and the story's byline: "Dana Whitlow Share on
 * twitter Share on Google Plus by Jo Reyes The plan …". The photographer before the first button and the writer after
 * "by" are people, and the writer's name is a given name and a surname: the words after them open the story.
 */

// Services a share button names, written right before the byline's "by".
const BUTTONS = new Set(['twitter', 'Twitter', 'Plus', 'Facebook', 'facebook', 'LinkedIn', 'email', 'Email', 'WhatsApp']);
// A word of a personal name: "Dana", "D'Souza", "McNeil".
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;

/** Two words of a personal name at k. */
const isTwoNameWords = (words: readonly string[], k: number) => NAME_WORD.test(words[k] ?? '') && NAME_WORD.test(words[k + 1] ?? '');
/** A given name of the name list and a surname at k. */
const isPersonName = (model: NerModel, words: readonly string[], k: number) => isTwoNameWords(words, k) && model.lexicon(words[k]!.toLowerCase()).includes('pn');

/** Replaces the spans over [start, start + 2) by a person's. */
function markPerson(spans: NerSpan[], start: number, sentence: number): NerSpan[] {
  const end = start + 2;
  return [...spans.filter((sp) => sp.end <= start || sp.start >= end), { sentence, start, end, label: 'PER' }];
}

/** Marks the photographer and the writer around share buttons as people (see above). */
export function shareBylines(model: NerModel, words: readonly string[], spans: NerSpan[], sentence: number): NerSpan[] {
  let out = spans;
  for (let k = words.indexOf('Share'); k >= 0; k = words.indexOf('Share', k + 1)) {
    if (words[k + 1] !== 'on') continue;
    // The credit right before the first button: "Dana Whitlow Share on".
    if (k >= 2 && words[k - 3] !== 'on' && isPersonName(model, words, k - 2) && !/^\p{Lu}/u.test(words[k - 3] ?? 'x')) out = markPerson(out, k - 2, sentence);
  }
  for (let k = words.indexOf('by'); k > 0; k = words.indexOf('by', k + 1)) {
    // After a button, "by" opens a byline: the two name words after it are the writer's, listed as names or not.
    if (BUTTONS.has(words[k - 1]!) && words.lastIndexOf('Share', k) >= k - 4 && isTwoNameWords(words, k + 1)) out = markPerson(out, k + 1, sentence);
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}
