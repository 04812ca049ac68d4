import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.js';
import { edgesOf } from './harness.js';

// One row per behaviour: text in, an edge that must be there (or must not).
const present: [string, string, string][] = [
  ['completed acquisition', 'Acme Corp said on Monday it had acquired Widget Inc for $ 2 billion.', 'ACQUIRES company:acme -> company:widget'],
  ['agreed acquisition', 'Globex Corp agreed to buy Initech Inc in a deal valued at $ 500 million.', 'ACQUIRES company:globex -> company:initech'],
  ['an acquisition in the month of May, which is no rumour', 'Shares rose for the first time in May , and Orvane Corp then closed its acquisition of Tarnwell Ltd .', 'ACQUIRES company:orvane -> company:tarnwell'],
  ['an acquisition named with its buyer after "by"', 'Initech Capital said it is financing the announced acquisition of < Tarnwell Ltd > by < Orvane Corp > .', 'ACQUIRES company:orvane -> company:tarnwell'],
  ['a purchase of a company named after the place it is based in', 'Orvane Corp said the largest was its $ 580 million purchase of Leeds , Yorkshire-based Tarnwell Ltd , a paints maker .', 'ACQUIRES company:orvane -> company:tarnwell'],
  ['a buyer whose second clause buys, after a company in its first', 'Orvane Corp said it will distribute Quillmere Inc products in Asia and Europe and also agreed to acquire Tarnwell Ltd .', 'ACQUIRES company:orvane -> company:tarnwell'],
  ['an acquisition agreed with the seller', 'Orvane Corp said it agreed in principle with state-owned Quillmere Inc to acquire Tarnwell Ltd .', 'ACQUIRES company:orvane -> company:tarnwell'],
  ['an acquisition named by its target after "its"', 'Globex Corp has completed its $ 2 billion Initech Inc acquisition .', 'ACQUIRES company:globex -> company:initech'],
  ['a purchase named by its target after a verb of closing it', 'Globex Corp closed the Initech Inc purchase on Monday .', 'ACQUIRES company:globex -> company:initech'],
  ['the subject of the reason, not a company named in it', 'Shares of Globex Corp fell on Thursday after CEO Jane Doe spoke about its plans at an Initech Inc conference .', 'MOVED_BY company:globex -> person:jane-doe'],
  ['a move after a group move with a policy as its reason', 'Shares of solar panel makers surged after the government extended the clean energy tax credits . Globex Corp rose 12 % .', 'MOVED_BY company:globex -> policy:clean-energy-tax-credit'],
  ["a takeover approved by shareholders, named after the buyer's possessive", "Globex Corp 's $ 2 billion takeover of Initech Inc was approved by shareholders .", 'ACQUIRES company:globex -> company:initech'],
  ['a business named with its trade sold to a buyer described before its name', 'Orvane Plc said it had agreed to sell its Tarnwell lubricants business to U.S. private equity firm Quillmere for about $ 10 billion .', 'ACQUIRES company:quillmere -> company:tarnwell'],
  ['a unit named with two words of trade sold to a described group', 'Globex Corp sold its Initech consumer health unit to buyout group Kessler Partners for $ 2 billion .', 'ACQUIRES company:kessler-partners -> company:initech'],
  ['a company agreeing to sell itself', 'Initech Inc has agreed to sell itself to Globex Corp for $ 2 billion .', 'ACQUIRES company:globex -> company:initech'],
  ['a merger a company said it would make', 'Globex Corp said it would merge with Initech Inc .', 'MERGES_WITH company:globex -> company:initech'],
  ['an acquisition expected to complete', 'Globex Corp is expected to complete its acquisition of Initech Inc in June .', 'ACQUIRES company:globex -> company:initech'],
  ['a minority share of a company bought', 'Globex Corp said it acquired 6 pct of Initech Inc .', 'INVESTS_IN company:globex -> company:initech'],
  ['a majority share of a company bought', 'Globex Corp said it acquired 80 pct of Initech Inc .', 'ACQUIRES company:globex -> company:initech'],
  ['passive acquisition', 'Initech Inc was acquired by Globex Corp last year.', 'ACQUIRES company:globex -> company:initech'],
  ['noun acquisition', "Pfizer Inc completed its acquisition of Seagen Inc on Thursday.", 'ACQUIRES company:pfizer -> company:seagen'],
  ['stake is an investment', 'Toyota Motor Corp bought a 20 % stake in Suzuki Motor Corp.', 'INVESTS_IN company:toyota-motor -> company:suzuki-motor'],
  ['invests in', 'Microsoft Corp invested $ 10 billion in OpenAI.', 'INVESTS_IN company:microsoft -> company:openai'],
  ['funding round', 'Stripe Inc raised $ 600 million from Sequoia Capital and others.', 'INVESTS_IN company:sequoia-capital -> company:stripe'],
  ['partnership with', 'Ford Motor Co announced a partnership with Rivian Automotive Inc to build vans.', 'PARTNERS_WITH company:ford-motor -> company:rivian-automotive'],
  ['joint venture between', 'A joint venture between Sony Group Corp and Honda Motor Co will sell cars.', 'PARTNERS_WITH company:honda-motor -> company:sony'],
  ['supply deal', 'Panasonic Holdings signed a supply agreement with Tesla Inc on Friday.', 'PARTNERS_WITH company:panasonic -> company:tesla'],
  ['two suffixed partners joined by "and"', 'Astamont Corp and Marandale Ltd agreed to a manufacturing partnership on Monday.', 'PARTNERS_WITH company:astamont -> company:marandale'],
  ['leader before name', 'Nvidia CEO Jensen Huang said demand was strong.', 'LEADS person:jensen-huang -> company:nvidia'],
  ['leader after name', 'Satya Nadella, chief executive of Microsoft Corp, spoke on Tuesday.', 'LEADS person:satya-nadella -> company:microsoft'],
  ["one of two chief executives, after the company's possessive", "Orvane Corp 's co-CEO Dana Whitlow said demand was strong .", 'LEADS person:dana-whitlow -> company:orvane'],
  ['one of two chairmen, before the name', 'Orvane Corp co-chairman Dana Whitlow called for lower rates .', 'LEADS person:dana-whitlow -> company:orvane'],
  ['one of two chief executives, set off after the name', 'Dana Whitlow , co-chief executive of Orvane Corp , said demand was strong .', 'LEADS person:dana-whitlow -> company:orvane'],
  ['a leader named to someone who is no news agency', 'He told Globex CEO Jane Doe that the deal was off .', 'LEADS person:jane-doe -> company:globex'],
  ["a leader appointed to a company's role, in a relative clause", "Maria Okafor , who was named Globex Corp 's chief executive in March , said sales rose .", 'LEADS person:maria-okafor -> company:globex'],
  ["a leader elected to a company's role", "Maria Okafor has been elected Globex Corp 's chairman .", 'LEADS person:maria-okafor -> company:globex'],
  ['a successor in a role, at the company announcing it', 'Globex Corp said Maria Okafor will succeed John Hale as chief executive .', 'LEADS person:maria-okafor -> company:globex'],
  ['a successor in a role of a company named after it', 'Maria Okafor succeeds John Hale as chairman of Globex Corp .', 'LEADS person:maria-okafor -> company:globex'],
  ['an officer named by role after the company saying so', 'Orvane Corp said chief financial officer Maria Okafor would also run its trading arm .', 'LEADS person:maria-okafor -> company:orvane'],
  ['an officer named by role after the company saying so on a day', 'Orvane Corp said on Tuesday that chief operating officer Maria Okafor would run its trading arm .', 'LEADS person:maria-okafor -> company:orvane'],
  ['an appointment by the company described', 'Orvane Corp reported sales . The company also named Maria Okafor as chairman .', 'LEADS person:maria-okafor -> company:orvane'],
  ['an appointment by the company as a pronoun', 'Orvane Corp reported sales . It named Maria Okafor as its new chief executive .', 'LEADS person:maria-okafor -> company:orvane'],
  ['a leader set off after the role of a company opening the sentence', 'The chief executive of Orvane Corp , Maria Okafor , said demand was strong .', 'LEADS person:maria-okafor -> company:orvane'],
  ['a leader told in a relative clause in the present perfect', 'Maria Okafor , who has led Orvane Corp since 2019 , said demand was strong .', 'LEADS person:maria-okafor -> company:orvane'],
  ['a leader who now runs a company', 'Maria Okafor , who now runs Orvane Corp , said demand was strong .', 'LEADS person:maria-okafor -> company:orvane'],
  ['an appointee described by an old employer the tagger left unnamed', 'Orvane Corp named former Kestovia executive Maria Okafor as chairman .', 'LEADS person:maria-okafor -> company:orvane'],
  ['a leader who became the role', 'Maria Okafor became chief executive of Globex Corp in 2020 .', 'LEADS person:maria-okafor -> company:globex'],
  ['a leader promoted to the role', 'Maria Okafor was promoted to president of Globex Corp .', 'LEADS person:maria-okafor -> company:globex'],
  ['a leader told in a relative clause', 'Maria Okafor , who heads Globex Corp , said demand was strong .', 'LEADS person:maria-okafor -> company:globex'],
  ['an appointee described before the name', 'Globex Corp named former Initech Inc executive Maria Okafor its new CFO .', 'LEADS person:maria-okafor -> company:globex'],
  ['leader apposition', "Tim Cook, Apple Inc's chief executive, said sales rose.", 'LEADS person:tim-cook -> company:apple'],
  ['leader through a possessive', 'Acme Corp said on Monday that its chief executive, Jane Doe, would retire.', 'LEADS person:jane-doe -> company:acme'],
  ['support told after what it pays for', 'Orvane Corp will build a chip plant in Kelvora , backed by $ 450 million in grants under the Chip Plants Act .', 'BENEFITS_FROM company:orvane -> policy:chip-plants-act'],
  ['share move with policy cause', 'Shares of Tesla Inc rose 5 % after the government extended its electric vehicle tax credit.', 'MOVED_BY company:tesla -> policy:electric-vehicle-tax-credit'],
  ['the doer of a raising verb is the cause', "Initech Inc 's cheaper handset lifted shares in rival chain Globex Corp on Tuesday .", 'MOVED_BY company:globex -> company:initech'],
  ['a policy told by its kind alone, after who announced it', 'Orvane Corp shares rose 3 % after Kelvora announced new subsidies .', 'MOVED_BY company:orvane -> policy:subsidy'],
  ['share fall with company cause', 'Intel Corp shares fell 6 % after Advanced Micro Devices Inc cut its prices.', 'MOVED_BY company:intel -> company:advanced-micro-devices'],
  ['unit of', 'Waymo LLC, a unit of Alphabet Inc, said on Monday it would expand.', 'SUBSIDIARY_OF company:waymo -> company:alphabet'],
  ['wholly owned subsidiary', 'Jaguar Land Rover, a wholly owned subsidiary of Tata Motors Ltd, cut jobs.', 'SUBSIDIARY_OF company:jaguar-land-rover -> company:tata-motors'],
  ['owned by', 'Instagram Inc, owned by Meta Platforms Inc, launched a new app.', 'SUBSIDIARY_OF company:instagram -> company:meta-platforms'],
  ['a parent named by the word after the company it owns', 'Quillmere Inc parent Orvane Corp reported results .', 'SUBSIDIARY_OF company:quillmere -> company:orvane'],
  ["an owner after the owned company's possessive", "Quillmere Inc 's owner , Orvane Corp , reported results .", 'SUBSIDIARY_OF company:quillmere -> company:orvane'],
  ['a parent set off before "the parent of"', 'Orvane Corp , the parent of Quillmere Inc , reported results .', 'SUBSIDIARY_OF company:quillmere -> company:orvane'],
  ['a parent after "its" for the company opening the sentence', 'Quillmere Inc said its parent , Orvane Corp , would invest .', 'SUBSIDIARY_OF company:quillmere -> company:orvane'],
  ["a unit set off before its parent's possessive", "Quillmere Inc , Orvane Corp 's self-driving unit , expanded to Ohio .", 'SUBSIDIARY_OF company:quillmere -> company:orvane'],
  ['a unit named after its trade and its parent\'s possessive', "Orvane Inc 's robotaxi unit Quillmere Go agreed to supply vehicles to Kessler Corp .", 'SUBSIDIARY_OF company:quillmere-go -> company:orvane'],
  ['a unit named after "its" standing for the company opening the sentence', 'Tarnwell Holdings said its Velmar unit had signed a partnership with Kessler Corp .', 'SUBSIDIARY_OF company:velmar -> company:tarnwell'],
  ['a unit named after "its" and the unit\'s trade', 'Globex Corp said its consumer unit Initech Inc would grow .', 'SUBSIDIARY_OF company:initech -> company:globex'],
  ['working with a partner on something', 'Ford Motor Co will work with Rivian Automotive Inc on vans.', 'PARTNERS_WITH company:ford-motor -> company:rivian-automotive'],
  ['jointly developing', 'Ford Motor Co and Rivian Automotive Inc will jointly develop vans.', 'PARTNERS_WITH company:ford-motor -> company:rivian-automotive'],
  ['supplying goods to a company', 'Ford Motor Co agreed to supply engines to Rivian Automotive Inc.', 'PARTNERS_WITH company:ford-motor -> company:rivian-automotive'],
  ['a pronoun looking ahead to the subject', 'With its $ 2.4 billion acquisition of Initech Inc, Globex Corp has turned into a chipmaker.', 'ACQUIRES company:globex -> company:initech'],
  ['a web address names its company', 'Overstock.com agreed to buy Initech Inc for $ 20 million.', 'ACQUIRES company:overstock-com -> company:initech'],
  ['led a funding round', 'SoftBank Group Corp led a $ 500 million funding round in Stripe Inc.', 'INVESTS_IN company:softbank -> company:stripe'],
  ['took a stake', 'SoftBank Group Corp took a 15 % stake in Uber Technologies Inc.', 'INVESTS_IN company:softbank -> company:uber-technologies'],
  ['a shareholder named as such', 'Tarnwell Holdings is the second-largest shareholder in Quillmere Foods Inc.', 'INVESTS_IN company:tarnwell -> company:quillmere-foods'],
  ["a shareholder in apposition, after a bare possessive", "Tarnwell Capital, Quillmere Foods' biggest shareholder, sold part of its stake.", 'INVESTS_IN company:tarnwell-capital -> company:quillmere-foods'],
  ['a company counting its investor', 'Quillmere Foods Inc counts Tarnwell Capital as its largest investor.', 'INVESTS_IN company:tarnwell-capital -> company:quillmere-foods'],
  ['the leader of a group of investors', 'Quillmere Foods Inc raised $ 40 million from a group of investors led by Tarnwell Capital.', 'INVESTS_IN company:tarnwell-capital -> company:quillmere-foods'],
  ['backed by, after another set-off phrase', 'Quillmere Foods Inc, founded in 2019 and backed by Tarnwell Capital, makes snacks.', 'INVESTS_IN company:tarnwell-capital -> company:quillmere-foods'],
  ['took over', 'Pfizer Inc took over Seagen Inc in 2023.', 'ACQUIRES company:pfizer -> company:seagen'],
  ['snapped up', 'Pfizer Inc snapped up Seagen Inc for $ 43 billion.', 'ACQUIRES company:pfizer -> company:seagen'],
  ['the purchase of', 'Pfizer Inc completed the purchase of Seagen Inc.', 'ACQUIRES company:pfizer -> company:seagen'],
  ['an unfamiliar one-word target', 'Globex Corp completed its acquisition of Zentrix on Monday.', 'ACQUIRES company:globex -> company:zentrix'],
  ['two named signers of an agreement', 'American Airlines and Delta Air Lines signed an agreement to share airport gates.', 'PARTNERS_WITH company:american-airlines -> company:delta-air-lines'],
  ['the subject before an appositive', 'Vandelay Labs Inc, a startup set up by a former professor at Globex Corp, has signed a research deal with Initech Inc to make vaccines.', 'PARTNERS_WITH company:initech -> company:vandelay-labs'],
  ['a deal recalled in a rhetorical question', 'Remember when Starbucks Corp spent $ 100 million to acquire La Boulange Inc?', 'ACQUIRES company:starbucks -> company:la-boulange'],
  ['a sized position in a company', 'Viking Global Investors has initiated a $ 250 million position in Walt Disney Co.', 'INVESTS_IN company:viking-global-investors -> company:walt-disney'],
  ['a holding stated as a share of a company', 'Berkshire Hathaway Inc owns about 5.4 % of Apple Inc.', 'INVESTS_IN company:berkshire-hathaway -> company:apple'],
  ['a fund owning shares', 'Harlow Partners LP owns shares of Orvane Corp .', 'INVESTS_IN company:harlow-partners -> company:orvane'],
  ['a round sized in money', 'Sequoia Capital participated in a $ 100 million round in Stripe Inc.', 'INVESTS_IN company:sequoia-capital -> company:stripe'],
  ['a supplier that will supply', 'Volkswagen AG will supply batteries to Ford Motor Co under a five-year deal.', 'PARTNERS_WITH company:ford-motor -> company:volkswagen'],
  ['a supplier that supplies', 'Samsung Electronics Co supplies memory chips to Apple Inc.', 'PARTNERS_WITH company:apple -> company:samsung-electronics'],
  ['an order placed with a maker', 'Emirates Airline ordered 40 jets from Boeing Co on Monday.', 'PARTNERS_WITH company:boeing -> company:emirates-airline'],
  ['an offer accepted and agreed', 'Initech Inc accepted the offer and Globex Corp agreed to buy Initech Inc for $ 2 billion.', 'ACQUIRES company:globex -> company:initech'],
  ['a round raised from an investor', 'Stripe Inc raised an undisclosed round from Celgene Corp.', 'INVESTS_IN company:celgene -> company:stripe'],
  ['a brand-shaped backer before "-backed"', 'Microsoft-backed OpenAI Inc said on Monday it would release a new model.', 'INVESTS_IN company:microsoft -> company:openai'],
  ['a backer named by the tagger before "-backed"', 'SoftBank Group-backed Didi Chuxing Inc raised prices.', 'INVESTS_IN company:softbank -> company:didi-chuxing'],
  ['a backer named earlier in the story', 'Globex Corp said demand was strong. Globex-backed Initech Inc rose 5 %.', 'INVESTS_IN company:globex -> company:initech'],
  ['a successor named before the one succeeded', 'Initech Inc said John Roe has succeeded Jane Doe as chairman of Globex Corp .', 'LEADS person:john-roe -> company:globex'],
  ['a one-word successor opening the sentence', 'Roe succeeded Jane Doe as chairman of Globex Corp .', 'LEADS person:roe -> company:globex'],
  ['a leader named before "as"', 'Initech Inc said Jane Doe will stay on as chairman of Globex Corp .', 'LEADS person:jane-doe -> company:globex'],
  ['an appointment with a role after the appointee', 'Globex Corp named Jane Doe as its new chief financial officer.', 'LEADS person:jane-doe -> company:globex'],
  ['an appointment with the role right after the name', 'Globex Corp appointed John Smith chief executive, effective March 1.', 'LEADS person:john-smith -> company:globex'],
  ['a passive appointment to a role of a company', 'Jane Doe was named chief executive of Globex Corp on Monday.', 'LEADS person:jane-doe -> company:globex'],
  ['a leader named by role alone speaking for the story\'s company', 'Globex Corp reported higher sales. Chief executive Jane Doe said the company would open stores.', 'LEADS person:jane-doe -> company:globex'],
  ['a product its maker names as its own', 'Belcourt Labs said its weight-loss drug Slimora won approval.', 'PRODUCES company:belcourt-labs -> product:slimora'],
  ['a product after its maker\'s possessive', "Orvane Motors Corp's electric car Kestrel sold well in Norway.", 'PRODUCES company:orvane-motors -> product:kestrel'],
  ['an officer named by role alone in a story about one company', 'Orvane Corp reported higher sales. Orvane Corp raised its forecast. Orvane Corp shares rose 3 %. CFO Jane Doe said demand was strong.', 'LEADS person:jane-doe -> company:orvane'],
  ['a leader described as the company\'s officer', 'Orvane Corp reported results. "Demand was strong," said Jane Doe, the company\'s chief financial officer.', 'LEADS person:jane-doe -> company:orvane'],
  ['a leader "at" a company', '"We are pleased," said Jane Doe, founder and CEO at Orvane Corp.', 'LEADS person:jane-doe -> company:orvane'],
  ['joined roles before a name', 'Globex Corp President and CEO Jane Doe said sales rose.', 'LEADS person:jane-doe -> company:globex'],
  ["a purchase in a clause sharing the sentence's subject", 'Coldridge Inc reported higher profit , and agreed to buy Lumenfold Corp for $ 2 billion .', 'ACQUIRES company:coldridge -> company:lumenfold'],
  ["a partnership in a clause sharing the sentence's subject", 'Coldridge Inc cut 500 jobs , and signed a partnership with Lumenfold Corp .', 'PARTNERS_WITH company:coldridge -> company:lumenfold'],
  ["a word of tenure between the company's possessive and the role", "Lumenfold Inc 's new CEO Jane Doe said sales rose .", 'LEADS person:jane-doe -> company:lumenfold'],
  ['two companies named before, told again as a pair working jointly', 'Coldridge Inc will invest $ 2 billion in Lumenfold Corp , and the two companies will jointly develop chips .', 'PARTNERS_WITH company:coldridge -> company:lumenfold'],
  ['a joint venture between the two companies named before', 'Coldridge Inc said Lumenfold Corp would invest $ 1 billion in a joint venture between the two carmakers .', 'PARTNERS_WITH company:coldridge -> company:lumenfold'],
  ['a pair establishing a venture', 'Coldridge Inc said Lumenfold Corp had done well , and the two companies are to establish a joint venture in Ohio .', 'PARTNERS_WITH company:coldridge -> company:lumenfold'],
  ['a pair opening a sentence, named in the one before', 'Coldridge Inc will invest $ 2 billion in Lumenfold Corp . The two companies will jointly develop chips .', 'PARTNERS_WITH company:coldridge -> company:lumenfold'],
  ['a leader in an "under" phrase set off after the company speaking', 'Lumenfold Inc said on Tuesday , under Chief Executive Jane Doe , it would cut costs .', 'LEADS person:jane-doe -> company:lumenfold'],
  ['a leader in an "under" phrase opening the sentence', 'Under CEO Jane Doe , Lumenfold Inc has doubled its sales .', 'LEADS person:jane-doe -> company:lumenfold'],
  ['a backer after "backed by"', 'Rivian Automotive Inc, backed by Amazon.com Inc, said sales rose.', 'INVESTS_IN company:amazon-com -> company:rivian-automotive'],
  ['a backer after "which is backed by"', 'Rivian Automotive Inc, which is backed by Amazon.com Inc, said sales rose.', 'INVESTS_IN company:amazon-com -> company:rivian-automotive'],
  ['a company which another acquired', 'Activision Blizzard Inc, which Microsoft Corp acquired in 2023, said sales rose.', 'ACQUIRES company:microsoft -> company:activision-blizzard'],
  ['a company acquired by another, in a reduced clause', 'Activision Blizzard Inc, acquired by Microsoft Corp in 2023, said sales rose.', 'ACQUIRES company:microsoft -> company:activision-blizzard'],
  ['teaming up', 'Globex Corp is teaming up with Initech Inc on self-driving cars.', 'PARTNERS_WITH company:globex -> company:initech'],
  ['a contract won from a customer', 'Globex Corp won a $ 2 billion contract from Initech Inc to build ships.', 'PARTNERS_WITH company:globex -> company:initech'],
  ['a contract awarded', 'Initech Inc awarded Globex Corp a contract to build ships.', 'PARTNERS_WITH company:globex -> company:initech'],
  ['making goods for a company', 'Globex Corp will manufacture phones for Initech Inc.', 'PARTNERS_WITH company:globex -> company:initech'],
  ['a business sold to a buyer', 'Globex Corp sold its Widgets Inc unit to Acme Corp for $ 1 billion.', 'ACQUIRES company:acme -> company:widgets'],
  ['a company agreed to be sold', 'Globex Corp agreed to sell Initech Inc to Acme Corp.', 'ACQUIRES company:acme -> company:initech'],
  ['the rest of a company bought', 'Globex Corp agreed to buy the remaining 40 % stake in Initech Inc for $ 2 billion .', 'ACQUIRES company:globex -> company:initech'],
  ['a deal that will not be blocked', 'The acquisition of Initech Inc by Globex Corp will not be blocked, regulators said.', 'ACQUIRES company:globex -> company:initech'],
  ['an opening participle phrase', 'By purchasing Initech Inc, Globex Corp has become the biggest grocer.', 'ACQUIRES company:globex -> company:initech'],
  ['a company hired to build', 'Initech Inc has hired privately held Globex Corp to build the rocket .', 'PARTNERS_WITH company:globex -> company:initech'],
  ['a company selected to supply', 'Initech Inc selected Globex Corp to supply its chips .', 'PARTNERS_WITH company:globex -> company:initech'],
  ['the second of two companies bought', 'Globex Corp bought Initech Inc and Acme Corp last year .', 'ACQUIRES company:globex -> company:acme'],
  ['the last of a list of acquisitions with years', 'Globex Corp makes films . Its acquisitions of Initech Inc in 2006 , Acme Corp in 2009 , and Widget Ltd in 2012 added content .', 'ACQUIRES company:globex -> company:widget'],
  ['the last of partners listed', 'Walmart Inc tested delivery through partnerships with Globex Corp , Initech Inc , and Acme Corp .', 'PARTNERS_WITH company:acme -> company:walmart'],
  ['the last of backers listed', 'Initech Inc raised $ 50 million from Sequoia Capital , Accel Partners and Index Ventures .', 'INVESTS_IN company:index-ventures -> company:initech'],
  ['developing together with', 'Globex Corp will develop chips together with Initech Inc .', 'PARTNERS_WITH company:globex -> company:initech'],
  ['agreed with a company to do something', 'Globex Corp said it had agreed with Initech Inc to develop chips .', 'PARTNERS_WITH company:globex -> company:initech'],
  ['a partner in apposition', 'Globex Corp , a partner of Initech Inc , makes chips .', 'PARTNERS_WITH company:globex -> company:initech'],
  ['two companies agreeing to build something', 'Orvane Corp and Quillmere Inc agreed to build a battery plant in Kelvoria .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['two companies building something together', 'Orvane Corp and Quillmere Inc are building chip factories together .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['a merger agreed by its subject', 'Orvane Corp agreed to merge with Quillmere Inc .', 'MERGES_WITH company:orvane -> company:quillmere'],
  ['a merger of two companies, completed', 'The merger of Orvane Corp and Quillmere Inc was completed on Monday .', 'MERGES_WITH company:orvane -> company:quillmere'],
  ['a merger of equals announced by both', 'Orvane Corp and Quillmere Inc announced a merger of equals .', 'MERGES_WITH company:orvane -> company:quillmere'],
  ['a merger named by its two parties joined by a dash', 'Boeing got a boost after the AT&T - Time Warner merger .', 'MERGES_WITH company:at-and-t -> company:time-warner'],
  ['a leader called the chief, before the name', 'Orvane Corp chief Dana Whitlow said the firm would cut jobs .', 'LEADS person:dana-whitlow -> company:orvane'],
  ['the head of a company', 'Dana Whitlow , head of Orvane Corp , said profit rose .', 'LEADS person:dana-whitlow -> company:orvane'],
  ['a gain from a policy named a few words on', 'Steelmakers including Orvane Corp stand to gain from the new steel tariffs .', 'BENEFITS_FROM company:orvane -> policy:tariff'],
  ['a company qualifying for a support scheme', 'Orvane Corp qualifies for the production tax credit .', 'BENEFITS_FROM company:orvane -> policy:tax-credit'],
  ['a grant received under a law named by its initials', 'Globex Corp will receive a $2 billion grant under the FAB Act .', 'BENEFITS_FROM company:globex -> policy:fab-act'],
  ['a grant under a law whose name joins words with "and"', 'Globex Corp will receive a $2 billion grant under the FAB and Research Act .', 'BENEFITS_FROM company:globex -> policy:fab-and-research-act'],
  ['a grant under one law in a story naming another', 'Initech Inc gained from the Clean Harbor Act . Globex Corp will receive a $2 billion grant under the FAB and Research Act .', 'BENEFITS_FROM company:globex -> policy:fab-and-research-act'],
  ['a loan under a government loan program', "Globex Corp secured a $ 1 billion loan from the Energy Department 's loan program .", 'BENEFITS_FROM company:globex -> policy:energy-department-loan-program'],
  ['an exemption from tariffs', 'Globex Corp won an exemption from the new tariffs .', 'BENEFITS_FROM company:globex -> policy:tariff'],
  ['sanctions lifted on a company', 'Washington lifted sanctions on Globex Corp on Monday .', 'BENEFITS_FROM company:globex -> policy:sanctions'],
  ['benefit from a policy', 'Analysts said BYD Co and Geely Automobile would benefit from the new trade-in subsidies.', 'BENEFITS_FROM company:byd -> policy:trade-in-subsidy'],
  ['a holder that cut its stake, which it still holds', 'Harlow Partners LP said it lowered its stake in Orvane Corp to 8.1 pct of the total .', 'INVESTS_IN company:harlow-partners -> company:orvane'],
  ['an officer leaving another office, named after the company saying so', 'Quorvex Corp said Chief Executive Dana Whitcombe would step down as chairman of its battery unit .', 'LEADS person:dana-whitcombe -> company:quorvex'],
  ['an officer leaving another office, after the company spoken of as such', 'Quorvex Corp shares fell 3 % after the company said Chief Executive Dana Whitcombe would step down as chairman of its battery unit .', 'LEADS person:dana-whitcombe -> company:quorvex'],
  ['an officer leaving another office, told right after the name', 'Quorvex Corp CEO Dana Whitcombe resigned as chairman of its battery unit on Monday .', 'LEADS person:dana-whitcombe -> company:quorvex'],
  ['a takeover named by its target after a verb closing it', 'Quorvex Corp said it has closed its Kestrel Inc takeover .', 'ACQUIRES company:quorvex -> company:kestrel'],
  ['a firm described as having a stake', 'Harlow Group Inc , a Dallas lender with a 6.2 pct stake in Orvane Corp , told reporters it met management .', 'INVESTS_IN company:harlow -> company:orvane'],
  ['a buyer set off by its relative clause', 'Orvane Inc , which owns 58 pct of Tarnwell PLC , today completed the acquisition of Quillmere Inc , a publisher .', 'ACQUIRES company:orvane -> company:quillmere'],
  ['a unit named after its owner in prose', 'Orvane Corp said its Tarnwell Inc subsidiary acquired Quillmere Corp .', 'ACQUIRES company:tarnwell -> company:quillmere'],
  ['a backer named after "including", after a description of backers', 'Velmar , which makes packs in Asia , has raised $ 100 million from Asian investors , including Orvane Ventures and Kessler & Co. .', 'INVESTS_IN company:orvane-ventures -> company:velmar'],
  ['a second backer with a legal suffix, after one named for its business', 'Velmar , which makes packs in Asia , has raised $ 100 million from Asian investors , including Orvane Capital and Kessler Corp .', 'INVESTS_IN company:kessler -> company:velmar'],
  ["the unit a partner owns, named after its possessive", "Velmar Corp signed a supply agreement with Orvane Corp 's Castel Motors Inc unit .", 'PARTNERS_WITH company:castel-motors -> company:velmar'],
];

const absent: [string, string, string][] = [
  ['a purchase denied together with another act joined by "or"', 'Globex Corp said it would not seek board seats or try to acquire Initech Inc.', 'BIDS_FOR'],
  ['a leader whose leaving is told right after the name', 'Orvane Corp CEO Dana Whitcombe resigned on Monday .', 'LEADS'],
  ["a company named as the object in a reason whose subject is a place", "Tarnwell Inc shares fell 4 % after China 's regulator told companies including Lumenfold Corp to stop buying its chips .", 'MOVED_BY company:tarnwell -> company:lumenfold'],
  ['a purchase only tried', 'Coldridge Inc , which once tried to buy Lumenfold Corp , reported results .', 'ACQUIRES'],
  ['a purchase only attempted', 'Coldridge Inc attempted to acquire Lumenfold Corp in 2021 .', 'ACQUIRES'],
  ["an extreme's price of something not named as a stock", 'Orvane Corp exports cars . It touched an all-time low of 93.10 yen on Friday .', 'MOVED_BY'],
  ["a role at the appointer's unit", 'Orvane Corp reported sales . The company also said it named Maria Okafor president and chief executive officer of its Quillmere Life Co unit .', 'LEADS person:maria-okafor -> company:orvane'],
  ['a deal to buy that fell through', "Orvane Corp 's deal to buy Tarnwell Inc fell through .", 'ACQUIRES'],
  ['an acquisition that fell apart', "Orvane Corp 's $ 4 billion acquisition of Tarnwell Inc fell apart on Friday .", 'ACQUIRES'],
  ["a country's market, not a company", 'Japan shares fell 1 % on Monday as the yen rose .', 'MOVED_BY'],
  ['a successor only thought fit for a role', 'Globex Corp said no one was better qualified than Maria Okafor to replace John Hale as chairman .', 'LEADS'],
  ["a successor in a role of the announcing company's unit", 'Globex Corp said it named Maria Okafor to succeed John Hale as president of its Castel Bell subsidiary .', 'LEADS person:maria-okafor -> company:globex'],
  ['a dash-named merger only proposed', 'The proposed AT&T - Time Warner merger faces scrutiny .', 'MERGES_WITH'],
  ['a dash-named merger blocked', 'Regulators blocked the AT&T - Time Warner merger .', 'MERGES_WITH'],
  ['a price a stock may fall below, after "until"', 'Orvane Corp said the trust will be closed until the price of its stock falls below 110 dlrs .', 'MOVED_BY'],
  ['a fall of the stock and bond markets', 'Orvane Inc said profit fell . Analysts blamed the slump in the stock and bond markets for its weak quarter .', 'MOVED_BY'],
  ["a people's stocks in a title", 'SWEDISH STOCK PLUNGE RAISES FUNDING FEARS', 'MOVED_BY'],
  ['a commodity priced by the barrel', 'The benchmark crude Orvane Blend climbed to 61.40 dlrs a barrel on Monday .', 'MOVED_BY'],
  ['a business of a company named with a bare apostrophe', "Orvane Corp agreed to buy Quillmers ' steel and construction business for 111 mln dlrs .", 'ACQUIRES'],
  ['bonds of a country bought', 'Orvane Trust said , We plan to keep buying U.S. Bonds while yields look attractive .', 'ACQUIRES'],
  ['stores counted in words', 'Orvane Inc said it acquired seven Quillmere Inc convenience stores for cash .', 'ACQUIRES'],
  ['a title whose buyer is an unnamed unit of the company', 'ORVANE UNIT ACQUIRES QUILLMERE TECHNOLOGY CORP', 'ACQUIRES'],
  ['a kind of firm located somewhere', 'Harlow Capital is a small investment firm located in Morristown , New Jersey .', 'INVESTS_IN'],
  ['money put into a project named for a company', 'Orvane Corp has invested 9 mln dlrs in the Quillmere project , a power plant .', 'INVESTS_IN'],
  ['an investment only wished for', 'Orvane Corp said it would like to invest in Quillmere Corp gradually .', 'INVESTS_IN'],
  ['a company posting a gain in its revenue', 'Markets were mixed , with Globex Corp posting a 3 % gain in revenue .', 'MOVED_BY'],
  ['a company up by a figure, set off after "with", without a stock word', 'Retailers fared well , with Globex Corp up 4 % in sales .', 'MOVED_BY'],
  ['planes of a maker bought by count, ticker and model', 'Under the deal , Orvane Airways will acquire 15 Quillmere Co < QLM > 767-300 planes .', 'ACQUIRES'],
  ['a takeover a company was discussing', 'Orvane Corp denied a newspaper story that it was discussing a takeover of Tarnwell Ltd .', 'ACQUIRES'],
  ['a currency bought', 'The central bank stepped in to buy modest amounts of the U.S. Currency .', 'ACQUIRES'],
  ['the financer of an acquisition', 'Initech Capital said it is financing the announced acquisition of < Tarnwell Ltd > by < Orvane Corp > .', 'ACQUIRES company:initech'],
  ['a measure of an economy that rose', 'Kelvora said its GNP rose 1.2 % in the spring .', 'MOVED_BY'],
  ['a news agency spoken to, as an employer', 'A Globex Corp official told Reuters its chairman Jane Doe met the buyers on Friday .', 'LEADS person:jane-doe -> company:reuters'],
  ['a news agency spoken to, run into a committee name', 'Aides told Reuters Trade Committee chairman John Roe favours the bill .', 'LEADS person:john-roe'],
  ['a company in a first clause, as the buyer of the second', 'Orvane Corp said it will distribute Quillmere Inc products in Asia and Europe and also agreed to acquire Tarnwell Ltd .', 'ACQUIRES company:quillmere'],
  ['a forecast move with the modal "may"', 'Globex Corp shares may rise 5 % if sales hold up .', 'MOVED_BY'],
  ['a company up for sale this year', 'Globex Corp was up for sale this year , its owners said .', 'MOVED_BY'],
  ['a company down to two bidders', 'Globex Corp is down to two bidders for its unit .', 'MOVED_BY'],
  ['a currency taken for a company', 'In Tokyo the U.S. Dollar opened slightly lower on Monday , dealers said .', 'MOVED_BY'],
  ['the seller an acquisition is agreed with, as the buyer', 'Orvane Corp said it agreed in principle with state-owned Quillmere Inc to acquire Tarnwell Ltd .', 'ACQUIRES company:quillmere'],
  ['a figure other than the stock sent up', 'Orvane Corp drove its revenue up 5 % last year .', 'MOVED_BY'],
  ['shares sent somewhere, not up or down', 'Orvane Corp sent its shares to Tarnwell Capital .', 'MOVED_BY'],
  ['a shareholder no longer', 'Tarnwell Capital is no longer a shareholder in Quillmere Foods Inc.', 'INVESTS_IN'],
  ['a former investor', 'Tarnwell Capital, a former investor in Quillmere Foods Inc, declined to comment.', 'INVESTS_IN'],
  ['a company named inside the relative clause of the one that moved', 'Battery maker Orvane Energy Corp , which signed a supply deal with Quillmere Foods Inc last year , rose 4 %.', 'MOVED_BY company:quillmere-foods'],
  ['withdrawn bid', 'Acme Corp withdrew its offer to acquire Widget Inc on Friday.', 'ACQUIRES company:acme -> company:widget'],
  ['rumoured deal', 'Acme Corp is reportedly considering a bid to buy Widget Inc, sources said.', 'ACQUIRES company:acme -> company:widget'],
  ['rejected bid', 'Widget Inc rejected a takeover offer from Acme Corp.', 'ACQUIRES company:acme -> company:widget'],
  ['failed bid', 'Acme Corp failed in its attempt to buy Widget Inc after regulators objected.', 'ACQUIRES company:acme -> company:widget'],
  ['ended talks', 'Acme Corp ended talks to acquire Widget Inc.', 'ACQUIRES company:acme -> company:widget'],
  ['revenue rise is not a share move', 'Acme Corp said revenue rose 5 % in the quarter.', 'MOVED_BY company:acme'],
  ['former executive', 'Former Microsoft Corp chief executive Steve Ballmer bought a basketball team.', 'LEADS person:steve-ballmer -> company:microsoft'],
  ['lawsuit is no partnership', 'Publishers filed a lawsuit with Google Inc over copyright.', 'PARTNERS_WITH'],
  ['no plans to bid', 'BHP Group Ltd said it had no plans to bid for Anglo American Plc again.', 'BIDS_FOR'],
  ['an adjective before a role', 'New CEO Jane Okafor is due to unveil her strategy in March.', 'LEADS'],
  ['a buy rating is no purchase', 'Acme Corp has a Buy rating on Widget Inc shares.', 'ACQUIRES'],
  ['buying from a seller is no acquisition', 'Computer makers bought most of their chips from Intel Corp last year.', 'ACQUIRES'],
  ['a name containing Partners', 'Enterprise Products Partners said its revenue rose, helped by Exxon Mobil Corp.', 'PARTNERS_WITH'],
  ['a union contract', 'The contract between General Motors Co and its workers expires in September.', 'PARTNERS_WITH'],
  ['working with regulators', 'Ford Motor Co worked with regulators on the recall.', 'PARTNERS_WITH'],
  ['making something for a company', 'The bankers wanted to manufacture tax credits for Barclays Bank PLC.', 'PARTNERS_WITH'],
  ['a new chief takes over', 'Jane Doe took over Globex Corp as chief executive in May.', 'ACQUIRES'],
  ['taking over a lead', 'Globex Corp took over the lead from Initech Inc.', 'ACQUIRES'],
  ['a footballer is not bought as a company', 'Real Madrid completed the acquisition of Cristiano Ronaldo from Manchester United.', 'ACQUIRES'],
  ['buying goods is no acquisition', 'Delta Air Lines Inc completed the purchase of Boeing jets.', 'ACQUIRES'],
  ['a stake in another clause', 'Holdings in Globex Corp grew, while a stake in Initech Inc was trimmed.', 'INVESTS_IN'],
  ['a country is no investee', 'Globex Corp said it would invest $ 2 billion in China over five years.', 'INVESTS_IN'],
  ['a market is not a company', 'Hong Kong stocks rose 2 % on Friday.', 'MOVED_BY'],
  ['a record high without shares', 'Globex Corp revenue hit a record high last year.', 'MOVED_BY'],
  ['the parent of a unit bought', "Globex Corp said it bought Initech Inc 's Acme Tools unit for $ 30 million .", 'ACQUIRES company:globex -> company:initech'],
  ['a stake bought', 'Globex Corp denied any link to the acquisitions of the Initech Hotels stake .', 'ACQUIRES'],
  ['a rate order from a regulator', 'Globex Corp got a harsh rate order from the Ohio Board of Public Utilities last month .', 'PARTNERS_WITH'],
  ['an agreement companies were unable to reach', 'Separately , Globex Corp said it and Initech have been unable to reach agreement with Acme Corp on terms .', 'PARTNERS_WITH'],
  ['a deal phrase closed by a comma', 'Globex Corp managed that bond deal , with Initech Inc serving as co-manager .', 'PARTNERS_WITH'],
  ['a partnership describing a company', 'Trading in the units of Globex Holdings , a Nevada Limited Partnership , was halted on Monday .', 'PARTNERS_WITH'],
  ['an investment being sold', 'Globex Corp plans to sell its minority investment in Initech Inc to its founder .', 'INVESTS_IN'],
  ['a stake sold', 'Globex Corp has sold its stake in Initech Inc .', 'INVESTS_IN'],
  ["an author's disclosure of shares owned", 'Globex Corp rose 3 % . Jane Doe owns shares of Globex Corp and Initech Inc .', 'INVESTS_IN'],
  ["a publisher's disclosure of shares owned and stocks recommended", 'Globex Corp rose 3 % . The Merry Jester owns shares of Globex Corp and recommends Initech Inc .', 'INVESTS_IN'],
  ["a publisher's disclosure of shares owned, its policy told after", 'Globex Corp rose 3 % . The Merry Jester owns shares of Globex Corp . The Merry Jester has a disclosure policy .', 'INVESTS_IN'],
  ["a publisher's disclosure of shares owned, its recommendations told after", 'Globex Corp rose 3 % . Merry Jester Asset Management owns shares of Globex Corp . Merry Jester Asset Management recommends Initech Inc .', 'INVESTS_IN'],
  ['a leader who retired', 'Jane Doe retired as chairman of Globex Corp in 1983 .', 'LEADS'],
  ['a leader who stepped down', 'Jane Doe stepped down as president of Globex Corp last year .', 'LEADS'],
  ['a leader only nominated', "Initech Inc praised Senator John Roe 's nomination of Jane Doe as chairman of Globex Corp .", 'LEADS'],
  ['the one succeeded', 'Initech Inc said John Roe has succeeded Jane Doe as chairman of Globex Corp .', 'LEADS person:jane-doe'],
  ['a benefit of someone else told to a company', 'The exporters group told Globex Corp that Kestrel obtained a benefit from the new export quotas .', 'BENEFITS_FROM company:globex'],
  ['sanctions lifted to little effect, told by a firm\'s officials', 'Globex Corp officials say the lifting of sanctions will have little impact on Kelvora .', 'BENEFITS_FROM'],
  ['relief granted by a body the tagger took for a company', 'Traders said export licences granted by the Globex Corp at recent tenders , with generous subsidies , had risen .', 'BENEFITS_FROM'],
  ['two companies agreeing to end a dispute', 'Orvane Corp and Quillmere Inc agreed to end their patent dispute .', 'PARTNERS_WITH'],
  ['two companies not building together', 'Orvane Corp and Quillmere Inc are not building the plant together .', 'PARTNERS_WITH'],
  ['merger talks', 'Orvane Corp and Quillmere Inc are in talks to merge .', 'MERGES_WITH'],
  ['a merger that may happen', 'Orvane Corp could merge with Quillmere Inc next year .', 'MERGES_WITH'],
  ['a blocked merger', "Orvane Corp 's merger with Quillmere Inc was blocked by regulators .", 'MERGES_WITH'],
  ['a merger with a unit of another company', "Orvane Corp merged with Quillmere Inc 's freight unit .", 'MERGES_WITH company:orvane -> company:quillmere'],
  ['a chief economist', 'Orvane Corp chief economist Dana Whitlow said rates would rise .', 'LEADS'],
  ['the president of a unit named with its parent', "Dana Whitlow , president of Orvane Corp 's freight unit , spoke .", 'LEADS'],
  ['a leader whose resignation is told', 'After the resignation of Orvane Corp chief Dana Whitlow , shares fell .', 'LEADS'],
  ['a fine under a law', 'Globex Corp received a $2 million fine under the Clean Water Act .', 'BENEFITS_FROM'],
  ['a support scheme granted by the company before the verb', 'The Orvane Corp committee granted export subsidies for 5,000 tonnes of wheat , traders said .', 'BENEFITS_FROM'],
  ['little benefit', 'Globex Corp obtained little benefit from the new export quotas .', 'BENEFITS_FROM'],
  ['sanctions relief refused', 'Globex Corp said Washington would not lift the oil sanctions .', 'BENEFITS_FROM'],
  ['a benefit from something other than the story scheme', 'The state launched a car subsidy program . The car subsidy program pays buyers . Globex Corp will benefit from the economies of mass production .', 'BENEFITS_FROM'],
  ['a benefit without a policy', 'Acme Corp said the new plant benefits our customers and Globex Inc.', 'BENEFITS_FROM'],
  ['a partnership asked about', 'Would Boeing Co team up with Airbus SE?', 'PARTNERS_WITH'],
  ['a venture named by its own name', 'Globex Corp owns half of the Northstar Rocket Alliance joint venture with Initech Inc.', 'PARTNERS_WITH'],
  ['teams as a noun', 'Acme Corp said its teams at Globex Inc sites were cut.', 'PARTNERS_WITH'],
  ['an investment unlikely to pay', 'Google Inc is unlikely to profit from its investments in Baidu Inc.', 'INVESTS_IN'],
  ['a name inside an appositive as partner', 'Vandelay Labs Inc, a startup set up by a former professor at Globex Corp, has signed a research deal with Initech Inc.', 'PARTNERS_WITH company:globex -> company:initech'],
  ['a venture backer', 'Venture-backed Initech Inc cut jobs.', 'INVESTS_IN'],
  ['a government backer', 'The government-backed Initech Inc lent more.', 'INVESTS_IN'],
  ['an unknown word before "-backed"', 'Zorblat-backed Initech Inc cut jobs.', 'INVESTS_IN'],
  ['a leader named by role alone speaking of another company', 'Globex Corp reported higher sales. Chief executive Jane Doe said Initech Inc would open stores.', 'LEADS'],
  ['a former leader named by role alone', 'Globex Corp reported higher sales. Former chief executive Jane Doe said the company had lost its way.', 'LEADS'],
  ['a product cited by a company that does not make it', 'Belcourt Labs cited the drug Slimora from Quillmere Pharma in its filing.', 'PRODUCES'],
  ['a president named by role alone', 'Orvane Corp reported higher sales. Orvane Corp raised its forecast. Orvane Corp shares rose 3 %. President Jane Doe said the economy was strong.', 'LEADS'],
  ['an officer of an employer the tagger may have missed', 'Orvane Corp reported higher sales. Orvane Corp raised its forecast. Orvane Corp shares rose 3 %. Speaking on Monday, Kelvix MD and CEO Jane Doe said demand was strong.', 'LEADS person:jane-doe -> company:orvane'],
  ['an officer named by role alone in a story about two companies', 'Orvane Corp and Tarnwell Inc reported sales. Orvane Corp and Tarnwell Inc rose. CFO Jane Doe said demand was strong.', 'LEADS'],
  ['a capitalised former leader', 'Former Globex Corp CEO Jane Doe joined Initech Inc.', 'LEADS'],
  ['an appointment to a board', 'Globex Corp named Jane Doe to its board.', 'LEADS'],
  ['a hire from another company', 'Globex Corp hired Jane Doe from Initech Inc.', 'LEADS'],
  ['an appointee described by a former role', 'Globex Corp named Jane Doe, a former chief executive of Initech Inc, as adviser.', 'LEADS'],
  ['a plan backed by a company', 'Rivian Automotive Inc said the plan was backed by Amazon.com Inc.', 'INVESTS_IN'],
  ['a company backed by another company\'s board', "Globex Inc, backed by Acme Corp's board, raised its offer.", 'INVESTS_IN'],
  ['a deal for a customer (a sale, as often as a purchase)', "Boeing Co's $ 3 billion deal for Iran Air was signed.", 'ACQUIRES'],
  ['shares bought of a company in a relative clause', 'Acme Corp, which Globex Inc bought shares of, fell.', 'ACQUIRES'],
  ['a stake bought in a relative clause', 'Acme Corp, which Globex Inc acquired a stake in, fell.', 'ACQUIRES'],
  ['a plant acquired after a comma', "Acme Corp's plant in Ohio, acquired by Globex Inc in 2010, closed.", 'ACQUIRES'],
  ['a market position', "Acme Corp holds a strong position in Globex Inc's market.", 'INVESTS_IN'],
  ['a stake in a company\'s unit', "Acme Corp took a stake in Globex Inc's battery unit.", 'INVESTS_IN'],
  ['a share of sales, not of a company', 'Acme Corp owns 40 % of its sales in China.', 'INVESTS_IN'],
  ['an order from a regulator', 'Acme Corp received an order from the FDA to stop sales.', 'PARTNERS_WITH'],
  ['in order to', 'Acme Corp cut costs in order to compete with Globex Inc.', 'PARTNERS_WITH'],
  ['a supply that may happen', 'Acme Corp may supply engines to Globex Inc next year.', 'PARTNERS_WITH'],
  ['an ended partnership', 'Globex Corp ended its partnership with Initech Inc.', 'PARTNERS_WITH'],
  ['a prize awarded to a person', 'Globex Corp awarded Jane Doe a prize.', 'PARTNERS_WITH'],
  ['a contract from a public body', "Globex Corp's contract from the Pentagon was cancelled.", 'PARTNERS_WITH'],
  ['a wish to make something for a company', 'Globex Corp wanted to manufacture tax credits for Initech Inc.', 'PARTNERS_WITH'],
  ['a contract from something a company owns', "Globex Corp won a contract from Initech Inc's pension fund.", 'PARTNERS_WITH'],
  ['producing a report for a company', 'Globex Corp will produce a report for Initech Inc.', 'PARTNERS_WITH'],
  ['shares bought in a company', 'Fidelity International Ltd said its funds bought 68,000 LDBrinkman Corp common shares in February.', 'ACQUIRES'],
  ['shares of a company bought', 'Contel Corp will buy 3.6 mln shares of Equatorial Communications Co stock.', 'ACQUIRES'],
  ['an interest in buying', "H.J. Heinz Co would be interested in buying Guinness PLC's brewery division.", 'ACQUIRES'],
  ['an option to buy', 'Asturiana de Zinc SA has a three-year option to purchase Austmet Ltd.', 'ACQUIRES'],
  ['an offer received to buy', 'Initech Inc would not discuss an offer it received from Globex Corp to buy Initech Inc at 31 dlrs per share.', 'ACQUIRES'],
  ['a rating raised from a grade', "Standard and Poor's Corp raised to BBB-plus from BBB the bonds of Acme Corp.", 'INVESTS_IN'],
  ['a stake sold to a buyer', 'Globex Corp sold its stake in Initech Inc to Acme Corp.', 'ACQUIRES'],
  ['shares sold to a buyer', 'Globex Corp sold Initech Inc shares to Acme Corp.', 'ACQUIRES'],
  ['goods sold to a customer', 'Acme Corp sells Initech Inc products to Globex Corp.', 'ACQUIRES'],
  ['a sale only planned', 'Globex Corp plans to sell Initech Inc to Acme Corp.', 'ACQUIRES'],
  ['a comma closing what was bought', 'The bank issued notes with warrants to buy gold , lead manager Globex Corp said .', 'ACQUIRES'],
  ['a wish to buy', 'Globex Corp said it would like to buy Initech Inc .', 'ACQUIRES'],
  ['a count of goods bought', 'Under the contract Globex Corp will buy 150 Initech Call Director Systems over two years .', 'ACQUIRES'],
  ['a figure of shares told in parallel with sales', "Globex Corp said its car sales rose 9.5 % while Initech Inc was up 4.1 % .", 'MOVED_BY company:initech'],
  ['efforts to buy', 'Globex Corp is continuing its efforts to acquire the rail operation of Initech Inc .', 'ACQUIRES'],
  ['a purchase still being negotiated', 'Globex Corp is negotiating to purchase the hotel business of Initech Inc .', 'ACQUIRES'],
  ['a sale only planned is no bid', 'Globex Corp plans to sell Initech Inc to Acme Corp.', 'BIDS_FOR'],
  ['a deal that was blocked', 'The acquisition of Initech Inc by Globex Corp was blocked by regulators.', 'ACQUIRES'],
  ['the speaker before a participle phrase', 'Globex Corp said on Monday that, by purchasing Initech Inc, Acme Corp had erred.', 'ACQUIRES company:globex'],
  ['an opening rise of something the company owns', "Up 20 % from a year ago, Acme Corp's revenue beat forecasts.", 'MOVED_BY'],
  ['an opening share of staff', 'Up to 40 % of Acme Corp staff will leave.', 'MOVED_BY'],
  ['a figure at a company', 'The backlog at Initech Corp is up 12 pct since the start of the calendar year.', 'MOVED_BY'],
  ['a stake in a company', "Globex Capital Inc's stake in Initech Inc declined 4.6 percent to 12 million shares.", 'MOVED_BY company:initech'],
  ['a month and day taken for a name', 'Vandelay Records Inc said revenues for the four weeks ended April One were up 14 pct.', 'MOVED_BY'],
  ['product sales down', "Sales of Globex Corp's trucks, the Globex Ranger and Globex Titan, were down 2.7 % and 8.2 %.", 'MOVED_BY'],
  ['a metric named before the figure', 'Also, cargo count CGX slipped 0.2 % last quarter.', 'MOVED_BY'],
  ['selling off part of a stake', 'Acme Corp sold off 20 % of its stake in Widget Inc.', 'MOVED_BY'],
  ['laying off staff', 'Acme Corp laid off 5 % of its workers.', 'MOVED_BY'],
  ['revenue coming in higher', 'Acme Corp said its revenue came in 5 % higher than a year ago.', 'MOVED_BY'],
  ['a company ending a year up in sales', 'Globex Corp ended the year up 5 % in sales .', 'MOVED_BY'],
  ['a person with a percentage but no price', 'Jane Doe is up 5 % in the polls .', 'MOVED_BY'],
  ['a share buyback boosted', 'Globex Corp boosted its share buyback by $ 2 billion .', 'MOVED_BY'],
  ['a stake boosted', 'Globex Corp boosted its stake in Initech Inc to 20 % .', 'MOVED_BY'],
  ['a rise in revenue', 'Globex Corp posted a 5 % rise in revenue .', 'MOVED_BY'],
  ["a company's rise in sales", "Globex Corp 's 5 % rise in sales beat forecasts .", 'MOVED_BY'],
  ['the rise of a company', 'The rise of Globex Corp hurt smaller retailers .', 'MOVED_BY'],
  ['a surge in a company figure', 'Analysts expect a surge in Globex Corp deliveries .', 'MOVED_BY'],
  ['products including a list of companies', 'Products including Globex Corp , Initech Inc and Acme Corp phones sold well .', 'MOVED_BY'],
  ['a participle after revenue', 'Globex Corp reported revenue of $ 5 billion , rising 10 % .', 'MOVED_BY'],
  ['a participle after goods sold', 'Globex Corp sold 5 million phones , rising 10 % .', 'MOVED_BY'],
  ['a company named in the moved company\'s own news', 'Orvane Corp shares rose 5 % after the chipmaker said it had finished its new memory chip , which it will sell to Quillmere Inc .', 'MOVED_BY company:orvane -> company:quillmere'],
  ['a company named in news the moved company told', 'Orvane Corp fell 2 % after it said it would buy Quillmere Inc .', 'MOVED_BY company:orvane -> company:quillmere'],
  ['a market moving at the same time is no cause', 'Globex Corp fell 10 % as Initech Inc rose 8 % .', 'MOVED_BY company:globex -> company:initech'],
  ['revenue set off with a direction', 'Globex Corp reported revenue of $ 5 billion , up 10 % .', 'MOVED_BY'],
  ['a price verb sent elsewhere', 'Globex Corp surged into the lead in the electric car market .', 'MOVED_BY'],
  ['a plain rise without a figure', 'Globex Corp rose to prominence in the 1990s .', 'MOVED_BY'],
  ['the market place as a company', "After Friday 's steep drop in Wall Street stock prices , bond yields eased sharply .", 'MOVED_BY'],
  ['a bare refusal', 'Globex Corp declined , citing its policy on rumours .', 'MOVED_BY'],
  ['a company that collapsed', 'Globex Corp collapsed , leaving its suppliers unpaid .', 'MOVED_BY'],
  ['gains a company had', 'Globex Corp and Initech Inc both had gains .', 'MOVED_BY'],
  ['interest in companies that rose', 'Buyer interest in Globex Corp and Initech Inc rose after the recall .', 'MOVED_BY'],
  ['a company falling behind', 'Globex Corp fell behind its rivals in the race for batteries .', 'MOVED_BY'],
  ['a commodity price per unit', 'March Globex futures settled at 8.45 dlrs per bushel , up 30 cents .', 'MOVED_BY'],
  ["a country's shares", 'Germany shares fell 1 % on Friday .', 'MOVED_BY'],
  ['a contract extended', 'Globex Corp extended its contract with Initech Inc .', 'MOVED_BY'],
  ['a market share that rose', "Globex Corp 's market share rose to 20 % .", 'MOVED_BY'],
  ['an opening rise in revenue', 'With a 5 % rise in revenue , Globex Corp beat forecasts .', 'MOVED_BY'],
  ['an opening drop before something owned', "After a 20 % drop , Globex Corp 's revenue recovered .", 'MOVED_BY'],
  ['a stock picked to outperform', 'Initech Inc picked Globex Corp to outperform .', 'PARTNERS_WITH'],
  ['a person hired to run a unit', 'Globex Corp hired Jane Doe to run its unit .', 'PARTNERS_WITH'],
  ['a company that may be hired', 'Initech Inc may hire Globex Corp to build the rocket .', 'PARTNERS_WITH'],
  ['a product a company owns', 'Sales of Globex Corp sedans jumped 44 % , and its big Titan SUV gained 21 % .', 'MOVED_BY company:titan'],
  ['points of market share', 'Globex Corp gained 8 % points of desktop market share .', 'MOVED_BY'],
  ['a pronoun for a figure', 'Also , cargo count CGX rose 1.3 % , while it slipped 0.2 % last quarter .', 'MOVED_BY'],
  ['market share lost in a trade war', 'Globex Corp lost market share in the trade war .', 'MOVED_BY'],
  ['a forecast rise', 'Analysts said Globex Corp shares could rise 20 % next year .', 'MOVED_BY'],
  ['a price seen rising', 'Jane Doe still sees Globex Corp shares rising above $ 100 by next year .', 'MOVED_BY'],
  ['a company opening the next clause', 'Globex Corp bought Initech Inc and Acme Corp agreed to sell Widget Inc .', 'ACQUIRES company:globex -> company:acme'],
  ['stocks of a whole group', 'Globex Corp reported results . One dealer noted that most stocks in the group bounced from early lows .', 'MOVED_BY'],
  ['a pronoun with a price verb and no figure', 'Globex Corp reported results . It surged last week amid indications of a deal .', 'MOVED_BY'],
  ['a name the tagger may cut at "and"', 'Globex Corp agreed to buy the unit of Holt , Rinehart and Winston Inc .', 'ACQUIRES company:globex -> company:winston'],
  ['a top performer in surveys', 'Globex Corp was a top performer in customer surveys .', 'MOVED_BY'],
  ['a dividend doubled', 'Globex Corp doubled its dividend .', 'MOVED_BY'],
  ['agreeing with a view', 'Globex Corp agreed with Initech Inc that prices were high .', 'PARTNERS_WITH'],
  ['developing together, maybe', 'Globex Corp may develop chips together with Initech Inc .', 'PARTNERS_WITH'],
  ['a union agreeing to end a strike', 'The United Auto Workers union agreed with Globex Corp to end the strike .', 'PARTNERS_WITH'],
  ['a relative clause about something else', 'Globex Corp , which makes phones , said its revenue fell 5 % .', 'MOVED_BY'],
  ['a purchase named by its target, spoken of by someone else', 'Globex Corp criticized the Initech Inc purchase on Monday .', 'ACQUIRES'],
  ['a stake bought, named before the noun', 'Globex Corp said its Initech Inc stake acquisition was done .', 'ACQUIRES'],
  ['a takeover named by its target, still financed', 'Globex Corp said it would finance its Initech Inc takeover with bank loans .', 'ACQUIRES'],
  ['a company named at the place of the reason', 'Shares of Globex Corp fell on Thursday after CEO Jane Doe spoke about its plans at an Initech Inc conference .', 'MOVED_BY company:globex -> company:initech'],
  ['an officer leaving, named after the company saying so', 'Orvane Corp said president Maria Okafor and two vice presidents resigned last week .', 'LEADS'],
  ['a head of state named after officials saying so', 'Orvane Officials said President Maria Okafor would act soon .', 'LEADS'],
  ['a move against a group move before it', 'Shares of solar panel makers surged after the government extended the clean energy tax credits . Globex Corp fell 12 % .', 'MOVED_BY company:globex -> policy:'],
  ['a move after a company move with a policy as its reason', 'Initech Inc shares surged after the government extended the clean energy tax credits . Globex Corp rose 12 % .', 'MOVED_BY company:globex -> policy:'],
  ['record sales hit', 'Globex Corp hit record sales in May .', 'MOVED_BY'],
  ['a merger that would happen on a condition', 'Globex Corp would merge with Initech Inc if regulators agree .', 'MERGES_WITH'],
  ['a company only weighing a sale of itself', 'Initech Inc is exploring whether to sell itself to Globex Corp .', 'ACQUIRES'],
  ['an officer named by role alone after a resignation', 'Orvane Corp reported results . Orvane Corp cut costs . Orvane Corp sold a plant . Shareholders cheered the resignation of chief executive Dana Whitlow .', 'LEADS'],
  ['tariffs lifted on goods, told by a company', 'Globex Corp said tariffs were lifted on steel .', 'BENEFITS_FROM'],
  ['a waiver told to a company', 'He also told Globex Corp the waiver allowed Kelvora to impose quotas on imports .', 'BENEFITS_FROM'],
  ['a member of the board named to it', 'Maria Okafor was named to the board of Globex Corp .', 'LEADS'],
  ["the head of a company's unit, told in a relative clause", "Maria Okafor , who runs Globex Corp 's cloud unit , spoke .", 'LEADS'],
  ['a purchase analysts foresee', 'Analysts expect Globex Corp to acquire Initech Inc eventually .', 'ACQUIRES'],
  ['a takeover only being planned', 'Press reports said Globex Corp was planning a takeover of Initech Inc .', 'ACQUIRES'],
  ['a minority share bought, as an acquisition', 'Globex Corp said it acquired 6 pct of Initech Inc .', 'ACQUIRES'],
  ['a stake bought from a seller', 'Globex Corp buys stake from Initech Inc .', 'INVESTS_IN company:globex -> company:initech'],
  ['a second verb after a business figure', 'Globex Corp sales were flat in May and fell 4 % in June .', 'MOVED_BY'],
  ['a second verb after another company is named', 'Globex Corp bought Initech Inc last year and has risen 4 % since .', 'MOVED_BY company:globex'],
];

// Share moves whose cause is an event with a document-specific id: only the subject is checked.
const moves: [string, string, string][] = [
  ['a move of shares named with the city they trade in', 'Orvane Corp shares in Taipei were up 1.2 % .', 'MOVED_BY company:orvane -> event:'],
  ['a move after duties named with a policy word', 'Orvane Corp fell 4 % after Kelvora imposed anti-subsidy duties on its steel .', 'MOVED_BY company:orvane -> policy:anti-subsidy-duty'],
  ['a move after a tax rebate raised', 'Orvane Corp rose 2 % after Kelvora raised the export tax rebate for steel .', 'MOVED_BY company:orvane -> policy:export-tax-rebate'],
  ['a move after export restrictions, not the agency imposing them', 'Orvane Corp fell 3 % after the Commerce Department tightened export restrictions on chips .', 'MOVED_BY company:orvane -> policy:export-restrictions'],
  ['the moved company\'s own news as the cause', 'Orvane Corp shares rose 5 % after the chipmaker said it had finished its new memory chip , which it will sell to Quillmere Inc .', 'MOVED_BY company:orvane -> event:'],
  ['a company named in news told of the moved company by others', "Orvane Corp rose 9 % after it was reported to plan cars in Quillmere Inc 's factory .", 'MOVED_BY company:orvane -> company:quillmere'],
  ['a share move caused by news', 'A strong quarterly report sent Globex Corp shares higher on Monday.', 'MOVED_BY company:globex ->'],
  ['a share move to a record high', 'Walmart stock hit a record high on Tuesday.', 'MOVED_BY company:walmart ->'],
  ['a ticker in brackets after shares of', 'Shares of Globex Corp ( GLBX ) surged 5 % on Friday.', 'MOVED_BY company:globex ->'],
  ['the first of two coordinated owners', 'Facebook Inc and Alphabet Inc stock both climbed 5 % this week.', 'MOVED_BY company:facebook ->'],
  ['the second of two coordinated owners', 'Facebook Inc and Alphabet Inc stock both climbed 5 % this week.', 'MOVED_BY company:alphabet ->'],
  ['a move in a relative clause', 'Globex Corp shares, which were up 3.9 % earlier in the session, fell later.', 'MOVED_BY company:globex ->'],
  ['shares posting a gain, set off after "with"', 'Markets were mixed , with Globex Corp shares posting a 3 % gain .', 'MOVED_BY company:globex ->'],
  ['shares up by a figure, set off after "with"', 'Retailers fell , with Globex Corp shares down 4 % by noon .', 'MOVED_BY company:globex ->'],
  ['a move in the month of May, which is no modal', 'In May , Globex Corp shares rose 5 % on strong sales .', 'MOVED_BY company:globex ->'],
  ['a company that has been down, with an adverb and a period', 'Globex Corp has been steadily down this year , unlike its rivals .', 'MOVED_BY company:globex ->'],
  ['a company sharply higher on a weekday', 'Globex Corp was sharply higher on Monday after the report .', 'MOVED_BY company:globex ->'],
  ['a direction after the figure', 'Shares of Globex Corp have flown 23 % higher since last spring.', 'MOVED_BY company:globex ->'],
  ['a price "off" a figure', 'With shares of Globex Corp off 1.6 % at $ 27.36, the stock looks cheap.', 'MOVED_BY company:globex ->'],
  ['a stock that sold off', 'Globex Corp reported results on Monday. The stock sold off about 2 % on Friday.', 'MOVED_BY company:globex ->'],
  ['an opening move before its subject', 'Up nearly 30 % since January, Globex Corp ( GLBX ) has been a strong performer.', 'MOVED_BY company:globex ->'],
  ['a percentage after the amount', 'Globex Corp rose by 14 cents, or nearly 3 %, to finish at $ 4.95.', 'MOVED_BY company:globex ->'],
  ['names trading up', 'Globex Corp and Initech Inc are trading up this morning.', 'MOVED_BY company:initech ->'],
  ['a share price owned after a preposition', "The plant closure did nothing for Globex Corp's share price, which was 2 per cent lower in morning deals.", 'MOVED_BY company:globex ->'],
  ['a stock move after sales news', "Globex Corp shares fell 3 % after sales of its trucks slowed.", 'MOVED_BY company:globex ->'],
  ['shares last seen trading down', 'Globex Corp shares were last seen trading down one cent at $ 5.74.', 'MOVED_BY company:globex ->'],
  ['a past participle of a fall', 'Shares of Globex Corp have fallen 1.4 % to $ 105.98 today.', 'MOVED_BY company:globex ->'],
  ['a move over the trading day', 'Globex Corp shares yesterday ended the day up 9 cents at $ 21.17 .', 'MOVED_BY company:globex ->'],
  ['a misread name with a percentage and a price', 'Initech Inc slid 3 % , while Marlowe Tours is up 2.4 % at $ 61.20 .', 'MOVED_BY company:marlowe-tours ->'],
  ['a stock as the object of a raising verb', 'The ruling has boosted Globex Corp shares .', 'MOVED_BY company:globex ->'],
  ['a stock weighed on', "Globex Corp 's reliance on one drug is weighing on its shares .", 'MOVED_BY company:globex ->'],
  ['a rebound in shares of a company', 'The Dow rose , fueled by a rebound in shares of Globex Corp .', 'MOVED_BY company:globex ->'],
  ['a rally in a company', 'The index gained on a rally in Globex Corp , which beat forecasts .', 'MOVED_BY company:globex ->'],
  ["a decline in the company's share price", "Globex Corp builds trucks . Shareholders lament the roughly 25 percent yearly decline in the company 's share price .", 'MOVED_BY company:globex ->'],
  ['a possessive figure of a slide', "Criticism mounted following Globex Corp 's 7 percent slide in the stock since May .", 'MOVED_BY company:globex ->'],
  ['shares that took a dip', 'Globex Corp beat forecasts , but its shares took a 3 % dip .', 'MOVED_BY company:globex ->'],
  ['a tumbling share price', "Globex Corp 's tumbling share price has pushed up its dividend yield .", 'MOVED_BY company:globex ->'],
  ['stocks including a list of companies', 'Retail stocks including Globex Corp , Initech Inc and Acme Corp sank .', 'MOVED_BY company:initech ->'],
  ['a participle after a clause about the stock', 'Globex Corp climbed for a third session in a row , rising over 3 % to 17.45 .', 'MOVED_BY company:globex ->'],
  ['a direction set off after the closing price', 'Globex Corp closed at $ 12.40 , down 2 % .', 'MOVED_BY company:globex ->'],
  ['a company bought, described after a comma', 'Globex Corp agreed to acquire Portland , Ore.-based Initech Software Inc .', 'ACQUIRES company:globex -> company:initech-software'],
  ['a unit bought from its parent', "Globex Corp said it bought Initech Inc 's Acme Tools unit for $ 30 million .", 'ACQUIRES company:globex -> company:acme-tools'],
  ['a company bought through its stock', "Globex Corp has acquired a majority of Initech Inc 's outstanding stock .", 'ACQUIRES company:globex -> company:initech'],
  ['a company bought, named in apposition', "Globex Corp recently acquired its founder 's family business , Initech Sales Co , for $ 2 million .", 'ACQUIRES company:globex -> company:initech-sales'],
  ['a verb only prices take, without a figure', 'Globex Corp plunged on Tuesday after the recall .', 'MOVED_BY company:globex ->'],
  ['the trading a move happened in is no cause', 'Globex Corp stock was up 3/4 to 9-1/8 on turnover of 2,210,000 shares , among the busiest NYSE stocks today .', 'MOVED_BY company:globex -> event:'],
  ['the exchange a stock trades on is no cause', "Globex Corp 's stock gained 2-1/4 to 41-3/8 , after a late start on the New York Stock exchange .", 'MOVED_BY company:globex -> event:'],
  ['a bare fall set off by a comma', 'Globex Corp has fallen , while Initech Inc has held steady .', 'MOVED_BY company:globex ->'],
  ['a bare rise on a weekday, after an apposition', 'Globex Corp , a maker of pumps , rose on Tuesday .', 'MOVED_BY company:globex ->'],
  ['a bare rise with its reason', 'Globex Corp rose sharply today following an upgrade by Initech Inc .', 'MOVED_BY company:globex -> company:initech'],
  ['a change in cents after the closing price', 'Globex Corp finished trading in Boston on Friday at $ 21.30 per share , up 12 cents .', 'MOVED_BY company:globex ->'],
  ['an apposition between a company and its move', 'Globex Corp , a gas producer , rose 4.4 % on Tuesday .', 'MOVED_BY company:globex ->'],
  ['shares that extended their losses', 'Globex Corp shares extended their losses on Tuesday .', 'MOVED_BY company:globex ->'],
  ['a stock that hit a record', 'Globex Corp shares hit a record on Friday after the report .', 'MOVED_BY company:globex ->'],
  ['a stock closing at a record high', 'Globex Corp stock closed at a record high on Friday .', 'MOVED_BY company:globex ->'],
  ['a fall of market value', "Globex Corp 's market value fell by $ 20 billion .", 'MOVED_BY company:globex ->'],
  ['an opening phrase of a gain', 'With a gain of 70.1 % this year , Globex Corp is the best performing stock in the index .', 'MOVED_BY company:globex ->'],
  ['a stock named by its ticker after "the stock"', 'Globex Corp ( GLBX ) makes chips . The stock GLBX ran up 1.8 % in midday trade .', 'MOVED_BY company:globex ->'],
  ['a full name after "The"', 'The Globex Co. rose 2 % on Friday .', 'MOVED_BY company:globex ->'],
  ['a move in early trading', 'Globex Corp slipped in early trading on Tuesday .', 'MOVED_BY company:globex ->'],
  ['the biggest gainer of an index', 'Globex Corp was the biggest gainer on the S&P 500 on Friday .', 'MOVED_BY company:globex ->'],
  ['among the worst performers', 'Globex Corp shares were among the worst performers in the index .', 'MOVED_BY company:globex ->'],
  ['a stock that doubled', 'Globex Corp stock has doubled this year .', 'MOVED_BY company:globex ->'],
  ['a relative clause between a company and its move', 'Globex Corp , which posts results before the bell , is trading higher .', 'MOVED_BY company:globex ->'],
  ['a possessive apostrophe after a final s', "Acme Systems ' U.S.-listed shares rallied 2.5 % on Friday.", 'MOVED_BY company:acme-systems ->'],
  ['a name ending in a word only companies end in, whatever the tagger took it for', 'Orvane Auto fell 3.1 % on Monday.', 'MOVED_BY company:orvane-auto ->'],
  ['a move sent by what happened before the comma', 'Regulators approved a drug from Corvane Pharmaceuticals Inc on Thursday , sending its shares up 18 % .', 'MOVED_BY company:corvane-pharmaceuticals ->'],
  ['shares of a company sent lower by another', 'Orvane Corp cut its forecast , which sent shares of Tarnwell Foods Inc down 3 % .', 'MOVED_BY company:tarnwell-foods -> company:orvane'],
  ['a relative clause naming another company', 'Battery maker Orvane Energy Corp , which signed a supply deal with Quillmere Foods Inc last year , rose 4 %.', 'MOVED_BY company:orvane-energy ->'],
  ['a relative clause opened by its preposition', 'Quorvex Corp , in which Kestrel Inc owns a 21 % stake , surged 9 % to $ 52.30 .', 'MOVED_BY company:quorvex ->'],
  ['a second verb of the stock, joined by "and"', 'Globex Corp said it would cut jobs . The stock recovered from early losses , and was up 1.5 % to $ 18.70 .', 'MOVED_BY company:globex ->'],
  ['a second verb of an index described before its name', 'The broad gauge called the S&P 500 was flat in May and has gained 12 % this year .', 'MOVED_BY marketindex:s-and-p-500 ->'],
];

describe('relation rules', () => {
  it.each(moves)('%s', (_name, text, edge) => {
    expect(edgesOf(text).some((e) => e.startsWith(edge))).toBe(true);
  });

  it.each(present)('%s', (_name, text, edge) => {
    expect(edgesOf(text)).toContain(edge);
  });

  it.each(absent)('no edge for %s', (_name, text, edge) => {
    expect(edgesOf(text).filter((e) => e.startsWith(edge))).toEqual([]);
  });

  it('reads a rejected offer from a bidder', () => {
    const result = extract("National Instruments Corp's board rejected an unsolicited $7.6 billion takeover offer from Emerson Electric Co.");
    const bid = result.relations.find((r) => r.type === 'BIDS_FOR');
    expect(bid).toMatchObject({ source: 'company:emerson-electric', target: 'company:national-instruments' });
    expect(bid?.properties).toMatchObject({ status: 'rejected', value: 7.6e9 });
    expect(result.relations.some((r) => r.type === 'ACQUIRES')).toBe(false);
  });

  it('reads a Reuters instrument code between a company and its share move', () => {
    const move = extract('Apple Inc <AAPL.O> shares rose 2.5 percent to $150.10 in New York.').relations.find((r) => r.type === 'MOVED_BY');
    expect(move).toMatchObject({ source: 'company:apple' });
    expect(move?.properties).toMatchObject({ direction: 'UP', changePct: 2.5, price: 150.1 });
  });

  it('reads a company agreed to be acquired as an agreed deal, not a completed one', () => {
    const acq = extract('Initech Inc agreed to be acquired by Globex Corp for $ 2 billion.').relations.find((r) => r.type === 'ACQUIRES');
    expect(acq).toMatchObject({ source: 'company:globex', target: 'company:initech' });
    expect(acq?.properties['status']).toBe('agreed');
  });

  it.each([
    ['closed', "Coldridge Inc 's Lumenfold Corp acquisition closed on Monday ."],
    ['was completed', 'Coldridge Inc said its $ 2 billion acquisition of Lumenfold Corp was completed on Friday .'],
  ])('reads a deal noun that %s after it as a completed deal', (_verb, text) => {
    const acq = extract(text).relations.find((r) => r.type === 'ACQUIRES');
    expect(acq).toMatchObject({ source: 'company:coldridge', target: 'company:lumenfold' });
    expect(acq?.properties['status']).toBe('completed');
  });

  it('records whether a merger is agreed or completed, stored once for the pair', () => {
    const status = (text: string) => extract(text).relations.filter((r) => r.type === 'MERGES_WITH').map((r) => `${r.source} ${r.target} ${r.properties['status']}`);
    expect(status('Quillmere Inc agreed to merge with Orvane Corp .')).toEqual(['company:orvane company:quillmere agreed']);
    expect(status('Quillmere Inc completed its merger with Orvane Corp .')).toEqual(['company:orvane company:quillmere completed']);
  });

  it('reads a company named with a leading figure as bought', () => {
    const named = extract('Globex Corp said it has acquired 2001 Distributors Inc for $ 1 million .');
    const deal = named.relations.find((r) => r.type === 'ACQUIRES');
    expect(deal?.source).toBe('company:globex');
    expect(named.entities.find((e) => e.id === deal?.target)?.name).toMatch(/Distributors Inc$/);
  });

  it("reads a company's planned acquisition as a pending deal, and a plan to buy as a bid", () => {
    const pending = extract("Globex Corp 's planned acquisition of Initech Inc is waiting for the regulators' approval.").relations;
    expect(pending.find((r) => r.type === 'ACQUIRES')).toMatchObject({ source: 'company:globex', target: 'company:initech', properties: { status: 'pending' } });
    const plan = extract('Globex Corp plans to acquire Initech Inc next year.').relations;
    expect(plan.some((r) => r.type === 'ACQUIRES')).toBe(false);
    expect(plan.find((r) => r.type === 'BIDS_FOR')?.properties['status']).toBe('proposed');
  });

  it('records a withdrawn bid as BIDS_FOR with its status', () => {
    const result = extract('Acme Corp withdrew its offer to acquire Widget Inc on Friday.');
    const bid = result.relations.find((r) => r.type === 'BIDS_FOR');
    expect(bid?.properties['status']).toBe('withdrawn');
  });

  it("names the moved company's own news in full words", () => {
    const result = extract('Orvane Corp shares rose 5 % after the chipmaker said it had completed development of its next-generation memory chips , which it will sell to Quillmere Inc .');
    const move = result.relations.find((r) => r.type === 'MOVED_BY');
    expect(result.entities.find((e) => e.id === move?.target)?.name).toBe('Orvane Corp said it had completed development of its next-generation memory chips');
  });

  it('reads the exchange from the city the shares trade in', () => {
    const move = extract('Orvane Corp shares in Hong Kong rose 1.2 % .').relations.find((r) => r.type === 'MOVED_BY');
    expect(move?.properties).toMatchObject({ direction: 'UP', changePct: 1.2, exchange: 'HKEX' });
  });

  it('calls one of two chief executives CEO', () => {
    const lead = extract("Orvane Corp 's co-CEO Dana Whitlow said demand was strong .").relations.find((r) => r.type === 'LEADS');
    expect(lead?.properties['role']).toBe('CEO');
  });

  it('gives a leader of joined roles the one that says most', () => {
    const roles = extract('Globex Corp CEO and co-founder Maria Okafor said the deal was good .').relations.filter((r) => r.type === 'LEADS').map((r) => r.properties['role']);
    expect(roles).toEqual(['CEO']);
  });

  it('reads the status and value of a business sold', () => {
    const sale = extract('Orvane Plc said it had agreed to sell its Tarnwell lubricants business to U.S. private equity firm Quillmere for about $ 10 billion .').relations.find((r) => r.type === 'ACQUIRES');
    expect(sale?.properties).toMatchObject({ status: 'agreed', value: 10e9 });
  });

  it('reads value, stake and move properties', () => {
    const acq = extract('Globex Corp agreed to buy Initech Inc for $ 500 million.').relations.find((r) => r.type === 'ACQUIRES');
    expect(acq?.properties).toMatchObject({ status: 'agreed', value: 500e6, currency: 'USD' });
    const stake = extract('Toyota Motor Corp bought a 20 % stake in Suzuki Motor Corp.').relations.find((r) => r.type === 'INVESTS_IN');
    expect(stake?.properties['stake']).toBe(20);
    const move = extract('Shares of Tesla Inc fell 4.76 % to $ 47.08 on Friday.').relations.find((r) => r.type === 'MOVED_BY');
    expect(move?.properties).toMatchObject({ direction: 'DOWN', changePct: 4.76, price: 47.08, currency: 'USD' });
  });

  it.each([
    ['a price a share, then the total', 'Globex Corp agreed to buy Initech Inc for $ 42.00 per share in cash , or about $ 3.1 billion .', { pricePerShare: 42, value: 3.1e9 }],
    ['a figure, a scale and a currency after it', 'Globex Corp agreed to buy Initech Inc for 27 dlrs a share or 270 mln dlrs .', { pricePerShare: 27, value: 270e6 }],
    ['a raised price a share, no total', 'Globex Corp agreed to buy Initech Inc for $ 92.50 a share , up from $ 80 .', { pricePerShare: 92.5 }],
  ])("reads a deal's price a share apart from its value: %s", (_name, text, expected) => {
    const acq = extract(text).relations.find((r) => r.type === 'ACQUIRES');
    expect(acq?.properties).toMatchObject({ status: 'agreed', currency: 'USD', ...expected });
    if (!('value' in expected)) expect(acq?.properties['value']).toBeUndefined();
  });

  it('records a move without a stated cause against a document-scoped stock_move event', () => {
    const result = extract('Shares of Tesla Inc fell 3 % on Friday.');
    const move = result.relations.find((r) => r.type === 'MOVED_BY')!;
    const event = result.entities.find((e) => e.id === move.target)!;
    expect(event.type).toBe('Event');
    expect(event.properties['kind']).toBe('stock_move');
    expect(event.id).toContain(result.documents[0]!.id);
    expect(result.relations.some((r) => r.type === 'INVOLVES' && r.source === event.id && r.target === 'company:tesla')).toBe(true);
  });

  it('reads a completed deal as completed even with "ending" nearby', () => {
    const result = extract('Microsoft Corp said on Monday it had completed its $69 billion acquisition of Activision Blizzard Inc, ending a 20-month regulatory battle.');
    expect(result.relations.find((r) => r.type === 'ACQUIRES')?.properties).toMatchObject({ status: 'completed', value: 69e9 });
  });

  it('types a described unknown name as a company', () => {
    expect(edgesOf('SoftBank Group Corp invested $2 billion in ride-hailing firm Didi Chuxing, the company said.')).toContain(
      'INVESTS_IN company:softbank -> company:didi-chuxing',
    );
  });

  it('keeps a "Hong Kong-listed" description out of the name', () => {
    const result = extract('Hong Kong-listed Alibaba Group Holding Ltd (HKEX: 9988) slumped 4.2% to HK$78.30.');
    expect(result.entities.map((e) => e.id)).toContain('company:alibaba');
    expect(result.relations.find((r) => r.type === 'MOVED_BY')?.properties).toMatchObject({ direction: 'DOWN', changePct: 4.2, price: 78.3, currency: 'HKD' });
  });

  it('does not borrow a cause from a sentence about another company', () => {
    const text = 'Nvidia Corp shares jumped 8% on Thursday, lifted by new U.S. export rules that analysts said would benefit the company. Reliance Industries Ltd gained 2.3 percent after it agreed to buy a stake in a media venture.';
    expect(edgesOf(text).filter((e) => e.startsWith('MOVED_BY company:reliance-industries -> policy'))).toEqual([]);
  });

  it('names beating estimates as earnings news behind a move', () => {
    const result = extract('Shares of Tesla Inc gained 4 % after the company beat estimates.');
    const move = result.relations.find((r) => r.type === 'MOVED_BY')!;
    expect(result.entities.find((e) => e.id === move.target)?.properties['kind']).toBe('earnings');
  });

  it('names the news behind a move as an event of its kind', () => {
    const result = extract('Shares of Tesla Inc fell 7% on Tuesday after the company reported weaker-than-expected deliveries.');
    const move = result.relations.find((r) => r.type === 'MOVED_BY')!;
    const event = result.entities.find((e) => e.id === move.target)!;
    expect(event.properties['kind']).toBe('report');
    expect(event.name).toBe('Tesla Inc reported weaker-than-expected deliveries');
    expect(result.relations.some((r) => r.type === 'INVOLVES' && r.source === event.id && r.target === 'company:tesla')).toBe(true);
  });

  it.each([
    ['deal', 'Quillmere Foods Inc rose 4 % after it agreed to buy a rival bakery chain.', 'Quillmere Foods Inc agreed to buy a rival bakery chain'],
    ['product', 'Orvane Motors Corp jumped 6 % after the company unveiled a cheaper electric truck.', 'Orvane Motors Corp unveiled a cheaper electric truck'],
    ['management', 'Shares of Tarnwell Capital fell 5 % after its chief executive resigned.', 'its chief executive resigned'],
    ['earnings', 'Corvane Pharmaceuticals Inc fell 3 % after the drugmaker cut its annual profit forecast .', 'Corvane Pharmaceuticals Inc cut its annual profit forecast'],
    ['policy', 'Corvane Chips Inc fell 3 % after regulators banned purchases of its chips .', 'regulators banned purchases of its chips'],
  ])('names %s news behind a move as an event of that kind', (kind, text, name) => {
    const result = extract(text);
    const move = result.relations.find((r) => r.type === 'MOVED_BY')!;
    const event = result.entities.find((e) => e.id === move.target)!;
    expect(event.properties['kind']).toBe(kind);
    expect(event.name).toBe(name);
  });

  it("reads the main clause's move, not one told in a relative clause before it", () => {
    const move = extract('Orvane Motors Corp shares , which have climbed 40 % this year , dropped 4 % after the company cut its outlook .').relations.find((r) => r.type === 'MOVED_BY');
    expect(move?.properties).toMatchObject({ direction: 'DOWN', changePct: 4 });
  });

  it('gives each company listed the figure in its place when told "respectively"', () => {
    const moves = extract('Orvane Motors Corp and Tarnwell Auto Corp were down 4 % and 3.5 % respectively .').relations.filter((r) => r.type === 'MOVED_BY');
    expect(Object.fromEntries(moves.map((r) => [r.source, r.properties['changePct']]))).toEqual({ 'company:orvane-motors': 4, 'company:tarnwell-auto': 3.5 });
  });

  it('emits a symmetric partnership once', () => {
    const text = 'Ford Motor Co announced a partnership with Rivian Automotive Inc. Rivian Automotive Inc also signed an agreement with Ford Motor Co.';
    expect(edgesOf(text).filter((e) => e.startsWith('PARTNERS_WITH'))).toHaveLength(1);
  });
});
