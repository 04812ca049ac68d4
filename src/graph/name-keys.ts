import { isLegalSuffix, normaliseExchange as normaliseKnownExchange } from '../extraction/name-normalisation.js';

/**
 * Normalised keys for entity resolution: case, accents, punctuation and legal suffixes do not make a
 * different company ("Great Wall Motor Co Ltd" and "great wall motor" share the key "great wall motor").
 * Legal suffixes and exchange codes come from extraction's tables, so both sides agree on them.
 */

const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/** Ingestion asks for the same few thousand names many times per batch; the work is Unicode regexes. */
export function nameKey(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    key = computeNameKey(name);
    memo.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  // Strip legal suffixes from the end, but never down to nothing ("The Company" stays itself).
  let end = words.length;
  while (end > 1 && isLegalSuffix(words[end - 1] ?? '')) end -= 1;
  let start = 0;
  if (end - start > 1 && words[0] === 'the') start = 1;
  return words.slice(start, end).join(' ');
}

/** Extraction's exchange table, so a ticker is looked up under the same code it was stored with. */
export function normaliseExchange(exchange: string): string {
  return normaliseKnownExchange(exchange) ?? exchange.trim().toUpperCase();
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
