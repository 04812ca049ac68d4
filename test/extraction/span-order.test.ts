import { describe, expect, it } from 'vitest';
import { inStartOrder, readByStart, sortByStart } from '../../src/extraction/ner/span-order.js';

const span = (start: number, tag: string) => ({ start, tag });

describe('span order', () => {
  it('tells spans in order of start, ties included, from spans out of it', () => {
    expect(inStartOrder([])).toBe(true);
    expect(inStartOrder([span(0, 'a'), span(2, 'b'), span(2, 'c'), span(5, 'd')])).toBe(true);
    expect(inStartOrder([span(3, 'a'), span(1, 'b')])).toBe(false);
  });

  it('gives ordered spans back as they are, the same array', () => {
    const spans = [span(0, 'a'), span(4, 'b')];
    expect(sortByStart(spans)).toBe(spans);
    expect(readByStart(spans)).toBe(spans);
  });

  it('sorts spans out of order as a stable sort by start does: in place, or as a copy for reading', () => {
    const expected = ['b', 'c', 'a', 'd'];
    const inPlace = [span(4, 'a'), span(1, 'b'), span(1, 'c'), span(6, 'd')];
    expect(sortByStart(inPlace).map((s) => s.tag)).toEqual(expected);
    expect(inPlace.map((s) => s.tag)).toEqual(expected);
    const given = [span(4, 'a'), span(1, 'b'), span(1, 'c'), span(6, 'd')];
    expect(readByStart(given).map((s) => s.tag)).toEqual(expected);
    expect(given.map((s) => s.tag)).toEqual(['a', 'b', 'c', 'd']);
  });
});
