import { describe, expect, it } from 'vitest';
import { edgesOf } from './harness.js';

// Share moves of companies named as members of a group that moved; causes are events, so only subjects are checked.
const groupMoves: [string, string, string][] = [
  ['members listed after a group that was higher', 'Orvane Motors rose 2 % , while other carmakers were largely higher as well , including Quillmere Auto , Tarnwell Motors and Belcastle Motor Corp .', 'MOVED_BY company:tarnwell-motors ->'],
  ['the first member listed', 'Chip stocks rallied 3 % on Friday , including Quillmere Semiconductor Inc and Tarnwell Devices Corp .', 'MOVED_BY company:quillmere-semiconductor ->'],
  ['members leading a group down', 'Bank stocks tumbled on Tuesday , led by Orvane Bancorp Inc and Quillmere Financial Corp .', 'MOVED_BY company:quillmere-financial ->'],
  ['a group that has risen', 'Airline shares have all risen this week , including Orvane Airlines Inc and Tarnwell Air Corp .', 'MOVED_BY company:orvane-airlines ->'],
];

const noGroupMoves: [string, string][] = [
  ['a business figure of the group', 'Sales at retailers rose 4 % , including Orvane Stores Inc and Quillmere Foods Inc .'],
  ['a forecast for the group', 'Analysts expect chip stocks to rise , including Orvane Semiconductor Inc and Quillmere Devices Corp .'],
  ['a direction word that is no move', 'Carmakers face higher costs , including Orvane Motors Inc and Quillmere Auto Corp .'],
  ['a list not set off after the move', 'Carmakers including Orvane Motors Inc and Quillmere Auto Corp cut jobs .'],
  ['members of a group that did something else', 'Carmakers recalled cars , including Orvane Motors Inc and Quillmere Auto Corp .'],
  ['a move of something other than a group', 'Revenue rose 5 % , including Orvane Motors Inc and Quillmere Auto Corp .'],
];

// Share moves of listed names and of names moving on the market.
const listedMoves: [string, string, string][] = [
  ['the first of names listed with bracketed tickers', 'Orvane Corp ( ORV ) , Quillmere Inc ( QLM ) and Tarnwell Corp ( TRN ) fell 3 % on Monday .', 'MOVED_BY company:orvane ->'],
  ['the middle of names listed with bracketed tickers', 'Orvane Corp ( ORV ) , Quillmere Inc ( QLM ) and Tarnwell Corp ( TRN ) fell 3 % on Monday .', 'MOVED_BY company:quillmere ->'],
  ['a move without a percentage on the stock market', 'Quillmere Inc ( QLM ) inched up 0.7 on the stock market today .', 'MOVED_BY company:quillmere ->'],
  ['a company in a "with" phrase after stocks moved', 'Kelvoran stocks fell on Monday , with Orvane Corp down 4 % .', 'MOVED_BY company:orvane ->'],
  ['a company in a "with" phrase after an index moved', 'The Kelvora Tech index fell 2.1 % , with Quillmere Inc up 3 % .', 'MOVED_BY company:quillmere ->'],
  ['a move on Wall Street', 'Tarnwell Corp slipped on Wall Street after its chief executive resigned .', 'MOVED_BY company:tarnwell ->'],

  ['"the stock" sent up', 'Orvane Corp reported results on Monday . Investors cheered , sending the stock up 5 % .', 'MOVED_BY company:orvane ->'],
  ['"the stock" closing at a price, then its move', 'Orvane Corp reported results on Monday . The stock closed at $ 12.40 , down 2 % .', 'MOVED_BY company:orvane ->'],
  ['"the stock" underperforming, then falling', 'Orvane Corp reported results on Monday . The stock has underperformed , falling 8 % this year .', 'MOVED_BY company:orvane ->'],
  ['shares in a relative clause after the company', 'Orvane Corp , whose shares have fallen 30 % this year , cut jobs .', 'MOVED_BY company:orvane ->'],
  ['a share price more than doubled', "Orvane Corp 's share price has more than doubled this year .", 'MOVED_BY company:orvane ->'],
  ['a stock pushed to a record high', 'The ruling pushed Orvane Corp stock to a record high .', 'MOVED_BY company:orvane ->'],
  ['shares down from a year ago', 'Orvane Corp shares are down 11 % from a year ago .', 'MOVED_BY company:orvane ->'],
  ['a stock trading at a price, down from another', 'Orvane Corp stock is trading at $ 45 , down from $ 60 in January .', 'MOVED_BY company:orvane ->'],
  ['shares of a ranked company described', 'Orvane Corp reported results . We note that shares of this Zacks Rank #2 company have gained 9 % year to date .', 'MOVED_BY company:orvane ->'],
  ['a winner of the year, then its gain', 'Orvane Corp reported results . Orvane has been a big winner this year , up 45 % .', 'MOVED_BY company:orvane ->'],
  ['an index named before the move of a stock', 'Orvane Corp reported results . Orvane is among the worst-performing stocks in the S&P 500 this year , down 20 % .', 'MOVED_BY company:orvane ->'],
];

