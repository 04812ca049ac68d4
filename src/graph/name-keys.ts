/**
 * Normalised keys for entity resolution: case, accents, punctuation and legal suffixes do not make a
 * different company ("Great Wall Motor Co Ltd" and "great wall motor" share the key "great wall motor").
 */

const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'cos', 'ltd', 'limited', 'plc', 'llc', 'lp',
  'holdings', 'holding', 'group', 'ag', 'sa', 'se', 'nv', 'bv', 'spa', 'gmbh', 'kk', 'oyj', 'asa', 'ab', 'the',
]);

export function nameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  // Strip legal suffixes from the end, but never down to nothing ("The Company" stays itself).
  let end = words.length;
  while (end > 1 && LEGAL_SUFFIXES.has(words[end - 1] ?? '')) end -= 1;
  let start = 0;
  if (end - start > 1 && words[0] === 'the') start = 1;
  return words.slice(start, end).join(' ');
}

const EXCHANGE_ALIASES: Record<string, string> = {
  HK: 'HKEX', HKG: 'HKEX', HKEX: 'HKEX', SEHK: 'HKEX',
  SH: 'SSE', SS: 'SSE', SSE: 'SSE', SHA: 'SSE',
  SZ: 'SZSE', SZSE: 'SZSE', SHE: 'SZSE',
  O: 'NASDAQ', OQ: 'NASDAQ', NASDAQ: 'NASDAQ',
  N: 'NYSE', NYSE: 'NYSE',
  OTC: 'OTC', OTCMKTS: 'OTC', PINK: 'OTC',
  T: 'TSE', TSE: 'TSE', TYO: 'TSE',
  L: 'LSE', LSE: 'LSE', LON: 'LSE',
};

export function normaliseExchange(exchange: string): string {
  const upper = exchange.trim().toUpperCase();
  return EXCHANGE_ALIASES[upper] ?? upper;
}

/** Numeric symbols are written with and without leading zeros (HK 0992 = 992 = 00992). */
export function symbolVariants(symbol: string): string[] {
  const upper = symbol.trim().toUpperCase();
  if (!/^\d+$/.test(upper)) return [upper];
  const bare = upper.replace(/^0+(?=\d)/, '');
  return [...new Set([upper, bare, bare.padStart(4, '0'), bare.padStart(5, '0'), bare.padStart(6, '0')])];
}

/** `1810`, `HKEX:1810`, `HK: 1810`, `1810.HK`, `XIACF`; null when it cannot be a ticker. */
export function parseTicker(input: string): { exchange: string | null; symbols: string[] } | null {
  const text = input.trim();
  if (text.length === 0 || text.length > 32) return null;
  const prefixed = /^([A-Za-z]{1,8})\s*:\s*([A-Za-z0-9.\-]{1,12})$/.exec(text);
  if (prefixed) return { exchange: normaliseExchange(prefixed[1] ?? ''), symbols: symbolVariants(prefixed[2] ?? '') };
  const suffixed = /^([A-Za-z0-9\-]{1,12})\.([A-Za-z]{1,4})$/.exec(text);
  if (suffixed) return { exchange: normaliseExchange(suffixed[2] ?? ''), symbols: symbolVariants(suffixed[1] ?? '') };
  if (/^[A-Za-z0-9\-]{1,12}$/.test(text)) return { exchange: null, symbols: symbolVariants(text) };
  return null;
}
