import { describeEdgeRows, type EdgeRow } from './harness.js';

// A company said to be another's supplier, partner or customer: one row per behaviour, invented text.
const present: EdgeRow[] = [
  ['a supplier after a copula', 'Orvane Corp is a key supplier to Quillmere Inc .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['a partner after a copula', 'Orvane Corp is a longtime partner of Quillmere Inc .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ["one of a company's suppliers", "Orvane Corp is one of Quillmere Inc 's biggest suppliers .", 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['a customer counted', 'Orvane Corp counts Quillmere Inc as a customer .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['a customer counted among others', 'Orvane Corp counts Quillmere Inc among its customers .', 'PARTNERS_WITH company:orvane -> company:quillmere'],
  ['each customer listed', "Orvane Corp 's customers include Quillmere Inc and Vandelay Corp .", 'PARTNERS_WITH company:orvane -> company:vandelay'],
];

const absent: EdgeRow[] = [
  ['a former supplier', 'Orvane Corp was a former supplier to Quillmere Inc .', 'PARTNERS_WITH'],
  ['a supplier denied', 'Orvane Corp is not a supplier to Quillmere Inc .', 'PARTNERS_WITH'],
  ["an agency's clients", "Orvane Corp 's clients include Quillmere Inc .", 'PARTNERS_WITH'],
];

describeEdgeRows('role statements', present, absent);
