import { describe, expect, it } from 'vitest';
import { listingsConflict, resolveEntities, type ResolutionCandidate, type ResolutionSubject } from '../../src/graph/entity-resolution.js';

const company = (id: string, nameKey: string, aliasKeys: string[] = [], listingIds: string[] = []): ResolutionSubject & ResolutionCandidate => ({
  id,
  type: 'Company',
  nameKey,
  aliasKeys: [nameKey, ...aliasKeys],
  listingIds,
});

describe('resolveEntities', () => {
  it('attaches a short form to the one company that has it as an alias', () => {
    const existing = company('company:great-wall-motor', 'great wall motor', ['great wall']);
    const resolved = resolveEntities([company('company:great-wall', 'great wall')], [existing]);
    expect(resolved.get('company:great-wall')).toBe('company:great-wall-motor');
  });

  it('attaches a full name to the company known by its short form', () => {
    const existing = company('company:great-wall', 'great wall');
    const resolved = resolveEntities([company('company:great-wall-motor', 'great wall motor', ['great wall'])], [existing]);
    expect(resolved.get('company:great-wall-motor')).toBe('company:great-wall');
  });

  it('matches by listing before anything else', () => {
    const existing = company('company:xiaomi', 'xiaomi', [], ['listing:hkex:1810']);
    const resolved = resolveEntities([company('company:xiaomi-technology', 'xiaomi technology', [], ['listing:hkex:1810'])], [existing]);
    expect(resolved.get('company:xiaomi-technology')).toBe('company:xiaomi');
  });

  it('does not merge an ambiguous short name shared by two companies', () => {
    const motor = company('company:great-wall-motor', 'great wall motor', ['great wall']);
    const enterprise = company('company:great-wall-enterprise', 'great wall enterprise', ['great wall']);
    const resolved = resolveEntities([company('company:great-wall', 'great wall')], [motor, enterprise]);
    expect(resolved.get('company:great-wall')).toBe('company:great-wall');
  });

  it('never merges companies listed under different symbols on one exchange', () => {
    const existing = company('company:great-wall', 'great wall', [], ['listing:hkex:2333']);
    const other = company('company:great-wall', 'great wall', [], ['listing:hkex:9999']);
    const resolved = resolveEntities([other], [existing]);
    expect(resolved.get('company:great-wall')).not.toBe('company:great-wall');
  });

  it('resolves subjects of one batch to each other', () => {
    const full = company('company:great-wall-motor', 'great wall motor', ['great wall']);
    const short = company('company:great-wall', 'great wall');
    const resolved = resolveEntities([short, full], []);
    expect(resolved.get('company:great-wall')).toBe('company:great-wall-motor');
    expect(resolved.get('company:great-wall-motor')).toBe('company:great-wall-motor');
  });

  it('never merges entities of different types', () => {
    const person = { ...company('person:jordan', 'jordan'), type: 'Person' as const };
    const resolved = resolveEntities([{ ...company('location:jordan', 'jordan'), type: 'Location' }], [person]);
    expect(resolved.get('location:jordan')).toBe('location:jordan');
  });
});

describe('listingsConflict', () => {
  it('is a conflict only on the same exchange with no symbol in common', () => {
    expect(listingsConflict(['listing:hkex:1'], ['listing:hkex:2'])).toBe(true);
    expect(listingsConflict(['listing:hkex:1'], ['listing:nyse:2'])).toBe(false);
    expect(listingsConflict(['listing:hkex:1', 'listing:otc:x'], ['listing:hkex:1'])).toBe(false);
    expect(listingsConflict([], ['listing:hkex:1'])).toBe(false);
  });
});
