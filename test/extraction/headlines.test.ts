import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extraction/index.js';
import { edges } from './harness.js';

const headlineEdges = (text: string) => edges(extractDocuments([{ kind: 'headline', text }]));

// One row per behaviour of a headline: text in, an edge that must be there (or must not).
const present: [string, string, string][] = [
  ['an investment with its amount before "in"', 'Globex Invests $500 Million in Initech', 'INVESTS_IN company:globex -> company:initech'],
  ['an acquisition completed "of" an unknown name', 'Globex Completes Acquisition of Initech', 'ACQUIRES company:globex -> company:initech'],
  ['a stake in an unknown name', 'Globex Takes 20% Stake in Initech', 'INVESTS_IN company:globex -> company:initech'],
  ['an acquisition told by a deal verb between two unknown names', 'Globex Acquires Initech', 'ACQUIRES company:globex -> company:initech'],
  ['partners with an unknown name', 'Globex Partners With Initech on AI Chips', 'PARTNERS_WITH company:globex -> company:initech'],
  ['an acquisition by an unknown name opening the title', 'Quorvex Acquires Initech in $2 Billion Deal', 'ACQUIRES company:quorvex -> company:initech'],
  ['a deal between two unknown names opening the title', 'Tarnwell and Velquist Sign Battery Supply Deal', 'PARTNERS_WITH company:tarnwell -> company:velquist'],
  ['a listed company moving alone in a headline, explained by what follows', 'Netflix Falls 4% After Subscriber Miss', 'MOVED_BY company:netflix -> event:'],
  ['a merger a headline tells with "to"', 'Globex to Merge With Initech', 'MERGES_WITH company:globex -> company:initech'],
  ['an investment by a name the tagger runs into the verb', 'Amazon Invests $3 Billion in Initech', 'INVESTS_IN company:amazon -> company:initech'],
  ['a funding round led in an unknown name', 'Microsoft Leads $100 Million Funding Round in Initech', 'INVESTS_IN company:microsoft -> company:initech'],
  ['a grant a company gets under a law named by a common word', 'Globex Gets $2 Billion Jobs Act Grant', 'BENEFITS_FROM company:globex -> policy:jobs-act'],
  ["a listed company's partnership told with 'Partners With'", 'Stellantis Partners With Quorbel on Delivery Vans', 'PARTNERS_WITH company:quorbel -> company:stellantis'],
  ['shares after a comma, owned by the company opening the title', 'Globex Cuts Outlook, Shares Tumble 20%', 'MOVED_BY company:globex -> event:'],
  ['a name closed by a trade moving alone in a headline', 'Tarnwell Motors Jumps 6% on EV Subsidy Extension', 'MOVED_BY company:tarnwell-motors -> policy:'],
  ['a name closed by a trade moving alone in a headline, with no figure', 'Quorvex Motors Falls After Tariff Hike', 'MOVED_BY company:quorvex-motors -> policy:'],
  ['a name closed by a trade after a rare English word', 'Kestrel Pharmaceuticals Soars 48% After Trial Data', 'MOVED_BY company:kestrel-pharmaceuticals -> event:'],
  ["a listed company the training text knew as a place, as a deal's other party", 'Quorvex Signs $38 Billion Cloud Deal With Amazon', 'PARTNERS_WITH company:amazon -> company:quorvex'],
  ["a platform whose name is a given name too, as the subject of what a title's speaker says", 'Dana Velkoff Says Meta Will Buy Quorvex', 'ACQUIRES company:meta -> company:quorvex'],
  ['the first of names opening a title, joined by a comma', 'Orvane Motors Corp, Quillmere Auto Inc Slide After Tariff Ruling', 'MOVED_BY company:orvane-motors -> policy:'],
  ['the last of names opening a title, joined by a comma', 'Orvane Motors Corp, Quillmere Auto Inc Slide After Tariff Ruling', 'MOVED_BY company:quillmere-auto -> policy:'],
  ['an acquisition named by its target after a verb of closing it, in a title', 'Orvane Closes $2 Billion Tarnwell Inc Acquisition', 'ACQUIRES company:orvane -> company:tarnwell'],
  ["a grant under a law whose title-case name runs back to a preposition", 'Globex Wins Grant Under Digital Trade Act', 'BENEFITS_FROM company:globex -> policy:digital-trade-act'],
  ['an everyday-word company whose shares a sentence-case title opens with', 'Block shares slump 10% after weak forecast', 'MOVED_BY company:block -> event:'],
  ['an unknown name that is to buy another', 'Coldridge to Buy Lumenfold for $2 Billion', 'ACQUIRES company:coldridge -> company:lumenfold'],
  ["a listed maker the tagger knows by its products, before its officer's title", 'Boeing CEO Jo Reyes Says Output Will Rise', 'LEADS person:jo-reyes -> company:boeing'],
  ["a stake a title's present tense raises", 'Globex Boosts Stake in Initech to 15%', 'INVESTS_IN company:globex -> company:initech'],
  ['a company a title says another backs in a round', 'Globex Backs Initech Inc in $300 Million Round', 'INVESTS_IN company:globex -> company:initech'],
  ['shares that crash, told in the present', 'Kestrel Motor Shares Crash 30% After Auditor Resigns', 'MOVED_BY company:kestrel-motor -> event:'],
  ['a stock that craters, with no figure', 'Kestrel Motor Stock Craters After Guidance Cut', 'MOVED_BY company:kestrel-motor -> event:'],
  ["a carmaker's name closed by a head word the tagger leaves out", 'Kestrel Motor Shares Slide After Profit Warning', 'MOVED_BY company:kestrel-motor -> event:'],
  ['a stake in a name before what the title calls it', 'Quorvex Buys Stake in Kestrel Lender', 'INVESTS_IN company:quorvex -> company:kestrel'],
  ['a purchase of a name before the kind of company it is', 'Globex Buys Kestrel Startup', 'ACQUIRES company:globex -> company:kestrel'],
  ['an acquisition a title closes on after "After", made by the company whose doing opens it', 'Boeing Reaches Tentative Labor Deal With SPEEA Workers After Spirit AeroSystems Acquisition', 'ACQUIRES company:boeing -> company:spirit-aerosystems'],
  ['a stake a title sells, named by its company before the noun', 'AT&T Sells DirecTV Stake to Blackstone', 'INVESTS_IN company:blackstone -> company:directv'],
  ['a takeover a title names by its target after a verb completing it', 'Orvane Completes Tarnwell Takeover', 'ACQUIRES company:orvane -> company:tarnwell'],
  ['an acquisition a title names by its unknown target after the amount', 'Orvane Completes $28 Billion Splunkett Acquisition', 'ACQUIRES company:orvane -> company:splunkett'],
  ['a company whose name runs on to the shares that moved', 'Orla Electric Shares Plunge After Weak Sales', 'MOVED_BY company:orla-electric -> event:'],
  ['a company named by two words an ampersand joins, moving after an incident', 'Marks & Spencer Shares Fall After Cyberattack', 'MOVED_BY company:marks-and-spencer -> event:'],
  ["a company moving after its owner's name and what the title calls it", 'Zephyr Parent Quorvex Shares Jump 5% on Cloud Growth', 'MOVED_BY company:quorvex -> event:'],
  ['a company moving after the maker it is called', 'Drone Maker Quorvex Shares Fall After Sales Slump', 'MOVED_BY company:quorvex -> event:'],
  ['a chief named "as" the post by a listed carmaker', 'Stellantis Names Antonio Velkoff as New CEO', 'LEADS person:antonio-velkoff -> company:stellantis'],
  ['a chief of a hyphenated given name named "as" the post', 'Quorvex Names Lip-Bu Velkoff as CEO', 'LEADS person:lip-bu-velkoff -> company:quorvex'],
];

