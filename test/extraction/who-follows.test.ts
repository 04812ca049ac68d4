import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe('a name the story follows with ", who"', () => {
  it.each([
    ['is a person, though company lists have its words', 'Morgan Price , who runs the fund , said she was upbeat .', ['Person:Morgan Price']],
    ["after a preposition it is someone's employer", 'A spokesman for Velmar Brothers , who declined to be named , said so .', ['Company:Velmar Brothers']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
