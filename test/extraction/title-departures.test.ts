import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';

/** "Type:words" of the named (not anaphoric) mentions of a one-line title. */
function titleNames(text: string): string[] {
  const [s] = analyseDocument({ id: 'd', kind: 'article', text }).sentences;
  return s!.mentions.filter((m) => !m.anaphoric).map((m) => `${m.cluster.type}:${s!.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`);
}

describe('a title telling of a leader who leaves', () => {
  it.each([
    ['retires', 'Orvane CEO Dana Whitcombe Retires as Sales Slow', ['Company:Orvane', 'Person:Dana Whitcombe']],
    ['steps down', 'Orvane CEO Dana Whitcombe Steps Down', ['Company:Orvane', 'Person:Dana Whitcombe']],
  ])('the verb after the name (%s) is no part of it', (_name, text, expected) => {
    expect(titleNames(text)).toEqual(expected);
  });
  it('a kind of business written alone is no name', () => {
    expect(titleNames('Orvane CEO Dana Whitcombe Retires as Chipmaker Struggles')).toEqual(['Company:Orvane', 'Person:Dana Whitcombe']);
  });
});