const absent: [string, string, string][] = [
  ["an investment given as a title's reason, which may be either company's", 'Tarnwell Inc Stock Jumps 20% on Coldridge Corp Investment', 'INVESTS_IN'],
  ["a sector's market moving", 'Luxury Shares Slump on Demand Worries', 'MOVED_BY'],
  ["a sector's market moving in a sentence-case title", 'Bank shares fall after rate cut', 'MOVED_BY'],
  ["a country's market moving in a sentence-case title", 'China shares rise on stimulus hopes', 'MOVED_BY'],
  ['an investment in a known place', 'Globex Invests $2 Billion in India', 'INVESTS_IN'],
  ['capitals modifying a noun of a title in sentence case', 'Globex to invest $80 billion in AI data centres this year', 'INVESTS_IN'],
  ['a law a title names with no grant or relief', 'Globex Gets Downgrade Despite Jobs Act', 'BENEFITS_FROM'],
  ['a stake in a place-named unit', 'Globex Takes Stake in China Unit', 'INVESTS_IN'],
  ['an acquisition of a plain word', 'Globex Completes Acquisition of Rivals', 'ACQUIRES'],
  ['a purchase of ordinary goods', 'Globex Buys Peanut Products for Its Plants', 'ACQUIRES'],
  ['a purchase of a company described by its city', 'Globex Acquires Paris Company for $40 Million', 'ACQUIRES'],
  ['a stake in a company described by its country', 'Globex Buys Stake in Japanese Company', 'INVESTS_IN'],
  ['a stake in a lender described by its country', 'Globex Takes 20% Stake in Indian Lender', 'INVESTS_IN'],
  ["an investment in a startup described by its people's adjective and trade", 'Globex Invests in Chinese Robotics Startup', 'INVESTS_IN'],
  ['a firm named "Partners" with no "With" after it', 'Globex Partners Raises Fund for Initech', 'PARTNERS_WITH'],
  ['a name of no company list moving in a headline with no prose', 'Hartwell Popularity Rises After Poll', 'MOVED_BY'],
  ['merger talks in a headline', 'Globex in Talks to Merge With Initech', 'MERGES_WITH'],
  ['a sector whose shares move', 'Banking Shares Fall After Rate Decision', 'MOVED_BY'],
  ["a trade named with its country's adjective", 'Kelvoran Airlines Fall 3% as Fuel Costs Climb', 'MOVED_BY'],
  ['a trade named with an English word', 'Clean Energy Jumps 5% After Senate Vote', 'MOVED_BY'],
  ['a deal "of" a year', 'Globex Signs Deal of the Year With Initech', 'ACQUIRES'],
  ['a leader the company ousts', 'Kestrel Ousts CEO Dana Whitcombe Over Undisclosed Relationship', 'LEADS'],
  ['a leader the company fires', 'Orvane Fires CFO Dana Whitcombe', 'LEADS'],
];

