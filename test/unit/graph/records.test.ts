import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../src/graph/database.js';
import { factsOf, factsRead, groupNeighbours, mergeKinds, neighbourColumns, neighbourProjection, toNeighbour } from '../../../src/graph/neighbour-prefetch.js';
import { parseNeighbourKey, neighbourKey } from '../../../src/graph/relation-store.js';
import { entityProjection, toEntityRecord } from '../../../src/graph/records.js';

describe('values read from Neo4j', () => {
  it('turns driver integers and temporals inside maps and lists into numbers and ISO text', () => {
    const when = new neo4j.types.DateTime(2025, 3, 4, 5, 6, 7, 0, 0);
    const row = { n: neo4j.int(42), nested: { at: when, list: [neo4j.int(1), 'x', null] }, missing: undefined };
    expect(toPlain(row)).toEqual({ n: 42, nested: { at: '2025-03-04T05:06:07.000Z', list: [1, 'x', null] }, missing: null });
  });

  it('keeps plain values and the text of a Cypher-looking property as they are', () => {
    expect(toPlain({ name: "x'}) MATCH (n) DETACH DELETE n //", ok: true, pct: 4.76 })).toEqual({
      name: "x'}) MATCH (n) DETACH DELETE n //",
      ok: true,
      pct: 4.76,
    });
  });
});

const xiaomi = ['company:xiaomi', 'Company', 'Xiaomi', ['Xiaomi Corp'], '{"ticker":"1810"}'];