const noListedMoves: [string, string, string][] = [
  ['another company named before a participle', 'Orvane Corp beat Quillmere Inc on sales this year , up 5 % .', 'MOVED_BY'],
  ['a group that slipped from a year earlier', 'Orvane Corp reported results . The group slipped 9 % from a year earlier on weaker sales of small cars .', 'MOVED_BY'],
  ["a product line named with another company's possessive", "Both rivals gained : Orvane Corp 's Kestria line was up 12.8 % .", 'MOVED_BY'],
  ['control gained, told in percent', 'Orvane Corp has gained close to 100 % control of Quillmere Inc .', 'MOVED_BY'],
  ['market share lost', 'Orvane Corp lost 5 % market share last year .', 'MOVED_BY'],
  ['a winner of contracts, up from a count', 'Orvane Corp has been the winner of three contracts this year , up from one .', 'MOVED_BY'],
  ['revenue in a relative clause', 'Orvane Corp , whose revenue has fallen 30 % this year , cut jobs .', 'MOVED_BY'],
  ['a profit nearly doubled', 'Orvane Corp nearly doubled its profit last year .', 'MOVED_BY'],
  ['revenue more than doubled', "Orvane Corp 's revenue more than doubled this year .", 'MOVED_BY'],
  ['a stock pushed somewhere else than a high', 'The ruling pushed Orvane Corp stock to a new trading venue .', 'MOVED_BY'],
  ['cash up from an amount', 'Orvane Corp had $ 5 billion in cash , up from $ 4 billion .', 'MOVED_BY'],
  ['revenue up from an amount', "Orvane Corp 's revenue was $ 5 billion , up from $ 4 billion .", 'MOVED_BY'],
  ['a share buyback falling short', 'Orvane Corp reported results on Monday . The shares buyback has run , falling 8 % short of the target .', 'MOVED_BY'],
  ['a stock offering priced', 'Orvane Corp reported results on Monday . The stock offering closed at $ 12.40 , down 2 % from the range .', 'MOVED_BY'],
  ['the stock market sent up', 'Orvane Corp reported results on Monday . Investors cheered , sending the stock market up 5 % .', 'MOVED_BY'],
  ['names listed without "and"', 'Orvane Corp ( ORV ) , Quillmere Inc ( QLM ) shares fell 3 % .', 'MOVED_BY company:orvane'],
  ['a rise in a ranking, not on the market', 'Orvane Corp rose to third place in a ranking of employers on Wall Street .', 'MOVED_BY'],
  ['a figure that rose before the market is named', 'Orvane Corp said revenue rose , and its bonds traded on Wall Street .', 'MOVED_BY'],
];

