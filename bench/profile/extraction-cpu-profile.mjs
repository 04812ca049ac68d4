/**
 * Where extraction spends its CPU: V8's sampling profiler over Reuters stories extracted one article at a
 * time (as ingestion does), after a warm-up pass, as self time per function and per source file.
 * Usage: node bench/profile/extraction-cpu-profile.mjs [DIST_EXTRACTION_INDEX_JS] [stories] [rows]
 * With PROFILE_OUT=FILE the raw profile is written there too (line ticks for a closer look).
 */
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { reutersStories } from './reuters-stories.mjs';

const modulePath = process.argv[2] ?? 'dist/extraction/index.js';
const storyCount = Number(process.argv[3] ?? 6000);
const rowCount = Number(process.argv[4] ?? 40);
const extraction = await import(pathToFileURL(modulePath).href);
const stories = reutersStories(storyCount);

function extractAll() {
  for (const s of stories) extraction.extractDocuments([extraction.articleDocument(s.title ?? '', s.body ?? '')]);
}

function printShares(title, shares, total) {
  console.log(title);
  for (const [name, time] of [...shares].sort((a, b) => b[1] - a[1]).slice(0, rowCount)) {
    console.log(`${((100 * time) / total).toFixed(1).padStart(6)} %  ${name}`);
  }
}

extractAll();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 250 });
await session.post('Profiler.start');
const before = process.cpuUsage();
extractAll();
const cpu = process.cpuUsage(before);
const { profile } = await session.post('Profiler.stop');
session.disconnect();
if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const byFunction = new Map();
const byFile = new Map();
let busy = 0;
profile.samples.forEach((id, i) => {
  const { functionName, url, lineNumber } = nodes.get(id).callFrame;
  if (functionName === '(idle)') return;
  const time = profile.timeDeltas[i] ?? 0;
  const file = url.split('/').slice(-2).join('/') || '(native or V8)';
  const site = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
  byFunction.set(site, (byFunction.get(site) ?? 0) + time);
  byFile.set(file, (byFile.get(file) ?? 0) + time);
  busy += time;
});
console.log(`${stories.length} stories, ${(stories.length / ((cpu.user + cpu.system) / 1e6)).toFixed(0)} articles per CPU-second while profiling`);
printShares('by file (share of busy samples)', byFile, busy);
printShares('by function', byFunction, busy);
