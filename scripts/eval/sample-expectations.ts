import { readFileSync } from 'node:fs';
import { extract } from '../../src/extraction/index.js';
import type { PropertyValue } from '../../src/extraction/index.js';

/** Facts a reader takes from the sample news in data/news: one row per expected edge. */
const EXPECTED: [file: string, type: string, source: string, target: string, properties: Record<string, PropertyValue>][] = [
  ['000_5772fa2ed1b7fa01.txt', 'LISTED_AS', 'company:xiaomi', 'listing:hkex:1810', {}],
  ['000_5772fa2ed1b7fa01.txt', 'LISTED_AS', 'company:xiaomi', 'listing:otc:xiacf', {}],
  ['000_5772fa2ed1b7fa01.txt', 'LISTED_AS', 'company:lenovo', 'listing:hkex:0992', {}],
  ['000_5772fa2ed1b7fa01.txt', 'LISTED_AS', 'company:byd', 'listing:hkex:1211', {}],
  ['000_5772fa2ed1b7fa01.txt', 'LISTED_AS', 'company:geely-automobile', 'listing:hkex:0175', {}],
  ['000_5772fa2ed1b7fa01.txt', 'MOVED_BY', 'company:xiaomi', 'policy:china-subsidy-program', { direction: 'UP', changePct: 6, price: 43.05, currency: 'HKD' }],
  ['000_5772fa2ed1b7fa01.txt', 'MOVED_BY', 'company:lenovo', 'policy:china-subsidy-program', { direction: 'UP', changePct: 7 }],
  ['000_5772fa2ed1b7fa01.txt', 'MOVED_BY', 'company:byd', 'policy:china-subsidy-program', { direction: 'UP', changePct: 5 }],
  ['000_5772fa2ed1b7fa01.txt', 'MOVED_BY', 'company:geely-automobile', 'policy:china-subsidy-program', { direction: 'UP', changePct: 9 }],
  ['000_5772fa2ed1b7fa01.txt', 'BENEFITS_FROM', 'company:xiaomi', 'policy:china-subsidy-program', {}],
  ['000_5772fa2ed1b7fa01.txt', 'BENEFITS_FROM', 'company:lenovo', 'policy:china-subsidy-program', {}],
  ['000_5772fa2ed1b7fa01.txt', 'BENEFITS_FROM', 'company:byd', 'policy:china-subsidy-program', {}],
  ['000_5772fa2ed1b7fa01.txt', 'BENEFITS_FROM', 'company:geely-automobile', 'policy:china-subsidy-program', {}],
  ['000_5772fa2ed1b7fa01.txt', 'ACQUIRES', 'company:spacex', 'company:xai', {}],
  ['000_5772fa2ed1b7fa01.txt', 'LEADS', 'person:jensen-huang', 'company:nvidia', { role: 'CEO' }],
  ['000_5772fa2ed1b7fa01.txt', 'INVESTS_IN', 'company:nvidia', 'company:openai', {}],
  ['003_f63eddb68c537ca0.txt', 'MOVED_BY', 'company:xiaomi', 'company:great-wall-motor', { direction: 'UP', changePct: 9 }],
  ['003_f63eddb68c537ca0.txt', 'MOVED_BY', 'company:great-wall-motor', 'company:xiaomi', { direction: 'UP', changePct: 15 }],
  ['003_f63eddb68c537ca0.txt', 'PARTNERS_WITH', 'company:great-wall-motor', 'company:xiaomi', {}],
  ['003_f63eddb68c537ca0.txt', 'LEADS', 'person:jamie-dimon', 'company:jpmorgan', { role: 'CEO' }],
  ['003_f63eddb68c537ca0.txt', 'LEADS', 'person:kathryn-mclay', 'company:walmart', { role: 'CEO' }],
  ['003_f63eddb68c537ca0.txt', 'PARTNERS_WITH', 'company:indigo-carbon', 'company:microsoft', {}],
  ['003_f63eddb68c537ca0.txt', 'BENEFITS_FROM', 'company:chevron', 'policy:oil-sanctions', {}],
];

/** Recall of the expected facts, and the number of all edges emitted per file (to review by eye). */
export function evaluateSamples(dir: string): string {
  const lines = ['Sample news (data/news): expected facts', 'status  type           source -> target'];
  let found = 0;
  const cache = new Map<string, ReturnType<typeof extract>>();
  for (const [file, type, source, target, properties] of EXPECTED) {
    let result = cache.get(file);
    if (!result) cache.set(file, (result = extract(readFileSync(`${dir}/${file}`, 'utf8'))));
    const r = result.relations.find((x) => x.type === type && x.source === source && x.target === target);
    const ok = r !== undefined && Object.entries(properties).every(([k, v]) => r.properties[k] === v);
    if (ok) found++;
    lines.push(`${ok ? 'ok    ' : 'MISSING'} ${type.padEnd(14)} ${source} -> ${target} ${ok ? '' : JSON.stringify(properties)}`);
  }
  lines.push(`found ${found}/${EXPECTED.length} expected facts (recall ${(found / EXPECTED.length).toFixed(3)})`);
  for (const [file, result] of cache) {
    lines.push(`${file}: ${result.documents.length} documents, ${result.entities.length} entities, ${result.relations.length} relations`);
  }
  return lines.join('\n');
}
