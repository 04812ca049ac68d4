import { BOUNDARY, isCapitalised, lowerForm, OWN_WORD_TEMPLATES, wordShape, type DocEvidence } from './token-features.js';
import { createLexicon, type WordLexicon } from './word-lexicon.js';

/** Serialized averaged-perceptron model, as written by scripts/train/train-ner.ts. */
export interface NerModelFile {
  labels: string[];
  commonLower: string[];
  /** Lower-cased one-word place names of the training text. */
  places?: string[];
  /** feature → flat list of [labelIndex, weight, labelIndex, weight …] */
  weights: Record<string, number[]>;
  /** Lower-case word → its cluster features (scripts/train/word-clusters.ts), coarse to fine. */
  clusters?: Record<string, string[]>;
}

export interface NerModel {
  labels: string[];
  commonLower: Set<string>;
  places: Set<string>;
  weights: FeatureWeights;
  /** Word-list and cluster features of a word form (token-features.ts staticFeatures). */
  lexicon: WordLexicon;
  /** Summed weights per word and per shape, filled lazily: scoring then hashes each word once, not per feature. */
  cache: ScoreCache;
}

type Nested = Map<string, Map<string, Float32Array>>;

interface FlagRows {
  shouted?: Float32Array;
  commonShouted?: Float32Array;
  commonFirst?: Float32Array;
  commonMid?: Float32Array;
  docLower?: Float32Array;
  docMidFirst?: Float32Array;
  docMidShouted?: Float32Array;
  docLast: Map<string, Float32Array>;
}

/** What scoring needs about one written word, looked up once per word rather than once per feature. */
interface WordInfo {
  /** The written word, and its wordHash: the recent-words table checks these in the info it holds. */
  word: string;
  hash: number;
  /** Lower-case, digit-folded form; the model's own string for it when the model knows it (see `canonical`). */
  lower: string;
  /** Offsets of the word's rows in the cache's row store, as the token and as each neighbour (see WordRows). */
  self: number;
  asPrev: number;
  asNext: number;
  asPrev2: number;
  asNext2: number;
  shape: ShapeInfo;
  /** Plain lower case (digits kept), the key of the document evidence. */
  plain: string;
  capitalised: boolean;
  /** The lower form is in the model's common lower-case words. */
  common: boolean;
  /** ww-1 rows of this word: previous word → row. */
  pairsWithPrev: Map<string, Float32Array> | undefined;
  /** ww+1 rows of this word: next word → row. */
  pairsWithNext: Map<string, Float32Array> | undefined;
  /** tw rows of this word per history index. */
  tagRows: (Float32Array | undefined)[] | undefined;
}

/** What scoring needs about one word shape. */
interface ShapeInfo {
  /** s=, s-1=, s+1= rows, then one ts= row per history. */
  block: Float32Array;
  /** The first|shape row, for a sentence's first token. */
  first: Float32Array | undefined;
  /** Number of the shape among those of the s3 weights, -1 when no s3 feature holds it. */
  tripleId: number;
}

/** Weights split by feature template: "x3=ing" is found as rows.get("x3").get("ing"), with no string built. */
type TemplateRows = Map<string, Map<string, Float32Array>>;

interface ScoreCache {
  info: Map<string, WordInfo>;
  /** The infos of recently read words, in front of `info`. */
  recent: RecentWords;
  templates: TemplateRows;
  /**
   * One string object per word the pair and tag-word weights name. Word forms are looked up in those maps by
   * the same object, so a hit compares pointers rather than characters.
   */
  canonical: Map<string, string>;
  /** s3 weights keyed by tripleKey(left, own, right) of the shapes' triple ids. */
  shapeTriples: Map<number, Float32Array>;
  /** Triple ids of the shapes s3 weights name. */
  tripleIds: Map<string, number>;
  histories: string[];
  bias?: Float32Array;
  flags: FlagRows;
  /**
   * ww-1 / ww+1 weights as own word → neighbour word → row, so no pair string is built while tagging. Keyed by the
   * scored (mostly capitalised) word first: its neighbour maps are small, a function word's would be huge.
   */
  pairPrev: Nested;
  pairNext: Nested;
  /** tw weights as word → row per history index. */
  tagWord: Map<string, (Float32Array | undefined)[]>;
  /** Lower-case word → offsets of its rows in `blocks`. */
  word: Map<string, WordRows>;
  blocks: BlockStore;
  /** Offset of each neighbour row stored, by its content (see storeSharedRow). */
  sharedRows: Map<string, number>;
  shape: Map<string, ShapeInfo>;
  tags: Float32Array;
  /** Rows of the sentence boundary, as word, and its shape. */
  edge?: WordRows;
  shapeEdge?: ShapeInfo;
  /** The labels that may follow each history, ascending: an I- label only continues its own type. */
  allowedAfter: Int32Array[];
  /** Entity type ("ORG") → index of its B- label, filled as asked. */
  beginLabels: Map<string, number>;
}

