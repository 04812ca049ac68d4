import type { NerLabel } from './recognise-mentions.js';

/**
 * Weighted votes for the label of each name text of a story. Most names get one label, so each keeps its labels and
 * weights in two short lists rather than a map of its own (a map per name cost more to make than the votes it held).
 */

interface Tally {
  labels: NerLabel[];
  weights: number[];
}

export class LabelVotes {
  private readonly byText = new Map<string, Tally>();

  add(text: string, label: NerLabel, weight: number): void {
    const tally = this.byText.get(text);
    if (!tally) {
      this.byText.set(text, { labels: [label], weights: [0 + weight] });
      return;
    }
    const k = tally.labels.indexOf(label);
    if (k < 0) {
      tally.labels.push(label);
      tally.weights.push(0 + weight);
    } else tally.weights[k] = tally.weights[k]! + weight;
  }

  /** Each text's label of the most weight (of equals, the first voted), the texts in the order first voted. */
  winners(): Map<string, NerLabel> {
    const best = new Map<string, NerLabel>();
    for (const [text, { labels, weights }] of this.byText) {
      let label: NerLabel | undefined;
      let max = 0;
      for (let k = 0; k < labels.length; k++) if (weights[k]! > max) (max = weights[k]!), (label = labels[k]);
      if (label) best.set(text, label);
    }
    return best;
  }
}
