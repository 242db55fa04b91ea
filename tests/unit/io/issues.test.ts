/** The one issue factory: every issue names file, row, column and value, in the report's order. */
import { describe, expect, it } from 'vitest';
import { issueAt } from '../../../src/io/issues';
import { csv, loadDataset } from './helpers';

describe('issueAt', () => {
  it('places an issue in a cell, or in a whole row or file with an empty column and value', () => {
    expect(
      issueAt('error', { file: 'cities.csv', row: 3, column: 'lat', value: 'x' }, 'out-of-range', {
        min: -90,
        max: 90,
      }),
    ).toEqual({
      file: 'cities.csv',
      row: 3,
      column: 'lat',
      value: 'x',
      severity: 'error',
      code: 'out-of-range',
      params: { min: -90, max: 90 },
    });
    expect(issueAt('warning', { file: 'cities.csv', row: 1 }, 'no-data-rows')).toEqual({
      file: 'cities.csv',
      row: 1,
      column: '',
      value: '',
      severity: 'warning',
      code: 'no-data-rows',
      params: {},
    });
  });

  it('gives every issue the loader reports the same fields, in the order the JSON report shows', () => {
    const result = loadDataset({
      cities: csv('id,name,country,lat,lon,extra', 'a,A,XX,200,1', 'b,B,JP,1,2,3,4', '"c'),
      workshops: csv('id,title,start_date', 'w,,2020'),
      partnerships: csv('city_a_id,city_b_id,end_year', 'a,a,3000'),
    });
    expect(result.issues.length).toBeGreaterThan(5);
    for (const issue of result.issues) {
      // Place, severity, what the problem is (code and params), then its English sentence.
      expect(Object.keys(issue)).toEqual([
        'file',
        'row',
        'column',
        'value',
        'severity',
        'code',
        'params',
        'message',
      ]);
    }
  });
});