describe('neighbour list items', () => {
  it('reads an entity from its positional projection, properties parsed', () => {
    expect(toEntityRecord(xiaomi)).toEqual({
      id: 'company:xiaomi',
      type: 'Company',
      name: 'Xiaomi',
      aliases: ['Xiaomi Corp'],
      properties: { ticker: '1810' },
    });
  });

  it('reads a list item without the parts its query did not select as null, not as empty', () => {
    expect(toEntityRecord(['listing:hkex-1810', 'Listing', 'HKEX:1810', null, null])).toMatchObject({ aliases: null, properties: null });
    expect(neighbourProjection({ type: 'LISTED_AS', direction: 'OUTGOING', properties: false })).toBe('[r.confidence, o.id, o.type, o.name, null, null]');
    expect(neighbourProjection({ type: 'LISTED_AS', direction: 'OUTGOING' })).toContain("coalesce(o.propsJson, '{}')");
    expect(entityProjection('e', { aliases: false, properties: true })).toBe("[e.id, e.type, e.name, null, coalesce(e.propsJson, '{}')]");
    expect(entityProjection('e')).toBe("[e.id, e.type, e.name, e.aliases, coalesce(e.propsJson, '{}')]");
  });

  it("reads a share-price move's facts by name, leaving out the ones the relationship lacks", () => {
    // One flat list per item: confidence, the other end's five values, then the facts.
    const move = toNeighbour([
      0.8,
      ...['policy:subsidy', 'Policy', 'subsidy program', null, null],
      ...['MOVED_BY|company:xiaomi|policy:subsidy|a1', 'UP', 6, 43.05, 'HKD', null, '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z'],
    ], 'company:xiaomi', { type: 'MOVED_BY', direction: 'OUTGOING' });
    expect(factsOf(move)).toMatchObject({
      id: 'MOVED_BY|company:xiaomi|policy:subsidy|a1',
      type: 'MOVED_BY',
      sourceId: 'company:xiaomi',
      targetId: 'policy:subsidy',
      confidence: 0.8,
      properties: { direction: 'UP', changePct: 6, price: 43.05, currency: 'HKD', date: '2025-01-02T00:00:00Z' },
      firstSeen: '2025-01-02T00:00:00Z',
      evidence: null,
    });
    expect(factsOf(move).properties).not.toHaveProperty('exchange');
    // A list item is a summary: its aliases are not read, which is not the same as having none.
    expect(move.other.aliases).toBeNull();
  });

  it('reads only the facts a query selects, in the order the projection asks for them, without the long key unless asked', () => {
    const kind = { type: 'MOVED_BY', direction: 'OUTGOING', facts: ['changePct', 'direction'] } as const;
    expect(factsRead(kind)).toEqual(['direction', 'changePct']);
    expect(neighbourProjection(kind)).toMatch(/, r\.direction, r\.changePct\]$/);
    expect(neighbourProjection(kind)).not.toMatch(/r\.key|type\(r\)|startNode|price|evidence|ev[A-Z]/);
    const move = toNeighbour([0.8, ...xiaomi, 'DOWN', -3.5], 'company:xiaomi', kind);
    expect(factsOf(move)).toMatchObject({ id: '', type: 'MOVED_BY', sourceId: 'company:xiaomi', properties: { direction: 'DOWN', changePct: -3.5 } });
    expect(neighbourProjection({ ...kind, facts: ['key', 'direction'] })).toMatch(/, r\.key, r\.direction\]$/);
  });

  it('asks which end a relation starts at only for lists read in both directions', () => {
    const both = { type: 'MOVED_BY', direction: 'BOTH', facts: ['direction'] } as const;
    expect(neighbourProjection(both)).toMatch(/, startNode\(r\) = e, r\.direction\]$/);
    const incoming = toNeighbour([0.8, ...xiaomi, false, 'UP'], 'event:report', both);
    expect(factsOf(incoming)).toMatchObject({ sourceId: 'company:xiaomi', targetId: 'event:report', properties: { direction: 'UP' } });
  });

  it('orders moves with the same cause by their facts when read without ids, so the order never depends on Neo4j', () => {
    const kind = { type: 'MOVED_BY', direction: 'OUTGOING', facts: ['direction', 'changePct'] } as const;
    const cause = ['event:report', 'Event', 'report', null, null];
    const rows = [
      [0.8, ...cause, 'UP', 9],
      [0.8, ...cause, 'DOWN', -2],
    ];
    const kinds = [{ type: 'PARTNERS_WITH', direction: 'BOTH' }, kind] as const;
    const order = (collected: unknown[]) => groupNeighbours('company:x', kinds, { n0: [], n1: collected })[1]?.items.map((n) => factsOf(n).properties.direction);
    expect(order(rows)).toEqual(order([...rows].reverse()));
  });

  it('merges the kinds two selections ask for into one read with the facts of both', () => {
    const merged = mergeKinds([
      { type: 'MOVED_BY', direction: 'OUTGOING', facts: ['direction'] },
      { type: 'MOVED_BY', direction: 'OUTGOING', facts: ['price'] },
      { type: 'PARTNERS_WITH', direction: 'BOTH', facts: [] },
    ]);
    expect(merged).toEqual([
      { type: 'MOVED_BY', direction: 'OUTGOING', facts: ['direction', 'price'] },
      { type: 'PARTNERS_WITH', direction: 'BOTH', facts: [] },
    ]);
    expect(mergeKinds([{ type: 'LEADS', direction: 'OUTGOING', facts: ['role'] }, { type: 'LEADS', direction: 'OUTGOING' }])).toEqual([
      { type: 'LEADS', direction: 'OUTGOING' },
    ]);
  });

  it('knows which end a relation read from the other side starts at', () => {
    const led = toNeighbour([0.9, 'person:lei-jun', 'Person', 'Lei Jun', null, null, 'LEADS|person:lei-jun|company:xiaomi', 'CEO', null], 'company:xiaomi', { type: 'LEADS', direction: 'INCOMING' });
    expect(factsOf(led)).toMatchObject({ sourceId: 'person:lei-jun', targetId: 'company:xiaomi', properties: { role: 'CEO' } });
  });

  it('refuses to hand out facts a list did not read', () => {
    const partner = toNeighbour([0.7, ...xiaomi], 'company:x', { type: 'PARTNERS_WITH', direction: 'BOTH' });
    expect(partner.relation).toBeNull();
    expect(() => factsOf(partner)).toThrow(/without its facts/);
  });

  it('serves each list best evidence first, then by name, and keeps empty lists of requested kinds', () => {
    const item = (name: string, confidence: number) => [confidence, `company:${name}`, 'Company', name, null, null];
    const kinds = [
      { type: 'PARTNERS_WITH', direction: 'BOTH' },
      { type: 'LISTED_AS', direction: 'OUTGOING' },
    ] as const;
    // One column per kind; a kind with nothing to list may come back as an empty list or as null.
    const lists = groupNeighbours('company:x', kinds, { n0: [item('beta', 0.6), item('Alpha', 0.6), item('gamma', 0.9)], n1: null });
    expect(lists.map((list) => list.key)).toEqual(['company:x|PARTNERS_WITH|BOTH|*', 'company:x|LISTED_AS|OUTGOING|*']);
    expect(lists[0]?.items.map((n) => n.other.name)).toEqual(['gamma', 'Alpha', 'beta']);
    expect(lists[1]?.items).toEqual([]);
  });

  it('lets Neo4j check the label of a list of one entity type instead of reading each item\'s type, and types the items itself', () => {
    const partners = { type: 'PARTNERS_WITH', direction: 'BOTH', other: 'Company' } as const;
    expect(neighbourColumns([partners])).toEqual([expect.stringMatching(/^COLLECT \{ MATCH \(e\)-\[r:PARTNERS_WITH\]-\(o:Company\)[^]*\} AS n0$/)]);
    expect(neighbourProjection(partners)).toBe("[r.confidence, o.id, null, o.name, null, coalesce(o.propsJson, '{}')]");
    expect(toNeighbour([0.7, 'company:geely', null, 'Geely', null, '{}'], 'company:x', partners).other).toMatchObject({ type: 'Company', name: 'Geely' });
    expect(() => neighbourColumns([{ ...partners, other: 'Company) DETACH DELETE (o' as 'Company' }])).toThrow(/Unknown entity type/);
  });

  it('keys a list by entity, relation type, direction and other type, and reads the key back whatever the id holds', () => {
    const request = { id: 'company:a|b', type: 'LISTED_AS', direction: 'OUTGOING', other: 'Listing' } as const;
    expect(neighbourKey(request)).toBe('company:a|b|LISTED_AS|OUTGOING|Listing');
    expect(parseNeighbourKey(neighbourKey(request))).toEqual(request);
    expect(parseNeighbourKey('company:a|MOVED_BY|OUTGOING|*')).toEqual({ id: 'company:a', type: 'MOVED_BY', direction: 'OUTGOING' });
  });

  it("has Neo4j say whether a move's cause is a placeholder instead of sending the cause's properties to be parsed", () => {
    const moves = { type: 'MOVED_BY', direction: 'OUTGOING', facts: ['direction'], properties: false, placeholders: true } as const;
    expect(neighbourProjection(moves)).toMatch(/r\.direction, CASE WHEN o\.type = 'Event' THEN o\.propsJson CONTAINS '"kind":"stock_move"' ELSE false END\]$/);
    expect(neighbourProjection(moves)).not.toContain('coalesce(o.propsJson');
    const unstated = toNeighbour([0.6, 'event:a:stock-move-1', 'Event', 'Quillmere share fall', null, null, 'DOWN', true], 'company:q', moves);
    expect(unstated).toMatchObject({ placeholder: true, other: { properties: null } });
    expect(toNeighbour([0.6, ...xiaomi, 'UP', false], 'company:q', moves).placeholder).toBe(false);
    expect(toNeighbour([0.6, ...xiaomi, 'UP'], 'company:q', { ...moves, placeholders: false }).placeholder).toBeNull();
    expect(mergeKinds([moves, { type: 'MOVED_BY', direction: 'OUTGOING', facts: ['changePct'], properties: false }])).toEqual([
      { type: 'MOVED_BY', direction: 'OUTGOING', facts: ['direction', 'changePct'], properties: false, placeholders: true },
    ]);
  });
});
