/** Character tests on UTF-16 code units, for scanning text without slicing it or running a regular expression. */

const SPACE = /\s/;

/** The code unit is white space as the regular expression \s reads it (every such character is one unit). */
export function isSpaceUnit(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c));
}

const NO_LETTER_OR_NUMBER = /^[^\p{L}\p{N}]+$/u;

/** Only punctuation or symbols, no letter or number (as /^[^\p{L}\p{N}]+$/u); ASCII is read without the expression. */
export function isPunctuationOnly(w: string): boolean {
  if (w === '') return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return NO_LETTER_OR_NUMBER.test(w);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return false;
  }
  return true;
}

const LOWER_FIRST = /^\p{Ll}/u;
const UPPER_FIRST = /^\p{Lu}/u;

/** Opens with a lower-case letter (as /^\p{Ll}/u); an ASCII first character is read without the expression. */
export function opensLower(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_FIRST.test(w);
}

/** Opens with a capital (as /^\p{Lu}/u); an ASCII first character is read without the expression. */
export function opensUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(w);
}
