import { isSpaceUnit } from './text-scan.js';
import { tokenize, type Token } from './tokenize.js';

/** One sentence of a document: its tokens and its character span. */
export interface Sentence {
  tokens: Token[];
  start: number;
  end: number;
  /** Most letters are capitals: a newswire title, where case says little. */
  shouted: boolean;
}

const TERMINATORS = new Set(['.', '!', '?', '...']);
// The first character of every terminator ('.', '!', '?'): other tokens are passed over without hashing their text.
const isTerminator = (text: string) => {
  const c = text.charCodeAt(0);
  return (c === 46 || c === 33 || c === 63) && TERMINATORS.has(text);
};
// Far longer than any real sentence (newswire sentences run to about 60 tokens).
const MAX_SENTENCE_TOKENS = 250;
const CLOSERS = new Set(['"', '”', "'", '’', ')']);
// A corporate abbreviation ends the sentence only when a typical sentence opener follows.
const OPENERS = new Set(['The', 'It', 'Its', 'He', 'She', 'They', 'In', 'A', 'An', 'This', 'But', 'Shares', 'On']);

// Lower-case words a title in title case keeps: "Deal of the Year", "Shares Slide After Arm Earnings Miss".
const TITLE_SMALL_WORDS = new Set(
  'a an the of and or nor but to in on at for by with from as into onto over under after amid vs via per up down out off is are was be'.split(' '),
);

/**
 * A line of its own in title case. In hard-wrapped copy a line of prose full of names ("Dealers noted that Federal
 * Reserve Board Chairman Paul") is no title: a title writes its other words in capitals too, save small ones.
 */
function isTitleLike(line: string): boolean {
  if (/[.!?:;,]["”’]?\s*$/.test(line)) return false;
  // "Bass Plc <BASS.L> and <Horizon Travel": a bracket left open runs on to the next line.
  if (line.lastIndexOf('<') > line.lastIndexOf('>') || line.lastIndexOf('(') > line.lastIndexOf(')')) return false;
  const counts = isAscii(line) ? countAsciiWords(line) : countWords(line);
  return counts !== undefined && counts.words > 0 && counts.capitalised / counts.words >= 0.6;
}

interface WordCounts {
  words: number;
  capitalised: number;
}

/** Words and capitalised words of a line; undefined once it is clearly no title (too long, or prose). */
function countWords(line: string): WordCounts | undefined {
  let words = 0;
  let capitalised = 0;
  let prose = 0;
  for (const [w] of line.matchAll(WORD)) {
    if (++words > 25) return undefined;
    if (/^\p{Lu}/u.test(w)) capitalised++;
    // A second lower-case word of prose settles it: no title.
    else if (!TITLE_SMALL_WORDS.has(w) && ++prose > 1) return undefined;
  }
  return { words, capitalised };
}

const WORD = /\p{L}[\p{L}'’-]*/gu;

/** countWords for a line of ASCII characters, scanned by hand: WORD's matches are runs of a letter then letters, ' and -. */
function countAsciiWords(line: string): WordCounts | undefined {
  let words = 0;
  let capitalised = 0;
  let prose = 0;
  let k = 0;
  while (k < line.length) {
    const first = line.charCodeAt(k);
    if (!isAsciiLetter(first)) {
      k++;
      continue;
    }
    const start = k++;
    for (let c = line.charCodeAt(k); isAsciiLetter(c) || c === 39 || c === 45; c = line.charCodeAt(k)) k++;
    if (++words > 25) return undefined;
    if (first <= 90) capitalised++;
    else if (!TITLE_SMALL_WORDS.has(line.slice(start, k)) && ++prose > 1) return undefined;
  }
  return { words, capitalised };
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function isAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) >= 128) return false;
  return true;
}

// "William R.", "Chairman A.W.": initials after a capitalised word, the surname on the next line.
const MIDDLE_INITIAL_AT_END = /\p{Lu}[\p{Ll}.]+ (?:\p{Lu}\.)+$/u;

const ROLE_AND_NAME_AT_END =
  /\b(?:[Cc]hair(?:man|woman)|[Pp]resident|[Cc]hief|[Dd]irector|[Mm]inister|[Ss]ecretary|[Gg]overnor|[Ss]pokes(?:man|woman)|[Oo]fficer|[Ee]xecutive|CEO|[Hh]ead|[Aa]nalyst)\s+\p{Lu}[\p{Ll}'’]+$/u;

/** Character positions after which a line break also ends a sentence. */
function lineBreakBoundaries(text: string): Set<number> {
  const breaks = new Set<number>();
  // Hard-wrapped copy (1987 Reuters) never has long lines; text with long lines puts each sentence or title on its own line.
  let longest = 0;
  for (let a = 0, b = text.indexOf('\n'); ; a = b + 1, b = text.indexOf('\n', a)) {
    longest = Math.max(longest, (b < 0 ? text.length : b) - a);
    if (b < 0) break;
  }
  const unwrapped = longest > 100;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (unwrapped || endsLine(text, lineStart, i)) breaks.add(i);
    lineStart = i + 1;
  }
  return breaks;
}

/**
 * The line text[lineStart, i) ends a sentence or is a title, or a paragraph break follows it. Its end and the next
 * line's opening are read in place; the line is sliced only for the tests that need a capital after it.
 */
function endsLine(text: string, lineStart: number, i: number): boolean {
  const opening = nextLineOpening(text, i + 1);
  if ((opening & PARAGRAPH_BREAK) !== 0) return true;
  // A title only matters when a capitalised line follows it; skip the costlier test otherwise.
  const capitalNext = (opening & CAPITAL_NEXT) !== 0;
  const sentenceEnd = endsWithSentenceEnd(text, lineStart, i);
  if (sentenceEnd && !capitalNext) return true;
  if (!capitalNext) return false;
  const line = text.slice(lineStart, i);
  // "president William R." wrapped before the surname: a middle initial ends no sentence.
  if (sentenceEnd && !MIDDLE_INITIAL_AT_END.test(line)) return true;
  // "GenCorp Inc chairman William" wrapped before "Reynolds said …": a title names no one by a role and a given name.
  return isTitleLike(line) && !ROLE_AND_NAME_AT_END.test(line);
}

const PARAGRAPH_BREAK = 1;
const CAPITAL_NEXT = 2;

/**
 * What the five characters after a line break say (as /^\s*\n/, /^ {3}/, /^\t/ and /^\s*[\p{Lu}"“]/u would on
 * them): a paragraph break, a capital or an opening quote. ASCII is read in place; anything else by the expressions.
 */
function nextLineOpening(text: string, from: number): number {
  const to = Math.min(text.length, from + 5);
  let k = from;
  let newline = false;
  for (; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return nextLineOpeningByExpressions(text.slice(from, to));
    if (c !== 32 && (c < 9 || c > 13)) break;
    if (c === 10) newline = true;
  }
  const c = k < to ? text.charCodeAt(k) : -1;
  if (c >= 128) return nextLineOpeningByExpressions(text.slice(from, to));
  const indented = to - from >= 3 && text.charCodeAt(from) === 32 && text.charCodeAt(from + 1) === 32 && text.charCodeAt(from + 2) === 32;
  const paragraphBreak = newline || indented || text.charCodeAt(from) === 9;
  const capital = (c >= 65 && c <= 90) || c === 34;
  return (paragraphBreak ? PARAGRAPH_BREAK : 0) | (capital ? CAPITAL_NEXT : 0);
}

function nextLineOpeningByExpressions(next: string): number {
  const paragraphBreak = /^\s*\n/.test(next) || /^ {3}/.test(next) || /^\t/.test(next);
  const capital = /^\s*[\p{Lu}"“]/u.test(next);
  return (paragraphBreak ? PARAGRAPH_BREAK : 0) | (capital ? CAPITAL_NEXT : 0);
}

/** The line text[lineStart, end) ends with a sentence end, as /[.!?]["”’)]?\s*$/ reads it, tested in place. */
function endsWithSentenceEnd(text: string, lineStart: number, end: number): boolean {
  let k = end - 1;
  while (k >= lineStart && isSpaceUnit(text.charCodeAt(k))) k--;
  if (k < lineStart) return false;
  const last = text.charCodeAt(k);
  if (isSentenceEndMark(last)) return true;
  return (last === 34 || last === 0x201d || last === 0x2019 || last === 41) && k > lineStart && isSentenceEndMark(text.charCodeAt(k - 1));
}

const isSentenceEndMark = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?

/** Position of the first line break in text[from, to), or -1: the gap between two tokens, read without slicing it. */
function lineBreakIn(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return k;
  return -1;
}

const SENTENCE_OPENING = /^[\p{Lu}\p{N}"“‘'(]/u;

/** The token may open a sentence: a capital, a number, a quote or a bracket (ASCII is tested without the regex). */
function opensSentence(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 128) return SENTENCE_OPENING.test(text);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40;
}

/**
 * Most letters of text[start, end) are capitals. Read from the text, not from the tokens: the characters between
 * tokens are white space, which has no case, so the counts are those of the tokens' letters.
 */
function isShouted(text: string, start: number, end: number): boolean {
  let letters = 0;
  let upper = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (c >= 65 && c <= 90) (letters++, upper++);
      else if (c >= 97 && c <= 122) {
        letters++;
        // Settled once lower-case letters are a fifth of all the letters there can be: each unit left may be one.
        if (5 * (letters - upper) >= letters + (end - k - 1)) return false;
      }
      continue;
    }
    const ch = text[k]!;
    const up = ch.toUpperCase();
    if (ch.toLowerCase() === up) continue;
    letters++;
    if (ch === up) upper++;
  }
  return letters >= 4 && upper / letters > 0.8;
}

