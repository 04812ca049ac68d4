/**
 * Interleaved A/B of the recogniser alone (recogniseMentions over each story's sentences, as document analysis calls
 * it), for changes to the NER passes: the whole extraction's A/B moves by a few percent with load order and machine
 * load, the recogniser's share of it by less. Sentences are split once (by the first build); each build then tags
 * chunks of stories in A B B A order, each side's faster run of a chunk counting, after two warm-up passes.
 * Usage: node bench/profile/ner-ab.mjs BUILD_DIR... (a checkout with dist/ built: /tmp/speedbase /work/wt-x) [--stories N]
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { reutersStories } from './reuters-stories.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--stories');
const storyCount = at >= 0 ? Number(args[at + 1]) : 4000;
const dirs = at >= 0 ? args.filter((_, k) => k !== at && k !== at + 1) : args;
if (dirs.length === 0) {
  console.error('usage: ner-ab.mjs BUILD_DIR... [--stories N]');
  process.exit(2);
}
const load = (dir, file) => import(pathToFileURL(resolve(dir, 'dist/extraction', file)).href);
const builds = [];
for (const dir of dirs) {
  const { recogniseMentions } = await load(dir, 'ner/recognise-mentions.js');
  const { defaultNerModel } = await load(dir, 'ner/default-model.js');
  builds.push({ dir, recogniseMentions, model: defaultNerModel() });
}
const { splitSentences } = await load(dirs[0], 'sentence-split.js');
const docs = reutersStories(storyCount).map((s) =>
  splitSentences(`${s.title ?? ''}\n\n${s.body ?? ''}`).map((x) => ({ words: x.tokens.map((t) => t.text), shouted: x.shouted })),
);

/** CPU seconds one build spends recognising the chunk's stories (on fresh copies: the recogniser owns its input). */
function seconds(build, chunk) {
  const input = chunk.map((doc) => doc.map((s) => ({ words: s.words.slice(), shouted: s.shouted })));
  const t = process.cpuUsage();
  for (const doc of input) build.recogniseMentions(build.model, doc);
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1e6;
}

for (let warm = 0; warm < 2; warm++) for (const b of builds) seconds(b, docs);
const totals = builds.map(() => 0);
for (let pass = 0; pass < 3; pass++) {
  for (let i = 0; i < docs.length; i += 200) {
    const chunk = docs.slice(i, i + 200);
    const first = builds.map((b) => seconds(b, chunk));
    const second = [...builds].reverse().map((b) => seconds(b, chunk)).reverse();
    first.forEach((t, k) => (totals[k] += Math.min(t, second[k])));
  }
}
builds.forEach((b, k) =>
  console.log(`${b.dir}: ${((1e6 * totals[k]) / 3 / docs.length).toFixed(1)} µs per story in recogniseMentions, speed ${(totals[0] / totals[k]).toFixed(3)}× the first`),
);
