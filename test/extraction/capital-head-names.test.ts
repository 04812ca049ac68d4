import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe("an everyday word before a company's head written in capitals", () => {
  it.each([
    ['names the company', 'Velmar Corp invested $ 2 billion in Measure AI last month .', ['Company:Velmar Corp', 'Company:Measure AI']],
    ['a place before the head describes it', 'Velmar Corp said China AI rules were strict .', ['Company:Velmar Corp', 'Location:China', 'Policy:China AI rules']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
