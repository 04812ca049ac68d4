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

export function lowerForm(word: string): string {
  return word.toLowerCase().replace(/\d/g, '0');
}

/** Short word shape: Xiaomi → Xx, HK$ → X$, 43.05 → d.d, iPhone → xXx. */
export function wordShape(word: string): string {
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

export function buildContext(words: readonly string[], shouted: boolean, commonLower: ReadonlySet<string>): FeatureContext {
  return { words, lowers: words.map(lowerForm), shapes: words.map(wordShape), shouted, commonLower };
}

const BOUNDARY = '<s>';

/** Features of token i given the two previous predicted tags. */
export function tokenFeatures(ctx: FeatureContext, i: number, prev: string, prev2: string): string[] {
  const { lowers, shapes, shouted } = ctx;
  const w = lowers[i]!;
  const s = shouted ? 'SH' : shapes[i]!;
  const wp = i > 0 ? lowers[i - 1]! : BOUNDARY;
  const wn = i + 1 < lowers.length ? lowers[i + 1]! : BOUNDARY;
  const wp2 = i > 1 ? lowers[i - 2]! : BOUNDARY;
  const wn2 = i + 2 < lowers.length ? lowers[i + 2]! : BOUNDARY;
  const sp = i > 0 ? (shouted ? 'SH' : shapes[i - 1]!) : BOUNDARY;
  const sn = i + 1 < shapes.length ? (shouted ? 'SH' : shapes[i + 1]!) : BOUNDARY;
  const capitalised = !shouted && /^\p{Lu}/u.test(ctx.words[i]!);
  const features = [
    'b',
    'w=' + w,
    's=' + s,
    'p3=' + w.slice(0, 3),
    'x3=' + w.slice(-3),
    'x2=' + w.slice(-2),
    'x4=' + w.slice(-4),
    'w-1=' + wp,
    'w+1=' + wn,
    'w-2=' + wp2,
    'w+2=' + wn2,
    's-1=' + sp,
    's+1=' + sn,
    's3=' + sp + '|' + s + '|' + sn,
    't-1=' + prev,
    't-2=' + prev2 + '|' + prev,
    'tw=' + prev + '|' + w,
    'ww-1=' + wp + '|' + w,
    'ww+1=' + w + '|' + wn,
    'ts=' + prev + '|' + s,
    'len=' + Math.min(w.length, 6),
  ];
  if (i === 0) features.push('first|' + s);
  if (shouted) features.push('shouted');
  if (capitalised && ctx.commonLower.has(w)) features.push('commonlc|' + (i === 0 ? 'first' : 'mid'));
  if (ctx.shouted && ctx.commonLower.has(w)) features.push('commonlc|shouted');
  return features;
}
