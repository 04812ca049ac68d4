import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.js';

/** "Type:name" of the story's companies and organisations. */
const orgs = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === 'Company' || e.type === 'Organization')
    .map((e) => `${e.type}:${e.name}`);

describe('newspapers', () => {
  it.each([
    ['a newspaper credited with a report', 'The Kelvoran Telegraph reported the plan earlier , citing people familiar with the matter .', ['Organization:Kelvoran Telegraph']],
    ["a newspaper's publisher by its legal form", 'Kelvoran Times Co said profit rose . The Kelvoran Times added readers .', ['Company:Kelvoran Times Co']],
    ['a newspaper bought and sold', 'Orvane Corp is buying the Kelvoran Chronicle for $ 40 million .', ['Company:Kelvoran Chronicle', 'Company:Orvane Corp']],
    ['a company of what it sells', 'Kelvoran Telephone and Telegraph said profit rose .', ['Company:Kelvoran Telephone and Telegraph']],
  ])('%s', (_name, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});
