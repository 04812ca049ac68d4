import { describe, expect, it } from 'vitest';
import { nameKey, parseTicker, symbolVariants } from '../../src/graph/name-keys.js';

describe('nameKey', () => {
  it.each([
    ['Great Wall Motor Co Ltd', 'great wall motor'],
    ['Great Wall Motor Co., Ltd.', 'great wall motor'],
    ['Xiaomi Corp', 'xiaomi'],
    ['XIAOMI CORPORATION', 'xiaomi'],
    ['Lenovo Group', 'lenovo'],
    ["Great Wall's", 'great wall'],
    ['Société Générale SA', 'societe generale'],
    ['The Coca-Cola Company', 'coca cola'],
    ['Group', 'group'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('parseTicker', () => {
  it('reads exchange-prefixed and suffixed forms and normalises the exchange', () => {
    expect(parseTicker('HK:1810')).toEqual({ exchange: 'HKEX', symbols: expect.arrayContaining(['1810', '01810']) });
    expect(parseTicker('NASDAQ:AAPL')).toEqual({ exchange: 'NASDAQ', symbols: ['AAPL'] });
    expect(parseTicker('AAPL.O')).toEqual({ exchange: 'NASDAQ', symbols: ['AAPL'] });
    expect(parseTicker('xiacf')).toEqual({ exchange: null, symbols: ['XIACF'] });
  });

  it('refuses what cannot be a ticker', () => {
    expect(parseTicker('')).toBeNull();
    expect(parseTicker("1810' OR 1=1 //")).toBeNull();
  });

  it('treats numeric symbols with and without leading zeros as one', () => {
    expect(symbolVariants('992')).toEqual(expect.arrayContaining(['992', '0992', '00992']));
    expect(symbolVariants('0992')).toContain('992');
  });
});
