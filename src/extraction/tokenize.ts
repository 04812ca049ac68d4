/** A word or punctuation mark with its character offsets in the source text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Currency prefixes stay one token ("HK$") so amounts read "HK$ 43.05" like newswire "$ 47.08".
const TOKEN_PATTERN =
  /['’][sS](?![\p{L}\p{N}])|(?:[A-Z]{1,3})?\$|[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+)*|\.\.\.|--|[^\s\p{L}\p{N}]/gu;

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
  TOKEN_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_PATTERN.exec(text)) !== null) {
    let word = match[0];
    const start = match.index;
    let end = start + word.length;
    if (word.length > 2 && endsWithPossessive(word)) {
      tokens.push({ text: word.slice(0, -2), start, end: end - 2 });
      tokens.push({ text: word.slice(-2), start: end - 2, end });
      continue;
    }
    if (text.charCodeAt(end) === 46 /* . */ && takesPeriod(word) && text.charCodeAt(end + 1) !== 46) {
      word += '.';
      end += 1;
      TOKEN_PATTERN.lastIndex = end;
    }
    tokens.push({ text: word, start, end });
  }
  return tokens;
}
