import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe('a name right after a kind of business and its trade', () => {
  it.each([
    ['an everyday word and "AI"', 'Velmar Corp agreed to buy a stake in data-labeling startup Level AI .', ['Company:Velmar Corp', 'Company:Level AI']],
    ['a role after the name ends it', 'Velmar Corp took a stake in robotics startup Signal AI CEO Ana Ruiz said .', ['Company:Velmar Corp', 'Company:Signal AI', 'Person:Ana Ruiz']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
