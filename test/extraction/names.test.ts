import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/extraction/document-analysis.js';
import { extract } from '../../src/extraction/index.js';

/** "Type:name" of every named entity extraction found. */
const namesOf = (text: string) => extract(text).entities.map((e) => `${e.type}:${e.name}`);

// One row per behaviour of name recognition: text in, a typed name that must (or must not) come out.
const present: [string, string, string][] = [
  ['a stock word opening the sentence is not part of the name', 'Shares of Vandelay Industries have climbed 12.35 % since the start of the year.', 'Company:Vandelay Industries'],
  ['a brand with an inner capital opening a sentence', 'KelVora shares have jumped 6.3 % in the past two weeks.', 'Company:KelVora'],
  ['initials run into a name', 'Jamie Dimon Signals Possible Five More Years as JPMorgan CEO', 'Company:JPMorgan'],
  ['a place of an appositive split from a known company', "Great Wall Motor Co Ltd will build the cars. Great Wall China's biggest pickup truck maker, will advise.", 'Location:China'],
  ['two names in a title run together over "And"', 'Amazon And Walmart Are Cutting Prices Today', 'Company:Walmart'],
  ['a company name with a place inside it', "Bank of China's profit rose 5 % in the quarter.", 'Company:Bank of China'],
  ['a listed company the tagger took for a place', 'Calpine said on Monday that sales rose 5 % in the quarter.', 'Company:Calpine'],
  ['a listed company the tagger took for a person', 'Caremark said on Monday that sales rose 5 % in the quarter.', 'Company:Caremark'],
  ['a listed company the tagger took for a thing, its ticker after it', 'Airbus ( AIR ) said on Monday that deliveries rose 5 %.', 'Company:Airbus'],
  ['US states before a people noun as places', 'Ohio and Nevada regulators said the utility\'s plan falls short.', 'Location:Ohio'],
  ['a state written alone beside a body named after it', 'The Ohio Department of Transport said costs rose. Ohio officials want more.', 'Location:Ohio'],
  ['a town after "in" named like a person of the story', 'Rents are high. Karrow said prices rose. Houses in Karrow cost more than $ 600 a week.', 'Location:Karrow'],
  ['a body after a role "of"', 'This was said by the General Manager of Harwick Foods Limited, Ana Ruiz, on Monday.', 'Company:Harwick Foods Limited'],
  ['a company named with everyday words the tagger knows as a name', 'Home Depot said sales rose.', 'Company:Home Depot'],
  ['the place of a dateline named like a team of the story', 'DENVER 2024-05-02\nDenver 5 Boston 3 on Friday, and Denver moved top.', 'Location:DENVER'],
  ['a town after "in" named like a company of the story', 'Globex will run the Harwick Tool Company Ltd venture. The plant in Harwick opens in May.', 'Location:Harwick'],
  ['a company after a hyphenated description', 'Fort Worth-based Harlow Corp cut jobs.', 'Company:Harlow Corp'],
  ['a suffix after a comma closing the name before it', 'About Marlow Hunt Partners, LLC MHP is located in 22 cities.', 'Company:Marlow Hunt Partners, LLC'],
  ['a place the tagger knows before a noun places have', 'Boston television stations showed the smoke, witnesses said.', 'Location:Boston'],
  ['a listed company the tagger took for a thing, with its backlog', "Airbus 's backlog grew in May, and Airbus said deliveries rose.", 'Company:Airbus'],
  ['a person with a capitalised particle', 'Belgian keeper Jan De Smet saved the shot .', 'Person:Jan De Smet'],
  ['a company closed by "SA De CV"', 'Grupo Harlo SA De CV said sales rose.', 'Company:Grupo Harlo SA De CV'],
  ['a firm named with a given name and a listed word that is also a surname', 'Sales will slow, said Ana Ruiz, an analyst at Peel Hunt.', 'Company:Peel Hunt'],
  ['a place beside a company named after it', 'UK Markets closed higher on Monday. In the UK, online orders rose 5 %.', 'Location:UK'],
  ['a person after a title abbreviation', 'Liberal MP Dirk Vanstone said he has been reviewing the proposal.', 'Person:Dirk Vanstone'],
  ['a person at a company, before "of"', 'The market is nervous, said John Casesa of Schroder Wertheim & Co.', 'Person:John Casesa'],
  ['the company after a person and "of"', 'The market is nervous, said John Casesa of Schroder Wertheim & Co.', 'Company:Schroder Wertheim & Co.'],
  ['a rival runner', 'She beat Jamaican rival Merlene Ottey in the final.', 'Person:Merlene Ottey'],
  ['a rival company', 'Chipmaker rival Advanced Micro Devices cut prices.', 'Company:Advanced Micro Devices'],
  ['a power company', 'Next week Kansai Electric Power is likely to sign the deal.', 'Company:Kansai Electric Power'],
  ['a listed place-name the story writes as a company', "The likes of Amazon and Uber are coming in. Amazon's chief executive spoke on Friday.", 'Company:Amazon'],
  ['a miscellaneous name owning shares', 'Shares of Walt Disney fell Thursday after the company cut its forecast.', 'Company:Walt Disney'],
  ['the first of two suffixed names joined by "and"', 'Bank of America Corp and Merrill Lynch & Co said they would combine their research units.', 'Company:Bank of America Corp'],
  ['a company after a sentence-opening description', 'Drugmaker Pfizer Inc said on Monday profit rose.', 'Company:Pfizer Inc'],
  ['a company after a sentence-opening "Rival"', 'Rival Dovannex Holdings (NYSE: DVH) gained 3.2 % on Monday.', 'Company:Dovannex Holdings'],
  ['the second of two suffixed names joined by "and"', 'Astamont Corp and Marandale Ltd agreed to a manufacturing partnership on Monday.', 'Company:Marandale Ltd'],
  ['an everyday word the story writes as a company mid-sentence', 'Compass said revenue rose 5 %. Investors bought Compass shares on Monday.', 'Company:Compass'],
  ['a firm named after people, before a partner', '"It was a good year," said Harlow Redlich partner Ana Ruiz.', 'Company:Harlow Redlich'],
  ['a firm named after people, before an analyst', 'Brenner Duval analyst Jo Reyes warned investors on Monday.', 'Company:Brenner Duval'],
  ['a person before a spokesman', 'Clinton spokesman Mike McCurry said the president would sign the bill.', 'Person:Clinton'],
  ['a firm named by partners joined by commas and "&", with its suffix', 'The deal was advised by Dunmore, Kesh & Albright, LLP on Monday.', 'Company:Dunmore, Kesh & Albright, LLP'],
  ['the firm after an analyst "at"', 'Jo Reyes, analyst at Marlow Hunt, warned investors on Monday.', 'Company:Marlow Hunt'],
  ['the firm after economists "at"', '"Treat the figures with care," economists at Harlow Research wrote.', 'Company:Harlow Research'],
  ['a listed place-name named among companies', 'Big companies such as Amazon might find it hard to keep prices low, Ms Okafor said.', 'Company:Amazon'],
  ['each company of a list ending in "and"', 'Shares of Boeing, Alcoa and Caterpillar rose on Monday.', 'Company:Alcoa'],
  ['an unknown name opening a title before its verb', 'Quorvex Appoints Former Initech Executive Dana Whitlow to Lead Europe Push', 'Company:Quorvex'],
  ['a company before the licence it holds in a title', 'Regulators Move to Expand Orvane Energy License in Brazil', 'Company:Orvane Energy'],
  ['a company the tagger took for a person after a plural of companies', "The drug's sales lagged those of rivals Novo Nordisk and Eli Lilly.", 'Company:Novo Nordisk'],
  ['people after a plural of companies when every word is a listed name', 'The chief executive joined peers John Smith and Mary Jones at the summit.', 'Person:John Smith'],
  ['a product after a kind of product', "Belcourt Labs said its weight-loss drug Slimora won approval.", 'Product:Slimora'],
  ['a product the tagger took for a place', 'Orvane Motors will start selling its electric car Kestrel in Norway.', 'Product:Kestrel'],
  ['a name read across a line break, written with one space', 'Shares of the waste hauler were trading lower on Monday and analysts said Orvane Heavy\nIndustries Inc had won the contract from the city.', 'Company:Orvane Heavy Industries Inc'],
  ['a title name holding a word that is also a verb', 'Investors Prefer Globex Inc Over Orvane Energy Partners LP', 'Company:Orvane Energy Partners LP'],
  ['the second of two names opening a title before a shared verb', 'Tarnwell Mining and Velquist Agree to Explore Copper Venture', 'Company:Velquist'],
  ['a company the tagger took for a person, later in a list after a plural of companies', 'Its sales lagged rivals Orvane and Dunmar Pellick, a Swiss firm.', 'Company:Dunmar Pellick'],
  ['capitals written as a stock, spelling two companies of the story', 'Kestwell Inc and Kelmont Ltd said sales rose on Monday. Investors sold KL stock after the report.', 'Company:KL'],
  ['capitals written as a stock, where the company they spell has another ticker', 'Orvane Inc ( OVX ) said sales rose on Monday. Investors sold ORN stock after the report.', 'Company:ORN'],
  ['a listed word after "in" as the owner of a business', "Calendly's shares rose 3 % on Monday. Analysts see flaws in Calendly's business.", 'Company:Calendly'],
  ['a listed word after "in" with no business of its own, as a place', 'Calendly\'s shares rose 3 % on Monday. Analysts see flaws in Calendly.', 'Location:Calendly'],
  ['two company-list words taken for a person, with a board', "Stanley Morgan said on Monday that sales rose. Stanley Morgan's board met on Friday.", 'Company:Stanley Morgan'],
  ['a short form of a company after "in", owning a portfolio', "Kestwell Capital Partners holds 2 million shares. The stake ranked 13th in Kestwell's portfolio.", 'Company:Kestwell Capital Partners'],
  ['a town after "in" owning a part of itself, named like a company of the story', "Globex will run the Harwick Tool Company Ltd venture. Jobs in Harwick's north are scarce.", 'Location:Harwick'],
  ['a listed place-name listed beside a company', 'Rivals Orvane and Amazon cut prices.', 'Company:Amazon'],
  ['a listed word after a preposition of place, before a comma and a company', 'Guards stood outside Calendly, Initech Inc said on Monday.', 'Location:Calendly'],
  ['a name taken for a person, with its earnings', "Kellan Brooke said sales rose on Monday. Kellan Brooke's earnings beat forecasts.", 'Company:Kellan Brooke'],
  ['a name taken for a person, with its ticker and exchange', 'Kellan Brooke said sales rose on Monday. Kellan Brooke (NYSE: KBR) gained 4 %.', 'Company:Kellan Brooke'],
];

