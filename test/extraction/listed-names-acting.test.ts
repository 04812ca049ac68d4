import { describe, expect, it, vi } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

// An invented maker put on the company list, as "Boeing" is.
vi.mock('../../src/extraction/ner/company-gazetteer.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/extraction/ner/company-gazetteer.js')>();
  return { ...real, isListedCompanyWord: (w: string) => w === 'Quillmere' || real.isListedCompanyWord(w) };
});

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe('a listed company word the tagger left out, written as a company', () => {
  it.each([
    ['before its chief executive', 'Quillmere CEO Dana Whitcombe said output would rise .', ['Company:Quillmere', 'Person:Dana Whitcombe']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
