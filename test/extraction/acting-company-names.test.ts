import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe('names of everyday words that act as companies', () => {
  it.each([
    ['a thing that buys a stake', 'Analysts praised Garden Direct last year . Garden Direct bought a stake in a rival chain in March .', ['Company:Garden Direct', 'Company:Garden Direct']],
    ['a company that speaks', 'Fashion Direct said sales rose . The buyers liked Fashion Direct a lot .', ['Company:Fashion Direct', 'Company:Fashion Direct']],
    ['an office that speaks is no company', 'Analysts said the Vice President declined to comment .', []],
    ['a region whose trade rose by a figure is no company', 'Exports to Western Europe rose 200 mln dlrs . Western Europe rose 7.2 billion dlrs .', []],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
