import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';
import { extract, extractDocuments } from '../../src/extraction/index.js';

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

describe('support a title or a story names by the money handed out', () => {
  it.each([
    ['a title: subsidies paid under a law keep the law', 'headline', 'Globex to Receive $4.7 Billion in Digital Trade Act Subsidies', ['policy:digital-trade-act-subsidy']],
    ["a title: a grant under a law is the law's", 'headline', 'Globex Gets $2 Billion Digital Trade Act Grant', ['policy:digital-trade-act']],
    ['a grant named by a public word', 'article', 'Globex secured a $ 6.1 billion federal grant for its Ohio plant .', ['policy:federal-grant']],
    ['aid named by a public word', 'article', 'Globex said it would apply for state aid for the plant .', ['policy:state-aid']],
    ['no grant without a public word', 'article', 'Globex won a research grant from the foundation .', []],
    ['no policy in an order a title says a company won', 'headline', 'Globex Wins $1 Billion Turbine Order From Kestrel Power', []],
    ["a court's order a title says a company got", 'headline', 'Globex Gets Temporary Restraining Order Against Kestrel', ['policy:restraining-order']],
  ] as const)('%s', (_name, kind, text, ids) => {
    expect(extractDocuments([{ kind, text }]).entities.filter((e) => e.type === 'Policy').map((e) => e.id)).toEqual(ids);
  });
  it('names the grant a company wins under a title as what it benefits from', () => {
    const doc = extractDocuments([{ kind: 'headline', text: 'Quorvex Secures $6.1 Billion Federal Grant for Ohio Fab' }]);
    const policy = doc.entities.find((e) => e.type === 'Policy');
    expect(doc.relations.filter((r) => r.type === 'BENEFITS_FROM').map((r) => r.target)).toEqual([policy?.id]);
  });
});
