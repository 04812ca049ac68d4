import type { SourceItem } from '../../src/ingest/read-sources.js';
import { SeededRandom } from './seeded-random.js';
import { syntheticCompanies, type SyntheticCompany } from './synthetic-companies.js';

/**
 * Business-news articles built from hand-written sentence templates over invented companies, so the graph
 * can grow past Reuters-21578 with the same kinds of facts: listings, partnerships, share moves with
 * causes, deals and executives. Deterministic: article n is the same for the same seed.
 */

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const PURPOSES = [
  'develop battery cells for electric vehicles', 'build a chip packaging plant in Malaysia', 'supply solar modules to utilities in Texas',
  'jointly market cloud software to banks', 'expand charging networks across Europe', 'produce generic drugs for Southeast Asia',
  'design low-orbit satellites', 'distribute frozen foods in Latin America', 'develop hydrogen fuel cells for trucks',
];
const POLICIES = [
  'export subsidy program', 'consumer electronics subsidy program', 'clean energy tax credit', 'semiconductor investment scheme',
  'electric vehicle purchase subsidy', 'infrastructure stimulus plan', 'interest rate cut', 'tariff exemption policy',
];
const BAD_NEWS = [
  'the company cut its full-year revenue forecast', 'a regulator opened an investigation into its accounts',
  'quarterly profit missed analyst estimates', 'its chief financial officer resigned unexpectedly',
];
const PRODUCTS = ['smartphones', 'electric vans', 'industrial robots', 'memory chips', 'wind turbines', 'payment terminals', 'cloud storage'];
const REGIONS = ['China', 'Japan', 'Germany', 'Brazil', 'India', 'Canada', 'Mexico', 'Indonesia'];
const FIRST = ['Mara', 'Daniel', 'Wei', 'Priya', 'Jonas', 'Elena', 'Kenji', 'Laura', 'Omar', 'Sofia', 'Lucas', 'Hannah'];
const LAST = ['Delgado', 'Fischer', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Brennan', 'Kowalski', 'Haddad', 'Reyes', 'Whitfield', 'Arendt'];

const money = (r: SeededRandom) => `${r.int(5, 95)}.${String(r.int(0, 99)).padStart(2, '0')}`;
const pct = (r: SeededRandom) => `${r.int(1, 14)}.${r.int(1, 9)}`;
const ticker = (c: SyntheticCompany) => `${c.exchange}: ${c.symbol}`;
const person = (r: SeededRandom) => `${r.pick(FIRST)} ${r.pick(LAST)}`;

type Template = (r: SeededRandom, a: SyntheticCompany, b: SyntheticCompany) => { title: string; sentences: string[] };

const TEMPLATES: Template[] = [
  (r, a, b) => ({
    title: `${a.name} partners with ${b.name} to ${r.pick(PURPOSES)}`,
    sentences: [
      `${a.name} (${ticker(a)}) said on ${r.pick(DAYS)} it had formed a partnership with ${b.name} (${ticker(b)}) to ${r.pick(PURPOSES)}.`,
      `Shares of ${a.name} rose ${pct(r)}% to $${money(r)} after the announcement, as investors welcomed the new ${r.pick(POLICIES)}.`,
      `Chief executive ${person(r)} said the agreement would cut costs and speed up deliveries.`,
    ],
  }),
  (r, a, b) => ({
    title: `${a.name} shares jump on ${r.pick(POLICIES)}`,
    sentences: [
      `${a.name} (${ticker(a)}) shares surged ${pct(r)}% on ${r.pick(DAYS)}, driven by optimism over the government's new ${r.pick(POLICIES)}.`,
      `Rival ${b.name} (${ticker(b)}) gained ${pct(r)}% as analysts said demand for ${r.pick(PRODUCTS)} in ${r.pick(REGIONS)} remained strong.`,
      `${a.name} and ${b.name} teamed up last year to ${r.pick(PURPOSES)}.`,
    ],
  }),
  (r, a, b) => ({
    title: `${a.name} stock falls after profit warning`,
    sentences: [
      `Shares in ${a.name} (${ticker(a)}) fell ${pct(r)}% to $${money(r)} on ${r.pick(DAYS)} after ${r.pick(BAD_NEWS)}.`,
      `The company said sales of ${r.pick(PRODUCTS)} slowed in ${r.pick(REGIONS)}.`,
      `Its supply agreement with ${b.name} runs until 2027, ${person(r)}, the chief executive, told analysts.`,
    ],
  }),
  (r, a, b) => ({
    title: `${a.name} to acquire ${b.name}`,
    sentences: [
      `${a.name} (${ticker(a)}) agreed to acquire ${b.name} (${ticker(b)}) for $${r.int(120, 980)} million in cash, the companies said on ${r.pick(DAYS)}.`,
      `${b.name} shares jumped ${pct(r)}% to $${money(r)} on the news.`,
      `The deal is expected to close in the second half of the year, subject to approval by regulators in ${r.pick(REGIONS)}.`,
    ],
  }),
  (r, a, b) => ({
    title: `${a.name} and ${b.name} sign supply deal`,
    sentences: [
      `${a.name} signed a supply agreement with ${b.name} (${ticker(b)}) on ${r.pick(DAYS)} to ${r.pick(PURPOSES)}.`,
      `${a.name} (${ticker(a)}) shares climbed ${pct(r)}% to $${money(r)} in early trading.`,
      `${person(r)}, chief executive of ${b.name}, said the contract was the largest in the company's history.`,
    ],
  }),
];

/** The companies an article of a graph with `total` articles draws from: about one per eight articles. */
export function companyPoolSize(total: number): number {
  return Math.max(50, Math.ceil(total / 8));
}

/** Article `n` (0-based) of a run meant to reach `total` articles. */
export function syntheticArticle(n: number, companies: readonly SyntheticCompany[], seed = 11): { id: string; title: string; text: string; publishedAt: string } {
  const r = new SeededRandom(seed * 1_000_003 + n);
  const a = r.pick(companies);
  let b = r.pick(companies);
  if (b === a) b = companies[(companies.indexOf(a) + 1) % companies.length] as SyntheticCompany;
  const { title, sentences } = r.pick(TEMPLATES)(r, a, b);
  const day = new Date(Date.UTC(2024, 0, 1) + (n % 700) * 86_400_000 + r.int(0, 86_399) * 1000);
  return { id: `synthetic-${n}`, title, text: sentences.join(' '), publishedAt: day.toISOString() };
}

/** Articles `from`..`to`-1 as ingest items; companies sized for `total` so a growing graph keeps its names. */
export function* syntheticItems(from: number, to: number, total: number, seed = 11): Generator<SourceItem> {
  const companies = syntheticCompanies(companyPoolSize(total), seed);
  for (let n = from; n < to; n += 1) {
    const article = syntheticArticle(n, companies, seed);
    yield { input: { ...article, source: 'bench-synthetic' }, where: article.id };
  }
}
