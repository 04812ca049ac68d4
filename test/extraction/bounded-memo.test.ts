import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/extraction/bounded-memo.js';

describe('boundedMemo', () => {
  it('computes each key once, false and empty answers included', () => {
    const calls: string[] = [];
    const isEmpty = boundedMemo((key: string) => {
      calls.push(key);
      return key.length === 0;
    }, 10);
    expect([isEmpty('a'), isEmpty('a'), isEmpty(''), isEmpty('')]).toEqual([false, false, true, true]);
    expect(calls).toEqual(['a', '']);
  });

  it('forgets everything once it holds its limit, and keeps answering right', () => {
    const calls: string[] = [];
    const upper = boundedMemo((key: string) => {
      calls.push(key);
      return key.toUpperCase();
    }, 2);
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
