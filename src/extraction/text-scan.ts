/** Character tests on UTF-16 code units, for scanning text without slicing it or running a regular expression. */

const SPACE = /\s/;

/** The code unit is white space as the regular expression \s reads it (every such character is one unit). */
export function isSpaceUnit(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c));
}
