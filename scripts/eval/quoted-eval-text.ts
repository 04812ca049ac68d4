/**
 * Finds text of the evaluation sets quoted in the project: any run of 8 words that a string literal in
 * `src/`, `test/` or `scripts/` shares with SENTiVENT, FinCausal, FiNER-ORD, CoNLL-2003 (dev and test
 * splits) or Reuters-21578. Those sets are for measuring only (../shared/eval/README.md): a test case or
 * rule must be written in our own words, with invented names. CoNLL-2003's train split is the one set the
 * model may learn from, so it is not searched. Exits 1 when something is found.
 * Usage: npx tsx scripts/eval/quoted-eval-text.ts [path to ../shared/eval]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const EVAL_DIR = process.argv[2] ?? '../shared/eval';
const SPAN = 8;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function* spans(text: string): Generator<string> {
  const list = words(text);
  for (let i = 0; i + SPAN <= list.length; i += 1) yield list.slice(i, i + SPAN).join(' ');
}

/** The running text of each evaluation set, one string per document or sentence. */
function* evalTexts(): Generator<[set: string, text: string]> {
  for (const line of readFileSync(join(EVAL_DIR, 'sentivent/events.jsonl'), 'utf8').split('\n')) {
    if (line.trim()) yield ['SENTiVENT', String((JSON.parse(line) as { text?: string }).text ?? '')];
  }
  for (const file of readdirSync(join(EVAL_DIR, 'fincausal'))) yield ['FinCausal', readFileSync(join(EVAL_DIR, 'fincausal', file), 'utf8')];
  for (const file of ['train_gold_data.csv', 'val_gold_data.csv', 'test_gold_data.csv']) {
    // One token per row: gold_label,gold_token,doc_idx.
    const tokens = readFileSync(join(EVAL_DIR, 'finer', file), 'utf8').split('\n').map((row) => row.split(',')[1] ?? '');
    yield ['FiNER-ORD', tokens.join(' ')];
  }
  for (const file of ['eng.testa', 'eng.testb']) {
    const tokens = readFileSync(join(EVAL_DIR, 'conll2003', file), 'utf8').split('\n').map((row) => row.split(' ')[0] ?? '');
    yield [`CoNLL-2003 ${file}`, tokens.join(' ')];
  }
  for (const line of readFileSync(join(EVAL_DIR, 'reuters21578/reuters21578.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const story = JSON.parse(line) as { title?: string; body?: string };
    yield ['Reuters-21578', `${story.title ?? ''}\n${story.body ?? ''}`];
  }
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (entry !== 'node_modules' && entry !== 'generated') yield* sourceFiles(path);
    } else if (/\.(ts|js|json)$/.test(entry)) {
      yield path;
    }
  }
}

/** Every span of our string literals, with where it is. */
const ours = new Map<string, string>();
for (const root of ['src', 'test', 'scripts']) {
  for (const file of sourceFiles(root)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const match of line.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
        for (const span of spans(match[1] ?? match[2] ?? match[3] ?? '')) if (!ours.has(span)) ours.set(span, `${relative('.', file)}:${i + 1}`);
      }
    });
  }
}

const found = new Map<string, string>();
for (const [set, text] of evalTexts()) {
  for (const span of spans(text)) {
    const where = ours.get(span);
    if (where && !found.has(where)) found.set(where, `${set}: "${span}"`);
  }
}
for (const [where, what] of found) console.log(`${where}  shares 8 words with ${what}`);
console.log(found.size === 0 ? 'No evaluation text is quoted in src/, test/ or scripts/.' : `${found.size} place(s) quote evaluation text.`);
process.exitCode = found.size === 0 ? 0 : 1;
