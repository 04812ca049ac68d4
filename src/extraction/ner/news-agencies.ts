/**
 * The capital-letter names of news and press-release agencies, credited in brackets after a dateline's place
 * ("Lagos ( AFP ) -", "Toronto , Ontario ( PRWEB )"), where a company's ticker would stand after its name.
 */
const AGENCY_CODES = new Set(
  'AP AFP UPI DPA EFE ANSA AAP PTI IANS ANI UNI GNA NAN KUNA WAM SPA MENA IRNA TASS BSS APA CNA BNA PRWEB'.split(' '),
);

/** "AFP", "PRWEB": a news agency's name in capitals, not a ticker. */
export const isNewsAgencyCode = (word: string) => AGENCY_CODES.has(word);
