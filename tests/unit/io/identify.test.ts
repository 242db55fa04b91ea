import { describe, expect, it } from 'vitest';
import { identifyFile } from '../../../src/io/identify';

describe('identifying a dropped file', () => {
  it('goes by a file name that says what it is', () => {
    expect(identifyFile('Cities (2).csv', '')).toBe('cities');
    expect(identifyFile('training-workshops-2019.csv', '')).toBe('workshops');
    expect(identifyFile('Partnerships export.CSV', '')).toBe('partnerships');
  });

  it('goes by the header when the name says nothing', () => {
    expect(identifyFile('export1.csv', 'ID;City;Country;Latitude;Longitude\n')).toBe('cities');
    expect(identifyFile('export2.csv', '\uFEFFid,title,start_date,host_city_ids\n')).toBe(
      'workshops',
    );
    expect(identifyFile('export3.csv', 'from,to,themes,start_year\n')).toBe('partnerships');
  });

  it('gives up when neither name nor header tells', () => {
    expect(identifyFile('data.csv', 'a,b,c\n1,2,3')).toBeNull();
  });
});
