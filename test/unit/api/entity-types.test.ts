import { describe, expect, it } from 'vitest';
import { isObjectType } from 'graphql';
import { ENTITY_TYPES } from '../../../src/extraction/types.js';
import { buildSchema } from '../../../src/api/schema.js';
import { toDomainEntityTypes, toGraphQLEntityType } from '../../../src/api/enum-mapping.js';

describe('entity types in the API', () => {
  const schema = buildSchema();

  it.each(ENTITY_TYPES)('serves %s as an EntityType value and an object type implementing Entity', (type) => {
    const value = toGraphQLEntityType(type);
    expect(value).toBeDefined();
    expect(toDomainEntityTypes([value])).toEqual([type]);
    const object = schema.getType(type);
    expect(isObjectType(object) && object.getInterfaces().map((i) => i.name)).toEqual(['Entity']);
  });

  it('has no EntityType value the graph does not hold', () => {
    const values = schema.getType('EntityType')?.toConfig() as { values: Record<string, unknown> };
    expect(Object.keys(values.values).map((value) => toDomainEntityTypes([value as never])?.[0]).sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('maps MARKET_INDEX to the MarketIndex label', () => {
    expect(toDomainEntityTypes(['MARKET_INDEX'])).toEqual(['MarketIndex']);
    expect(toGraphQLEntityType('MarketIndex')).toBe('MARKET_INDEX');
  });
});
