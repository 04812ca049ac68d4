import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.js';
import type { ExtractionResult } from '../../src/extraction/index.js';
import { relation } from './harness.js';

const load = (name: string) => extract(readFileSync(new URL(`../../data/news/${name}`, import.meta.url), 'utf8'));

describe('sample: Xiaomi and the subsidy program (000)', () => {
  const result: ExtractionResult = load('000_5772fa2ed1b7fa01.txt');
  const policy = 'policy:china-subsidy-program';

  it('splits one article from seventeen headlines', () => {
    expect(result.documents.filter((d) => d.kind === 'article')).toHaveLength(1);
    expect(result.documents.filter((d) => d.kind === 'headline')).toHaveLength(17);
  });

  it('names Xiaomi by its formal name and keeps the short form as an alias', () => {
    const xiaomi = result.entities.find((e) => e.id === 'company:xiaomi')!;
    expect(xiaomi.name).toBe('Xiaomi Corp');
    expect(xiaomi.aliases).toContain('Xiaomi');
  });

  const listings: [string, string][] = [
    ['company:xiaomi', 'listing:hkex:1810'],
    ['company:xiaomi', 'listing:otc:xiacf'],
    ['company:lenovo', 'listing:hkex:0992'],
    ['company:byd', 'listing:hkex:1211'],
    ['company:geely-automobile', 'listing:hkex:0175'],
  ];
  it.each(listings)('lists %s as %s', (company, listing) => {
    expect(relation(result, 'LISTED_AS', company, listing)).toBeDefined();
  });

  it('records Xiaomi rising nearly 6% to HK$43.05 on the subsidy program', () => {
    const move = relation(result, 'MOVED_BY', 'company:xiaomi', policy);
    expect(move?.properties).toMatchObject({ direction: 'UP', changePct: 6, price: 43.05, currency: 'HKD' });
  });

  const movers: [string, number][] = [
    ['company:lenovo', 7],
    ['company:byd', 5],
    ['company:geely-automobile', 9],
  ];
  it.each(movers)('moves %s by %d%% on the subsidy program, which it benefits from', (company, pct) => {
    expect(relation(result, 'MOVED_BY', company, policy)?.properties).toMatchObject({ direction: 'UP', changePct: pct });
    expect(relation(result, 'BENEFITS_FROM', company, policy)).toBeDefined();
  });

  it('reads share moves from the headlines without taking sectors for companies', () => {
    expect(relation(result, 'MOVED_BY', 'company:tencent')?.properties['direction']).toBe('DOWN');
    expect(relation(result, 'MOVED_BY', 'company:softbank')?.properties['direction']).toBe('DOWN');
    expect(result.entities.some((e) => e.id === 'company:tech')).toBe(false);
  });

  it('merges the names of the program into one policy', () => {
    const p = result.entities.find((e) => e.id === policy)!;
    expect(p.aliases).toEqual(expect.arrayContaining(['China’s nationwide subsidy program', 'China’s subsidy initiative']));
  });

  it('reads the headline acquisition, investment and leader', () => {
    expect(relation(result, 'ACQUIRES', 'company:spacex', 'company:xai')).toBeDefined();
    expect(relation(result, 'INVESTS_IN', 'company:nvidia', 'company:openai')).toBeDefined();
    expect(relation(result, 'LEADS', 'person:jensen-huang', 'company:nvidia')?.properties['role']).toBe('CEO');
  });
});

describe('sample: Xiaomi and Great Wall (003)', () => {
  const result = load('003_f63eddb68c537ca0.txt');

  it('resolves Great Wall’s names to one company', () => {
    const gw = result.entities.find((e) => e.id === 'company:great-wall-motor')!;
    expect(gw.name).toBe('Great Wall Motor Co Ltd');
    expect(gw.aliases).toContain('Great Wall');
    expect(result.entities.some((e) => e.id === 'company:great-wall')).toBe(false);
  });

  it('moves Xiaomi up over 9 percent, caused by Great Wall', () => {
    expect(relation(result, 'MOVED_BY', 'company:xiaomi', 'company:great-wall-motor')?.properties).toMatchObject({ direction: 'UP', changePct: 9 });
  });

  it('moves Great Wall’s Hong Kong stock up over 15 percent, linked to Xiaomi', () => {
    expect(relation(result, 'MOVED_BY', 'company:great-wall-motor', 'company:xiaomi')?.properties).toMatchObject({ direction: 'UP', changePct: 15, exchange: 'HKEX' });
  });

  it('links Xiaomi and Great Wall as partners', () => {
    expect(relation(result, 'PARTNERS_WITH', 'company:great-wall-motor', 'company:xiaomi')).toBeDefined();
  });

  it('reads a headline deal with a company the tagger does not know', () => {
    expect(relation(result, 'PARTNERS_WITH', 'company:indigo-carbon', 'company:microsoft')).toBeDefined();
  });

  it('reads leaders from the headlines', () => {
    expect(relation(result, 'LEADS', 'person:jamie-dimon', 'company:jpmorgan')).toBeDefined();
    expect(relation(result, 'LEADS', 'person:kathryn-mclay', 'company:walmart')).toBeDefined();
  });

  it('keeps every headline fact out of the article', () => {
    const article = result.documents.find((d) => d.kind === 'article')!;
    const fromArticle = result.relations.filter((r) => r.evidence.some((e) => e.documentId === article.id));
    const ids = new Set(fromArticle.flatMap((r) => [r.source, r.target]));
    expect(ids.has('company:jpmorgan')).toBe(false);
    expect(ids.has('company:walmart')).toBe(false);
  });
});
