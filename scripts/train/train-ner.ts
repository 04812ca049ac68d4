/**
 * Trains the averaged-perceptron NER tagger on CoNLL-2003 eng.train (the only training data allowed)
 * and writes models/ner-conll2003.json.gz. Structured perceptron: each sentence is decoded by Viterbi search,
 * as at run time, and the weights move towards the gold sequence where the two differ.
 * Usage: npx tsx scripts/train/train-ner.ts [path/to/eng.train] [epochs] [output path] [word dropout] [title share]
 * Environment: NER_CLUSTERS, the word clusters of scripts/train/word-clusters.ts (shipped inside the model file);
 * NER_RUNS, how many runs over different document orders are averaged (default 1); NER_DROP, for experiments, a
 * pattern of feature names left out.
 * The committed model:
 *   npx tsx scripts/train/word-clusters.ts ../shared/eval/conll2003/eng.train /tmp/word-clusters.json 64,256,1024 15
 *   NER_CLUSTERS=/tmp/word-clusters.json NER_RUNS=3 npx tsx scripts/train/train-ner.ts ../shared/eval/conll2003/eng.train 8
 * Word dropout (a share of tokens, drawn by a seeded generator) hides a token's own word from its features during
 * training, so the tagger learns to type unseen names from their shape and context. Title share (also seeded) is the
 * share of sentences seen in title case, as headlines are written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { buildContext, collectEvidence, lowerForm, rememberTypes, staticFeatures, tagFeatures } from '../../src/extraction/ner/token-features.js';
import { isAllowed } from '../../src/extraction/ner/perceptron-tagger.js';
import { createLexicon } from '../../src/extraction/ner/word-lexicon.js';

const trainPath = process.argv[2] ?? '../shared/eval/conll2003/eng.train';
const epochs = Number(process.argv[3] ?? 8);
const outPath = process.argv[4] ?? fileURLToPath(new URL('../../models/ner-conll2003.json.gz', import.meta.url));
const wordDropout = Number(process.argv[5] ?? 0);
const titleShare = Number(process.argv[6] ?? 0);
const runs = Number(process.env.NER_RUNS ?? 1);
const titleRandom = rng(11);
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as']);

/** "Rio Tinto shares rose on Monday" → "Rio Tinto Shares Rose on Monday". */
function titleCase(words: readonly string[]): string[] {
  return words.map((w, i) => (i > 0 && SMALL_WORDS.has(w)) || !/^\p{Ll}/u.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1));
}
const dropRandom = rng(7);

// Features that carry the token's own word; hidden for dropped tokens.
const OWN_WORD = /^(?:w=|ww-1=|ww\+1=|tw=)/;
// Experiments: NER_DROP, a pattern of feature names left out of training.
const DROP = process.env.NER_DROP ? new RegExp(process.env.NER_DROP) : undefined;
const visible = (feats: string[], dropped: boolean) => {
  const shown = dropped ? feats.filter((f) => !OWN_WORD.test(f)) : feats;
  return DROP ? shown.filter((f) => !DROP.test(f)) : shown;
};
const clusters = process.env.NER_CLUSTERS ? (JSON.parse(readFileSync(process.env.NER_CLUSTERS, 'utf8')) as Record<string, string[]>) : undefined;
const lexicon = createLexicon(clusters);

interface Example {
  words: string[];
  tags: string[];
  /** Index of the -DOCSTART- document the sentence belongs to. */
  doc: number;
}

/** CoNLL IOB1 → BIO, so every span starts with B-. */
function readConll(path: string): Example[] {
  const examples: Example[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let doc = 0;
  const flush = () => {
    if (words.length > 0) examples.push({ words, tags, doc });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-') || line.trim() === '') {
      flush();
      if (line.startsWith('-DOCSTART-')) doc++;
      continue;
    }
    const cols = line.split(' ');
    const word = cols[0]!;
    const tag = cols[cols.length - 1]!;
    const prev = tags[tags.length - 1] ?? 'O';
    let bio = tag;
    if (tag.startsWith('I-') && prev.slice(2) !== tag.slice(2)) bio = 'B-' + tag.slice(2);
    else if (tag.startsWith('B-')) bio = 'B-' + tag.slice(2);
    words.push(word);
    tags.push(bio);
  }
  flush();
  return examples;
}

function isShouted(words: string[]): boolean {
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  return letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8;
}

/** Mulberry32: a seeded shuffle keeps training reproducible. */
function rng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const examples = readConll(trainPath);
const labels = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
const L = labels.length;

