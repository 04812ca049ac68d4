import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.js';

/** The entity with this id: its name, its aliases, and its ticker if it has one. */
function entity(text: string, id: string) {
  const e = extract(text).entities.find((x) => x.id === id);
  return e && { name: e.name, aliases: e.aliases, ticker: e.properties['ticker'] };
}

describe('a ticker written after a company name without brackets', () => {
  // One row per way a capital run reads as the ticker: text, entity id, its name, the ticker (undefined for initials).
  it.each([
    ['letters of the name, its first first', 'Shares of Tarnwell Energy TRWL rose 2 % on Tuesday.', 'company:tarnwell-energy', 'Tarnwell Energy', 'TRWL'],
    ['initials of the name, kept as another name only', 'Harlow Creek Homes HCH said orders climbed in May.', 'company:harlow-creek-homes', 'Harlow Creek Homes', undefined],
    ['a single letter beside another ticker', 'Carmakers were higher, including Ford F and Tesla TSLA.', 'company:ford', 'Ford', 'F'],
    ['a run missing one letter of the name beside another ticker', 'Kestwell KSR and Tarnwell Energy TRWL rose on Monday.', 'company:kestwell', 'Kestwell', 'KSR'],
    ['a run missing one letter of a name written without it elsewhere', 'Orvane said sales rose. Orvane ORB shares gained 2 % on Friday.', 'company:orvane', 'Orvane', 'ORB'],
    ['a run of other letters in a list of tickers', 'Airlines such as Quillmere Airlines LUX and Tarnwell Energy TRWL rose on Monday.', 'company:quillmere-airlines', 'Quillmere Airlines', 'LUX'],
    ['a name the tagger may take for a place', 'Tesla TSLA slipped 3 % in early trade on Monday.', 'company:tesla', 'Tesla', 'TSLA'],
    ['a single letter in a story that writes a ticker in brackets', 'Orvane Bank ( OVB ) gained. Rival Quillmere Foods Q slipped 1 %.', 'company:quillmere-foods', 'Quillmere Foods', 'Q'],
    ['a run before a dash', 'The Kestwell Systems KTX - Harlow Systems HSY merger closed.', 'company:kestwell-systems', 'Kestwell Systems', 'KTX'],
  ])('cuts %s', (_name, text, id, name, ticker) => {
    const found = entity(text, id);
    expect(found?.name).toBe(name);
    expect(found?.ticker).toBe(ticker);
    expect(found?.aliases).toContain(text.match(new RegExp(`${name} ([A-Z]+)`))![1]);
  });

  // Capitals that are part of the name: a unit's letters, a legal form, a bank's charter, a name of initials.
  it.each([
    ['letters not in the name', 'Samsung SDI said it would build a battery plant in Hungary.', 'company:samsung-sdi', 'Samsung SDI'],
    ['letters mostly not in the name', 'Banco BPI raised its deposit rates on Monday.', 'company:banco-bpi', 'Banco BPI'],
    ['a legal suffix', 'Rolls-Royce PLC reported results on Thursday.', 'company:rolls-royce', 'Rolls-Royce PLC'],
    ['capitals after capitals', 'LG CNS won a contract from the city of Busan.', 'company:lg-cns', 'LG CNS'],
    ["a bank's charter", 'Bank of America NA lent money to the builder.', 'company:bank-of-america-na', 'Bank of America NA'],
    ['a name with an ampersand', 'AT&T said sales rose. AT&T shares gained 1 %.', 'company:at-and-t', 'AT&T'],
    ['a run missing a letter with no other sign of a ticker', 'Kestwell KSR said orders rose in May.', 'company:kestwell-ksr', 'Kestwell KSR'],
  ])('keeps %s', (_name, text, id, name) => {
    const found = entity(text, id);
    expect(found?.name).toBe(name);
    expect(found?.ticker).toBeUndefined();
  });

  it('takes the ticker written alone later for the company', () => {
    const result = extract('Shares of Tarnwell Energy TRWL rose 2 % on Tuesday. Analysts said TRWL had room to climb.');
    expect(result.entities.filter((e) => e.type === 'Company').map((e) => e.id)).toEqual(['company:tarnwell-energy']);
  });

  it('does not take capitals after a company written in capitals for another ticker', () => {
    const found = entity('Harlow Creek Homes HCH said orders rose. Later the HCH QX homes sold out.', 'company:harlow-creek-homes');
    expect(found?.aliases).toEqual(['HCH', 'Harlow Creek Homes']);
  });
});
