import type { NerModel } from './ner/perceptron-tagger.js';

/** Which capitalised words are ordinary words or sector names rather than names (for titles, where all words are capitalised). */

export const STOCK_WORDS = new Set(['stock', 'stocks', 'shares', 'share']);

export const isCommonOrStock = (model: NerModel, w: string) => model.commonLower.has(w) || STOCK_WORDS.has(w);

// An ordinary word of running text, or its plural ("Signals", "Launches").
export const isPlainWord = (model: NerModel, w: string) =>
  model.commonLower.has(w) ||
  (w.endsWith('s') && model.commonLower.has(w.slice(0, -1))) ||
  (w.endsWith('es') && model.commonLower.has(w.slice(0, -2)));

// Sector words name markets, not companies: "Tech Stock Sell-Off", "Energy shares", "Luxury Shares Slump", "AI Shares Rally".
export const SECTOR_WORDS = new Set(
  (
    'tech technology auto autos energy mining retail chip chips oil airline airlines bank banks property insurance defense defence ' +
    'biotech pharma telecom telecoms media utilities steel crypto market markets stocks wall banking gas gold utility healthcare ' +
    'shipping solar insurer miner ai ev luxury travel leisure cruise casino gaming global world emerging consumer industrial ' +
    'industrials financial financials semiconductor semiconductors drug drugmaker drugmakers carmaker carmakers automaker ' +
    'automakers homebuilder homebuilders construction materials commodity lithium tobacco food beverage fashion ' +
    'cannabis meme growth value cyclical defensive'
  ).split(' '),
);
