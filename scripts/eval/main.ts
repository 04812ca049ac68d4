/**
 * Extraction evaluation. Usage: npm run eval -- <conll|finer|sentivent|samples|all> [--data DIR] [--news DIR]
 * DIR defaults to ../shared/eval (the shared evaluation data, never copied into the project).
 * Dev splits are for looking at errors; test splits are the reported figures.
 */
import { evaluateConllFile } from './conll-eval.js';
import { evaluateFinerFile } from './finer-eval.js';
import { evaluateSamples } from './sample-expectations.js';
import { evaluateSentivent } from './sentivent-eval.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const set = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1]?.startsWith('--') !== true) ?? 'all';
const data = option('--data', '../shared/eval');
const news = option('--news', 'data/news');

const runs: Record<string, () => string[]> = {
  conll: () => [
    evaluateConllFile(`${data}/conll2003/eng.testa`, 'eng.testa (dev)'),
    evaluateConllFile(`${data}/conll2003/eng.testb`, 'eng.testb (test)'),
  ],
  finer: () => [
    evaluateFinerFile(`${data}/finer/val_gold_data.csv`, 'val (dev)'),
    evaluateFinerFile(`${data}/finer/test_gold_data.csv`, 'test'),
  ],
  sentivent: () => [
    evaluateSentivent(`${data}/sentivent/events.jsonl`, 'silver', 'silver (dev)'),
    evaluateSentivent(`${data}/sentivent/events.jsonl`, 'gold', 'gold (test)'),
  ],
  samples: () => [evaluateSamples(news)],
};

const chosen = set === 'all' ? Object.keys(runs) : [set];
for (const name of chosen) {
  const run = runs[name];
  if (!run) {
    console.error(`unknown set "${name}"; choose one of ${Object.keys(runs).join(', ')}, all`);
    process.exit(2);
  }
  for (const table of run()) console.log(table + '\n');
}
