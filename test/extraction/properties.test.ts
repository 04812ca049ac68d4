import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.js';

// Newswire-like fragments, so random texts reach the rules rather than only noise.
const fragments = [
  'Acme Corp', 'Globex Inc', 'Xiaomi Corp (OTC: XIACF, HK: 1810)', 'shares rose', 'fell 4.76 %', 'to HK$43.05', 'after',
  'agreed to buy', 'withdrew its bid for', 'the company', 'its', 'CEO Jane Smith', 'Great Wall’s', 'subsidy program', '.',
  ',', '\n', '\n\n', 'NASDAQ:AAPL', '<SRD>', '1-1/8', '“quoted”', '—', 'China’s', 'partnership with', 'invested $ 5 million in',
  'agreed to merge with', 'the merger of', 'and',
];
const newsText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(' ')),
);

describe('extract invariants', () => {
  it('never throws and keeps every evidence offset inside its document', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const result = extract(text);
        const docs = new Map(result.documents.map((d) => [d.id, d]));
        for (const r of result.relations) {
          expect(r.confidence).toBeGreaterThanOrEqual(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
          for (const e of r.evidence) {
            const doc = docs.get(e.documentId)!;
            expect(doc).toBeDefined();
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(doc.text.length);
            expect(doc.text.slice(e.start, e.end)).toBe(e.sentence);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('only relates entities it emits, with unique ids', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const result = extract(text);
        const ids = new Set(result.entities.map((e) => e.id));
        expect(ids.size).toBe(result.entities.length);
        for (const r of result.relations) {
          expect(ids.has(r.source)).toBe(true);
          expect(ids.has(r.target)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
      }),
      { numRuns: 50 },
    );
  });
});
