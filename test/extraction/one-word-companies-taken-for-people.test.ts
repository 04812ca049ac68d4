import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe('one word taken for a person that acts as only companies act', () => {
  it.each([
    ['reporting its figures', 'Velmar said revenue rose 4 % in the quarter .', ['Company:Velmar']],
    ['agreeing to a deal', 'Orlena agreed to take a stake in the startup .', ['Company:Orlena']],
    ['the surname of a person named in full stays a person', 'Orlena Brandt said revenue would rise . Brandt said its outlook was firm .', ['Person:Orlena Brandt', 'Person:Brandt']],
    ['a word given a title stays a person', 'Mr Velmar said its outlook was firm .', ['Person:Velmar']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
