/**
 * Interleaved A/B of extraction speed like extraction-ab.mjs, steadier on a busy machine: after a warm-up pass
 * per build, small chunks are timed in A B B A order (so drift in machine load between the two halves cancels) over
 * several passes; each side's faster run of a chunk counts (a run is slowed by others, never sped up), and the
 * per-chunk ratios are summarised by their median and quartiles as well as the total.
 * Usage: node bench/profile/extraction-ab-abba.mjs BASE_DIST_EXTRACTION_INDEX_JS NEW_DIST_EXTRACTION_INDEX_JS [passes] [chunk] [stories]
 */
import { extractionSeconds, warmedBuilds } from './reuters-stories.mjs';

const [basePath, newPath, passArg, chunkArg, limit] = process.argv.slice(2);
if (!basePath || !newPath) {
  console.error('usage: extraction-ab-abba.mjs BASE_DIST_EXTRACTION_INDEX_JS NEW_DIST_EXTRACTION_INDEX_JS [passes] [chunk] [stories]');
  process.exit(2);
}
const passes = Number(passArg ?? 2);
const chunkSize = Number(chunkArg ?? 250);
const { A, B, rows } = await warmedBuilds(basePath, newPath, Number(limit ?? Infinity));
const time = extractionSeconds;
let ta = 0;
let tb = 0;
const ratios = [];
for (let pass = 0; pass < passes; pass++) {
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    // A B B A, and the faster of each side's two runs: on a shared machine a run is slowed by others, never sped up.
    const a1 = time(A, chunk);
    const b1 = time(B, chunk);
    const b2 = time(B, chunk);
    const a2 = time(A, chunk);
    const a = Math.min(a1, a2);
    const b = Math.min(b1, b2);
    ta += a;
    tb += b;
    ratios.push(a / b);
  }
}
ratios.sort((x, y) => x - y);
const q = (f) => ratios[Math.floor(f * (ratios.length - 1))].toFixed(3);
const perSecond = (t) => ((passes * rows.length) / t).toFixed(0);
console.log(
  `base ${perSecond(ta)} art/cpu-s, new ${perSecond(tb)} art/cpu-s, new/base speed ${(ta / tb).toFixed(3)}, ` +
    `chunk ratios median ${q(0.5)} (quartiles ${q(0.25)}-${q(0.75)}, ${ratios.length} chunks)`,
);
