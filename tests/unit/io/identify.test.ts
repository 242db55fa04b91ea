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

  it('knows a table of pairs by its header, whatever its name', () => {
    const pairs =
      'city1,country1,lat1,lng1,city2,country2,lat2,lng2\nOsaka,JP,34.7,135.5,Sakai,JP,34.6,135.5';
    expect(identifyFile('export.csv', pairs)).toBe('pairs');
    expect(identifyFile('pairs.csv', pairs)).toBe('pairs');
    // "partnerships" in the name, but the header is a table of pairs.
    expect(identifyFile('partnerships.csv', pairs)).toBe('pairs');
    expect(
      identifyFile(
        'x.csv',
        'Origin;Origin Lat;Origin Lon;Destination;Destination Lat;Destination Lon\n',
      ),
    ).toBe('pairs');
    expect(identifyFile('x.csv', '"from","to","from_lat","from_lng","to_lat","to_lng"\n')).toBe(
      'pairs',
    );
  });

  it('keeps a pairs.csv of city ids a partnerships file', () => {
    expect(identifyFile('pairs.csv', 'city_a_id,city_b_id,themes\n')).toBe('partnerships');
    expect(identifyFile('pairs.csv', '')).toBe('partnerships');
  });

  it('gives up when neither name nor header tells', () => {
    expect(identifyFile('data.csv', 'a,b,c\n1,2,3')).toBeNull();
  });
});
