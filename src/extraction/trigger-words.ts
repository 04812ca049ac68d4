/**
 * The words that can set off a relation rule, as classes of one bit each. A sentence's words are looked up once
 * (one small map for every rule), and a rule none of whose words the sentence holds skips it without scanning it:
 * most sentences set off few rules. A class must hold every word without which its rule finds nothing.
 */

const classesOfWord = new Map<string, number>();
let registered = 0;

// A one-byte-per-slot filter over the trigger words: a word whose slot is empty is no trigger word, and most words
// of a sentence are passed over without hashing the string or probing the map (a map lookup costs far more).
const FILTER_SLOTS = 4096;
const mayBeTriggerWord = new Uint8Array(FILTER_SLOTS);

/** Filter slot of a word, from its length and first, second and last characters. */
function filterSlot(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  const h = Math.imul(Math.imul(Math.imul(n, 31) + word.charCodeAt(0), 31) + word.charCodeAt(n > 1 ? 1 : 0), 31) + word.charCodeAt(n - 1);
  return (h ^ (h >>> 12)) & (FILTER_SLOTS - 1);
}
// Bits of a 32-bit integer that stay positive.
const MAX_CLASSES = 30;

/** Registers a rule's lower-case trigger words (at module load); returns the class bit to test with `mayTrigger`. */
export function triggerClass(...groups: Iterable<string>[]): number {
  if (registered === MAX_CLASSES) throw new Error(`more than ${MAX_CLASSES} trigger-word classes`);
  const bit = 1 << registered++;
  for (const words of groups) {
    for (const w of words) {
      classesOfWord.set(w, (classesOfWord.get(w) ?? 0) | bit);
      mayBeTriggerWord[filterSlot(w)] = 1;
    }
  }
  return bit;
}

/**
 * The classes whose words occur among a sentence's lower-case tokens. Classes registered later (a rule module
 * loaded after the sentence was read) are all counted as present, so they are never skipped wrongly.
 */
export function triggersOf(lower: readonly string[]): number {
  let present = ~((1 << registered) - 1);
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i]!;
    if (mayBeTriggerWord[filterSlot(word)] === 1) present |= classesOfWord.get(word) ?? 0;
  }
  return present;
}

/** The sentence may hold a word of the class (false: it holds none, and the rule cannot fire). */
export function mayTrigger(s: { triggers: number }, triggerClassBit: number): boolean {
  return (s.triggers & triggerClassBit) !== 0;
}