/** Splits a document into sentences, keeping offsets into the document text. */
export function splitSentences(text: string): Sentence[] {
  const tokens = tokenize(text);
  const breaks = lineBreakBoundaries(text);
  const sentences: Sentence[] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const start = current[0]!.start;
    const end = current[current.length - 1]!.end;
    sentences.push({ tokens: current, start, end, shouted: isShouted(text, start, end) });
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    current.push(token);
    const next = tokens[i + 1];
    if (!next) break;
    // Text without sentence ends (a dump, a table, a run of capitals) is cut into bounded pieces, so the rules,
    // several of which compare every name of a sentence with every other, stay fast on any input.
    if (current.length >= MAX_SENTENCE_TOKENS) {
      flush();
      continue;
    }
    const newline = lineBreakIn(text, token.end, next.start);
    if (newline >= 0 && breaks.has(newline)) {
      flush();
      continue;
    }
    if (isTerminator(token.text)) {
      // Keep a closing quote or bracket with the sentence it closes.
      while (tokens[i + 1] && CLOSERS.has(tokens[i + 1]!.text) && tokens[i + 1]!.start === current[current.length - 1]!.end) {
        current.push(tokens[++i]!);
      }
      const following = tokens[i + 1];
      if (following && opensSentence(following.text)) flush();
      continue;
    }
    if (token.text.length > 1 && token.text.charCodeAt(token.text.length - 1) === 46 && next.start > token.end && OPENERS.has(next.text)) {
      if (/^(?:Inc|Corp|Co|Ltd|Plc|PLC|Cos|etc)\.$/.test(token.text)) flush();
    }
  }
  flush();
  return sentences;
}