// Sales told from the seller's side, purchases a lender helps with, takeovers by a buyer and control taken.
const sales: [string, string, string][] = [
  ['a one-word company sold to a one-word buyer', 'Orvane Corp sold Zentrix to Brellum in 2019 .', 'ACQUIRES company:brellum -> company:zentrix'],
  ['a purchase a bank helps finance', 'Thermo Fisher Scientific Inc agreed to commit debt financing to help Orvane Corp purchase Dutch drugmaker Quillmere NV .', 'ACQUIRES company:orvane -> company:quillmere'],
  ['a company a pronoun acquired, in a relative clause', 'Orvane Corp has now fully integrated Quillmere Inc , which it acquired last year .', 'ACQUIRES company:orvane -> company:quillmere'],
  ['a takeover by a buyer agreed to', 'Orvane Corp agreed to a $ 2 billion takeover by Quillmere Inc .', 'ACQUIRES company:quillmere -> company:orvane'],
  ['a dated list of acquisitions, names after the first typed loosely', 'Orvane Corp reported results . Its acquisitions of Quillmere Inc in 2006 , Kestria in 2009 , and Brellum in 2012 each widened its reach .', 'ACQUIRES company:orvane -> company:brellum'],
  ['a subject pronoun again after a company bought', 'Orvane Corp reported results . It grew after it bought Quillmere Inc in 2015 , and it plans to expand by buying Tarnwell Inc .', 'BIDS_FOR company:orvane -> company:tarnwell'],
  ['full control taken', 'Orvane Corp took full control of Quillmere Inc in March .', 'ACQUIRES company:orvane -> company:quillmere'],
  ['nearly all control gained', 'Orvane Corp has gained close to 100 % control of Quillmere Inc and can now delist it .', 'ACQUIRES company:orvane -> company:quillmere'],
];

const noSales: [string, string][] = [
  ['a takeover rejected', 'Orvane Corp rejected a takeover by Quillmere Inc .'],
  ['a hostile takeover feared', 'Orvane Corp fears a hostile takeover by Quillmere Inc .'],
  ['control wanted', 'Orvane Corp wants to take control of Quillmere Inc .'],
  ['control of a board', 'Orvane Corp took control of the board of Quillmere Inc .'],
  ['control not gained', 'Orvane Corp did not gain control of Quillmere Inc .'],
  ['control in talks', 'Orvane Corp is in talks to take control of Quillmere Inc .'],
  ['a player sold to a club in a city', 'The club sold Ronaldo to Madrid for a record fee .'],
  ['a sale only wanted', 'Orvane Corp wants to sell Zentrix to Brellum .'],
  ['help with a purchase declined', 'Tarnwell Bank declined to help Orvane Corp buy Quillmere Inc .'],
  ['a purchase regulators would not let happen', 'Regulators refused to let Orvane Corp buy Quillmere Inc .'],
];

describe('relation recall: sales, takeovers and control', () => {
  it.each(sales)('%s', (_name, text, edge) => {
    expect(edgesOf(text)).toContain(edge);
  });
  it.each(noSales)('no acquisition for %s', (_name, text) => {
    expect(edgesOf(text).filter((e) => e.startsWith('ACQUIRES'))).toEqual([]);
  });
});

