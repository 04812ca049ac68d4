import { describe, expect, it } from 'vitest';
import { edgesOf } from './harness.js';

// Share moves of companies named as members of a group that moved; causes are events, so only subjects are checked.
const groupMoves: [string, string, string][] = [
  ['members listed after a group that was higher', 'Orvane Motors rose 2 % , while other carmakers were largely higher as well , including Quillmere Auto , Tarnwell Motors and Belcastle Motor Corp .', 'MOVED_BY company:tarnwell-motors ->'],
  ['the first member listed', 'Chip stocks rallied 3 % on Friday , including Quillmere Semiconductor Inc and Tarnwell Devices Corp .', 'MOVED_BY company:quillmere-semiconductor ->'],
  ['members leading a group down', 'Bank stocks tumbled on Tuesday , led by Orvane Bancorp Inc and Quillmere Financial Corp .', 'MOVED_BY company:quillmere-financial ->'],
  ['a group that has risen', 'Airline shares have all risen this week , including Orvane Airlines Inc and Tarnwell Air Corp .', 'MOVED_BY company:orvane-airlines ->'],
];

const noGroupMoves: [string, string][] = [
  ['a business figure of the group', 'Sales at retailers rose 4 % , including Orvane Stores Inc and Quillmere Foods Inc .'],
  ['a forecast for the group', 'Analysts expect chip stocks to rise , including Orvane Semiconductor Inc and Quillmere Devices Corp .'],
  ['a direction word that is no move', 'Carmakers face higher costs , including Orvane Motors Inc and Quillmere Auto Corp .'],
  ['a list not set off after the move', 'Carmakers including Orvane Motors Inc and Quillmere Auto Corp cut jobs .'],
  ['members of a group that did something else', 'Carmakers recalled cars , including Orvane Motors Inc and Quillmere Auto Corp .'],
  ['a move of something other than a group', 'Revenue rose 5 % , including Orvane Motors Inc and Quillmere Auto Corp .'],
];

describe('relation recall: group moves', () => {
  it.each(groupMoves)('%s', (_name, text, edge) => {
    expect(edgesOf(text).some((e) => e.startsWith(edge))).toBe(true);
  });
  it.each(noGroupMoves)('no move for %s', (_name, text) => {
    expect(edgesOf(text).filter((e) => e.startsWith('MOVED_BY'))).toEqual([]);
  });
});
