/**
 * "Q3", "3Q17", "H1", "FY2024": a fiscal period written in capitals and figures. Titles put it right after the
 * company it reports on ("Orvane Q3 Profit Jumps"); it is never a word of a name, so it must not make the name
 * before it look like one part of a longer name.
 */
// Quarters (Q1, 1Q, 3Q17, Q4FY24), halves (H1, 2H, 1H2025), years (FY, FY24, FY2024, CY2023) and nine months (9M).
const FISCAL_PERIOD = /^(?:(?:Q[1-4]|[1-4]Q|H[12]|[12]H|9M)(?:FY)?(?:\d{2}|\d{4})?|(?:FY|CY)(?:\d{2}|\d{4})?)$/;

export function isFiscalPeriod(word: string): boolean {
  return word.length <= 8 && FISCAL_PERIOD.test(word);
}
