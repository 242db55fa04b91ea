import { describe, expect, it } from 'vitest';
import { matchesThemes, partnershipInYears, workshopInYears } from '../../../src/domain/filters';
import type { Partnership, Workshop } from '../../../src/domain/types';

const ws = (startDate: string, endDate = '') => ({ startDate, endDate }) as Workshop;
const ps = (startYear: number | null, endYear: number | null = null) =>
  ({ startYear, endYear }) as Partnership;

describe('time semantics', () => {
  it('keeps a workshop whose dates overlap the range, including one spanning New Year', () => {
    expect(workshopInYears(ws('2017-11-27', '2017-12-01'), { from: 2017, to: 2017 })).toBe(true);
    expect(workshopInYears(ws('2019-12-30', '2020-01-02'), { from: 2020, to: 2021 })).toBe(true);
    expect(workshopInYears(ws('2019-12-30', '2020-01-02'), { from: 2021, to: 2022 })).toBe(false);
    expect(workshopInYears(ws('2016'), { from: 2017, to: 2018 })).toBe(false);
  });

  it('counts a partnership active from its start year, open-ended without an end year', () => {
    expect(partnershipInYears(ps(2013), { from: 2020, to: 2020 })).toBe(true);
    expect(partnershipInYears(ps(2013), { from: 2010, to: 2012 })).toBe(false);
    expect(partnershipInYears(ps(2013, 2015), { from: 2016, to: 2020 })).toBe(false);
    expect(partnershipInYears(ps(2013, 2015), { from: 2015, to: 2015 })).toBe(true);
  });

  it('keeps a partnership of unknown start year in every range', () => {
    expect(partnershipInYears(ps(null), { from: 1990, to: 1991 })).toBe(true);
  });
});

describe('themes', () => {
  it('matches a record with any selected theme, and everything when none is selected', () => {
    expect(matchesThemes(['waste', 'energy'], ['water', 'energy'])).toBe(true);
    expect(matchesThemes(['waste'], ['water'])).toBe(false);
    expect(matchesThemes([], [])).toBe(true);
    expect(matchesThemes([], ['water'])).toBe(false);
  });
});
