import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.js';
import { relation } from './harness.js';

describe('a news agency credited in the dateline', () => {
  it.each([
    ['by its capitals', 'NEW YORK ( AP ) — Globex Corp shares rose 9 % after it won a grant under the Jobs Act .', 'organization:ap'],
    ['by its name', 'LONDON ( Reuters ) - Globex Corp shares rose 9 % after it won a grant under the Jobs Act .', 'organization:reuters'],
    ['between slashes, as a press-release wire', 'BOSTON , Nov. 3 , 2025 / PRNewswire / -- Globex Corp shares rose 9 % after it won a grant under the Jobs Act .', 'organization:prnewswire'],
  ])('is an organisation that is party to no relation, %s', (_name, text, id) => {
    const result = extract(text);
    expect(result.entities.find((e) => e.id === id)?.type).toBe('Organization');
    expect(result.relations.filter((r) => r.source === id || r.target === id)).toEqual([]);
    expect(relation(result, 'BENEFITS_FROM', 'company:globex')).toBeDefined();
  });
});
