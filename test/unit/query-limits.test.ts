import { getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/api/schema.js';
import { cachedLimitCheck, enforceQueryLimits, queryCost, queryDepth } from '../../src/api/query-limits.js';

const schema = buildSchema();
const limits = { maxDepth: 8, maxCost: 20_000, maxPageSize: 100, maxBodyBytes: 1_000_000, maxBatchArticles: 10 };

describe('queryDepth', () => {
  it('counts the deepest field, through fragments', () => {
    const document = parse('query { company(name: "x") { ...F } } fragment F on Company { partners { partners { name } } }');
    expect(queryDepth(document)).toBe(4);
  });

  it('ignores introspection fields', () => {
    expect(queryDepth(parse('{ __typename stats { articles } }'))).toBe(2);
  });
});

describe('queryCost', () => {
  it('multiplies what is under a page by its size', () => {
    const small = queryCost(schema, parse('{ companies(first: 5) { edges { node { name } } } }'), {});
    const large = queryCost(schema, parse('{ companies(first: 50) { edges { node { name } } } }'), {});
    expect(large).toBeGreaterThan(small * 5);
  });

  it('counts the edges of a page once, not as another list', () => {
    const cost = queryCost(schema, parse('{ companies(first: 50) { edges { node { name } } } }'), {});
    expect(cost).toBeLessThan(50 * 5);
  });

  it('lets the 50-company dashboard query through the default limit', () => {
    const document = parse('{ companies(first: 50) { edges { node { id name partners { id name } movedBy { direction changePct cause { id name } } } } } }');
    expect(() => enforceQueryLimits(schema, document, {}, null, limits)).not.toThrow();
  });

  it("costs a neighbour list by its own first, so a hub company's lists can be bounded and paid for", () => {
    const cost = (first: number) => queryCost(schema, parse(`{ companies(first: 10) { edges { node { partners(first: ${first}) { partners(first: ${first}) { name } } } } } }`), {});
    expect(cost(50)).toBeGreaterThan(cost(2) * 100);
    expect(() => enforceQueryLimits(schema, parse('{ companies(first: 10) { edges { node { partners(first: 100) { partners(first: 100) { name } } } } } }'), {}, null, limits)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }) }),
    );
  });

  it('reads page sizes from variables', () => {
    const document = parse('query($n: Int) { companies(first: $n) { edges { node { name } } } }');
    expect(queryCost(schema, document, { n: 50 })).toBeGreaterThan(queryCost(schema, document, { n: 5 }));
  });

  it('lets GraphiQL introspect the schema', () => {
    expect(() => enforceQueryLimits(schema, parse(getIntrospectionQuery()), {}, null, limits)).not.toThrow();
  });
});

describe('enforceQueryLimits', () => {
  it('names the limit that was crossed in extensions.code', () => {
    const deep = parse('{ company(name: "x") { partners { partners { partners { partners { partners { partners { partners { name } } } } } } } } }');
    expect(() => enforceQueryLimits(schema, deep, {}, null, limits)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_DEEP' }) }));
    const wide = parse('{ companies(first: 100) { edges { node { partners { partners { partners { name } } } } } } }');
    expect(() => enforceQueryLimits(schema, wide, {}, null, limits)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }) }));
  });

  it('turns a bad variable into BAD_USER_INPUT', () => {
    const document = parse('query($n: Int) { companies(first: $n) { totalCount } }');
    expect(() => enforceQueryLimits(schema, document, { n: 'many' }, null, limits)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});

describe('cachedLimitCheck', () => {
  it('remembers what passed but still refuses what does not, per variable set', () => {
    const check = cachedLimitCheck(schema, limits);
    const document = parse('query($n: Int) { companies(first: $n) { edges { node { partners { partners { partners { name } } } } } } }');
    expect(() => check(document, { n: 5 }, null)).not.toThrow();
    expect(() => check(document, { n: 5 }, null)).not.toThrow();
    expect(() => check(document, { n: 100 }, null)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }) }));
    expect(() => check(document, { n: 100 }, null)).toThrow();
  });
});