// Previous-tag values: the labels plus the sentence boundary.
const histories = (labels: string[]) => [...labels, BOUNDARY];

export function loadModel(file: NerModelFile): NerModel {
  const n = file.labels.length;
  const weights = new FeatureWeights(file.weights, n);
  const h = histories(file.labels);
  const model: NerModel = {
    labels: file.labels,
    commonLower: new Set(file.commonLower),
    places: new Set(file.places ?? []),
    weights,
    lexicon: createLexicon(file.clusters),
    cache: {
      info: new Map(),
      recent: recentWords(),
      templates: weights.templates,
      canonical: new Map([[BOUNDARY, BOUNDARY]]),
      shapeTriples: new Map(),
      tripleIds: new Map(),
      word: new Map(),
      blocks: { data: new Float32Array(file.labels.length * 8192), used: 0 },
      sharedRows: new Map(),
      shape: new Map(),
      tags: tagPairRows(weights, h, n),
      allowedAfter: h.map((p) => Int32Array.from(file.labels.flatMap((l, k) => (isAllowed(l, p) ? [k] : [])))),
      beginLabels: new Map(),
      pairPrev: new Map(),
      pairNext: new Map(),
      tagWord: new Map(),
      histories: h,
      bias: weights.get('b'),
      flags: {
        shouted: weights.get('shouted'),
        commonShouted: weights.get('commonlc|shouted'),
        commonFirst: weights.get('commonlc|first'),
        commonMid: weights.get('commonlc|mid'),
        docLower: weights.get('doc:lower'),
        docMidFirst: weights.get('doc:midcap|first'),
        docMidShouted: weights.get('doc:midcap|SH'),
        docLast: new Map(
          ['PER', 'ORG', 'LOC', 'MISC', 'O'].flatMap((t) => {
            const row = weights.get('doc:last=' + t);
            return row ? [[t, row] as const] : [];
          }),
        ),
      },
    },
  };
  nestWordWeights(model.cache);
  return model;
}

/**
 * One row of label weights per feature, kept split by template (see TemplateRows): word blocks are summed from
 * the template maps without building feature strings, and loading fills no second map of every feature. The
 * rows are views into one buffer: a separate array per feature made loading allocate (and the collector trace)
 * ninety thousand small objects more.
 */
export class FeatureWeights {
  readonly templates: TemplateRows = new Map();
  /** Features without a value ("b", "shouted", "first|Xx"). */
  private readonly plain = new Map<string, Float32Array>();

  constructor(file: Readonly<Record<string, number[]>>, n: number) {
    const features = Object.keys(file);
    const all = new Float32Array(features.length * n);
    features.forEach((feature, f) => {
      const pairs = file[feature]!;
      const row = new Float32Array(all.buffer, f * n * Float32Array.BYTES_PER_ELEMENT, n);
      for (let k = 0; k < pairs.length; k += 2) row[pairs[k]!] = pairs[k + 1]!;
      // Split at the first "=": templates hold none, so "w=a=b" is template w, value "a=b".
      const eq = feature.indexOf('=');
      if (eq < 0) {
        this.plain.set(feature, row);
        return;
      }
      const template = feature.slice(0, eq);
      let rows = this.templates.get(template);
      if (!rows) this.templates.set(template, (rows = new Map()));
      rows.set(feature.slice(eq + 1), row);
    });
  }

  get(feature: string): Float32Array | undefined {
    const eq = feature.indexOf('=');
    return eq < 0 ? this.plain.get(feature) : this.templates.get(feature.slice(0, eq))?.get(feature.slice(eq + 1));
  }

  has(feature: string): boolean {
    return this.get(feature) !== undefined;
  }
}

/** t-1 and t-2|t-1 rows summed for every history pair, laid out [prev2][prev][label]. */
function tagPairRows(weights: FeatureWeights, h: readonly string[], n: number): Float32Array {
  const tags = new Float32Array(h.length * h.length * n);
  h.forEach((p2, a) =>
    h.forEach((p, b) => {
      const base = (a * h.length + b) * n;
      for (const f of ['t-1=' + p, 't-2=' + p2 + '|' + p]) {
        const row = weights.get(f);
        if (row) for (let k = 0; k < n; k++) tags[base + k]! += row[k]!;
      }
    }),
  );
  return tags;
}