describe('headline relations', () => {
  it.each(present)('%s', (_name, text, edge) => {
    expect(headlineEdges(text)).toContainEqual(edge.endsWith(':') ? expect.stringMatching(new RegExp(`^${edge}`)) : edge);
  });
  it('names the news after a move up to the verb telling what that news did in turn', () => {
    const doc = extractDocuments([{ kind: 'headline', text: 'Globex Shares Slide After Initech Earnings Miss Fuels Sector Sell-Off' }]);
    expect(doc.entities.filter((e) => e.type === 'Event').map((e) => e.name)).toEqual(['Initech Earnings Miss']);
  });
  it.each([
    ['a title', 'Globex Stock Rebounds After Earnings', 'Globex earnings'],
    ['prose', 'Globex Corp shares fell 5 % after its results .', 'Globex Corp results'],
  ])('names news told in a word or two in %s for the company it moved', (_name, text, event) => {
    const doc = extractDocuments([{ kind: 'headline', text }]);
    expect(doc.entities.filter((e) => e.type === 'Event').map((e) => e.name)).toEqual([event]);
  });
  it.each([
    ['a court ruling', 'Quorvex Shares Slump After Patent Ruling', 'Quorvex patent ruling', 'legal'],
    ["a drug trial's result", 'Quorvex Shares Tumble 18% After Obesity Drug Trial Disappoints', 'Obesity Drug Trial Disappoints', 'clinical'],
    ['a buyback', 'Quorvex Shares Rise After $3.5 Billion Buyback', '$3.5 Billion Buyback', 'corporate'],
    ['orders, keeping the capitals of a term', 'Quorvex Shares Hit Record High on EV Orders', 'Quorvex EV orders', 'demand'],
    ['any news a title gives in a few words', 'Quorvex Shares Sink as Regulators Tighten Rules in Kelvora', 'Regulators Tighten Rules in Kelvora', 'news'],
  ])('names the news a title gives for a move as an event: %s', (_name, text, event, kind) => {
    const doc = extractDocuments([{ kind: 'headline', text }]);
    expect(doc.entities.filter((e) => e.type === 'Event').map((e) => [e.name, e.properties.kind])).toEqual([[event, kind]]);
  });
  it("names what a spin-off in a title is of, not the title's verb", () => {
    expect(headlineCompanies('Orvane Completes Spin-Off of Zephyr Kestrel Company')).toEqual(['Orvane', 'Zephyr Kestrel']);
  });
  it("ends a policy's name in a title at the title's verb", () => {
    const doc = extractDocuments([{ kind: 'headline', text: 'Globex Shares Slide After Kelvora Imposes Tariffs on Steel' }]);
    expect(doc.entities.filter((e) => e.type === 'Policy').map((e) => e.name)).toEqual(['Tariffs']);
  });
  it('moves a company named by an everyday word whose shares a title opens with', () => {
    expect(headlineEdges('Lantern Shares Jump After Earnings Beat')).toContainEqual(expect.stringMatching(/^MOVED_BY company:lantern -> event:/));
  });
  it.each([
    ['names', 'Orvane Names CEO Dana Whitcombe'],
    ['says', 'Orvane Says CEO Dana Whitcombe Will Stay'],
  ])("takes the title's verb before a role (%s) for no division", (_name, text) => {
    const leads = extractDocuments([{ kind: 'headline', text }]).relations.filter((r) => r.type === 'LEADS');
    expect(leads.map((r) => r.properties)).toEqual([{ role: 'CEO' }]);
  });
  it.each(absent)('no edge for %s', (_name, text, edge) => {
    expect(headlineEdges(text).filter((e) => e.startsWith(edge))).toEqual([]);
  });
});

