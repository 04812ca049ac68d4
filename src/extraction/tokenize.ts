/** A word or punctuation mark with its character offsets in the source text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Tokens, in order of preference at each position (as the regular expression
//   ['’][sS](?![\p{L}\p{N}]) | (?:[A-Z]{1,3})?\$ | [\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+)* | \.\.\. | -- | [^\s\p{L}\p{N}]
// would find them, scanned by hand: a regular expression match costs an array per token):
// a possessive 's; a currency, whose prefix stays one token ("HK$") so amounts read "HK$ 43.05" like newswire
// "$ 47.08"; a word or number, joined over - ' ’ . & /; an ellipsis; a dash; any other character.
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

/** A letter or number (Unicode \p{L} or \p{N}). */
function isWordCode(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

function isSpaceCode(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13);
  return SPACE_CHAR.test(String.fromCodePoint(cp));
}

/** Code point at i, or -1 past the end. */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.codePointAt(i)! : -1;
}

const codeWidth = (cp: number) => (cp > 0xffff ? 2 : 1);

const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 47; // - ' ’ . & /
const isUpperAscii = (c: number) => c >= 65 && c <= 90;

/** End of the letters and numbers from i. */
function wordRunEnd(text: string, i: number): number {
  // ASCII letters and digits by code unit (no surrogate is below 128); anything else by code point.
  const length = text.length;
  while (i < length && isAsciiWordUnit(text.charCodeAt(i))) i++;
  if (i < length && text.charCodeAt(i) < 128) return i;
  for (let cp = codeAt(text, i); cp >= 0 && isWordCode(cp); cp = codeAt(text, i)) i += codeWidth(cp);
  return i;
}

const isAsciiWordUnit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** End of the token starting at i, a character that is no space. */
function tokenEnd(text: string, i: number, cp: number): number {
  if (cp === 39 || cp === 0x2019) {
    const s = text.charCodeAt(i + 1);
    if ((s === 115 || s === 83) && !isWordCode(codeAt(text, i + 2))) return i + 2;
  }
  if (cp === 36) return i + 1;
  if (isUpperAscii(cp)) {
    let k = i + 1;
    while (k < i + 4 && isUpperAscii(text.charCodeAt(k))) k++;
    if (k < i + 4 && text.charCodeAt(k) === 36) return k + 1;
  }
  if (isWordCode(cp)) {
    let end = wordRunEnd(text, i);
    while (isJoiner(text.charCodeAt(end)) && isWordCode(codeAt(text, end + 1))) end = wordRunEnd(text, end + 1);
    return end;
  }
  if (cp === 46 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) return i + 3;
  if (cp === 45 && text.charCodeAt(i + 1) === 45) return i + 2;
  return i + codeWidth(cp);
}

// Words whose trailing period belongs to the word, not to the sentence.
const ABBREVIATIONS = new Set(
  (
    'inc corp co ltd plc cos bros mr mrs ms dr prof st jr sr no nos vs etc approx dept est ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec gov sen rep gen col lt sgt ft mt ave blvd ' +
    'u.s u.k u.n e.u n.v s.a n.a a.g l.p g.m b.v s.p.a p.m a.m i.e e.g'
  ).split(' '),
);

function takesPeriod(word: string): boolean {
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // Initials ("J.") and dotted acronyms ("U.S") keep their final period.
  if (/^\p{Lu}$/u.test(word)) return true;
  return /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

function endsWithPossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 && last !== 83) return false; // s S
  const quote = word.charCodeAt(word.length - 2);
  return quote === 39 || quote === 0x2019;
}

/** Splits text into tokens with offsets; possessive 's becomes its own token as in CoNLL. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    // ASCII white space is passed over by code unit; anything else is read by code point.
    const unit = text.charCodeAt(i);
    if (unit === 32 || (unit >= 9 && unit <= 13)) {
      i++;
      continue;
    }
    const cp = unit < 128 ? unit : text.codePointAt(i)!;
    if (isSpaceCode(cp)) {
      i += codeWidth(cp);
      continue;
    }
    const start = i;
    let end = tokenEnd(text, i, cp);
    let word = text.slice(start, end);
    i = end;
    if (word.length > 2 && endsWithPossessive(word)) {
      tokens.push({ text: word.slice(0, -2), start, end: end - 2 });
      tokens.push({ text: word.slice(-2), start: end - 2, end });
      continue;
    }
    if (text.charCodeAt(end) === 46 /* . */ && takesPeriod(word) && text.charCodeAt(end + 1) !== 46) {
      // Sliced again rather than `word += '.'`, which leaves a two-part string for later lookups to flatten.
      end += 1;
      word = text.slice(start, end);
      i = end;
    }
    tokens.push({ text: word, start, end });
  }
  return tokens;
}