/** Fills the nested pair, tag-word and shape-triple lookups of the cache from the template maps. */
function nestWordWeights(cache: ScoreCache): void {
  const h = cache.histories;
  const canonical = (w: string) => {
    const known = cache.canonical.get(w);
    if (known !== undefined) return known;
    cache.canonical.set(w, w);
    return w;
  };
  const nest = (target: Nested, outer: string, inner: string, row: Float32Array) => {
    let m = target.get(outer);
    if (!m) target.set(outer, (m = new Map()));
    m.set(inner, row);
  };
  for (const [value, row] of cache.templates.get('tw') ?? []) {
    // tw=history|word
    const bar = value.indexOf('|');
    const history = h.indexOf(value.slice(0, bar));
    if (history < 0) continue;
    const word = canonical(value.slice(bar + 1));
    let rows = cache.tagWord.get(word);
    if (!rows) cache.tagWord.set(word, (rows = new Array(h.length)));
    rows[history] = row;
  }
  for (const template of ['ww-1', 'ww+1']) {
    for (const [value, row] of cache.templates.get(template) ?? []) {
      const bar = value.indexOf('|');
      if (bar < 0 || value.indexOf('|', bar + 1) >= 0) continue;
      // ww-1=prev|word and ww+1=word|next: both nested under word.
      const first = canonical(value.slice(0, bar));
      const second = canonical(value.slice(bar + 1));
      if (template === 'ww-1') nest(cache.pairPrev, second, first, row);
      else nest(cache.pairNext, first, second, row);
    }
  }
  const triples: [string[], Float32Array][] = [];
  for (const [value, row] of cache.templates.get('s3') ?? []) {
    const parts = value.split('|');
    if (parts.length === 3) triples.push([parts, row]);
  }
  for (const [parts] of triples) for (const shape of parts) if (!cache.tripleIds.has(shape)) cache.tripleIds.set(shape, cache.tripleIds.size);
  const id = (shape: string | undefined) => cache.tripleIds.get(shape!)!;
  for (const [[left, own, right], row] of triples) cache.shapeTriples.set(tripleKey(cache, id(left), id(own), id(right)), row);
}

/** One number for three shapes' triple ids (each below tripleIds.size, so keys stay small integers). */
function tripleKey(cache: ScoreCache, left: number, own: number, right: number): number {
  const size = cache.tripleIds.size;
  return (left * size + own) * size + right;
}

/** The model's own weight for this lower-case word as the start of a name of the type ("PER", "ORG" …) is clearly positive. */
/** A word of the name list that no company list has ("Stuart", "Jo"; not "Morgan", "Dana"), in any case. */
export function isGivenNameWord(model: NerModel, word: string): boolean {
  const lexicon = model.lexicon(word.toLowerCase());
  return lexicon.includes('pn') && !lexicon.includes('co');
}

export function knowsWordAs(model: NerModel, lower: string, type: string): boolean {
  const row = model.cache.templates.get('w')?.get(lower);
  if (row === undefined) return false;
  const at = beginLabelIndex(model, type);
  return at >= 0 && row[at]! > 0.5;
}

/** Index of the label B-type, -1 when the model has none; remembered per type rather than searched per call. */
function beginLabelIndex(model: NerModel, type: string): number {
  const known = model.cache.beginLabels.get(type);
  if (known !== undefined) return known;
  const at = model.labels.indexOf('B-' + type);
  model.cache.beginLabels.set(type, at);
  return at;
}

/** An I- tag may only continue a span of the same type. */
export function isAllowed(label: string, prev: string): boolean {
  if (!label.startsWith('I-')) return true;
  return prev === 'B-' + label.slice(2) || prev === label;
}

/**
 * Offsets in the row store of a word's summed weights as the token itself and in each of its four neighbour roles
 * (the word before the token, after it, two before, two after).
 */
interface WordRows {
  self: number;
  asPrev: number;
  asNext: number;
  asPrev2: number;
  asNext2: number;
}

/** Adds the row of the template's feature with this value, if the model has one, into target at offset. */
function add(rows: ReadonlyMap<string, Float32Array> | undefined, value: string, target: Float32Array, offset: number): void {
  const row = rows?.get(value);
  if (!row) return;
  for (let k = 0; k < row.length; k++) target[offset + k]! += row[k]!;
}

/**
 * The rows of all words seen, one after another in one buffer. A word's info holds its rows' offsets: reading
 * a row then costs one memory access fewer than through an array object of its own, which for the many words
 * seen once in a while is a cache miss.
 */
interface BlockStore {
  data: Float32Array;
  used: number;
}

