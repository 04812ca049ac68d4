import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';
import { extract } from '../../src/extraction/index.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe('a company name with its legal form, then "of" and a country', () => {
  it('takes the country for the place the company is from', () => {
    expect(names('Velmar Ltd of Japan <VEL.T> said it would expand .')).toContain('Location:Japan');
    expect(names('Velmar Ltd of Japan <VEL.T> said it would expand .')).not.toContain('Company:Japan');
  });
  it('gives the company, not the place, the ticker after them', () => {
    const found = extract('Orvane provides services to Kestwell Union Corp of Georgia <KWU> under a new pact .').entities.find((e) => e.id === 'company:kestwell-union');
    expect(found?.properties['ticker']).toBe('KWU');
  });
});
