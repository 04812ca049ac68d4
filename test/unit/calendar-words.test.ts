import { describe, expect, it } from 'vitest';
import { isCalendarWord, isMonthName, isMonthWord } from '../../src/extraction/calendar-words.js';

describe('calendar words', () => {
  it.each(['March', 'sept.', 'DEC', 'june'])('reads %s as a month in any case', (w) => expect(isMonthWord(w)).toBe(true));
  it.each(['Marches', 'decade', 'Junior'])('does not read %s as a month', (w) => expect(isMonthWord(w)).toBe(false));
  it('takes only a capitalised month for a month name, so the modal "may" and a shouted line are left alone', () => {
    expect(['May', 'Sept', 'may', 'MAY'].map(isMonthName)).toEqual([true, true, false, false]);
  });
  it('reads weekdays and month abbreviations with their full stop as calendar words', () => {
    expect(['tuesday', 'oct.', 'octet'].map(isCalendarWord)).toEqual([true, true, false]);
  });
});