const absent: [string, string, string][] = [
  ['a body named after a kind of product', 'The Food and Drug Administration approved the filing on Monday.', 'Product:Administration'],
  ['a person after a kind of product', 'The drug Jane Smith developed won approval.', 'Product:Jane Smith'],
  ['the stock words themselves', 'Shares of Vandelay Industries have climbed 12.35 % since the start of the year.', 'Company:Shares of Vandelay Industries'],
  ['a plural abbreviation is no brand', 'CEOs of the biggest banks met in Washington.', 'Company:CEOs'],
  ['a title run of names and verbs', 'Amazon And Walmart Are Cutting Prices Today', 'Company:Amazon And Walmart'],
  ['a listed word the story uses as a place', 'Officials in Calendly said the plant would open next year.', 'Company:Calendly'],
  ['a US state before a people noun as a company', 'Ohio and Nevada regulators said the utility\'s plan falls short.', 'Company:Nevada'],
  ['a state written alone as short for a body named after it', 'The Ohio Department of Transport said costs rose. Ohio officials want more.', 'Company:Ohio'],
  ['a person owning something after "in" as a place', "Ann Kessling directs films. She plays the lead in Kessling's new film.", 'Location:Kessling'],
  ['a role with its body', 'This was said by the General Manager of Harwick Foods Limited, Ana Ruiz, on Monday.', 'Company:General Manager of Harwick Foods Limited'],
  ['the role words before "of" as a company', 'This was said by the General Manager of Harwick Foods Limited, Ana Ruiz, on Monday.', 'Company:General'],
  ['a role closing a name as a person', 'The Harwick Plant Manager, Ana Ruiz, took the visitors round.', 'Person:Harwick Plant Manager'],
  ['a capitalised everyday word of a title as a name', 'She joined the Attorney - General in the talks.', 'Company:Attorney'],
  ['a part of a body opening a dateline as a place', 'UNITED NATIONS 2024-05-02\nThe United Nations said aid was late.', 'Location:UNITED'],
  ['a company held "in" as a place', 'Globex will run the Harwick Tool Company Ltd venture. Globex took a stake in Harwick in May.', 'Location:Harwick'],
  ['a hyphenated description as a company', 'Shares of France-registered packaging company Cofix SA fell.', 'Company:France-registered'],
  ['the first word of a place a hyphen cuts', 'Fort Worth-based Harlow Corp cut jobs.', 'Location:Fort'],
  ['a suffix opening the initials after it', 'About Marlow Hunt Partners, LLC MHP is located in 22 cities.', 'Company:LLC MHP'],
  ['a sentence-opening preposition in a suffixed name', 'About Marlow Hunt Partners, LLC MHP is located in 22 cities.', 'Company:About Marlow Hunt Partners, LLC'],
  ['an unknown word before a noun places have as a place', 'Harlow residents said prices rose.', 'Location:Harlow'],
  ['a nationality listed as a company word', 'Australian shares rose 2 % on Monday.', 'Company:Australian'],
  ['the capitals of a place as a company', 'The United States and Canada signed the pact. US officials said talks went well.', 'Company:US'],
  ['a price verb closing a name in a title', 'Why Shares of Vandelay Industries Tumbled Today\nVandelay Industries shares fell 9 % on Monday.', 'Company:Vandelay Industries Tumbled'],
  ['a listed word that is the surname of a person in the story', 'Jane Caremark said on Monday that sales rose. Caremark added that costs fell.', 'Company:Caremark'],
  ['a place shortened from a company named after it', 'UK Markets closed higher on Monday. In the UK, online orders rose 5 %.', 'Company:UK'],
  ['a title abbreviation taken for a ticker', 'Liberal MP Dirk Vanstone said he has been reviewing the proposal.', 'Company:MP'],
  ['a person absorbed into the company after "of"', 'The market is nervous, said John Casesa of Schroder Wertheim & Co.', 'Company:John Casesa of Schroder Wertheim & Co.'],
  ['a rival runner as a company', 'She beat Jamaican rival Merlene Ottey in the final.', 'Company:Merlene Ottey'],
  ['a listed place-name the story writes as a place', 'Rain fell across the Amazon basin. The Amazon river flooded.', 'Company:Amazon'],
  ['a nationality owning shares', 'European shares fell 2 % on Monday.', 'Company:European'],
  ['a place split off where no company is known by the words before it', "Great Wall China's biggest pickup truck maker, will advise.", 'Location:China'],
  ['a sentence-opening description as part of the name', 'Drugmaker Pfizer Inc said on Monday profit rose.', 'Company:Drugmaker Pfizer Inc'],
  ['two suffixed names joined by "and" as one', 'Astamont Corp and Marandale Ltd agreed to a manufacturing partnership on Monday.', 'Company:Astamont Corp and Marandale Ltd'],
  ['an everyday word opening a quote', '"Angry workers cut the power lines," the union said.', 'Person:Angry'],
  ['an everyday word opening a sentence', 'Dozens of people marched to the plant on Sunday.', 'Person:Dozens'],
  ['a caption label before a colon', 'Photo: Reuters staff at the plant.', 'Person:Photo'],
  ['a currency code', 'The price is quoted in USD and EUR by most banks.', 'Company:USD'],
  ['a currency code in a quote code', 'The dollar bought 151.20 yen ( JPY = ) late on Tuesday.', 'Company:JPY'],
  ['a weekday before a date', 'Fri , Mar 4 , 2022 , 9:05 AM', 'Company:Fri'],
  ['a listed place-name named among rivers', 'Great rivers such as Amazon flood every year.', 'Company:Amazon'],
  ['one partner of a firm as a company', 'Ravi Kesh is managing partner of Dunmore, Kesh & Albright.', 'Company:Dunmore'],
  ['a nationality and a title opening a title', 'Brazilian Minister Sees Slower Growth Next Year', 'Company:Brazilian'],
  ['an ordinary phrase opening a title', 'Bad Weather Closes Two Ports in the North', 'Company:Bad Weather'],
  ['a speaker with an adverb opening a title', 'Orvane Quietly Plans Exit From Asia', 'Company:Orvane Quietly'],
  ['a person after a plural of companies that opens no list', 'She thanked her rivals, and Dunmar Pellick replied on Monday.', 'Company:Dunmar Pellick'],
  ['capitals written as a stock, spelling a company of the story, as a company of their own', 'Orvane Inc said sales rose on Monday. Investors sold ORVN stock after the report.', 'Company:ORVN'],
  ['two company-list words of a person the story calls "he", with a board', "Henry Cooper said on Monday that he would run. Henry Cooper's board met on Friday.", 'Company:Henry Cooper'],
  ['two company-list words with nothing only companies have', 'Stanley Morgan said on Monday that sales rose.', 'Company:Stanley Morgan'],
  ['a short form of a company after "in", owning a portfolio, as a place', "Kestwell Capital Partners holds 2 million shares. The stake ranked 13th in Kestwell's portfolio.", 'Location:Kestwell'],
  ['a listed word after a preposition of place, before a comma and a company, as a company', 'Guards stood outside Calendly, Initech Inc said on Monday.', 'Company:Calendly'],
  ['a person opening with a given name, with earnings', "Dana Whitlow met Helen Marsh on Monday. Helen Marsh's earnings rose 5 % in the quarter.", 'Company:Helen Marsh'],
  ['a person with shares of her own', "Kellan Brooke praised the plan. Kellan Brooke's shares of the company rose.", 'Company:Kellan Brooke'],
  ['a person with a CEO tenure', "Kellan Brooke praised the plan. Kellan Brooke's CEO tenure ended.", 'Company:Kellan Brooke'],
  ['a person with a country code in brackets', 'Kellan Brooke won the race. Kellan Brooke (GER) was second.', 'Company:Kellan Brooke'],
  ['the surname of a person named in full, with earnings', "Marta Quill said she liked it. Quill's earnings from the book rose.", 'Company:Quill'],
];

describe('name recognition', () => {
  it.each(present)('finds %s', (_name, text, name) => {
    expect(namesOf(text)).toContain(name);
  });
  it.each(absent)('does not take %s', (_name, text, name) => {
    expect(namesOf(text)).not.toContain(name);
  });
});

describe('dates are not names', () => {
  it.each([
    ['a month before a day', 'May Department Stores Co said sales rose. May 13 will bring a new store, and May 14 another.', 0],
    ['the same word opening a name', 'May Department Stores Co said sales rose. On Friday, May Department Stores Co shares rose 2 %.', 1],
  ])('%s', (_name, text, expected) => {
    const second = analyseDocument({ id: 'd', kind: 'article', text }).sentences[1]!;
    expect(second.mentions.filter((m) => !m.anaphoric)).toHaveLength(expected);
  });
});
