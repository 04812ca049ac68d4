import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe("a company's part named between its possessive and the word for a part", () => {
  it.each([
    ['a unit', 'Velmar sold a 51 % stake in its Quorbel unit .', ['Company:Velmar', 'Company:Quorbel']],
    ['a place stays the place', 'Velmar sold its Texas unit .', ['Company:Velmar', 'Location:Texas']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
