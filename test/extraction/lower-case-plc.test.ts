import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe('the lower-case plc of British company names', () => {
  it.each([
    ['closes the name before it', 'Shares of Harwick Homes plc fell on Monday .', ['Company:Harwick Homes plc']],
    ['closes a name in a headline run into the prose', 'Why Investors Should Look At Harwick Homes plc Today analysts say the builder is cheap .', ['Company:Harwick Homes plc']],
    ['alone, it is no name', 'A plc must publish its accounts .', []],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it('is one company with its short name', () => {
    const { clusters } = analyseDocument({ id: 'd', kind: 'article', text: 'Harwick Homes plc said profit rose . Harwick Homes expects more sales .' });
    expect(clusters.map((c) => c.surfaceForms)).toEqual([['Harwick Homes plc', 'Harwick Homes']]);
  });
});
