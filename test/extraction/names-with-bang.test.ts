import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe('a company whose name ends in an exclamation mark', () => {
  it.each([
    ['keeps the mark glued to its name', 'Analysts at Yahoo! said prices rose .', ['Company:Yahoo !']],
    ['without the mark it is the same name', 'Shares of Yahoo rose on Monday .', ['Company:Yahoo']],
    ['a mark after a space is the sentence\'s', 'Shares of Yahoo ! rose .', ['Company:Yahoo']],
    ['other names leave the mark to the sentence', 'Everyone loves Orvane Labs !', ['Company:Orvane Labs']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
