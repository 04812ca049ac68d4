import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of every sentence. */
function names(text: string): string[] {
  return analyseDocument({ id: 'd', kind: 'article', text }).sentences.flatMap((s) =>
    s.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`),
  );
}

describe("a name the tagger took for a person's, closed by an institution's head word", () => {
  it('is an organisation', () => {
    const text = 'Ama Mensah , Branch Manager Kelso Small Traders Revenue Office , who spoke first , said rates will rise .';
    expect(names(text)).toContain('Organization:Kelso Small Traders Revenue Office');
  });
  it('leaves people whose surname is no such word alone', () => {
    expect(names('Dana Whitlow said the plan would work .')).toEqual(['Person:Dana Whitlow']);
  });
});
