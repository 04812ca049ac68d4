import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';
import { extract } from '../../src/extraction/index.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe("the leading words of a law's name", () => {
  it('are no company of their own', () => {
    const found = names('Kestwell said the plan complies with the Velmar Financial Services Reform Act of 2004 .');
    expect(found.filter((n) => n.startsWith('Company:') && n !== 'Company:Kestwell')).toEqual([]);
  });
});

describe("a law's name after its maker's possessive", () => {
  it.each([
    ["a law's name", "The Kelvoran Union 's Digital Trade Act forces Globex Corp to open its store .", 'policy:digital-trade-act'],
    ['a program described by its owner keeps the owner', "Kelvora 's trade-in subsidy program lifted Globex Corp sales .", 'policy:kelvora-trade-in-subsidy-program'],
  ])('%s', (_name, text, id) => {
    expect(extract(text).entities.filter((e) => e.type === 'Policy').map((e) => e.id)).toEqual([id]);
  });
});