/** Room for one more block of the given size, growing the buffer by doubling (offsets stay valid). */
function allocateBlock(store: BlockStore, size: number): number {
  if (store.used + size > store.data.length) {
    const grown = new Float32Array(Math.max(2 * store.data.length, store.used + size));
    grown.set(store.data);
    store.data = grown;
  }
  const at = store.used;
  store.used += size;
  return at;
}

/**
 * Empties the word caches once they hold many words, so a long ingest cannot grow them without bound. Only
 * between sentences: infos hold offsets into the block store, which starts over.
 */
function forgetWordsIfFull(cache: ScoreCache): void {
  if (cache.info.size <= 200_000 && cache.word.size <= 200_000) return;
  cache.info.clear();
  clearRecentWords(cache.recent);
  cache.word.clear();
  cache.sharedRows.clear();
  cache.edge = undefined;
  cache.blocks.used = 0;
  cache.blocks.data.fill(0);
}

/**
 * The summed rows of a lower-case word, computed once. Each role's rows are added in the order of
 * token-features.ts (float sums depend on the order) into a zeroed scratch row, then stored: the token's own row
 * as it is, nearly every word's being different; a neighbour row where an equal one is stored already, if any.
 * Two words of three have no neighbour weights but those of their word-list and cluster features, which many
 * share: the store holds a third of the rows it would hold by word, and scoring a sentence touches less memory.
 */
function wordRows(model: NerModel, w: string): WordRows {
  const cache = model.cache;
  const known = cache.word.get(w);
  if (known !== undefined) return known;
  const n = model.labels.length;
  const rows = cache.templates;
  const row = roleScratch(n);
  const lexical = w === BOUNDARY ? [] : model.lexicon(w);
  if (w !== BOUNDARY) {
    for (const [template, value] of OWN_WORD_TEMPLATES) add(rows.get(template), value(w), row, 0);
    // Word-list and cluster features of the word, as the token itself and as its neighbours.
    for (const f of lexical) add(rows.get('L'), f, row, 0);
  }
  const self = storeRow(cache.blocks, row);
  row.fill(0);
  for (const f of lexical) add(rows.get('L-1'), f, row, 0);
  add(rows.get('w-1'), w, row, 0);
  const asPrev = storeSharedRow(cache, row);
  row.fill(0);
  for (const f of lexical) add(rows.get('L+1'), f, row, 0);
  add(rows.get('w+1'), w, row, 0);
  const asNext = storeSharedRow(cache, row);
  row.fill(0);
  add(rows.get('w-2'), w, row, 0);
  const asPrev2 = storeSharedRow(cache, row);
  row.fill(0);
  add(rows.get('w+2'), w, row, 0);
  const asNext2 = storeSharedRow(cache, row);
  const found: WordRows = { self, asPrev, asNext, asPrev2, asNext2 };
  cache.word.set(w, found);
  return found;
}

let scratchRole = new Float32Array(0);
/** A zeroed row to sum one role's weights into. */
function roleScratch(n: number): Float32Array {
  if (scratchRole.length !== n) scratchRole = new Float32Array(n);
  scratchRole.fill(0);
  return scratchRole;
}

/** Copies the row into the store; returns its offset. */
function storeRow(store: BlockStore, row: Float32Array): number {
  const at = allocateBlock(store, row.length);
  store.data.set(row, at);
  return at;
}

/** The offset of a stored row with the same bits as this one, storing it first when there is none. */
function storeSharedRow(cache: ScoreCache, row: Float32Array): number {
  const key = new Int32Array(row.buffer, row.byteOffset, row.length).join(',');
  const known = cache.sharedRows.get(key);
  if (known !== undefined) return known;
  const at = storeRow(cache.blocks, row);
  cache.sharedRows.set(key, at);
  return at;
}

/**
 * A direct-mapped table of word infos in front of the vocabulary map, by a hash computed here. That map holds some
 * sixty thousand words, and a lookup there costs several cache misses (bucket, entry, each key of the chain); here
 * a typed array of hashes is read first, and a word's string and info only when its hash matches. News repeats its
 * words so much that most lookups end here (tagging 1.1x faster).
 */
// One array of infos, each holding its word and hash: a lookup reads the table and the info it needs anyway, not
// also arrays of hashes and words elsewhere in memory (each read a likely cache miss).
type RecentWords = (WordInfo | undefined)[];

const RECENT_SLOTS = 1 << 15;

function recentWords(): RecentWords {
  return new Array<WordInfo | undefined>(RECENT_SLOTS).fill(undefined);
}

function clearRecentWords(recent: RecentWords): void {
  recent.fill(undefined);
}

/** FNV-1a over the UTF-16 code units. */
function wordHash(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 16777619);
  return h;
}

