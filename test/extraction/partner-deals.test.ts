import { describe, expect, it } from 'vitest';
import { edgesOf } from './harness.js';

// Partnerships, supply deals and investments told in more ways: one row per behaviour, invented text.
const present: [string, string, string][] = [
  ['a memorandum with figures before the partner', 'Orvane Systems signed a memorandum of understanding for 25 jets worth $ 2.7 billion with Quillmere Airways .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere-airways'],
  ['a deal worth an amount with a partner', 'Orvane Systems struck a deal worth $ 900 million with Quillmere Airways .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere-airways'],
  ['an order announced by maker and buyer', 'Quillmere Airways and Orvane Systems announced the order in March .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere-airways'],
  ['working with a partner, set off by commas', 'Orvane Systems , working with Quillmere Corp , developed a new battery .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['working with a partner since a date', 'Orvane Systems has been working with Quillmere Corp since 2015 .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['an investment in a startup the tagger took for a place', 'Orvane Motors said it was investing $ 1 billion in Kestrel Vale , a startup run by former engineers .', 'INVESTS_IN company:orvane-motors -> company:kestrel-vale'],
  ['a position in a described company', 'Vandelay Capital has opened a $ 90 million position in retail chain The Orvane Company .', 'INVESTS_IN company:vandelay-capital -> company:orvane'],
  ['a supplier named by its customer', 'Quillmere Corp supplier Orvane Systems cut its forecast .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['a supplier in apposition', 'Orvane Systems , a key supplier to Quillmere Corp , cut its forecast .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ["a company that is another's supplier", "Orvane Systems is Quillmere Corp 's largest supplier .", 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ["a customer set off by a comma", "Orvane Systems 's biggest customer , Quillmere Corp , cut its orders .", 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['a supplier in a relative clause', 'Orvane Systems , which supplies Quillmere Corp with chips , cut its forecast .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['goods made for a customer', 'Orvane Systems builds batteries for Quillmere Corp .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['services provided to a customer', 'Orvane Systems will provide cloud services to Quillmere Corp under a five-year agreement .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['an order placed with a maker, goods after it', 'Quillmere Airways placed an order with Orvane Systems for 20 jets .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere-airways'],
  ['a contract awarded by a company', 'Orvane Systems was awarded a contract by Quillmere Corp to build ships .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['co-developing with a partner', 'Orvane Systems will co-develop the drug with Quillmere Corp .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['joining hands', 'Orvane Systems has joined hands with Quillmere Corp to build chargers .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['tying up', 'Orvane Systems tied up with Quillmere Corp to sell phones in India .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['an agreement with a public body for work', 'Orvane Systems signed an agreement with the Harbour Authority to build a container terminal .', 'PARTNERS_WITH company:orvane-systems -> organization:harbour-authority'],
  ['a contract with a public body', 'Orvane Systems won a contract with the Harbour Authority for new cranes .', 'PARTNERS_WITH company:orvane-systems -> organization:harbour-authority'],
  ['an agreement between two exchanges', 'Orvane Markets signed an agreement with the Northern Futures Exchange on shared trading hours .', 'PARTNERS_WITH company:orvane-markets -> organization:northern-futures-exchange'],
  ["a company's partner", "Trials will be run by Quillmere Corp , Orvane Systems 's partner in this field .", 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['an investor named by the company', 'Orvane Systems investor Vandelay Capital declined to comment .', 'INVESTS_IN company:vandelay-capital -> company:orvane-systems'],
  ['an investor counted among others', 'Orvane Systems , which counts Vandelay Capital among its investors , raised prices .', 'INVESTS_IN company:vandelay-capital -> company:orvane-systems'],
  ['money pumped into a company', 'Vandelay Capital pumped $ 50 million into Orvane Systems last year .', 'INVESTS_IN company:vandelay-capital -> company:orvane-systems'],
  ['a company funded by another', 'Orvane Systems is funded by Vandelay Capital .', 'INVESTS_IN company:vandelay-capital -> company:orvane-systems'],
  ['a stake disclosed', 'Vandelay Capital disclosed a 6 % stake in Orvane Systems .', 'INVESTS_IN company:vandelay-capital -> company:orvane-systems'],
  ['an order from a buyer, an amount between', 'Quillmere Airways responded on Wednesday with a $ 4.5 billion jet order from Orvane Leasing Corp .', 'PARTNERS_WITH company:orvane-leasing -> company:quillmere-airways'],
  ['a company chosen as a supplier', 'Orvane Systems has chosen Quillmere Corp as its chip supplier .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['a company named as a partner', 'Orvane Systems named Quillmere Corp as its exclusive partner .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['an agreement to resell a partner\'s product', 'Orvane Systems signed an agreement with Quillmere Corp that lets it sell Quillmere cloud software to clients .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['details of an agreement withheld', 'A Quillmere Corp spokesman would not give the terms of the agreement with Orvane Systems .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['an agreement to buy goods', 'Quillmere Airways reached an agreement with Orvane Systems to buy 20 jets .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere-airways'],
  ['an investment by an investor in a company', "Quillmere Corp 's move follows last year 's investment by Vandelay Capital in Tarnwell Inc .", 'INVESTS_IN company:vandelay-capital -> company:tarnwell'],
  ['a strategic relationship', 'Orvane Systems expanded its strategic relationship with Quillmere Corp .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['working in cooperation with a partner', 'Orvane Systems developed the engine in cooperation with Quillmere Corp .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['an accord with a partner', 'Orvane Systems signed an accord with Quillmere Corp to build chargers .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
  ['earlier partnerships that go on', 'Orvane Systems said its previous partnerships with Quillmere Corp will continue .', 'PARTNERS_WITH company:orvane-systems -> company:quillmere'],
];

const absent: [string, string, string][] = [
  ['an order each announced with others', 'Orvane Systems and Quillmere Airways each announced an order on Monday .', 'PARTNERS_WITH'],
  ['an order only expected', 'Orvane Systems and Quillmere Airways may announce the order on Monday .', 'PARTNERS_WITH'],
  ['a settlement with a union', 'Orvane Systems reached a settlement agreement with the United Steelworkers union .', 'PARTNERS_WITH'],
  ['a licence from a regulator', 'Orvane Systems received a licence from the Federal Communications Commission .', 'PARTNERS_WITH'],
  ['working with a regulator', 'Orvane Systems , working with the Food and Drug Administration , recalled the drug .', 'PARTNERS_WITH'],
  ['working with an agency for years', 'Orvane Systems has been working with the Environmental Protection Agency since 2015 .', 'PARTNERS_WITH'],
  ['working together asked about', 'Would Orvane Systems , working with Quillmere Corp , win the contract ?', 'PARTNERS_WITH'],
  ['a teaming-up rumoured', 'Orvane Systems is rumoured to be teaming up with Quillmere Corp .', 'PARTNERS_WITH'],
  ['an investment in a place described as one', 'Orvane Motors said it was investing $ 1 billion in Kestrel Vale , a town near the border .', 'INVESTS_IN'],
  ['a stake in a new company, another holder after "while"', 'Orvane Corp will have a 20 % stake in the new company while Quillmere Corp will own the rest .', 'INVESTS_IN'],
  ['a former supplier in apposition', 'Orvane Systems , a former supplier to Quillmere Corp , cut its forecast .', 'PARTNERS_WITH'],
  ["a company that was another's supplier", "Orvane Systems was Quillmere Corp 's largest supplier until 2019 .", 'PARTNERS_WITH'],
  ['money made for shareholders', 'Orvane Systems made money for Quillmere Corp shareholders .', 'PARTNERS_WITH'],
  ['goods made for a public body', 'Orvane Systems builds ships for the Defence Ministry .', 'PARTNERS_WITH'],
  ['a contract awarded by a person', 'Orvane Systems was awarded a contract by Jane Doe .', 'PARTNERS_WITH'],
  ['a pact with a union', 'Those rules are set by a national pact between Orvane Motors and the Autoworkers Federation .', 'PARTNERS_WITH'],
  ['an agreement with a regulator', 'Orvane Systems entered into an agreement with the Banking Commission on its capital plan .', 'PARTNERS_WITH'],
  ['a settlement approved by a ministry', 'The Energy Ministry approved an agreement that settles all claims with Orvane Oil Co .', 'PARTNERS_WITH'],
  ['a managing partner', 'In a filing with the Trade Commission , Orvane Capital , whose managing partner is Jane Doe , said it bought shares .', 'PARTNERS_WITH'],
  ['a traded contract', 'Quillmere Corp will list a Treasury bond contract next month , which could compete with Orvane Markets .', 'PARTNERS_WITH'],
  ['money put into something of a company', "Vandelay Capital put $ 50 million into Orvane Systems 's new plant .", 'INVESTS_IN'],
  ['a study funded by a company', 'The study was funded by Orvane Systems .', 'INVESTS_IN'],
  ["a company's shareholders", 'Orvane Systems shareholders approved the plan .', 'INVESTS_IN'],
  ['a company named as an adviser', 'Orvane Systems named Quillmere Corp as its financial adviser .', 'PARTNERS_WITH'],
  ['a company picked as a favourite', 'Analysts at Orvane Systems picked Quillmere Corp as the best stock of the year .', 'PARTNERS_WITH'],
  ['an agreement to acquire a company', 'Orvane Systems reached an agreement with Quillmere Corp to acquire its Vandelay Labs unit for $ 40 million .', 'PARTNERS_WITH'],
  ['an agreement to sell its own business', 'Orvane Systems reached an agreement with Quillmere Corp to sell it its radio station .', 'PARTNERS_WITH'],
  ['a credit agreement with a bank', 'Orvane Systems renewed its revolving credit agreement with Quillmere Bank Corp .', 'PARTNERS_WITH'],
  ['a standstill agreement with a holder', 'Orvane Systems reached a standstill agreement with Quillmere Capital Corp .', 'PARTNERS_WITH'],
  ['an agreement not yet reached', 'Orvane Systems said it has not yet reached a final agreement with Quillmere Corp .', 'PARTNERS_WITH'],
  ['an agreement sought', 'Orvane Systems is seeking a broad cooperation agreement with Quillmere Corp .', 'PARTNERS_WITH'],
  ['a contract hoped for', 'Orvane Motors hoped to sign a contract with Quillmere Corp in the summer .', 'PARTNERS_WITH'],
  ['an agreement planned', 'Orvane Systems said it planned an agreement soon with Quillmere Corp .', 'PARTNERS_WITH'],
  ['an agreement being cancelled', 'In cancelling its agreement with Quillmere Corp , Orvane Systems showed it had other plans .', 'PARTNERS_WITH'],
  ['a regulator told of a stake', 'A group of investors told the Trade Commission it increased its stake in Orvane Systems to 12 % .', 'INVESTS_IN organization:trade-commission'],
  ['a relationship of any kind', 'Orvane Systems said its relationship with Quillmere Corp had soured .', 'PARTNERS_WITH'],
  ['cooperation with a regulator', 'Orvane Systems pledged full cooperation with the Trade Commission .', 'PARTNERS_WITH'],
  ['cooperation under discussion', 'Orvane Systems is discussing marketing cooperation with Quillmere Corp .', 'PARTNERS_WITH'],
  ['an accord replaced', 'Orvane Systems chose Quillmere Corp , replacing an earlier accord with Tarnwell Inc .', 'PARTNERS_WITH company:tarnwell'],
  ['a debt rescheduling accord', 'Orvane Systems reached a debt rescheduling accord with Quillmere Bank Corp .', 'PARTNERS_WITH'],
];

describe('partner deals', () => {
  it.each(present)('finds %s', (_name, text, edge) => {
    expect(edgesOf(text)).toContain(edge);
  });

  it.each(absent)('finds nothing for %s', (_name, text, edge) => {
    expect(edgesOf(text).filter((e) => e.startsWith(edge))).toEqual([]);
  });
});
