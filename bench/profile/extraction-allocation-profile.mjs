/**
 * Bytes extraction allocates per article, and where (self bytes per function, objects later collected counted
 * too): V8's sampling heap profiler over Reuters stories after a warm-up pass. Allocation drives GC and cache
 * misses, and unlike time it barely moves when the machine is busy.
 * Usage: node bench/profile/extraction-allocation-profile.mjs [DIST_EXTRACTION_INDEX_JS] [stories] [rows]
 */
import { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
import { reutersStories } from './reuters-stories.mjs';

const modulePath = process.argv[2] ?? 'dist/extraction/index.js';
const storyCount = Number(process.argv[3] ?? 3000);
const rowCount = Number(process.argv[4] ?? 40);
const extraction = await import(pathToFileURL(modulePath).href);
const stories = reutersStories(storyCount);
const extractAll = () => {
  for (const s of stories) extraction.extractDocuments([extraction.articleDocument(s.title ?? '', s.body ?? '')]);
};

extractAll();
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
extractAll();
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();
const bySite = new Map();
let total = 0;
const visit = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const site = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const child of node.children) visit(child);
};
visit(profile.head);
console.log(`${(total / stories.length / 1024).toFixed(1)} KiB allocated per article`);
for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, rowCount)) {
  console.log(`${((100 * bytes) / total).toFixed(1).padStart(6)} %  ${(bytes / stories.length / 1024).toFixed(2).padStart(7)} KiB  ${site}`);
}
