import { describe, expect, it } from 'vitest';
import { isPartialDate, partialDateBound, yearOf } from '../../../src/domain/dates';

describe('partial dates', () => {
  it('accepts YYYY-MM-DD, YYYY-MM and YYYY, and only real calendar dates', () => {
    expect(['2017-11-27', '2017-11', '2017', '2020-02-29'].every(isPartialDate)).toBe(true);
    expect(
      ['2019-02-29', '2017-13', '2017-11-31', '17-11-27', '27/11/2017', ''].some(isPartialDate),
    ).toBe(false);
  });

  it('reads the year, and the first or last day a partial date can mean', () => {
    expect(yearOf('2017-11-27')).toBe(2017);
    expect(partialDateBound('2017', false)).toBe('2017-01-01');
    expect(partialDateBound('2017', true)).toBe('2017-12-31');
    expect(partialDateBound('2020-02', true)).toBe('2020-02-29');
    expect(partialDateBound('2020-02-10', true)).toBe('2020-02-10');
  });
});
