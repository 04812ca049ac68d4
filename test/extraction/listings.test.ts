import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';
import { extract } from '../../src/extraction/index.js';

const cases: [string, string, string, string, string][] = [
  ['exchange pair in brackets', 'Lenovo Group (HK: 0992) surged over 7% on Friday.', 'company:lenovo', 'HKEX', '0992'],
  ['several pairs', 'Xiaomi Corp (OTC: XIACF, HK: 1810) shares surged on Friday.', 'company:xiaomi', 'OTC', 'XIACF'],
  ['second of several pairs', 'Xiaomi Corp (OTC: XIACF, HK: 1810) shares surged on Friday.', 'company:xiaomi', 'HKEX', '1810'],
  ['inline NASDAQ:TICKER', 'Apple Inc NASDAQ:AAPL said sales rose.', 'company:apple', 'NASDAQ', 'AAPL'],
  ['NYSE pair', 'Walmart Inc (NYSE: WMT) reported results on Tuesday.', 'company:walmart', 'NYSE', 'WMT'],
  ['Reuters instrument code', 'Intel Corp (INTC.O) said it would cut jobs.', 'company:intel', 'NASDAQ', 'INTC'],
  ['Shanghai listing', 'SAIC Motor Corp (SH: 600104) said output fell.', 'company:saic-motor', 'SSE', '600104'],
  ['Shenzhen listing', 'BYD Co (Shenzhen: 002594) said sales rose.', 'company:byd', 'SZSE', '002594'],
  ['Tokyo listing', 'Toyota Motor Corp (TYO: 7203) said profit rose.', 'company:toyota-motor', 'TSE', '7203'],
  ['long NSE symbol', 'Reliance Industries Ltd (NSE: RELIANCE) gained 2.3 percent.', 'company:reliance-industries', 'NSE', 'RELIANCE'],
  ['London code', 'Barclays Plc (BARC.L) said it would cut costs.', 'company:barclays', 'LSE', 'BARC'],
  ["a code after the company's shares", "Orvane Motors 's Hong Kong-listed shares ( 2288.HK ) rose 3 % .", 'company:orvane-motors', 'HKEX', '2288'],
  ['a code after the country a company is from', 'Kestrel Electric Ltd of Japan <KSTL.T> said it would build a plant .', 'company:kestrel-electric', 'TSE', 'KSTL'],
  ['a market named as quote pages name it', 'Globex Plc (Xetra: 858266 - news) said it would cut costs.', 'company:globex', 'XETRA', '858266'],
  ['a regional market named by its city', 'Initech AG (Berlin: IN3 - news) said it would cut costs.', 'company:initech', 'BER', 'IN3'],
  ['a name of everyday words before its listing', 'Demand hit Quick Bite (Other OTC: QKBTF) in May.', 'company:quick-bite', 'OTC', 'QKBTF'],
];

describe('listings', () => {
  it.each(cases)('%s', (_name, text, company, exchange, symbol) => {
    const result = extract(text);
    const listingId = `listing:${exchange.toLowerCase()}:${symbol.toLowerCase()}`;
    const listing = result.entities.find((e) => e.id === listingId);
    expect(listing?.properties).toEqual({ exchange, symbol });
    expect(result.relations.some((r) => r.type === 'LISTED_AS' && r.source === company && r.target === listingId)).toBe(true);
  });

  it.each([
    ['the same words elsewhere in the story', 'Demand hit Quick Bite (Other OTC: QKBTF) in May. Later Quick Bite cut prices.', ['Quick Bite', 'QKBTF', 'Quick Bite']],
    ['no sentence opener before the listed name', 'The Quick Bite (NASDAQ: QKBT) chain grew.', ['Quick Bite', 'QKBT']],
    ['no name where lower-case words stand before the bracket', 'Demand for meals (NASDAQ: QKBT) rose.', []],
    ['no name where a pronoun stands before the bracket', 'It (Other OTC: QKBTF) said sales rose.', []],
  ])('names a listed company from %s', (_name, text, names) => {
    const analysed = analyseDocument({ id: 'd', kind: 'article', text });
    const companies = analysed.sentences.flatMap((s) =>
      s.mentions.filter((m) => m.cluster.type === 'Company').map((m) => s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')),
    );
    expect(companies).toEqual(names);
  });

  it('keeps a Reuters bare ticker as a company property, not a listing', () => {
    const result = extract('Standard Oil Co <SRD> said it raised crude prices.');
    expect(result.entities.find((e) => e.id === 'company:standard-oil')?.properties['ticker']).toBe('SRD');
    expect(result.entities.some((e) => e.type === 'Listing')).toBe(false);
  });

  // One row per listing shape: every name mention as "Type:words", in order.
  it.each([
    ['an exchange pair: the symbol is the company, the exchange an organisation', 'Globex Corp (NASDAQ: GLBX) said sales rose.', ['Company:Globex Corp', 'Organization:NASDAQ', 'Company:GLBX']],
    ['a market name of two words before the colon', 'Demand hit Quick Bite (NYSE American: QKBTF) in May.', ['Company:Quick Bite', 'Organization:NYSE American', 'Company:QKBTF']],
    ['trading over the counter names no body', 'Demand hit Quick Bite (Other OTC: QKBTF) in May.', ['Company:Quick Bite', 'Company:QKBTF']],
    ['one market entity however the market is written', 'Globex Corp (NasdaqGS: GLBX) said sales rose.', ['Company:Globex Corp', 'Organization:NasdaqGS', 'Company:GLBX']],
    ['a market written as its city names a place, not an organisation', 'Globex NV (Amsterdam: GLX.AS - news) said sales rose.', ['Company:Globex NV', 'Company:GLX.AS']],
    ['a Reuters instrument code in round brackets', 'Initech Inc (INIT.O) said sales rose.', ['Company:Initech Inc', 'Company:INIT.O']],
    ['no mention inside the angle brackets of old wire copy', 'Initech Inc <INIT.O> said sales rose.', ['Company:Initech Inc']],
    ['no mention of a listing that names no company before it', 'Demand for meals (NASDAQ: QKBT) rose.', []],
  ])('mentions a listing: %s', (_name, text, mentions) => {
    const analysed = analyseDocument({ id: 'd', kind: 'article', text });
    const found = analysed.sentences.flatMap((s) => s.mentions.map((m) => `${m.cluster.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`));
    expect(found).toEqual(mentions);
  });
});