function wordInfo(model: NerModel, word: string): WordInfo {
  const recent = model.cache.recent;
  const hash = wordHash(word);
  const slot = hash & (RECENT_SLOTS - 1);
  const seen = recent[slot];
  if (seen !== undefined && seen.hash === hash && seen.word === word) return seen;
  const info = knownWordInfo(model, word, hash);
  recent[slot] = info;
  return info;
}

function knownWordInfo(model: NerModel, word: string, hash: number): WordInfo {
  let info = model.cache.info.get(word);
  if (!info) {
    const { pairPrev, pairNext, tagWord, canonical } = model.cache;
    const folded = lowerForm(word);
    const lower = canonical.get(folded) ?? folded;
    const roles = wordRows(model, lower);
    info = {
      word,
      hash,
      lower,
      self: roles.self,
      asPrev: roles.asPrev,
      asNext: roles.asNext,
      asPrev2: roles.asPrev2,
      asNext2: roles.asNext2,
      shape: shapeInfo(model, wordShape(word)),
      plain: word.toLowerCase(),
      capitalised: isCapitalised(word),
      // Resolved once per word: each is a lookup in a map of the whole vocabulary, slow on a cold cache.
      common: model.commonLower.has(lower),
      pairsWithPrev: pairPrev.get(lower),
      pairsWithNext: pairNext.get(lower),
      tagRows: tagWord.get(lower),
    };
    model.cache.info.set(word, info);
  }
  return info;
}

function shapeInfo(model: NerModel, s: string): ShapeInfo {
  let info = model.cache.shape.get(s);
  if (info) return info;
  const n = model.labels.length;
  const h = model.cache.histories;
  const rows = model.cache.templates;
  const block = new Float32Array((3 + h.length) * n);
  if (s !== BOUNDARY) add(rows.get('s'), s, block, 0);
  add(rows.get('s-1'), s, block, n);
  add(rows.get('s+1'), s, block, 2 * n);
  const ts = rows.get('ts');
  h.forEach((p, b) => add(ts, p + '|' + s, block, (3 + b) * n));
  info = { block, first: model.weights.get('first|' + s), tripleId: model.cache.tripleIds.get(s) ?? -1 };
  if (model.cache.shape.size > 50_000) model.cache.shape.clear();
  model.cache.shape.set(s, info);
  return info;
}

// Lower-case words that occur inside names ("Bank of England", "Johnson & Johnson", "Vincent van Gogh").
const NAME_GLUE = new Set(['of', 'and', '&', 'de', 'van', 'der', 'von', 'la', 'le', 'du', 'del', 'da', 'di', 'al', 'bin', 'y', 'for', 'the']);
const LONGEST_GLUE = Math.max(...[...NAME_GLUE].map((w) => w.length));

function hasCapital(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
    if (c > 127 && w[k] !== w[k]!.toLowerCase()) return true;
  }
  return false;
}

function mayBeName(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (hasCapital(w)) return !(i === 0 && OPENING_WORDS.has(w) && !hasCapital(words[1] ?? ''));
  // Longer lower-case words than any glue word are passed over without a lookup.
  return w.length <= LONGEST_GLUE && i > 0 && i + 1 < words.length && NAME_GLUE.has(w) && hasCapital(words[i - 1]!) && hasCapital(words[i + 1]!);
}

// In a title in capitals every word is scored, except these function words, which never name anything (words that
// glue names together, "OF", "AND", "FOR", "THE", stay scored: "BANK OF AMERICA").
const SHOUTED_FUNCTION_WORDS = new Set(
  'A AN TO IN ON AT BY WITH FROM AS IS ARE WAS WERE BE BEEN HAS HAVE HAD WILL WOULD IT ITS HIS HER THEIR SAYS SAID AFTER OVER NOT NO THAN THAT THIS INTO'
    .split(' ')
    // Headlines are tagged like capitals too, in title case: "To", "Says".
    .flatMap((w) => [w, w.charAt(0) + w.slice(1).toLowerCase(), w.toLowerCase()]),
);

// Function words that open sentences: capitalised there, but no name when the next word is written in lower case
// ("The company said …", "It rose …"), so they are not scored.
const OPENING_WORDS = new Set(
  'The A An It He She They We I In On At For But And This That These Those Its His Her Their There As If When While After Before With By From To Of What Which Who However Also So Some Many Most All No Analysts Shares'.split(' '),
);

/**
 * BIO tagging of one sentence by Viterbi search over (tag before last, last tag) states, so a weak early choice
 * can be revised by the words after it. Scores equal the sum over `tokenFeatures`, computed from per-word and
 * per-shape blocks so each word is hashed once. The work is split into small functions: one large one took
 * TurboFan most of a second to compile, again after each deoptimisation of its warm-up.
 */
