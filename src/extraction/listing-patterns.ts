import { normaliseExchange } from './name-normalisation.js';

/** A ticker seen in the text, with its character span (listing markers, not names). */
export interface ListingMatch {
  exchange: string | undefined;
  symbol: string;
  start: number;
  end: number;
}

const EXCHANGE_CODE = String.raw`(?:NASDAQ|Nasdaq|NasdaqGS|NasdaqGM|NYSE(?:\s+American|\s+Arca)?|AMEX|OTC(?:QX|QB|MKTS)?|Pink|HKEX|HKG|HK|SEHK|SSE|SZSE|SHA|SHE|SH|SZ|SS|TSE|TYO|TSX|LSE|LON|ASX|ETR|FRA|XETRA|EPA|SGX|KRX|KOSDAQ|NSE|BSE|SIX|TWSE|Shanghai|Shenzhen|Hong Kong|Tokyo|London|Toronto|Frankfurt|HKSE|Xetra|Amsterdam|Paris|Berlin|Hamburg|Munich|Stuttgart|Dusseldorf|Swiss|Stockholm|Oslo|Copenhagen|Helsinki|Brussels|Vienna|Milan|Madrid)`;
const SYMBOL = String.raw`[A-Z0-9]{1,10}(?:\.[A-Z]{1,2})?`;
const PAIR = new RegExp(String.raw`\b(${EXCHANGE_CODE})\s*:\s*(${SYMBOL})\b`, 'g');
// Reuters instrument codes: "AAPL.O", "0992.HK".
const RIC = new RegExp(String.raw`[(<]\s*([A-Z0-9]{1,6})\.(O|OQ|N|L|T|HK|SS|SZ|TO|DE|PA|AS|AX|KS|SI|NS|BO|TW|MI|MC)\s*[)>]`, 'g');
// "<SRD>" in 1987 Reuters copy: a ticker without exchange.
const BARE = /<([A-Z][A-Z0-9.]{0,7})>/g;

/** Every exchange:symbol pair or bracketed ticker in the text. */
export function findListings(text: string): ListingMatch[] {
  const found: ListingMatch[] = [];
  // Most stories hold no ticker at all: look for the punctuation every pattern needs before scanning.
  const colon = text.includes(':');
  const bracket = text.includes('(') || text.includes('<');
  if (!colon && !bracket) return found;
  for (const m of colon ? text.matchAll(PAIR) : []) {
    const exchange = normaliseExchange(m[1]!.replace(/\s+/g, ' '));
    found.push({ exchange, symbol: m[2]!, start: m.index, end: m.index + m[0].length });
  }
  for (const m of bracket ? text.matchAll(RIC) : []) {
    found.push({ exchange: normaliseExchange(m[2]!), symbol: m[1]!, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.includes('<') ? text.matchAll(BARE) : []) {
    found.push({ exchange: undefined, symbol: m[1]!, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}
