import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
});