export function tagSentence(model: NerModel, words: readonly string[], shouted: boolean, doc?: DocEvidence): string[] {
  const len = words.length;
  const tags: string[] = new Array(len).fill('O');
  const buffers = tokenBuffers(len);
  if (!markScored(words, shouted, buffers)) return tags;
  forgetWordsIfFull(model.cache);
  const sentence = readSentence(model, words, shouted, doc, buffers);
  const H = model.cache.histories.length;
  const outside = model.labels.indexOf('O');
  const scored = buffers.scored;
  // Viterbi over runs of scored tokens; an unscored token is O, which fixes the history of the next run.
  let i = 0;
  let prev = H - 1;
  let prev2 = H - 1;
  while (i < len) {
    if (!scored[i]) {
      prev2 = prev;
      prev = outside;
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd < len && scored[runEnd]) runEnd++;
    const last = searchRun(model, sentence, i, runEnd, prev2 * H + prev, tags);
    prev2 = (last / H) | 0;
    prev = last % H;
    i = runEnd;
  }
  return tags;
}

/**
 * Names are written with capitals: a plain lower-case word or number is outside any name and is not scored.
 * Marks the scored tokens and the neighbours their features read; false when no token is scored.
 */
function markScored(words: readonly string[], shouted: boolean, { scored, needed }: TokenBuffers): boolean {
  const len = words.length;
  let anyScored = false;
  for (let i = 0; i < len; i++) {
    if (shouted ? SHOUTED_FUNCTION_WORDS.has(words[i]!) : !mayBeName(words, i)) continue;
    scored[i] = 1;
    anyScored = true;
    for (let k = Math.max(0, i - 2); k <= Math.min(len - 1, i + 2); k++) needed[k] = 1;
  }
  return anyScored;
}

/** One sentence as scoring reads it: word forms and blocks of the needed tokens, the edge's blocks. */
interface SentenceView {
  words: readonly string[];
  shouted: boolean;
  doc: DocEvidence | undefined;
  buffers: TokenBuffers;
  /** The sentence edge's rows, as word (offsets in the row store) and as shape. */
  edge: WordRows;
  shapeEdge: ShapeInfo;
}

/** Word forms and blocks are looked up only for scored tokens and their neighbours. */
function readSentence(model: NerModel, words: readonly string[], shouted: boolean, doc: DocEvidence | undefined, buffers: TokenBuffers): SentenceView {
  const { needed, lowers, shapes, infos } = buffers;
  // In a title every word has the one shape SH.
  const shoutedShape = shouted ? shapeInfo(model, 'SH') : undefined;
  for (let k = 0; k < words.length; k++) {
    if (!needed[k]) continue;
    const info = wordInfo(model, words[k]!);
    infos[k] = info;
    lowers[k] = info.lower;
    shapes[k] = shoutedShape ?? info.shape;
  }
  // Looked up once per model rather than once per sentence.
  const edge = (model.cache.edge ??= wordRows(model, BOUNDARY));
  const shapeEdge = (model.cache.shapeEdge ??= shapeInfo(model, BOUNDARY));
  return { words, shouted, doc, buffers, edge, shapeEdge };
}

/**
 * Viterbi search over the scored tokens [from, to), starting from one (tag before last, last tag) state; writes
 * their tags and returns the final state.
 */
function searchRun(model: NerModel, sentence: SentenceView, from: number, to: number, start: number, tags: string[]): number {
  const n = model.labels.length;
  const H = model.cache.histories.length;
  const steps = to - from;
  // Scores of the live states, state = a * H + b, with back pointers per step.
  const search = searchBuffers(H, steps);
  const scores = scratch(n);
  let liveCount = 1;
  search.live[0] = start;
  search.best[start] = 0;
  for (let t = 0; t < steps; t++) {
    const j = from + t;
    tokenScores(model, sentence, j, scores);
    const info = sentence.buffers.infos[j]!;
    const nextCount = step(model, search, liveCount, scores, sentence.buffers.shapes[j]!.block, info.tagRows, t * H * H);
    for (let q = 0; q < liveCount; q++) search.best[search.live[q]!] = -Infinity;
    [search.best, search.next] = [search.next, search.best];
    [search.live, search.nextLive] = [search.nextLive, search.live];
    liveCount = nextCount > BEAM ? prune(search.best, search.live, nextCount) : nextCount;
  }
  const { best, live, back } = search;
  let state = live[0]!;
  for (let q = 1; q < liveCount; q++) {
    // Ties go to the lowest state, as greedy search took the first best label.
    const st = live[q]!;
    if (best[st]! > best[state]! || (best[st] === best[state] && st < state)) state = st;
  }
  for (let q = 0; q < liveCount; q++) best[live[q]!] = -Infinity;
  const last = state;
  for (let t = steps - 1; t >= 0; t--) {
    const b = state % H;
    const a = (state / H) | 0;
    tags[from + t] = model.labels[b]!;
    state = back[t * H * H + state]! * H + a;
  }
  return last;
}

