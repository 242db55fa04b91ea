import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JA } from '../../../src/i18n/catalogue';
import { issueText, reportTranslator, validationText } from '../../../src/i18n/issues';
import { ISSUE_CODES } from '../../../src/io/issues';
import { loadDataset } from '../../../src/io/load';

const tsx = join('node_modules', '.bin', 'tsx');
const validate = (...args: string[]) =>
  spawnSync(tsx, ['src/cli/validate.ts', ...args], { encoding: 'utf8' });

function folderWith(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'validate-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

// Each test starts the CLI through tsx, which takes seconds on a busy machine.
describe('npm run validate', { timeout: 60_000 }, () => {
  it('reports the bundled data as ok with the counts of each file, and exits 0', () => {
    const run = validate('data', '--json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['ok', 'files', 'issues']);
    expect(report.ok).toBe(true);
    expect(report.files.cities).toEqual({ rows: 47, accepted: 47, rejected: 0 });
    expect(report.files.workshops).toEqual({ rows: 8, accepted: 8, rejected: 0 });
    expect(report.files.partnerships).toEqual({ rows: 24, accepted: 24, rejected: 0 });
  });

  it('exits 1 and names file, row, column and value of each error', () => {
    const folder = folderWith({
      'cities.csv': 'id,name,country,lat,lon\nosaka,Osaka,JP,34.69,135.50\nbad,Bad,JP,95,135\n',
      'partnerships.csv': 'city_a_id,city_b_id\nosaka,nowhere\n',
    });
    const run = validate(folder, '--json');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(false);
    expect(report.files).toEqual({
      cities: { rows: 2, accepted: 1, rejected: 1 },
      partnerships: { rows: 1, accepted: 0, rejected: 1 },
    });
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        file: 'cities.csv',
        row: 3,
        column: 'lat',
        value: '95',
        severity: 'error',
      }),
    );
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        file: 'partnerships.csv',
        row: 2,
        column: 'city_b_id',
        value: 'nowhere',
      }),
    );
  });

  it('prints issues grouped by file for people', () => {
    const folder = folderWith({ 'cities.csv': 'id,name,country,lat,lon\nx,X,JP,abc,135\n' });
    const run = validate(folder);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('cities.csv: 1 row, 0 accepted, 1 rejected');
    expect(run.stdout).toMatch(/error\s+row 2, column lat \(value: "abc"\)/);
    expect(run.stdout).toContain('FAILED: 1 error');
  });

  it('reads UTF-16 with a BOM as the browser does, and a Windows-1252 file with a warning naming it', () => {
    const text = 'id,name,country,lat,lon\nsao-paulo,São Paulo,BR,-23.55,-46.63\n';
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const utf16Run = validate(folderWith({ 'cities.csv': utf16 }), '--json');
    expect(utf16Run.status).toBe(0);
    const utf16Report = JSON.parse(utf16Run.stdout);
    expect(utf16Report.files.cities).toEqual({ rows: 1, accepted: 1, rejected: 0 });
    expect(utf16Report.issues).toEqual([]);

    const legacy = validate(folderWith({ 'cities.csv': Buffer.from(text, 'latin1') }), '--json');
    expect(legacy.status).toBe(0);
    const report = JSON.parse(legacy.stdout);
    expect(report.files.cities).toEqual({ rows: 1, accepted: 1, rejected: 0 });
    expect(report.issues).toEqual([
      expect.objectContaining({
        file: 'cities.csv',
        row: 1,
        severity: 'warning',
        value: 'Windows-1252 (Western European)',
      }),
    ]);
  });

  it('exits 2 when the folder or its cities.csv cannot be read', () => {
    expect(validate('/no/such/folder').status).toBe(2);
    const run = validate(folderWith({ 'workshops.csv': 'id,title,start_date\n' }));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cities.csv');
  });

  const withErrors = {
    'cities.csv':
      'id,name,country,lat,lon,population\nosaka,Osaka,JP,34.69,135.50,many\nbad,Bad,JP,95,35,\n',
    'partnerships.csv': 'city_a_id,city_b_id\nosaka,nowhere\n',
  };

  it('gives each --json issue a stable code, its params and the English message', () => {
    const run = validate(folderWith(withErrors), '--json');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    for (const issue of report.issues) expect(ISSUE_CODES).toContain(issue.code);
    expect(report.issues).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'population',
        code: 'not-a-count',
        params: {},
        message: 'population must be a whole number ≥ 0, not "many". It is ignored.',
      }),
      expect.objectContaining({
        row: 3,
        column: 'lat',
        code: 'swapped-coordinates',
        params: { min: -90, max: 90 },
        message: 'lat must be between -90 and 90, not 95. lat and lon may be swapped.',
      }),
      expect.objectContaining({
        file: 'partnerships.csv',
        code: 'unknown-city',
        message: 'No city with id "nowhere" in cities.csv.',
      }),
    ]);
  });

  it('speaks Japanese with --lang ja: the report, and the --json messages', () => {
    const folder = folderWith(withErrors);
    const ja = reportTranslator('ja');
    const result = loadDataset(
      Object.fromEntries(
        Object.entries(withErrors).map(([name, text]) => [name.replace('.csv', ''), text]),
      ),
    );
    const text = validate(folder, '--lang', 'ja');
    expect(text.status).toBe(1);
    expect(text.stdout).toBe(`${validationText(ja, result)}\n`);
    // Japanese from the catalogue, and none of the English report.
    expect(text.stdout).toContain(JA.report.severity.error);
    expect(text.stdout).toContain('population には0以上の整数を入力してください');
    expect(text.stdout).not.toMatch(/FAILED|accepted|must be/);

    const json = JSON.parse(validate(folder, '--json', '--lang=ja').stdout);
    expect(json.issues.map((issue: { code: string }) => issue.code)).toEqual(
      result.issues.map((issue) => issue.code),
    );
    expect(json.issues.map((issue: { message: string }) => issue.message)).toEqual(
      result.issues.map((issue) => issueText(ja, issue)),
    );
  });

  it('exits 2 with the usage for a language it does not speak', () => {
    const run = validate('data', '--lang', 'fr');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--lang must be en or ja, not "fr".');
    expect(run.stderr).toContain('Usage: npm run validate -- <folder> [--json] [--lang en|ja]');
  });
});
