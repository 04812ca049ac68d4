/**
 * Abbreviations of business and finance writing that name a kind of thing, a role or a measure, never one body or
 * person: "an SUV", "the CIO", "EBITDA", "B2B sales".
 */
const BUSINESS_ABBREVIATIONS = new Set(
  (
    'SME SMB SUV GST VAT CIO CMO CTO CFO COO CEO CXO HR PR VP EVP SVP ATM EBIT EBITDA EPS IPO ETF GDP CPI PMI KPI ' +
    'ROI ROE ROA TTM YOY QOQ MSRP ERP CRM R&D M&A LTE AGM NAV FAQ DIY CAGR APR'
  ).split(' '),
);
// "B2B", "B2C", "P2P": one party to another.
const PARTY_TO_PARTY = /^\p{Lu}2\p{Lu}$/u;

/** Is this token a business abbreviation of a kind of thing, a role or a measure? */
export const isBusinessAbbreviation = (word: string) => BUSINESS_ABBREVIATIONS.has(word) || PARTY_TO_PARTY.test(word);
