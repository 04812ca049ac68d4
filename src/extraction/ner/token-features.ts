/** Feature strings for one token of a sentence, shared by training and tagging so they never drift. */

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
}

const HAS_DIGIT = /\d/;

export function lowerForm(word: string): string {
  const lower = word.toLowerCase();
  return HAS_DIGIT.test(lower) ? lower.replace(/\d/g, '0') : lower;
}

const shapeCache = new Map<string, string>();

/** Short word shape: Xiaomi → Xx, HK$ → X$, 43.05 → d.d, iPhone → xXx. */
export function wordShape(word: string): string {
  let shape = shapeCache.get(word);
  if (shape === undefined) {
    shape = computeShape(word);
    if (shapeCache.size > 100_000) shapeCache.clear();
    shapeCache.set(word, shape);
  }
  return shape;
}

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
export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const first = w[0]!;
  return first !== first.toLowerCase();
}

export function buildContext(words: readonly string[], shouted: boolean, commonLower: ReadonlySet<string>): FeatureContext {
  return { words, lowers: words.map(lowerForm), shapes: words.map(wordShape), shouted, commonLower };
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
    'w=' + w,
    's=' + s,
    'p3=' + w.slice(0, 3),
    'x3=' + w.slice(-3),
    'x2=' + w.slice(-2),
    'x4=' + w.slice(-4),
    'len=' + Math.min(w.length, 6),
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
  return flags;
}

/** Features that pair token i with the previous predicted tags. */
export function tagFeatures(ctx: FeatureContext, i: number, prev: string, prev2: string): string[] {
  const s = ctx.shouted ? 'SH' : ctx.shapes[i]!;
  return ['t-1=' + prev, 't-2=' + prev2 + '|' + prev, 'tw=' + prev + '|' + ctx.lowers[i]!, 'ts=' + prev + '|' + s];
}

/** All features of token i given the two previous predicted tags. */
export function tokenFeatures(ctx: FeatureContext, i: number, prev: string, prev2: string): string[] {
  return [...staticFeatures(ctx, i), ...tagFeatures(ctx, i, prev, prev2)];
}
