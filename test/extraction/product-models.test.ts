import { describe, expect, it } from 'vitest';
import { markProductModels } from '../../src/extraction/ner/product-models.js';
import { markedSpans, spanLabels } from './harness.js';

describe("a maker's name and a model's code", () => {
  it.each([
    ['a car model', 'demand for the [ORG Audi Q7 ] was strong', ['MISC:Audi Q7']],
    ['a plane model', 'it ordered 40 [ORG Airbus A320 ] jets', ['MISC:Airbus A320']],
    ["an airline's plane", 'a [ORG Garuda Air Lines DC-9 ] landed', ['ORG:Garuda Air Lines DC-9']],
    ['a year after a company', 'the [ORG Boeing 2024 ] report', ['ORG:Boeing 2024']],
  ] as const)('%s', (_name, text, expected) => {
    const { words, spans } = markedSpans(text);
    expect(spanLabels(words, markProductModels(words, spans))).toEqual(expected);
  });
});
