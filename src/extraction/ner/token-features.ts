import { boundedMemo } from '../bounded-memo.js';
import type { WordLexicon } from './word-lexicon.js';
/** Feature strings for one token of a sentence, shared by training and tagging so they never drift. */

/** What the rest of the document says about a word: written lower-case, capitalised mid-sentence, tagged before. */
export interface DocEvidence {
  /** Lower-cased words seen starting with a lower-case letter in running text. */
  lowerWords: Set<string>;
  /** Words seen capitalised not at the start of a running-text sentence. */
  midCapitals: Set<string>;
  /** Lower-cased capitalised word → type it was last tagged with in this document (PER, ORG, LOC, MISC or O). */
  lastType: Map<string, string>;
}

const OPENERS = new Set(['"', '``', "'", '`', ':', '-', '--', '(', '[', '“', '‘']);

/** Token i opens a sentence, quote, heading or aside ('" Angry workers …', 'Note : Add …'): any word is capitalised there. */
export function opensSentence(words: readonly string[], i: number): boolean {
  return i === 0 || OPENERS.has(words[i - 1]!);
}

/** Document evidence from all sentences (lastType starts empty and fills as sentences are tagged). */
export function collectEvidence(sentences: readonly { words: readonly string[]; shouted: boolean }[]): DocEvidence {
  const lowerWords = new Set<string>();
  const midCapitals = new Set<string>();
  for (const { words, shouted } of sentences) {
    if (shouted) continue;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (isCapitalised(w)) {
        if (!opensSentence(words, i)) midCapitals.add(w);
      } else {
        const c = w.charCodeAt(0);
        if ((c >= 97 && c <= 122) || (c > 127 && w[0] !== w[0]!.toUpperCase())) lowerWords.add(w.toLowerCase());
      }
    }
  }
  return { lowerWords, midCapitals, lastType: new Map() };
}

/** Records the types just given to the capitalised words of one sentence. */
export function rememberTypes(doc: DocEvidence, words: readonly string[], tags: readonly string[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i]!)) continue;
    doc.lastType.set(words[i]!.toLowerCase(), TYPE_OF[tags[i]!] ?? 'O');
  }
}

const TYPE_OF: Record<string, string> = { 'B-PER': 'PER', 'I-PER': 'PER', 'B-ORG': 'ORG', 'I-ORG': 'ORG', 'B-LOC': 'LOC', 'I-LOC': 'LOC', 'B-MISC': 'MISC', 'I-MISC': 'MISC' };

export interface FeatureContext {
  /** Token texts of the sentence. */
  words: readonly string[];
  /** Lower-cased, digit-folded forms, precomputed once per sentence. */
  lowers: readonly string[];
  shapes: readonly string[];
  /** Sentence is mostly capitals (a title): word case carries no signal. */
  shouted: boolean;
  /** Lower-case words frequent in running text: a capitalised one is likely just sentence-initial. */
  commonLower: ReadonlySet<string>;
  doc?: DocEvidence;
  /** Word-list and cluster features of a lower-case word form. */
  lexicon?: WordLexicon;
}

const HAS_DIGIT = /\d/;

export function lowerForm(word: string): string {
  const lower = word.toLowerCase();
  return HAS_DIGIT.test(lower) ? lower.replace(/\d/g, '0') : lower;
}

/** Short word shape: Xiaomi → Xx, HK$ → X$, 43.05 → d.d, iPhone → xXx. */
export const wordShape: (word: string) => string = boundedMemo(computeShape, 100_000);

function computeShape(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

/** First character is an upper-case letter (cheaper than a Unicode regex on the hot path). */
/** As text === text.toUpperCase(), without the upper-case copy for ASCII text: a small letter answers at once. */
export function isAllCapitals(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return text === text.toUpperCase();
  }
  return true;
}

export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const first = w[0]!;
  return first !== first.toLowerCase();
}

export function buildContext(
  words: readonly string[],
  shouted: boolean,
  commonLower: ReadonlySet<string>,
  doc?: DocEvidence,
  lexicon?: WordLexicon,
): FeatureContext {
  return { words, lowers: words.map(lowerForm), shapes: words.map(wordShape), shouted, commonLower, doc, lexicon };
}

/**
 * The templates of a lower-case word form's own features, in order, each with the value it takes: feature
 * "x3=ing" is template "x3" with value "ing". The tagger looks the values up per template and builds no strings.
 */
