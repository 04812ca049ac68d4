import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe('brands opening with a small letter before a capital', () => {
  it.each([
    ['a company the tagger left out', 'Sellers on eVarro and Orvane reported strong sales .', ['Company:eVarro', 'Company:Orvane']],
    ["an Apple-style product name is a product", 'Kestrel Labs built an app for iOS and the iPhone .', ['Company:Kestrel Labs', 'Product:iPhone']],
    ['a term of a small letter and capitals is no company', 'Kestrel Labs makes an mRNA vaccine for the eVTOL market .', ['Company:Kestrel Labs']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
