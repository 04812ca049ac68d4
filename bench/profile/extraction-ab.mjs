/**
 * Interleaved A/B of extraction speed in one process, as a ratio (absolute times on a shared machine mean little):
 * each build warms up with a full pass over the Reuters stories, then 500-story chunks are timed alternately
 * with process.cpuUsage, twice over.
 * Usage: node bench/profile/extraction-ab.mjs BASE_DIST_EXTRACTION_INDEX_JS NEW_DIST_EXTRACTION_INDEX_JS [stories]
 */
import { extractionSeconds, warmedBuilds } from './reuters-stories.mjs';

const [basePath, newPath, limit] = process.argv.slice(2);
if (!basePath || !newPath) {
  console.error('usage: extraction-ab.mjs BASE_DIST_EXTRACTION_INDEX_JS NEW_DIST_EXTRACTION_INDEX_JS [stories]');
  process.exit(2);
}
const { A, B, rows } = await warmedBuilds(basePath, newPath, Number(limit ?? Infinity));
const time = extractionSeconds;
let ta = 0;
let tb = 0;
const ratios = [];
for (let pass = 0; pass < 2; pass++) {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    // Alternate which side runs first.
    let a;
    let b;
    if ((i / 500) % 2) {
      a = time(A, chunk);
      b = time(B, chunk);
    } else {
      b = time(B, chunk);
      a = time(A, chunk);
    }
    ta += a;
    tb += b;
    ratios.push(a / b);
  }
}
ratios.sort((x, y) => x - y);
const perSecond = (t) => ((2 * rows.length) / t).toFixed(0);
console.log(`base ${perSecond(ta)} art/cpu-s, new ${perSecond(tb)} art/cpu-s, new/base speed ${(ta / tb).toFixed(3)}, median chunk ${ratios[Math.floor(ratios.length / 2)].toFixed(3)}`);