export const OWN_WORD_TEMPLATES: readonly (readonly [template: string, value: (w: string) => string])[] = [
  ['w', (w) => w],
  ['p3', (w) => w.slice(0, 3)],
  ['x3', (w) => w.slice(-3)],
  ['x2', (w) => w.slice(-2)],
  ['x4', (w) => w.slice(-4)],
  ['len', (w) => String(Math.min(w.length, 6))],
  ['p2', (w) => w.slice(0, 2)],
  ['p4', (w) => w.slice(0, 4)],
  ['x1', (w) => w.slice(-1)],
  ['x5', (w) => w.slice(-5)],
];

/** Features of a lower-case word form alone, for the token itself: the tagger caches their sum per word. */
export function ownWordFeatures(w: string): string[] {
  return OWN_WORD_TEMPLATES.map(([template, value]) => template + '=' + value(w));
}

export const BOUNDARY = '<s>';

/** Features of token i that do not depend on the tags before it. */
export function staticFeatures(ctx: FeatureContext, i: number): string[] {
  const { lowers, shapes, shouted } = ctx;
  const w = lowers[i]!;
  const s = shouted ? 'SH' : shapes[i]!;
  const wp = i > 0 ? lowers[i - 1]! : BOUNDARY;
  const wn = i + 1 < lowers.length ? lowers[i + 1]! : BOUNDARY;
  const wp2 = i > 1 ? lowers[i - 2]! : BOUNDARY;
  const wn2 = i + 2 < lowers.length ? lowers[i + 2]! : BOUNDARY;
  const sp = i > 0 ? (shouted ? 'SH' : shapes[i - 1]!) : BOUNDARY;
  const sn = i + 1 < shapes.length ? (shouted ? 'SH' : shapes[i + 1]!) : BOUNDARY;
  const features = [
    'b',
    ...ownWordFeatures(w),
    's=' + s,
    'w-1=' + wp,
    'w+1=' + wn,
    'w-2=' + wp2,
    'w+2=' + wn2,
    's-1=' + sp,
    's+1=' + sn,
    's3=' + sp + '|' + s + '|' + sn,
    'ww-1=' + wp + '|' + w,
    'ww+1=' + w + '|' + wn,
  ];
  const lexicon = ctx.lexicon;
  if (lexicon) {
    for (const f of lexicon(w)) features.push('L=' + f);
    if (i > 0) for (const f of lexicon(wp)) features.push('L-1=' + f);
    if (i + 1 < lowers.length) for (const f of lexicon(wn)) features.push('L+1=' + f);
  }
  features.push(...flagFeatures(ctx, i));
  return features;
}

/** Sentence-position, title and document-evidence flags of token i. */
export function flagFeatures(ctx: FeatureContext, i: number): string[] {
  const w = ctx.lowers[i]!;
  const shouted = ctx.shouted;
  const flags: string[] = [];
  if (i === 0) flags.push('first|' + (shouted ? 'SH' : ctx.shapes[i]!));
  if (shouted) flags.push('shouted');
  if (!shouted && isCapitalised(ctx.words[i]!) && ctx.commonLower.has(w)) flags.push(i === 0 ? 'commonlc|first' : 'commonlc|mid');
  if (shouted && ctx.commonLower.has(w)) flags.push('commonlc|shouted');
  flags.push(...docFeatures(ctx, i));
  return flags;
}

/** Document-level evidence about a capitalised token. */
export function docFeatures(ctx: FeatureContext, i: number): string[] {
  const doc = ctx.doc;
  const word = ctx.words[i]!;
  if (!doc || !isCapitalised(word)) return [];
  const out: string[] = [];
  const lower = word.toLowerCase();
  if (!ctx.shouted && doc.lowerWords.has(lower)) out.push('doc:lower');
  if ((i === 0 || ctx.shouted) && doc.midCapitals.has(ctx.shouted ? capitalise(lower) : word)) out.push(ctx.shouted ? 'doc:midcap|SH' : 'doc:midcap|first');
  const last = doc.lastType.get(lower);
  if (last) out.push('doc:last=' + last);
  return out;
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);


/** Features that pair token i with the previous predicted tags. */
export function tagFeatures(ctx: FeatureContext, i: number, prev: string, prev2: string): string[] {
  const s = ctx.shouted ? 'SH' : ctx.shapes[i]!;
  return ['t-1=' + prev, 't-2=' + prev2 + '|' + prev, 'tw=' + prev + '|' + ctx.lowers[i]!, 'ts=' + prev + '|' + s];
}

/** All features of token i given the two previous predicted tags. */
export function tokenFeatures(ctx: FeatureContext, i: number, prev: string, prev2: string): string[] {
  return [...staticFeatures(ctx, i), ...tagFeatures(ctx, i, prev, prev2)];
}
