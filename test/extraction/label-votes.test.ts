import { describe, expect, it } from 'vitest';
import { LabelVotes } from '../../src/extraction/ner/label-votes.js';

describe('LabelVotes', () => {
  it('gives each text the label of the most weight, summed over its votes', () => {
    const votes = new LabelVotes();
    votes.add('Kent', 'ORG', 1);
    votes.add('Kent', 'PER', 2);
    votes.add('Kent', 'ORG', 0.5);
    votes.add('Orvane', 'ORG', 0.5);
    expect([...votes.winners()]).toEqual([
      ['Kent', 'PER'],
      ['Orvane', 'ORG'],
    ]);
  });

  it('gives a tie to the label voted first, and lists the texts in the order first voted', () => {
    const votes = new LabelVotes();
    votes.add('Dellby', 'LOC', 1);
    votes.add('Amazon', 'ORG', 1);
    votes.add('Amazon', 'LOC', 1);
    votes.add('Dellby', 'ORG', 1);
    expect([...votes.winners()]).toEqual([
      ['Dellby', 'LOC'],
      ['Amazon', 'ORG'],
    ]);
  });
});
