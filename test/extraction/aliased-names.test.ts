import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.js';
import { relation } from './harness.js';

const entity = (text: string, id: string) => extract(text).entities.find((e) => e.id === id);

describe("a company's other names set off beside it", () => {
  it('keeps the everyday name before its formal one, and reads the formal name later as the same company', () => {
    const text = 'Its supplier Corvex , formally Tamsin Precision Industry Co Ltd , said it would build a plant . Tamsin shares rose 2 % .';
    expect(entity(text, 'company:corvex')?.aliases).toContain('Tamsin Precision Industry Co Ltd');
    expect(relation(extract(text), 'MOVED_BY', 'company:corvex')).toBeDefined();
  });
  it('keys the entity by the everyday name written after "known as"', () => {
    const text = 'Tamsin Precision Industry Co Ltd , known as Corvex , said it would build a plant . Tamsin shares rose 2 % .';
    expect(entity(text, 'company:corvex')?.aliases).toContain('Tamsin Precision Industry Co Ltd');
    expect(relation(extract(text), 'MOVED_BY', 'company:corvex')).toBeDefined();
  });
  it('names the company by its current name and keeps the former one as an alias only', () => {
    const found = entity('Kestrel Freight Corp , formerly Harlow Shipping Ltd , said orders rose . Harlow Shipping shares rose 3 % on Monday .', 'company:kestrel-freight');
    expect(found?.name).toBe('Kestrel Freight Corp');
    expect(found?.aliases).toContain('Harlow Shipping Ltd');
  });
  it("leaves apart a company described as formerly another's unit", () => {
    const result = extract("Kestrel Freight Corp , formerly Harlow Shipping 's truck unit , said orders rose .");
    expect(result.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['company:kestrel-freight', 'company:harlow-shipping']));
  });
});

describe("a public body's name with and without its country", () => {
  it('is one body either way round', () => {
    for (const text of [
      'The U.S. Commerce Department added Kestrel Freight to its list . The Commerce Department said the move was needed .',
      'The Commerce Department said the move was needed . The U.S. Commerce Department added Kestrel Freight to its list .',
    ]) {
      const bodies = extract(text).entities.filter((e) => e.type === 'Organization');
      expect(bodies.map((e) => e.id)).toEqual(['organization:u-s-commerce-department']);
    }
  });
  it("keeps a company's name with a country apart from a company without it", () => {
    const ids = extract('U.S. Harlow Shipping Co said orders rose . Harlow Shipping Co Plc said profit fell .').entities.map((e) => e.id);
    expect(ids.filter((id) => id.startsWith('company:'))).toHaveLength(2);
  });
  it('keeps a chamber apart from its committee', () => {
    const ids = extract('The Senate passed the bill . Senate Budget Committee chairman Jo Reyes said the Senate would vote again .').entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['organization:senate', 'organization:senate-budget-committee']));
  });
});

describe('a product named in the plural', () => {
  it.each([
    ['after the singular', 'Orvane Corp reported record revenue , but the iZephyr maker warned of costs . Orvane will bring AI features to iZephyrs sold in China .'],
    ['before the singular', 'Orvane will bring AI features to iZephyrs sold in China . Orvane Corp reported record revenue , but the iZephyr maker warned of costs .'],
  ])('is the product, named in the singular, %s', (_name, text) => {
    const products = extract(text).entities.filter((e) => e.type === 'Product');
    expect(products.map((e) => [e.id, e.name, [...e.aliases].sort()])).toEqual([['product:izephyr', 'iZephyr', ['iZephyr', 'iZephyrs']]]);
  });
});
