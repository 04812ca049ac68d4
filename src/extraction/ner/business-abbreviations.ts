/**
 * Abbreviations of business and finance writing that name a kind of thing, a role or a measure, never one body or
 * person: "an SUV", "the CIO", "EBITDA", "B2B sales".
 */
const BUSINESS_ABBREVIATIONS = new Set(
  (
    'SME SMB SUV GST VAT CIO CMO CTO CFO COO CEO CXO HR PR VP EVP SVP ATM EBIT EBITDA EPS IPO ETF GDP GNP CPI PPI PMI KPI ' +
    'ROI ROE ROA TTM YOY QOQ MSRP ERP CRM R&D M&A LTE AGM NAV FAQ DIY CAGR APR ' +
    // Kinds of investor, fund and qualification: "a PE ratio", "the VC firm", "an MBA", "NRI buyers".
    'PE VC ESG REIT MBA CPA CFP PhD NRI PM IR ' +
    // Kinds of product and technology: "a TV soap", "UV light", "an RV", "an EEG", "SaaS tools", "IoT devices".
    'TV UV RV EV BTU EEG MRI GPS LED LCD USB PC DVD HD OEM GMO AI API SaaS PaaS IaaS IoT'
  ).split(' '),
);
// "B2B", "B2C", "P2P": one party to another.
const PARTY_TO_PARTY = /^\p{Lu}2\p{Lu}$/u;

/** Is this token a business abbreviation of a kind of thing, a role or a measure? */
export const isBusinessAbbreviation = (word: string) => BUSINESS_ABBREVIATIONS.has(word) || PARTY_TO_PARTY.test(word);