// Words seen lower-case at least 3 times and never mostly capitalised: ordinary vocabulary.
const lowerCount = new Map<string, number>();
const capCount = new Map<string, number>();
for (const ex of examples) {
  if (isShouted(ex.words)) continue;
  ex.words.forEach((w, i) => {
    const lw = lowerForm(w);
    if (/^\p{Ll}/u.test(w)) lowerCount.set(lw, (lowerCount.get(lw) ?? 0) + 1);
    else if (i > 0 && /^\p{Lu}/u.test(w)) capCount.set(lw, (capCount.get(lw) ?? 0) + 1);
  });
}
const commonLower = new Set(
  [...lowerCount].filter(([w, c]) => c >= 3 && c > 2 * (capCount.get(w) ?? 0)).map(([w]) => w),
);

let weights = new Map<string, Float64Array>();
let totals = new Map<string, Float64Array>();
let stamps = new Map<string, Float64Array>();
let clock = 0;

function update(feature: string, label: number, delta: number) {
  let w = weights.get(feature);
  if (!w) {
    w = new Float64Array(L);
    weights.set(feature, w);
    totals.set(feature, new Float64Array(L));
    stamps.set(feature, new Float64Array(L));
  }
  const t = totals.get(feature)!;
  const s = stamps.get(feature)!;
  t[label]! += (clock - s[label]!) * w[label]!;
  s[label] = clock;
  w[label]! += delta;
}

/** Score of every label from a list of features. */
function rowScores(feats: readonly string[], into: Float64Array): void {
  for (const f of feats) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < L; k++) into[k]! += w[k]!;
  }
}

const H = L + 1; // histories: the labels plus the sentence boundary
const BOUNDARY_H = L;
const historyName = (b: number) => (b === BOUNDARY_H ? '<s>' : labels[b]!);
const allowedAfter = Array.from({ length: H }, (_, b) => labels.map((l) => isAllowed(l, historyName(b))));

/**
 * Best tag sequence under the current weights by Viterbi search over (tag before last, last tag) states,
 * exactly as the tagger decodes at run time, so training corrects the errors of the search it will be used with.
 */
function viterbi(ctx: ReturnType<typeof buildContext>, dropped: readonly boolean[]): number[] {
  const len = ctx.words.length;
  let best = new Float64Array(H * H).fill(-Infinity);
  best[BOUNDARY_H * H + BOUNDARY_H] = 0;
  const back = new Int16Array(len * H * H);
  const pairRows: (Float64Array | undefined)[] = new Array(H * H);
  for (let a = 0; a < H; a++) for (let b = 0; b < H; b++) pairRows[a * H + b] = weights.get('t-2=' + historyName(a) + '|' + historyName(b));
  const prevRows = Array.from({ length: H }, (_, b) => weights.get('t-1=' + historyName(b)));
  for (let i = 0; i < len; i++) {
    const base = new Float64Array(L);
    rowScores(visible(staticFeatures(ctx, i), dropped[i]!), base);
    const s = ctx.shouted ? 'SH' : ctx.shapes[i]!;
    const byPrev = Array.from({ length: H }, (_, b) => {
      const row = new Float64Array(L);
      for (const f of dropped[i] ? ['ts=' + historyName(b) + '|' + s] : ['tw=' + historyName(b) + '|' + ctx.lowers[i]!, 'ts=' + historyName(b) + '|' + s]) {
        const w = weights.get(f);
        if (w) for (let k = 0; k < L; k++) row[k]! += w[k]!;
      }
      const p = prevRows[b];
      if (p) for (let k = 0; k < L; k++) row[k]! += p[k]!;
      return row;
    });
    const next = new Float64Array(H * H).fill(-Infinity);
    for (let a = 0; a < H; a++) {
      for (let b = 0; b < H; b++) {
        const from = best[a * H + b]!;
        if (from === -Infinity) continue;
        const pair = pairRows[a * H + b];
        const hist = byPrev[b]!;
        const ok = allowedAfter[b]!;
        for (let k = 0; k < L; k++) {
          if (!ok[k]) continue;
          const v = from + base[k]! + hist[k]! + (pair ? pair[k]! : 0);
          const state = b * H + k;
          if (v > next[state]!) {
            next[state] = v;
            back[i * H * H + state] = a;
          }
        }
      }
    }
    best = next;
  }
  let state = 0;
  for (let st = 1; st < H * H; st++) if (best[st]! > best[state]!) state = st;
  const out = new Array<number>(len);
  for (let i = len - 1; i >= 0; i--) {
    const b = state % H;
    const a = Math.floor(state / H);
    out[i] = b;
    state = back[i * H * H + state]! * H + a;
  }
  return out;
}

