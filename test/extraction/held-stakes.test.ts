import { describeEdgeRows, type EdgeRow } from './harness.js';

// Holdings told from the held company's side or as a sale: one row per behaviour, invented text.
const present: EdgeRow[] = [
  ['a minority owner in apposition', 'Tarnwell Inc , 40 pct owned by Orvane Corp , lifted its dividend .', 'INVESTS_IN company:orvane -> company:tarnwell'],
  ['a minority owner in a relative clause', 'Tarnwell Inc , which is 40 pct owned by Orvane Corp , lifted its dividend .', 'INVESTS_IN company:orvane -> company:tarnwell'],
  ['a majority owner is the parent', 'Tarnwell Inc , 87 pct-owned by Orvane Corp , lifted its dividend .', 'SUBSIDIARY_OF company:tarnwell -> company:orvane'],
  ['a holder after "in which"', 'Tarnwell Inc , in which Orvane Corp holds a 20 pct stake , lifted its dividend .', 'INVESTS_IN company:orvane -> company:tarnwell'],
  ['a stake in itself sold', 'Tarnwell Inc sold a 15 pct stake to Orvane Corp for 40 mln dlrs .', 'INVESTS_IN company:orvane -> company:tarnwell'],
  ['a stake in another company sold', 'Tarnwell Inc agreed to sell its 37 pct interest in Vandelay Corp to Orvane Corp .', 'INVESTS_IN company:orvane -> company:vandelay'],
  ['a stake sold, a ticker after the company', 'Vandelay Corp agreed to sell its 17.5 pct interest in Tarnwell Inc < TRN.N > to Orvane Corp .', 'INVESTS_IN company:orvane -> company:tarnwell'],
  ['a stake of unsaid size in another company sold', 'Tarnwell Inc sold its stake in Vandelay Corp to Orvane Corp .', 'INVESTS_IN company:orvane -> company:vandelay'],
  ['a stake sold, named by the company before the noun', 'Tarnwell Inc sold its Vandelay Corp stake to Orvane Corp .', 'INVESTS_IN company:orvane -> company:vandelay'],
];

const absent: EdgeRow[] = [
  ['a sale only planned', 'Tarnwell Inc plans to sell its 37 pct interest in Vandelay Corp to Orvane Corp .', 'INVESTS_IN'],
  ['a stake sold to a unit of the buyer', "Tarnwell Inc sold its 37 pct stake in Vandelay Corp to Orvane Corp 's pension fund .", 'INVESTS_IN'],
  ['a plant held', 'Costs rose at the Kettleby Nuclear Plant , in which Orvane Corp holds a 30 pct interest .', 'INVESTS_IN'],
  ['a holding given up, the seller', 'Tarnwell Inc sold its 37 pct stake in Vandelay Corp to Orvane Corp .', 'INVESTS_IN company:tarnwell'],
];

describeEdgeRows('held stakes', present, absent);