const headlineCompanies = (text: string) =>
  extractDocuments([{ kind: 'headline', text }])
    .entities.filter((e) => e.type === 'Company')
    .map((e) => e.name);

describe('companies in a title-case headline', () => {
  it.each([
    ['a listed name the tagger leaves untagged in a title', 'Microsoft Profit Jumps', ['Microsoft']],
    ['a listed name after a preposition', 'Publishers Sue Netflix Over Film Rights', ['Netflix']],
    ['a listed word beside another name word is no company alone', 'Marlow Pacific Freight Volumes Slip', []],
    ['one of the commonest words, even when a company list has it', 'Union Leaders Reject Offer', []],
    ['a name ending in a word the tagger learnt in company names', 'Norfolk Southern Volumes Slip', ['Norfolk Southern']],
    ['a company known by its capitals alone, before an ordinary word a company list has', 'BYD Benefits From Kelvoran Trade-In Subsidies', ['BYD']],
    ['a listed name before a fiscal quarter', 'Sony Q3 Profit Jumps on Gaming Sales', ['Sony']],
    ['a listed name before a fiscal year', 'Toyota FY2024 Outlook Raised', ['Toyota']],
    ["no company in a policy's name the tagger took for one", 'Tesla Benefits From EV Tax Credit Extension', ['Tesla']],
    ['a buyer an order comes from', 'Airbus Lands Order From Emirates for Wide-Body Jets', ['Airbus', 'Emirates']],
    ['a buyer of two words a contract comes from', 'Velquist Wins Contract From Quillmere Air', ['Quillmere Air', 'Velquist']],
    ['a country an order comes from is no company', 'Airbus Lands Order From China for Jets', ['Airbus']],
  ['a country is no other party of a deal', 'Quorvex Signs Supply Deal With Nigeria', ['Quorvex']],
    ["a people's adjective whose shares move is a market", 'European Shares Fall as Rate Fears Grow', []],
    ['a maker the tagger knows by its planes, before a strike', 'Boeing Strike Ends as Machinists Approve Contract', ['Boeing']],
    ['the two parties a dash joins before a merger', 'Transport Board Sends Kestrel Pacific–Orvane Southern Merger Back for Revision', ['Kestrel Pacific', 'Orvane Southern']],
    ['no company in where a collaboration is', 'Kestrel and Orvane Agree to Explore Iron Ore Collaboration in Pilbara', ['Kestrel', 'Orvane']],
    ['a listed name before a price target', 'Morgan Stanley Cuts Apple Price Target', ['Apple', 'Morgan Stanley']],
    ['no company in the post a title names', 'Kestrel Holdings Names New Chief', ['Kestrel Holdings']],
    ["a deal's unknown target an approval is for", 'Orvane Wins EU Approval for $36 Billion Kellvanta Deal', ['Kellvanta', 'Orvane']],
    ['no target in the words of a price per share', 'Orvane Rejects 52 Dlr/Share Cash Merger Proposal', ['Orvane']],
    ['a bidder an approach comes from, taken for a place', 'Quorvex Rejects Merger Approach From Rio Tinto', ['Quorvex', 'Rio Tinto']],
    ["a listed name opening with an elided article", "Kestrel Sells Beauty Unit to L'Oreal for €4 Billion", ['Kestrel', "L'Oreal"]],
    ['the same with a curly apostrophe', 'Kestrel Sells Beauty Unit to L’Oreal for €4 Billion', ['Kestrel', 'L’Oreal']],
    ['the target of a pursuit a title ends', 'Netflix Drops Pursuit of Anglo Kestrel', ['Anglo Kestrel', 'Netflix']],
    ['the target of a bid after "for"', 'Netflix Launches Hostile Bid for Kestrel Orvane Discovery', ['Kestrel Orvane Discovery', 'Netflix']],
    ['no company in a country an investment comes from', 'Netflix Gets $2 Billion Investment From Saudi Arabia', ['Netflix']],
    ["a buyer an order comes from, opening with a people's word", 'Orvane Wins $1 Billion Turbine Order From Saudi Kestrelco', ['Orvane', 'Saudi Kestrelco']],
    ['no single target where a hyphen joins the parties of a merger', 'Court Blocks Orvane-Kestrel Airlines Merger', []],
  ])('%s', (_name, text, names) => {
    expect(headlineCompanies(text)).toEqual(names);
  });
  it('moves one company for the results of another', () => {
    expect(headlineEdges('Lantern Shares Rise After Microsoft Results Beat')).toContain('MOVED_BY company:lantern -> company:microsoft');
  });
});