/** The scores of token j's labels from everything but the tags before it, into scores (order of sums as before: floats). */
function tokenScores(model: NerModel, sentence: SentenceView, j: number, scores: Float64Array): void {
  const n = model.labels.length;
  const { lowers, shapes, infos } = sentence.buffers;
  const { edge, shapeEdge, shouted, doc } = sentence;
  const { bias, flags, shapeTriples } = model.cache;
  const len = sentence.words.length;
  // Read here, not earlier: looking up a new word may have grown the store into a new buffer.
  const store = model.cache.blocks.data;
  const self = infos[j]!.self;
  const left = j > 0 ? infos[j - 1]!.asPrev : edge.asPrev;
  const right = j + 1 < len ? infos[j + 1]!.asNext : edge.asNext;
  const left2 = j > 1 ? infos[j - 2]!.asPrev2 : edge.asPrev2;
  const right2 = j + 2 < len ? infos[j + 2]!.asNext2 : edge.asNext2;
  const own = shapes[j]!;
  const shapeLeft = j > 0 ? shapes[j - 1]! : shapeEdge;
  const shapeRight = j + 1 < len ? shapes[j + 1]! : shapeEdge;
  const sself = own.block;
  const sleft = shapeLeft.block;
  const sright = shapeRight.block;
  for (let k = 0; k < n; k++) {
    scores[k] =
      store[self + k]! + store[left + k]! + store[right + k]! + store[left2 + k]! + store[right2 + k]! +
      sself[k]! + sleft[n + k]! + sright[2 * n + k]! + (bias ? bias[k]! : 0);
  }
  const info = infos[j]!;
  // Words the pair weights name are the model's own string objects, so these lookups compare pointers.
  if (info.pairsWithPrev) addRow(scores, info.pairsWithPrev.get(j > 0 ? lowers[j - 1]! : BOUNDARY), n);
  if (info.pairsWithNext) addRow(scores, info.pairsWithNext.get(j + 1 < len ? lowers[j + 1]! : BOUNDARY), n);
  if (own.tripleId >= 0 && shapeLeft.tripleId >= 0 && shapeRight.tripleId >= 0) {
    addRow(scores, shapeTriples.get(tripleKey(model.cache, shapeLeft.tripleId, own.tripleId, shapeRight.tripleId)), n);
  }
  // The flag features of token-features.ts, from rows resolved once at load.
  if (j === 0) addRow(scores, own.first, n);
  if (shouted) {
    addRow(scores, flags.shouted, n);
    if (info.common) addRow(scores, flags.commonShouted, n);
  } else if (info.capitalised && info.common) {
    addRow(scores, j === 0 ? flags.commonFirst : flags.commonMid, n);
  }
  if (doc && info.capitalised) addDocRows(scores, flags, doc, sentence.words[j]!, info, j, shouted, n);
}

/**
 * One Viterbi step: extends every live state by every label allowed after its last tag into search.next,
 * recording back pointers at backAt; returns how many next states are live.
 */
function step(
  model: NerModel,
  search: SearchBuffers,
  liveCount: number,
  scores: Float64Array,
  shapeBlock: Float32Array,
  wordRows: readonly (Float32Array | undefined)[] | undefined,
  backAt: number,
): number {
  const n = model.labels.length;
  const H = model.cache.histories.length;
  const { tags: tagRows, allowedAfter } = model.cache;
  const { best, next, live, nextLive, back } = search;
  const zeroRow = zeros(n);
  let nextCount = 0;
  for (let q = 0; q < liveCount; q++) {
    const state = live[q]!;
    const from = best[state]!;
    const a = (state / H) | 0;
    const b = state - a * H;
    const tagBase = state * n;
    const labels = allowedAfter[b]!;
    // A word without tag-word weights adds zeros: the sum is the same and the loop has no branch for it.
    const tw = wordRows?.[b] ?? zeroRow;
    const tsBase = (3 + b) * n;
    for (let m = 0; m < labels.length; m++) {
      const k = labels[m]!;
      const v = from + scores[k]! + tagRows[tagBase + k]! + shapeBlock[tsBase + k]! + tw[k]!;
      const to = b * H + k;
      const old = next[to]!;
      if (old === -Infinity) nextLive[nextCount++] = to;
      if (v > old) {
        next[to] = v;
        back[backAt + to] = a;
      }
    }
  }
  return nextCount;
}

