import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of a one-line title. */
function titleNames(text: string): string[] {
  const [s] = analyseDocument({ id: 'd', kind: 'article', text }).sentences;
  return s!.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s!.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`);
}

describe('what a title says a company will do', () => {
  it.each([
    ['plain words ending in a plural are a thing', 'Orvane Announces Collaboration with Kestwell to Develop Gene Therapies', ['Company:Orvane', 'Company:Kestwell']],
    ['plain words a price moved on are its cause', 'Velmar Shares Soar 30 % on Cloud Contract Bonanza', ['Company:Velmar']],
    ['a person a price moved on stays', 'Velmar Shares Soar on Dana Whitcombe', ['Company:Velmar', 'Person:Dana Whitcombe']],
    ['a company closed by its head stays', 'Orvane Agrees to Buy Quillmere Foods for $ 2 Billion', ['Company:Orvane', 'Company:Quillmere Foods']],
  ])('%s', (_name, text, expected) => {
    expect(titleNames(text)).toEqual(expected);
  });
});
