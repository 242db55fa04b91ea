/** The report of a load with a table of pairs: its counts in words, under the name it was given. */
import { describe, expect, it } from 'vitest';
import { reportTranslator, validationText } from '../../../src/i18n/issues';
import { loadDataset } from '../../../src/io/load';
import { reportFiles, validationJson } from '../../../src/io/report';
import { csv } from './helpers';

const PAIRS = csv(
  'origin,origin_lat,origin_lon,origin_country,destination,destination_lat,destination_lon,destination_country',
  'Osaka,34.69,135.50,JP,Bandung,-6.91,107.61,ID',
  'Kitakyushu,33.88,130.88,JP,Surabaya,-7.25,112.75,ID',
  'Osaka,34.69,135.50,JP,Hanoi,,105.85,VN',
);

describe('the report of a table of pairs', () => {
  const result = loadDataset(
    { pairs: PAIRS, cities: csv('id,name,country,lat,lon', 'hue,Huế,VN,16.46,107.59') },
    { names: { pairs: 'sister-cities.csv' } },
  );

  it('counts rows, derived cities, partnerships and rejected rows', () => {
    expect(result.files.pairs).toEqual({ rows: 3, accepted: 2, rejected: 1, cities: 4 });
    expect(result.files.cities).toEqual({ rows: 1, accepted: 1, rejected: 0 });
    expect(result.names).toEqual({ cities: 'cities.csv', pairs: 'sister-cities.csv' });
    expect(validationJson(result, () => '').files.pairs).toEqual(result.files.pairs);
  });

  it('lists the inputs by the names they were given, then other files', () => {
    const withWorkbook = {
      ...result,
      issues: [...result.issues, { ...result.issues[0]!, file: 'Book.xlsx' }],
    };
    expect(reportFiles(withWorkbook).map((file) => [file.file, file.kind])).toEqual([
      ['cities.csv', 'cities'],
      ['sister-cities.csv', 'pairs'],
      ['Book.xlsx', undefined],
    ]);
  });

  it('says it in English and Japanese, naming the bad row', () => {
    const english = validationText(reportTranslator('en'), result);
    expect(english).toContain(
      'sister-cities.csv: 3 rows, 2 used as partnerships, 1 rejected, cities derived: 4',
    );
    expect(english).toMatch(/row 4, column destination_lat/);
    const japanese = validationText(reportTranslator('ja'), result);
    expect(japanese).toContain('sister-cities.csv: 3行、連携2件と都市4件を導出、除外1行');
    expect(japanese).toMatch(/4行目、destination_lat 列/);
  });
});
