/**
 * Word clusters for the NER tagger, learned from the words of CoNLL-2003 eng.train alone (labels unused): words
 * that keep the same neighbours fall in the same class, so a name seen once shares the weights of names seen often.
 * Exchange algorithm (Kneser and Ney; Martin, Liermann and Ney): classes maximise the likelihood of a class bigram
 * model; each word in turn moves to the class that raises it most, until few words move. One flat clustering per
 * size, coarse to fine. Words are keyed by the tagger's lower-case, digit-folded form.
 * Usage: npx tsx scripts/train/word-clusters.ts [path/to/eng.train] [output.json] [sizes, comma-separated] [passes]
 * Output: JSON, lower-case word → cluster features ("c64=12", …), read by train-ner.ts (NER_CLUSTERS) and shipped
 * inside the model file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { lowerForm } from '../../src/extraction/ner/token-features.js';

const trainPath = process.argv[2] ?? '../shared/eval/conll2003/eng.train';
const outPath = process.argv[3] ?? '/tmp/word-clusters.json';
const sizes = (process.argv[4] ?? '64,256,1024').split(',').map(Number);
const maxPasses = Number(process.argv[5] ?? 15);

// Sentences as word ids; id 0 is the sentence boundary, kept in a class of its own.
const ids = new Map<string, number>([['<s>', 0]]);
const words: string[] = ['<s>'];
const sentences: number[][] = [];
let current: number[] = [];
for (const line of readFileSync(trainPath, 'utf8').split('\n')) {
  if (line.startsWith('-DOCSTART-') || line.trim() === '') {
    if (current.length) sentences.push(current);
    current = [];
    continue;
  }
  const w = lowerForm(line.split(' ')[0]!);
  let id = ids.get(w);
  if (id === undefined) {
    id = words.length;
    ids.set(w, id);
    words.push(w);
  }
  current.push(id);
}
if (current.length) sentences.push(current);
const V = words.length;

// Word bigram counts, as adjacency lists both ways; self-pairs (w w) apart.
const count = new Float64Array(V);
const right: Map<number, number>[] = Array.from({ length: V }, () => new Map());
const left: Map<number, number>[] = Array.from({ length: V }, () => new Map());
const self = new Float64Array(V);
const leftTotal = new Float64Array(V); // bigrams with the word on the left
const rightTotal = new Float64Array(V); // bigrams with the word on the right
for (const s of sentences) {
  const seq = [0, ...s, 0];
  for (let i = 0; i < seq.length; i++) count[seq[i]!]!++;
  for (let i = 0; i + 1 < seq.length; i++) {
    const a = seq[i]!;
    const b = seq[i + 1]!;
    leftTotal[a]!++;
    rightTotal[b]!++;
    if (a === b) self[a]!++;
    else {
      right[a]!.set(b, (right[a]!.get(b) ?? 0) + 1);
      left[b]!.set(a, (left[b]!.get(a) ?? 0) + 1);
    }
  }
}
const rightList = right.map((m) => ({ ids: Int32Array.from(m.keys()), counts: Float64Array.from(m.values()) }));
const leftList = left.map((m) => ({ ids: Int32Array.from(m.keys()), counts: Float64Array.from(m.values()) }));

const F = (x: number) => (x > 0 ? x * Math.log(x) : 0);

function cluster(K: number): Int32Array {
  // Words by falling frequency, spread round the classes 1..K-1; class 0 holds the boundary alone.
  const order = Array.from({ length: V - 1 }, (_, i) => i + 1).sort((a, b) => count[b]! - count[a]! || a - b);
  const cls = new Int32Array(V);
  order.forEach((w, r) => (cls[w] = 1 + (r % (K - 1))));
  const N = new Float64Array(K * K);
  const NL = new Float64Array(K);
  const NR = new Float64Array(K);
  for (let w = 0; w < V; w++) {
    const c = cls[w]!;
    NL[c]! += leftTotal[w]!;
    NR[c]! += rightTotal[w]!;
    N[c * K + c]! += self[w]!;
    const r = rightList[w]!;
    for (let q = 0; q < r.ids.length; q++) N[c * K + cls[r.ids[q]!]!]! += r.counts[q]!;
  }
  const R = new Float64Array(K);
  const L = new Float64Array(K);
  const rTouched = new Int32Array(K);
  const lTouched = new Int32Array(K);
  for (let pass = 0; pass < maxPasses; pass++) {
    let moves = 0;
    for (const w of order) {
      const a = cls[w]!;
      // Neighbour counts of w by class.
      let nr = 0;
      let nl = 0;
      const r = rightList[w]!;
      for (let q = 0; q < r.ids.length; q++) {
        const d = cls[r.ids[q]!]!;
        if (R[d] === 0) rTouched[nr++] = d;
        R[d]! += r.counts[q]!;
      }
      const l = leftList[w]!;
      for (let q = 0; q < l.ids.length; q++) {
        const c = cls[l.ids[q]!]!;
        if (L[c] === 0) lTouched[nl++] = c;
        L[c]! += l.counts[q]!;
      }
      const s = self[w]!;
      const lt = leftTotal[w]!;
      const rt = rightTotal[w]!;
      // Take w out of its class.
      for (let q = 0; q < nr; q++) N[a * K + rTouched[q]!]! -= R[rTouched[q]!]!;
      for (let q = 0; q < nl; q++) N[lTouched[q]! * K + a]! -= L[lTouched[q]!]!;
      N[a * K + a]! -= s;
      NL[a]! -= lt;
      NR[a]! -= rt;
      // Gain of putting it into each class b.
      let bestClass = a;
      let bestGain = -Infinity;
      for (let b = 1; b < K; b++) {
        let gain = 0;
        for (let q = 0; q < nr; q++) {
          const d = rTouched[q]!;
          if (d === b) continue;
          const x = N[b * K + d]!;
          gain += F(x + R[d]!) - F(x);
        }
        for (let q = 0; q < nl; q++) {
          const c = lTouched[q]!;
          if (c === b) continue;
          const x = N[c * K + b]!;
          gain += F(x + L[c]!) - F(x);
        }
        const bb = N[b * K + b]!;
        gain += F(bb + R[b]! + L[b]! + s) - F(bb);
        gain -= F(NL[b]! + lt) - F(NL[b]!) + F(NR[b]! + rt) - F(NR[b]!);
        if (gain > bestGain + 1e-9 || (b === a && gain >= bestGain - 1e-9)) {
          bestGain = gain;
          bestClass = b;
        }
      }
      const b = bestClass;
      for (let q = 0; q < nr; q++) {
        const d = rTouched[q]!;
        if (d !== b) N[b * K + d]! += R[d]!;
      }
      for (let q = 0; q < nl; q++) {
        const c = lTouched[q]!;
        if (c !== b) N[c * K + b]! += L[c]!;
      }
      N[b * K + b]! += R[b]! + L[b]! + s;
      NL[b]! += lt;
      NR[b]! += rt;
      if (b !== a) moves++;
      cls[w] = b;
      for (let q = 0; q < nr; q++) R[rTouched[q]!] = 0;
      for (let q = 0; q < nl; q++) L[lTouched[q]!] = 0;
    }
    let objective = 0;
    for (let x = 0; x < K * K; x++) objective += F(N[x]!);
    for (let c = 0; c < K; c++) objective -= F(NL[c]!) + F(NR[c]!);
    console.log(`K=${K} pass ${pass + 1}: ${moves} moves, objective ${objective.toFixed(0)}`);
    if (moves < V / 1000) break;
  }
  return cls;
}

const out: Record<string, string[]> = {};
for (const K of sizes) {
  const cls = cluster(K);
  for (let w = 1; w < V; w++) (out[words[w]!] ??= []).push(`c${K}=${cls[w]}`);
}
writeFileSync(outPath, JSON.stringify(out));
console.log(`${V - 1} words, sizes ${sizes.join(', ')}; wrote ${outPath}`);