const headlineEntities = (text: string) =>
  extractDocuments([{ kind: 'headline', text }])
    .entities.map((e) => `${e.type}:${e.name}`)
    .sort();

describe('people and companies in a title-case headline', () => {
  it.each([
    ['an owner named before his company, curly apostrophe', 'Elon Drask’s SpaceX Buys Zephyrix', ['Company:SpaceX', 'Company:Zephyrix', 'Person:Elon Drask']],
    ['an owner named before his company, straight apostrophe', "Zorin Vask's OrvaneX Buys Zephyrix", ['Company:OrvaneX', 'Company:Zephyrix', 'Person:Zorin Vask']],
    ['an owner named before his company of two words the tagger left out', "Warren Buffett's Berkshire Hathaway Buys Stake in Zephyrix", ['Company:Berkshire Hathaway', 'Company:Zephyrix', 'Person:Warren Buffett']],
    ["the subject of what a title's speaker says", 'Dana Whitlock Says Quorvex Sees Strong Demand', ['Company:Quorvex', 'Person:Dana Whitlock']],
    ["the subject of what a title's speaker says will happen", 'Dana Whitlock Says Quorvex Will Spend More on Chips', ['Company:Quorvex', 'Person:Dana Whitlock']],
    ['no subject of ordinary words in what a title reports', 'Dana Whitlock Says Demand Will Rise', ['Person:Dana Whitlock']],
    ["a company list's word opening a person's full name whose surname the tagger left out", 'Dana Whitlock Says Outlook Is Improving', ['Person:Dana Whitlock']],
    ['a given name and a surname no dictionary has, before "Says"', 'Dana Velkoff Says Outlook Is Improving', ['Person:Dana Velkoff']],
    ['a given name and a surname of the name list, before what the person is to do', 'Lisa Su to Meet Regulators Over Export Curbs', ['Person:Lisa Su', 'Policy:Export Curbs']],
    ['a given name and a surname no dictionary has, before a verb of headlines', 'Warren Vellacott Steps Down as Chairman', ['Person:Warren Vellacott']],
    ['a name opening with a word company lists have is left to the tagger', 'Charles Schwab Says Clients Are Buying', ['Company:Charles Schwab']],
    ['two words no list knows before a verb of speech', 'Satvik Naderri Warns AI Spending Could Outpace Demand', ['Person:Satvik Naderri']],
    ['two words no list knows before what a company does', 'Satvik Naderri Unveils Plan to Build Data Centers', ['Company:Satvik Naderri']],
    ['a surname company lists have, closing a company opening the title', 'Berkshire Hathaway Trims Stake in Quorvex', ['Company:Berkshire Hathaway', 'Company:Quorvex']],
  ])('%s', (_name, text, entities) => {
    expect(headlineEntities(text)).toEqual(entities);
  });
  it.each([
    ['an exchange named like its index, opening a title with what companies do', 'Nasdaq Proposes New Listing Rule for Small Caps', 'Nasdaq'],
    ['the same in a title standing in a story', 'Nasdaq Proposes New Listing Rule for Small Caps\nThe exchange said it would take comments .', 'Nasdaq'],
  ])('%s', (_name, text, name) => {
    const names = extractDocuments([{ kind: text.includes('\n') ? 'article' : 'headline', text }]).entities.filter((e) => e.type === 'Organization' || e.type === 'Company').map((e) => e.name);
    expect(names).toContain(name);
  });
  it('takes a name moving at the head of a title for the index', () => {
    expect(headlineEntities('Nasdaq Falls 2% as Chip Stocks Slide').filter((e) => e.includes('Nasdaq'))).toEqual([]);
  });
});

const storyCompanies = (text: string) =>
  extractDocuments([{ kind: 'article', text }])
    .entities.filter((e) => e.type === 'Company')
    .map((e) => e.name);

describe('a title-case line standing in a story', () => {
  it('names no company in the news after the shares that moved', () => {
    const text = 'Kestrel Nordvik Shares Tumble After Obesity Pill Data Disappoints\nShares in Kestrel Nordvik fell 18 % on Tuesday .';
    expect(storyCompanies(text)).toEqual(['Kestrel Nordvik']);
  });
  it.each([
    ['a title verb the company-verb list lacks ends the name', 'Tarnwell Bank Continues Retail Push With Savings App', 'Tarnwell Bank'],
    ['a title verb ends a name the tagger ran on over the object', 'Velquist Robotics Weighs Sale of Drone Unit', 'Velquist Robotics'],
  ])('%s', (_name, text, company) => {
    expect(storyCompanies(text)).toContain(company);
  });
  it('splits a company named by ampersand initials from the listed name after it', () => {
    const companies = storyCompanies('Why The AT&T Time Warner Merger Matters');
    expect(companies).toContain('AT&T');
    expect(companies.filter((c) => c.includes('AT&T') && c !== 'AT&T')).toEqual([]);
  });
});
