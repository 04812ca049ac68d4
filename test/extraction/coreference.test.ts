import { describe, expect, it } from 'vitest';
import { extract, extractDocuments } from '../../src/extraction/index.js';
import { relation } from './harness.js';

describe('coreference within a document', () => {
  const cases: [string, string, string, string, string][] = [
    ['a description of the company', 'Acme Corp reported results on Monday. The company said its shares rose 4 % to $ 12.50.', 'MOVED_BY', 'company:acme', ''],
    ['a pronoun before the move', 'Globex Group Inc. GLBX saw its shares climb 2.35 % to $ 18.40 on Tuesday.', 'MOVED_BY', 'company:globex', ''],
    ['a short form of the full name', 'Great Wall Motor Co Ltd said on Friday it would build cars. Great Wall shares rose 3 %.', 'MOVED_BY', 'company:great-wall-motor', ''],
    ['a ticker after the name', 'Globex Group Inc. GLBX reported orders. GLBX rose 0.7 % in early dealings.', 'MOVED_BY', 'company:globex', ''],
    ['bare shares opening a sentence', 'Globex Corp reported results on Monday. Shares fell 3 % on the report.', 'MOVED_BY', 'company:globex', ''],
    ['bare shares after a clause', 'Globex Corp beat forecasts , and shares rose 2 % .', 'MOVED_BY', 'company:globex', ''],
    ["a short form ending like a people's name, of a company named in full", 'Veltrian Therapeutics Inc announced a deal . Veltrian shares rose 38 % in premarket trading .', 'MOVED_BY', 'company:veltrian-therapeutics', ''],
    ['a description naming the city and state the company is based in', 'Orvane Corp reported record sales . The Denver , Colorado-based company \'s shares fell 2 % in late trading .', 'MOVED_BY', 'company:orvane', ''],
    [
      "an officer named by role alone in a story about a company described more than named",
      'Orvane Corp reported record sales , but the phone maker warned of costs . The company said Quillmere Inc had cut prices . Orvane said it would buy back shares . The company will spend more , and its margins fell . Chief Executive Dana Whitlow said demand was strong .',
      'LEADS',
      'person:dana-whitlow',
      'company:orvane',
    ],
    ["a nationality word naming the story's company", 'American Harvest Foods Inc. reported orders . American shares were up about 2 % to $ 31.10 .', 'MOVED_BY', 'company:american-harvest-foods', ''],
    ['a description opened by this', "Globex Corp makes drugs . In fact , this drugmaker 's shares rose 4 % on Friday .", 'MOVED_BY', 'company:globex', ''],
    ['a description by a trade and the noun that needs it', 'Lumenfold Inc reported results . The chip designer agreed to buy Tarnwell Inc for $ 2 billion .', 'ACQUIRES', 'company:lumenfold', 'company:tarnwell'],
    ['a description by a trade noun', 'Lumenfold Inc cut its forecast . Shares of the Dutch brewer fell 3 % on Friday .', 'MOVED_BY', 'company:lumenfold', ''],
    ["a description with the world's", "Globex Corp reported sales . Shares in the world 's largest retailer rose 2 % .", 'MOVED_BY', 'company:globex', ''],
    ['a short form of a legal name holding a region word', 'Orvane International Plc said sales rose. Orvane shares rose 3 % on Monday.', 'MOVED_BY', 'company:orvane-international', ''],
    ['a short form of a holding company named for its state', 'Quillmere Trust New York Corp reported results. Quillmere Trust shares rose 3 % on Monday.', 'MOVED_BY', 'company:quillmere-trust-new-york', ''],
    ['the parent beside its regional unit', 'Orvane Asia Pacific Exploration found gas. Orvane shares rose 3 % on Monday.', 'MOVED_BY', 'company:orvane', ''],
    ['the parent beside its unit named for a city', 'Orvane opened a park . Orvane Shanghai helped earnings grow . Orvane shares rose 3 % on Monday .', 'MOVED_BY', 'company:orvane', ''],
    ['the surname a company named for a person is written by', 'Silas Hartwell and Co said its new drug won approval . Hartwell shares rose 4 % .', 'MOVED_BY', 'company:silas-hartwell', ''],
    ['the surname written before the full name', 'Hartwell shares rose 4 % . Silas Hartwell Co said its drug won approval .', 'MOVED_BY', 'company:silas-hartwell', ''],
    ["a surname that opens another company's name is that company's", 'Morgan Stanley said sales rose . Stanley Black & Decker cut jobs . Stanley shares fell 2 % .', 'MOVED_BY', 'company:stanley-black-and-decker', ''],
    ["the parent's short form beside its unit of a longer name", 'Kestrel Motor Co said its Kestrel Motor Credit Co unit would redeem notes . Kestrel shares rose 2 % .', 'MOVED_BY', 'company:kestrel-motor', ''],
    ["a unit named in full beside its parent's full name", 'Kestrel Motor Credit Co , a unit of Kestrel Motor Co , said it would redeem notes .', 'SUBSIDIARY_OF', 'company:kestrel-motor-credit', 'company:kestrel-motor'],
    ["a short form of the company beside its foundation's longer name", 'Kestrel Nordisk A/S cut its forecast . The Kestrel Nordisk Foundation , its largest shareholder , backed the board . Kestrel shares fell 2 % .', 'MOVED_BY', 'company:kestrel-nordisk', ''],
    ['a short form that is an everyday word', 'Lantern Mining Ltd posted a loss . Lantern said talks with its bankers went on . Lantern shares fell 3 % .', 'MOVED_BY', 'company:lantern-mining', ''],
    ['a short form of the parent beside a unit with the same first word', 'Orvane.com Inc grew fast . Its cloud unit , Orvane Web Services , grew too . Orvane shares rose 3 % on Monday .', 'MOVED_BY', 'company:orvane-com', ''],
    ['the acquirer as a pronoun', 'Globex Corp had a busy year. It acquired Initech Inc in May.', 'ACQUIRES', 'company:globex', 'company:initech'],
    [
      'a description after a sentence about another company that leaves the story company unnamed',
      'Orvane Motors Inc is raising money . Orvane talked to Globex Corp . In June , Globex Corp \'s board replaced its chief . Investors disliked how the company \'s share price fell 30 % that year .',
      'MOVED_BY',
      'company:globex',
      '',
    ],
    [
      'a description after a sentence naming the story company too',
      'Orvane Motors Inc is raising money . In June , Globex Corp said it would talk to Orvane . The company \'s shares rose 3 % on Monday .',
      'MOVED_BY',
      'company:orvane-motors',
      '',
    ],
    [
      'a description after a sentence opening with another company and a clause set off after it',
      'Orvane Motors Inc is raising money . Globex Corp , which makes chips , said it was not hurt . The chipmaker \'s shares fell 0.5 % .',
      'MOVED_BY',
      'company:globex',
      '',
    ],
    [
      "a description naming a word of the topic's name, after a sentence about another company",
      'Halvern Group Corp posted a profit on its stake in Brisco Holdings . Halvern said it would buy more chips . Brisco shares rose 3 % on Monday . Chief executive Dana Whitlow said the group would keep buying .',
      'LEADS',
      'person:dana-whitlow',
      'company:halvern',
    ],
    ['a pronoun opening a participle clause, past a company named in the sentence', 'Halvern Group Corp posted a profit on gains from its stake in Brisco Holdings , sending its shares up 7 % .', 'MOVED_BY', 'company:halvern', ''],
    ['a pronoun opening a participle clause, after the subject said what it did with another company', 'Halvern Telecom said on Tuesday it had signed a cable deal with Indonesia \'s Brisco Digital Corp , sending its shares up 3 % .', 'MOVED_BY', 'company:halvern-telecom', ''],
    ['a pronoun after an appositive naming customers, with the short form in brackets', 'Kestrel Semiconductor Co ( KSC ) , the main contract chipmaker for Orvane Corp and Tarnwell Inc , said its shares rose 3 % .', 'MOVED_BY', 'company:kestrel-semiconductor', ''],
    ['a pronoun after an appositive naming another company', 'Globex Corp , a supplier to Initech Inc , said it had acquired Acme Corp .', 'ACQUIRES', 'company:globex', 'company:acme'],
    ["a description after a preposition, past another company's clause", 'Globex Corp makes soap . Harlow Partners took a 5 % stake in the company on Monday .', 'INVESTS_IN', 'company:harlow-partners', 'company:globex'],
  ];
  it.each(cases)('resolves %s', (_name, text, type, source, target) => {
    const result = extract(text);
    expect(relation(result, type, source, target || undefined)).toBeDefined();
  });

  it.each([
    ['a company being formed', 'Globex Corp makes soap . Harlow Partners will have a 20 % stake in the new company .'],
    ['an offer of a stake to others', 'Globex Corp makes soap . Harlow Partners offered its stake in the company to two pension funds .'],
  ])('gives no holding of the story company for %s', (_name, text) => {
    expect(extract(text).relations.filter((r) => r.type === 'INVESTS_IN')).toEqual([]);
  });

  it('moves no company named inside the news before a participle clause', () => {
    const result = extract('Halvern Group Corp posted a profit on gains from its stake in Brisco Holdings , sending its shares up 7 % .');
    expect(relation(result, 'MOVED_BY', 'company:brisco')).toBeUndefined();
  });

  it("reads a company's officer as the nearest company's, even after a preposition", () => {
    const result = extract('Initech Inc makes soap . Harlow Bank seized Globex Corp shares belonging to the company \'s chairman , Dana Reyes .');
    expect(result.relations.filter((r) => r.type === 'LEADS').map((r) => r.target)).toEqual(['company:globex']);
  });

  it('reads a ticker spelling letters of a one-word name as that company', () => {
    const { entities } = extractDocuments([{ kind: 'headline', text: 'Microsoft Says Cloud Demand Is Strong as MSFT Shares Rise' }]);
    expect(entities.filter((e) => e.type === 'Company').map((e) => [e.name, ...e.aliases].join('|'))).toEqual(['Microsoft|MSFT|Microsoft']);
  });

  it('keeps a name after an honorific with the person, beside a title that opens with it', () => {
    const result = extract('Whitcombe Bets On Asia\nHSBC chief executive Stuart Whitcombe said on Monday the bank would grow in Asia. Mr Whitcombe added that costs would fall.');
    const person = result.entities.find((e) => e.type === 'Person' && e.name === 'Stuart Whitcombe');
    expect(person?.aliases).toContain('Whitcombe');
  });

  it('gives bare shares no owner when a market is named after them', () => {
    const result = extract('Globex Corp reported results on Monday. Shares in Asia fell 3 % on Tuesday.');
    expect(relation(result, 'MOVED_BY', 'company:globex')).toBeUndefined();
  });

  it('moves a company in an article title when the story names it in its text', () => {
    const result = extract('Globex Corp Jumps 4.3 %\n\nGlobex Corp makes gas turbines . It beat forecasts on Monday .');
    expect(relation(result, 'MOVED_BY', 'company:globex')).toBeDefined();
  });

  it('moves a company in a title with a reason and no figure', () => {
    const result = extract('Globex Drops After Chief Predicts Weak Year\n\nGlobex Corp makes gas turbines . Globex said demand was weak .');
    expect(relation(result, 'MOVED_BY', 'company:globex')).toBeDefined();
  });

  it('moves nothing for a title gain that is an accounting gain', () => {
    const result = extract('GLOBEX CORP TO HAVE GAIN ON SALE\n\nGlobex Corp said it sold a unit to Initech Inc .');
    expect(result.relations.some((r) => r.type === 'MOVED_BY')).toBe(false);
  });

  it('moves nothing for a title name the text gives only in part', () => {
    const result = extract('GLOBEX POPULARITY RISES DESPITE PROBLEMS\n\nPrime Minister Jane Globex is more popular than ever . Globex said so on Monday .');
    expect(result.relations.some((r) => r.type === 'MOVED_BY')).toBe(false);
  });

  it('moves nothing for a title verb with an object', () => {
    const result = extract('Globex Drops Price Of Turbines\n\nGlobex Corp makes gas turbines . Globex said demand was weak .');
    expect(result.relations.some((r) => r.type === 'MOVED_BY')).toBe(false);
  });

  it('moves nothing for a title figure of a name the text never gives', () => {
    const result = extract('Premium Sales Jump 4.3 %\n\nGlobex Corp makes gas turbines . It beat forecasts on Monday .');
    expect(result.relations.some((r) => r.type === 'MOVED_BY')).toBe(false);
  });

  it('keeps a nationality owning shares a nationality when no company of the story starts with it', () => {
    const result = extract('Globex Corp reported results . European shares fell 1 % on Friday .');
    expect(result.relations.filter((r) => r.type === 'MOVED_BY').map((r) => r.source)).toEqual([]);
  });

  it('takes the stock market and an industry for no company', () => {
    const result = extract('Globex Corp makes planes . The stock market rose 2 % on Friday , and the airline industry gained 3 % .');
    expect(result.relations.filter((r) => r.type === 'MOVED_BY')).toEqual([]);
  });

  it('does not take a broker whose analyst speaks for the company described', () => {
    const result = extract('Globex Corp makes drugs . Initech Inc analyst Jane Doe sees the drug maker shares rising 10 % next year .');
    expect(relation(result, 'MOVED_BY', 'company:initech')).toBeUndefined();
  });

  it('never crosses from one headline into another', () => {
    const text = 'Acme Corp Reports Record Quarterly Profit\nIts Shares Rise 5 Percent After Upgrade\nGlobex Names New Chief Financial Officer';
    const result = extract(text);
    expect(result.documents.filter((d) => d.kind === 'headline')).toHaveLength(3);
    expect(result.relations.some((r) => r.type === 'MOVED_BY' && r.source === 'company:acme')).toBe(false);
  });

  it('does not merge two different companies that share a first word in one story', () => {
    const result = extract('China Mobile Ltd and China Unicom Ltd both said revenue rose. China Mobile shares rose 2 %.');
    const ids = result.entities.filter((e) => e.type === 'Company').map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['company:china-mobile', 'company:china-unicom']));
    expect(relation(result, 'MOVED_BY', 'company:china-mobile')).toBeDefined();
    expect(relation(result, 'MOVED_BY', 'company:china-unicom')).toBeUndefined();
  });

  it('takes a short form of a word in a company name and a body written as its initials for the same entity', () => {
    const result = extract('Corvane Pharma wins approval\n\nThe U.S. Food and Drug Administration approved a drug from Corvane Pharmaceuticals Inc on Monday. The FDA said Corvane could sell it in May.');
    const corvane = result.entities.filter((e) => e.name.startsWith('Corvane'));
    expect(corvane).toHaveLength(1);
    expect(corvane[0]?.aliases).toEqual(expect.arrayContaining(['Corvane', 'Corvane Pharma', 'Corvane Pharmaceuticals Inc']));
    const fda = result.entities.filter((e) => e.type === 'Organization');
    expect(fda).toHaveLength(1);
    expect(fda[0]?.aliases).toEqual(expect.arrayContaining(['FDA', 'U.S. Food and Drug Administration']));
  });

  it.each([
    ['Johnson & Johnson said it would cut jobs. J&J shares fell 1 %.', 'company:johnson-and-johnson', 'J&J'],
    ['Procter & Gamble Co raised prices. P&G said demand held.', 'company:procter-and-gamble', 'P&G'],
    ['American Telephone & Telegraph Co said it would hire. AT&T shares rose.', 'company:american-telephone-and-telegraph', 'AT&T'],
  ])('takes initials joined by an ampersand for the name they abbreviate: %s', (text, id, short) => {
    const result = extract(text);
    expect(result.entities.filter((e) => e.type === 'Company').map((e) => e.id)).toEqual([id]);
    expect(result.entities.find((e) => e.id === id)?.aliases).toContain(short);
  });

  it('keeps a name of initials with an ampersand itself when no longer name spells it', () => {
    const result = extract('AT&T said sales rose. Harwick & Orvane said it would hire.');
    expect(result.entities.filter((e) => e.type === 'Company').map((e) => e.name).sort()).toEqual(['AT&T', 'Harwick & Orvane']);
  });

  it('does not take initials for a name of two words, nor for two names with the same initials', () => {
    const result = extract('General Electric and General Motors said sales rose. GM said it would hire.');
    expect(result.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['company:general-electric', 'company:general-motors', 'company:gm']));
  });
});
