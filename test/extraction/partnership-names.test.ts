import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe('partners joined by commas and "&"', () => {
  it.each([
    ['a place before the comma is no partner', 'In the United States , Quillmere & Tarnwell Co \'s stock rose 2 % .', ['Location:United States', 'Company:Quillmere & Tarnwell Co']],
    ['surnames before the comma are partners', 'Dunmore , Kesh & Albright , LLP advised the buyer .', ['Company:Dunmore , Kesh & Albright , LLP']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