// Supply deals told as goods changing hands, cooperation told without a deal word, and investments received.
const dealings: [string, string, string][] = [
  ['goods agreed to be bought from a maker', 'Quillmere Inc has agreed to purchase 40 jets from Orvane Corp .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['goods bought under a signed deal', 'Quillmere Inc signed a deal to buy 40 jets from Orvane Corp .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['an order placed with a maker', 'Quillmere Inc placed an order for 40 jets with Orvane Corp .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['a customer supplied with goods', 'Orvane Corp won a contract to supply Quillmere Inc with jets .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['forces joined', 'Orvane Corp joined forces with Quillmere Inc to build a plant .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['two companies working together', 'Orvane Corp and Quillmere Inc are working together on self-driving cars .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['an investment received from an investor', 'Quillmere Inc received a $ 50 million investment from Orvane Corp .', 'INVESTS_IN company:orvane -> company:quillmere'],
  ["a round in a company's name joined", "Orvane Corp participated in Quillmere Inc 's $ 50 million funding round .", 'INVESTS_IN company:orvane -> company:quillmere'],
  ['a company backed in its round', 'Orvane Corp backed Quillmere Inc in its latest funding round .', 'INVESTS_IN company:orvane -> company:quillmere'],
  ['shares of each company listed owned', 'Harlow Partners LP owns shares of Orvane Corp , Quillmere Inc and Tarnwell Inc .', 'INVESTS_IN company:harlow-partners -> company:tarnwell'],
  ['one of the largest shareholders', "Orvane Corp is one of Quillmere Inc 's largest shareholders .", 'INVESTS_IN company:orvane -> company:quillmere'],
];

const noDealings: [string, string, string][] = [
  ['shares bought from a company', 'Quillmere Inc bought 20 % of its shares from Orvane Corp .', 'PARTNERS_WITH'],
  ['a business bought from a company', 'Quillmere Inc bought the chips business from Orvane Corp .', 'PARTNERS_WITH'],
  ['goods that may be bought', 'Quillmere Inc may buy 40 jets from Orvane Corp .', 'PARTNERS_WITH'],
  ['goods not bought', 'Quillmere Inc did not buy jets from Orvane Corp .', 'PARTNERS_WITH'],
  ['a company in another clause', 'Quillmere Inc bought 40 jets from leasing firms , and Orvane Corp sold gear .', 'PARTNERS_WITH'],
  ['goods bought by others than the company named before', 'Orvane Corp pushed out rival Tarnwell Inc when manufacturers bought their chips from Quillmere Inc .', 'PARTNERS_WITH company:quillmere'],
  ['a loan provided', 'Orvane Corp provided Quillmere Inc with a loan .', 'PARTNERS_WITH'],
  ['forces that may be joined', 'Orvane Corp may join forces with Quillmere Inc .', 'PARTNERS_WITH'],
  ['companies not working together', 'Orvane Corp and Quillmere Inc are not working together on cars .', 'PARTNERS_WITH'],
  ['a company opening the next clause after shares owned', 'Harlow Partners LP owns shares of Orvane Corp and Quillmere Inc has none .', 'INVESTS_IN company:harlow-partners -> company:quillmere'],
  ['an investment not received', 'Quillmere Inc did not receive an investment from Orvane Corp .', 'INVESTS_IN'],
  ['an investment sought', 'Quillmere Inc sought an investment from Orvane Corp .', 'INVESTS_IN'],
  ["a company's shareholders voting", 'Orvane Corp told Quillmere Inc shareholders to vote .', 'INVESTS_IN'],
  ['one of the former shareholders', "Orvane Corp is one of Quillmere Inc 's former shareholders .", 'INVESTS_IN'],
];

describe('relation recall: supply deals, cooperation and investments received', () => {
  it.each(dealings)('%s', (_name, text, edge) => {
    expect(edgesOf(text)).toContain(edge);
  });
  it.each(noDealings)('no edge for %s', (_name, text, edge) => {
    expect(edgesOf(text).filter((e) => e.startsWith(edge))).toEqual([]);
  });
});

// Holdings, rounds and partners named as such.
const named: [string, string, string][] = [
  ['a sized stake a company has', 'Orvane Corp has a $ 250 million stake in Quillmere Inc .', 'INVESTS_IN company:orvane -> company:quillmere'],
  ['a lettered series round led', 'Orvane Corp led a $ 50 million Series B round in Quillmere Inc .', 'INVESTS_IN company:orvane -> company:quillmere'],
  ["a company's partner", "Orvane Corp 's partner Quillmere Inc will build the plant .", 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['a longtime partner before the name', 'The phones are sold by longtime Orvane Corp partner Quillmere Inc .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['a described partner', "Orvane Corp 's longtime manufacturing partner Quillmere Inc cut prices .", 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['a contractor being tapped, after a place-based description', 'Orvane Corp is tapping Austin-based Quillmere Inc to design a cooling plant .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['a contractor picked to supply', 'Orvane Corp picked Quillmere Inc to supply its chips .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['a partner after a long description', 'Orvane Corp signed an exclusive sponsorship deal with the three-time champion Quillmere Inc .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['a described one-word contractor', 'Orvane Aerospace hired privately held Kestria to design its launch pad .', 'PARTNERS_WITH company:kestria -> company:orvane-aerospace'],
];

const notNamed: [string, string, string][] = [
  ['a described person hired', 'Orvane Aerospace has hired veteran engineer Dana Whitlow to build the second-stage rocket .', 'PARTNERS_WITH'],
  ['the company bought taken for the next subject pronoun', 'Orvane Corp reported results . It grew after it bought Quillmere Inc in 2015 , and it plans to expand by buying Tarnwell Inc .', 'BIDS_FOR company:quillmere'],
  ['a state in a dated list of acquisitions', 'Orvane Corp bought Quillmere Inc in 2006 and Texas in 2012 .', 'ACQUIRES company:orvane -> company:texas'],
  ['a stake denied', 'Orvane Corp does not have a stake in Quillmere Inc .', 'INVESTS_IN'],
  ['a stake given up', 'Orvane Corp no longer holds a stake in Quillmere Inc .', 'INVESTS_IN'],
  ['a stake in an outcome', 'Orvane Corp has a stake in the outcome of the Quillmere Inc talks .', 'INVESTS_IN'],
  ['a stake it may have', 'Orvane Corp may have a stake in Quillmere Inc .', 'INVESTS_IN'],
  ['a former partner', "Orvane Corp 's former partner Quillmere Inc sued it .", 'PARTNERS_WITH'],
  ['a potential partner', "Orvane Corp 's potential partner Quillmere Inc declined to comment .", 'PARTNERS_WITH'],
  ['a person who is a managing partner', "Orvane Corp 's managing partner John Smith retired .", 'PARTNERS_WITH'],
  ['a company named in a clause after the partner', 'Orvane Corp signed a deal with the government of a country where Quillmere Inc operates .', 'PARTNERS_WITH'],
  ['a company past a comma after "with"', 'After Orvane Corp struck a surprise deal with Kestria , rival Quillmere Inc answered with a bigger order .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['a company set apart from the partner', 'Orvane Corp signed a deal with the city , not with Quillmere Inc .', 'PARTNERS_WITH'],
  ['a state hired', 'Orvane Corp hired Texas to build roads .', 'PARTNERS_WITH'],
  ['a stock picked to do well', 'Orvane Corp picked Quillmere Inc to outperform next year .', 'PARTNERS_WITH'],
  ['analysts picking a supplier', 'Analysts picked Quillmere Inc to supply the chips , but Orvane Corp has not decided .', 'PARTNERS_WITH'],
];

describe('relation recall: holdings and partners named as such', () => {
  it.each(named)('%s', (_name, text, edge) => {
    expect(edgesOf(text)).toContain(edge);
  });
  it.each(notNamed)('no edge for %s', (_name, text, edge) => {
    expect(edgesOf(text).filter((e) => e.startsWith(edge))).toEqual([]);
  });
});

describe('relation recall: listed names and market moves', () => {
  it.each(listedMoves)('%s', (_name, text, edge) => {
    expect(edgesOf(text).some((e) => e.startsWith(edge))).toBe(true);
  });
  it.each(noListedMoves)('no edge for %s', (_name, text, edge) => {
    expect(edgesOf(text).filter((e) => e.startsWith(edge))).toEqual([]);
  });
});

describe('relation recall: group moves', () => {
  it.each(groupMoves)('%s', (_name, text, edge) => {
    expect(edgesOf(text).some((e) => e.startsWith(edge))).toBe(true);
  });
  it.each(noGroupMoves)('no move for %s', (_name, text) => {
    expect(edgesOf(text).filter((e) => e.startsWith('MOVED_BY'))).toEqual([]);
  });
});

describe('companies named only by a deal', () => {
  it.each([
    ['bought out', 'In 2015 , Globex Corp bought out Quillmere for $ 7.2 billion .', 'ACQUIRES company:globex -> company:quillmere'],
    ['an acquisition of', 'Initech Inc completed its acquisition of Tarnwell Brands last month .', 'ACQUIRES company:initech -> company:tarnwell-brands'],
  ])('%s', (_name, text, edge) => {
    expect(edgesOf(text)).toContain(edge);
  });

  it.each([
    ['a nationality before goods', 'Globex Corp agreed to buy Canadian wheat for $ 2 million .'],
    ['a model number', 'Globex Corp plans to buy the ZX-20 jets when prices fall .'],
    ['a description ending in -based', 'Globex Corp will buy the Texas-based maker for $ 12 a share .'],
  ])('names no company in %s', (_name, text) => {
    expect(edgesOf(text).filter((e) => e.startsWith('ACQUIRES') || e.startsWith('BIDS_FOR'))).toEqual([]);
  });
});
