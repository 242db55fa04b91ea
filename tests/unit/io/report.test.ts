import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/io/issues';
import { groupIssues } from '../../../src/io/report';

const populationWarning = (row: number): Issue => ({
  file: 'cities.csv',
  row,
  column: 'population',
  value: `many${row}`,
  severity: 'warning',
  message: `population must be a whole number ≥ 0, not "many${row}". It is ignored.`,
});

const latError = (row: number): Issue => ({
  file: 'cities.csv',
  row,
  column: 'lat',
  value: String(90 + row),
  severity: 'error',
  message: `lat must be between -90 and 90, not ${90 + row}.`,
});

describe('grouping the issues of a report', () => {
  // Smoke test of linear time: the former grouping copied a group on every issue, so 200,000
  // issues of one kind took minutes and this test ran into vitest's default timeout.
  it('groups 200,000 issues of one file by kind, every issue counted once and in order', () => {
    const issues: Issue[] = [];
    for (let row = 2; row < 200_002; row++)
      issues.push(row % 4 === 0 ? latError(row) : populationWarning(row));
    issues.push({
      file: 'workshops.csv',
      row: 3,
      column: 'host_city_ids',
      value: 'atlantis',
      severity: 'warning',
      message: 'host_city_ids: "atlantis" is not in cities.csv. It is ignored.',
    });

    const files = groupIssues(issues);

    expect(files.map((file) => file.file)).toEqual(['cities.csv', 'workshops.csv']);
    const [cities, workshops] = files;
    expect(cities!.groups.map((group) => [group.severity, group.issues.length])).toEqual([
      ['warning', 150_000],
      ['error', 50_000],
    ]);
    expect(cities!.groups[0]!.kind).toBe(
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
    const address: Issue = {
      file: '',
      row: 0,
      column: '',
      value: 'ftp://x',
      severity: 'error',
      message: 'The data address must be a web address, not ftp://x.',
    };
    expect(groupIssues([address, latError(2)]).map((file) => file.file)).toEqual([
      '',
      'cities.csv',
    ]);
  });
});
