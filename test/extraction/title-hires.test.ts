import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of a one-line title. */
function titleNames(text: string): string[] {
  const [s] = analyseDocument({ id: 'd', kind: 'article', text }).sentences;
  return s!.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s!.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`);
}

describe('people a title says a company takes on', () => {
  it.each([
    ['the role after the name is the post', 'Velmar Names Maria Okafor CEO', ['Company:Velmar', 'Person:Maria Okafor']],
    ['the verb before the name is the title\'s', 'Orvane Hires Ana Ruiz From Rival', ['Company:Orvane', 'Person:Ana Ruiz']],
    ['a hired name opening with a given name is a person', 'Kestrel Taps Jo Reyes As CFO', ['Company:Kestrel', 'Person:Jo Reyes']],
  ])('%s', (_name, text, expected) => {
    expect(titleNames(text)).toEqual(expected);
  });
});
