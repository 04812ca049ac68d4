/**
 * Prints SENTiVENT SILVER (dev) events of the scored types beside what extraction found in the same sentence,
 * to look at error categories (never run on the gold split). Usage: npx tsx scripts/eval/relation-errors.ts [TYPE] [--data DIR]
 */
import { readFileSync } from 'node:fs';
import { extractDocuments } from '../../src/extraction/index.js';

const EVENT_TYPE: Record<string, string> = { 'Merger/Acquisition': 'ACQUIRES', Investment: 'INVESTS_IN', Deal: 'PARTNERS_WITH', SecurityValue: 'MOVED_BY' };
const args = process.argv.slice(2);
const dataAt = args.indexOf('--data');
const data = dataAt >= 0 ? args[dataAt + 1]! : '../shared/eval';
const only = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--data');

interface Doc {
  doc_id: string;
  split: string;
  text: string;
  events: { type: string; trigger: string; trigger_span: [number, number]; negated?: boolean; other_modality?: boolean; args: { role: string; text: string }[] }[];
}

for (const line of readFileSync(`${data}/sentivent/events.jsonl`, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const doc = JSON.parse(line) as Doc;
  if (doc.split !== 'silver') continue;
  const result = extractDocuments([{ kind: 'article', text: doc.text }]);
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  for (const e of doc.events) {
    const type = EVENT_TYPE[e.type];
    if (!type || (only && type !== only) || e.negated) continue;
    const lineStart = doc.text.lastIndexOf('\n', e.trigger_span[0]) + 1;
    const newline = doc.text.indexOf('\n', e.trigger_span[1]);
    // The last line has no newline after it.
    const lineEnd = newline < 0 ? doc.text.length : newline;
    const sentence = doc.text.slice(lineStart, lineEnd);
    const found = result.relations
      .filter((r) => r.type === type && r.evidence.some((ev) => ev.start < lineEnd && ev.end > lineStart))
      .map((r) => `${names.get(r.source)} -> ${names.get(r.target)}`);
    const roles = e.args.filter((a) => !/TIME|PLACE|Amount|Price/.test(a.role)).map((a) => `${a.role.replace(/_.*/, '')}=${a.text}`);
    console.log(`${found.length ? 'HIT ' : 'MISS'} ${type} [${e.trigger}] ${roles.join('; ')}${e.other_modality ? ' (modal)' : ''}\n     ${sentence}\n     found: ${found.join(', ') || '-'}`);
  }
}
