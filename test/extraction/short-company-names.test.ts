import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of the document's last sentence. */
function lastSentenceNames(text: string): string[] {
  const sentences = analyseDocument({ id: 'd', kind: 'article', text }).sentences;
  const last = sentences[sentences.length - 1]!;
  return last.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${last.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`);
}

describe('short names of the story\'s companies', () => {
  it.each([
    [
      'a brand the tagger takes for a thing, opening a company name with a legal form',
      "Spring water bottler Quelvine Kelvoria Limited hosted reporters on Friday . Staff thanked them for their support to the Quelvine brand . ' Quelvine is sold in every town of the region , ' he said .",
      ['Company:Quelvine'],
    ],
    ['a nationality opening a company name with a legal form', 'Fares rose at American Airlines Inc on Monday . American voters were angry .', []],
  ])('%s', (_name, text, expected) => {
    expect(lastSentenceNames(text)).toEqual(expected);
  });
});