// Documents are shuffled, sentences within one kept in order: document evidence builds up as at run time.
const documents: Example[][] = [];
for (const ex of examples) (documents[ex.doc] ??= []).push(ex);
const docs = documents.filter((d) => d !== undefined);
/** One structured-perceptron run over the documents in an order drawn from the seed; returns the averaged weights. */
function trainOnce(seed: number): Map<string, Float64Array> {
  weights = new Map();
  totals = new Map();
  stamps = new Map();
  clock = 0;
  const random = rng(seed);
  const order = docs.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let correct = 0;
    let total = 0;
    for (const idx of order) {
      const sentences = docs[idx]!.map((ex) => ({ ex, shouted: isShouted(ex.words) }));
      const evidence = collectEvidence(sentences.map(({ ex, shouted }) => ({ words: ex.words, shouted })));
      for (const { ex, shouted } of sentences) {
        // A share of sentences is seen in title case, as headlines and article titles are written.
        const titled = !shouted && titleShare > 0 && titleRandom() < titleShare;
        const ctx = buildContext(titled ? titleCase(ex.words) : ex.words, shouted, commonLower, evidence, lexicon);
        const dropped = ex.words.map(() => wordDropout > 0 && dropRandom() < wordDropout);
        const predicted = viterbi(ctx, dropped);
        const gold = ex.tags.map((t) => labels.indexOf(t));
        clock++;
        // Structured perceptron: reward the gold sequence's features, penalise the prediction's, where they differ.
        let gp = '<s>';
        let gp2 = '<s>';
        let pp = '<s>';
        let pp2 = '<s>';
        for (let i = 0; i < ex.words.length; i++) {
          const g = gold[i]!;
          const p = predicted[i]!;
          if (g === p) correct++;
          total++;
          if (g !== p || gp !== pp || gp2 !== pp2) {
            const stat = g !== p ? staticFeatures(ctx, i) : [];
            for (const f of visible([...stat, ...tagFeatures(ctx, i, gp, gp2)], dropped[i]!)) update(f, g, 1);
            for (const f of visible([...stat, ...tagFeatures(ctx, i, pp, pp2)], dropped[i]!)) update(f, p, -1);
          }
          gp2 = gp;
          gp = labels[g]!;
          pp2 = pp;
          pp = labels[p]!;
        }
        rememberTypes(evidence, ex.words, predicted.map((k) => labels[k]!));
      }
    }
    console.log(`epoch ${epoch + 1}: token accuracy ${(correct / total).toFixed(4)}`);
  }
  const averaged = new Map<string, Float64Array>();
  for (const [feature, w] of weights) {
    const t = totals.get(feature)!;
    const s = stamps.get(feature)!;
    const avg = new Float64Array(L);
    for (let k = 0; k < L; k++) avg[k] = (t[k]! + (clock - s[k]!) * w[k]!) / clock;
    averaged.set(feature, avg);
  }
  return averaged;
}

// Several runs over different document orders, their averaged weights averaged again: steadier than any one run.
const merged = new Map<string, Float64Array>();
for (let run = 0; run < runs; run++) {
  for (const [feature, avg] of trainOnce(run === 0 ? 42 : 42 + 1000 * run)) {
    let m = merged.get(feature);
    if (!m) merged.set(feature, (m = new Float64Array(L)));
    for (let k = 0; k < L; k++) m[k]! += avg[k]! / runs;
  }
}

// Round and prune tiny weights to keep the committed file small.
const out: Record<string, number[]> = {};
let kept = 0;
for (const [feature, avg] of merged) {
  const pairs: number[] = [];
  for (let k = 0; k < L; k++) {
    const rounded = Math.round(avg[k]! * 100) / 100;
    if (Math.abs(rounded) >= 0.05) pairs.push(k, rounded);
  }
  if (pairs.length > 0) {
    out[feature] = pairs;
    kept++;
  }
}
// One-word places of the training text (tagged LOC at least twice, rarely anything else): rules use them to
// tell a mistyped company name from a real place ("invest in China").
const placeCounts = new Map<string, [number, number]>();
for (const ex of examples) {
  ex.tags.forEach((tag, i) => {
    if (!tag.startsWith('B-') || ex.tags[i + 1]?.startsWith('I-')) return;
    const key = ex.words[i]!.toLowerCase();
    const c = placeCounts.get(key) ?? [0, 0];
    c[tag === 'B-LOC' ? 0 : 1]++;
    placeCounts.set(key, c);
  });
}
const places = [...placeCounts].filter(([, [loc, other]]) => loc >= 2 && other * 4 <= loc).map(([w]) => w).sort();
const file = { labels, commonLower: [...commonLower].sort(), places, weights: out, ...(clusters ? { clusters } : {}) };
const gz = gzipSync(JSON.stringify(file), { level: 9 });
writeFileSync(outPath, gz);
console.log(`features kept ${kept} of ${merged.size}; wrote ${outPath} (${(gz.length / 1e6).toFixed(2)} MB)`);