// States kept per step: a beam this wide finds the exact best sequence on nearly every sentence at a fraction of the cost.
const BEAM = 8;

/** Keeps the BEAM best live states (moved to the front of live), dropping the rest; returns how many remain. */
function prune(best: Float64Array, live: Int32Array, count: number): number {
  // Insertion into a sorted top list: most states fall below the current last place after one comparison.
  const top = topStates;
  let filled = 0;
  for (let q = 0; q < count; q++) {
    const st = live[q]!;
    const v = best[st]!;
    if (filled === BEAM) {
      const last = top[BEAM - 1]!;
      const lv = best[last]!;
      if (v < lv || (v === lv && st > last)) {
        best[st] = -Infinity;
        continue;
      }
      best[last] = -Infinity;
      filled--;
    }
    let at = filled;
    while (at > 0) {
      const prev = top[at - 1]!;
      const pv = best[prev]!;
      if (v < pv || (v === pv && st > prev)) break;
      top[at] = prev;
      at--;
    }
    top[at] = st;
    filled++;
  }
  for (let q = 0; q < filled; q++) live[q] = top[q]!;
  return filled;
}

const topStates = new Int32Array(BEAM);

/**
 * Per-token arrays reused across sentences. Only the entries of needed tokens are written and read, so values
 * left from an earlier sentence are never seen; the two flag arrays are cleared for each sentence.
 */
interface TokenBuffers {
  scored: Uint8Array;
  needed: Uint8Array;
  lowers: string[];
  shapes: ShapeInfo[];
  infos: WordInfo[];
}

let tokenBuf: TokenBuffers = { scored: new Uint8Array(0), needed: new Uint8Array(0), lowers: [], shapes: [], infos: [] };

function tokenBuffers(len: number): TokenBuffers {
  if (tokenBuf.scored.length < len) {
    const size = Math.max(len, 2 * tokenBuf.scored.length, 64);
    tokenBuf = { scored: new Uint8Array(size), needed: new Uint8Array(size), lowers: [], shapes: [], infos: [] };
  } else {
    tokenBuf.scored.fill(0, 0, len);
    tokenBuf.needed.fill(0, 0, len);
  }
  return tokenBuf;
}

interface SearchBuffers {
  best: Float64Array;
  next: Float64Array;
  live: Int32Array;
  nextLive: Int32Array;
  back: Int16Array;
}

let buffers: SearchBuffers | undefined;

/** Search arrays reused across sentences; state scores are left at -Infinity after each run. */
function searchBuffers(H: number, steps: number): SearchBuffers {
  if (!buffers || buffers.best.length !== H * H) {
    buffers = {
      best: new Float64Array(H * H).fill(-Infinity),
      next: new Float64Array(H * H).fill(-Infinity),
      live: new Int32Array(H * H),
      nextLive: new Int32Array(H * H),
      back: new Int16Array(64 * H * H),
    };
  }
  if (buffers.back.length < steps * H * H) buffers.back = new Int16Array(steps * 2 * H * H);
  return buffers;
}

// One row of label scores reused for every token: tagging allocates no per-token arrays for it.
let scratchRow = new Float64Array(0);
function scratch(n: number): Float64Array {
  if (scratchRow.length !== n) scratchRow = new Float64Array(n);
  return scratchRow;
}

let zeroRows = new Float32Array(0);
function zeros(n: number): Float32Array {
  if (zeroRows.length !== n) zeroRows = new Float32Array(n);
  return zeroRows;
}

function addRow(scores: Float64Array, row: Float32Array | undefined | null, n: number): void {
  if (row) for (let k = 0; k < n; k++) scores[k]! += row[k]!;
}

/** The document-evidence features of token-features.ts `docFeatures`. */
function addDocRows(scores: Float64Array, flags: FlagRows, doc: DocEvidence, word: string, info: WordInfo, i: number, shouted: boolean, n: number): void {
  const lower = info.plain;
  if (!shouted && doc.lowerWords.has(lower)) addRow(scores, flags.docLower, n);
  if (i === 0 || shouted) {
    const key = shouted ? lower.charAt(0).toUpperCase() + lower.slice(1) : word;
    if (doc.midCapitals.has(key)) addRow(scores, shouted ? flags.docMidShouted : flags.docMidFirst, n);
  }
  const last = doc.lastType.get(lower);
  if (last) addRow(scores, flags.docLast.get(last), n);
}
