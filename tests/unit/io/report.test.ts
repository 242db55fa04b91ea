import { describe, expect, it } from 'vitest';
import { groupText, reportTranslator } from '../../../src/i18n/issues';
import { issueAt, type Issue } from '../../../src/io/issues';
import { groupIssues } from '../../../src/io/report';
import { csv, loadDataset } from './helpers';

const english = reportTranslator('en');

const populationWarning = (row: number): Issue =>
  issueAt(
    'warning',
    { file: 'cities.csv', row, column: 'population', value: `many${row}` },
    'not-a-count',
  );

const latError = (row: number): Issue =>
  issueAt(
    'error',
    { file: 'cities.csv', row, column: 'lat', value: String(90 + row) },
    'out-of-range',
    { min: -90, max: 90 },
  );

describe('grouping the issues of a report', () => {
  // Smoke test of linear time: the former grouping copied a group on every issue, so 200,000
  // issues of one kind took minutes and this test ran into vitest's default timeout.
  it('groups 200,000 issues of one file by kind, every issue counted once and in order', () => {
    const issues: Issue[] = [];
    for (let row = 2; row < 200_002; row++)
      issues.push(row % 4 === 0 ? latError(row) : populationWarning(row));
    issues.push(
      issueAt(
        'warning',
        { file: 'workshops.csv', row: 3, column: 'host_city_ids', value: 'atlantis' },
        'unknown-city',
      ),
    );

    const files = groupIssues(issues);

    expect(files.map((file) => file.file)).toEqual(['cities.csv', 'workshops.csv']);
    const [cities, workshops] = files;
    expect(cities!.groups.map((group) => [group.severity, group.issues.length])).toEqual([
      ['warning', 150_000],
      ['error', 50_000],
    ]);
    expect(groupText(english, cities!.groups[0]!)).toBe(
      'population must be a whole number ≥ 0, not "…". It is ignored.',
    );
    expect(cities!.groups[1]!.issues.slice(0, 3).map((issue) => issue.row)).toEqual([4, 8, 12]);
    expect(workshops!.groups).toHaveLength(1);
  });

  it('keeps only the severity asked for', () => {
    const issues = [populationWarning(2), latError(3), populationWarning(4)];
    const [cities] = groupIssues(issues, 'warning');
    expect(cities!.groups).toHaveLength(1);
    expect(cities!.groups[0]!.issues.map((issue) => issue.row)).toEqual([2, 4]);
    expect(groupIssues(issues, 'error')[0]!.groups[0]!.issues.map((i) => i.row)).toEqual([3]);
  });

  it('keeps problems that are in no file (a data address) as a file of their own', () => {
    const address = issueAt(
      'error',
      { file: '', row: 0, column: 'data', value: 'ftp://x' },
      'data-not-http',
      { protocol: 'ftp:' },
    );
    expect(groupIssues([address, latError(2)]).map((file) => file.file)).toEqual([
      '',
      'cities.csv',
    ]);
  });

  it('groups by code and column, not by sentence: rows that differ in more than their value stay one kind', () => {
    // Each end year is before a different start year, and each cell loses different control
    // characters: cutting the value out of the English sentence left one group per row.
    const result = loadDataset({
      cities: csv('id,name,country,lat,lon', 'a,A,JP,1,2', 'b,B,JP,3,4'),
      partnerships: csv(
        'city_a_id,city_b_id,start_year,end_year,notes',
        'a,b,2005,2001,x\u0007',
        'a,b,2010,2002,y\u0001',
        'a,b,2012,2003,z\u0007',
      ),
    });
    const [partnerships] = groupIssues(result.issues);
    expect(
      partnerships!.groups.map((group) => [group.code, group.column, group.issues.length]),
    ).toEqual([
      ['control-characters', 'notes', 3],
      ['end-before-start', 'end_year', 3],
    ]);
    const [controls, years] = partnerships!.groups;
    expect(groupText(english, years!)).toBe('end_year … is before start_year …. It is ignored.');
    expect(groupText(english, controls!)).toBe(
      'The cell holds invisible control characters (…), which no text needs; they are removed, leaving "…".',
    );
  });

  it('keeps the columns apart: lat and lon out of range are two kinds of problem', () => {
    const result = loadDataset({
      cities: csv('id,name,country,lat,lon', 'a,A,JP,195,2', 'b,B,JP,196,200', 'c,C,JP,1,300'),
    });
    const [cities] = groupIssues(result.issues);
    expect(cities!.groups.map((group) => [group.column, group.issues.map((i) => i.row)])).toEqual([
      ['lat', [2, 3]],
      ['lon', [3, 4]],
    ]);
    expect(groupText(english, cities!.groups[1]!)).toBe('lon must be between -180 and 180, not ….');
  });

  it('words a group of points at sea whose nearest country differs, in both languages, without a raw key', () => {
    const atSea = (row: number, nearest: string, km: number): Issue =>
      issueAt(
        'warning',
        { file: 'cities.csv', row, column: 'country', value: 'Japan' },
        'coordinates-at-sea',
        { country: 'JP', lat: 30 + row, lon: 140, nearest, km, swapped: false },
      );
    const [file] = groupIssues([atSea(2, 'PH', 120), atSea(3, 'TW', 240)]);
    const group = file!.groups[0]!;
    expect(groupText(english, group)).toContain(
      'The nearest country and its distance differ from row to row.',
    );
    expect(groupText(reportTranslator('ja'), group)).toContain(
      '最も近い国とその距離は行ごとに異なります。',
    );
    const [one] = groupIssues([atSea(2, 'PH', 120), atSea(3, 'PH', 120)]);
    expect(groupText(english, one!.groups[0]!)).toContain(
      'The nearest country is PH, 120 km away.',
    );
    for (const language of ['en', 'ja'] as const)
      expect(groupText(reportTranslator(language), group)).not.toContain('issues:');
  });
});
