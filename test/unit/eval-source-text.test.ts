import { describe, expect, it } from 'vitest';
import { sourceText } from '../../scripts/eval/source-text.js';

// One row per rule of rebuilding the running text of gold tokens: tokens in, the text the source wrote.
const rows: [string, string[], string][] = [
  ['a legal form\'s full stop', ['He', 'joined', 'Orvane', 'Inc', '.'], 'He joined Orvane Inc.'],
  ['a brand\'s exclamation mark and a comma', ['Kestwell', '!', 'said', 'so', ',', 'too'], 'Kestwell! said so, too'],
  ['brackets and a ticker\'s exchange suffix', ['Orvane', '(', 'ORV', '.N', ')', 'rose'], 'Orvane (ORV.N) rose'],
  ['clitics and a currency sign', ['I', "'ve", 'paid', '$', '30', 'for', 'Orvane', "'s", 'kit'], "I've paid $30 for Orvane's kit"],
  ['a dash between words stays spaced', ['Kelvoria', '-', 'The', 'bank'], 'Kelvoria - The bank'],
];

describe('rebuilt source text of gold tokens', () => {
  it.each(rows)('joins %s', (_name, tokens, text) => {
    expect(sourceText([tokens], false).text).toBe(text);
  });
  it('maps each token to its own characters', () => {
    const { text, offsets } = sourceText([['Orvane', 'Inc', '.'], ['It', 'rose', '.']], false);
    expect(offsets.flat().map(([a, b]) => text.slice(a, b))).toEqual(['Orvane', 'Inc', '.', 'It', 'rose', '.']);
  });
  it('keeps every token spaced when asked', () => {
    expect(sourceText([['Orvane', 'Inc', '.']], true).text).toBe('Orvane Inc .');
  });
});
