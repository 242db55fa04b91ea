/** `npm run export`: the CLI run as users run it, through tsx, on real folders. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { buildNetwork } from '../../../src/domain/network';
import { loadDataset } from '../../../src/io/load';
import { loadBundled } from '../../support/bundled';

const tsx = join('node_modules', '.bin', 'tsx');
const exportCli = (...args: string[]) =>
  spawnSync(tsx, ['src/cli/export.ts', ...args], { encoding: 'utf8' });

const tempFolder = () => mkdtempSync(join(tmpdir(), 'export-'));

function folderWith(files: Record<string, string>): string {
  const folder = tempFolder();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

const readCsvFolder = (folder: string) => ({
  cities: readFileSync(join(folder, 'cities.csv'), 'utf8'),
  workshops: readFileSync(join(folder, 'workshops.csv'), 'utf8'),
  partnerships: readFileSync(join(folder, 'partnerships.csv'), 'utf8'),
});

describe('npm run export', () => {
  it('--format csv writes the three files into a new folder, which load back as the bundled data', () => {
    const out = join(tempFolder(), 'nested', 'csv');
    const run = exportCli('data', '--format', 'csv', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stderr.trim()).toBe('Issues: none.');
    expect(run.stdout).toContain('47 cities, 8 workshops and 24 partnerships');
    const again = loadDataset(readCsvFolder(out));
    const bundled = loadBundled();
    expect(again.issues).toEqual([]);
    expect(again.dataset.cities).toStrictEqual(bundled.dataset.cities);
    expect(again.dataset.workshops).toStrictEqual(bundled.dataset.workshops);
    expect(again.dataset.partnerships).toStrictEqual(bundled.dataset.partnerships);
  });

  it('--format=geojson writes the whole network as a FeatureCollection', () => {
    const out = join(tempFolder(), 'maps', 'network.geojson');
    const run = exportCli('data', `--format=geojson`, `--out=${out}`);
    expect(run.status).toBe(0);
    const collection = JSON.parse(readFileSync(out, 'utf8'));
    const network = buildNetwork(loadBundled().dataset, DEFAULT_FILTERS);
    expect(collection.type).toBe('FeatureCollection');
    const kinds = collection.features.map((f: { geometry: { type: string } }) => f.geometry.type);
    expect(kinds.filter((k: string) => k === 'Point')).toHaveLength(47);
    expect(kinds.filter((k: string) => k === 'LineString')).toHaveLength(network.edges.length);
  });

  it('exports the rows that load, prints a one-line summary of issues to stderr, and exits 0', () => {
    const folder = folderWith({
      'Cities.CSV':
        'id,name,country,lat,lon,Memo\nosaka,Osaka,JP,34.69,135.50,x\nbad,Bad,JP,95,135,y\n',
    });
    const out = join(tempFolder(), 'csv');
    const run = exportCli(folder, '--out', out, '--format', 'csv');
    expect(run.status).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([
      `Issues: 1 error, 1 warning; 1 row rejected and not exported. Details: npm run validate -- ${folder}`,
    ]);
    const written = readCsvFolder(out);
    expect(written.cities).toBe(
      'id,name,local_name,country,lat,lon,kind,population,source,notes,Memo\nosaka,Osaka,,JP,34.69,135.5,,,,,x\n',
    );
  });

  it.each([
    ['no argument', []],
    ['no --format', ['data', '--out', 'x']],
    ['no --out', ['data', '--format', 'csv']],
    ['an unknown format', ['data', '--format', 'xlsx', '--out', 'x']],
    ['an unknown option', ['data', '--format', 'csv', '--out', 'x', '--json']],
    ['--out without a value', ['data', '--format', 'csv', '--out']],
    ['two folders', ['data', 'data2', '--format', 'csv', '--out', 'x']],
  ])('exits 2 with the usage for %s', (_, args) => {
    const run = exportCli(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'Usage: npm run export -- <folder> --format csv|geojson --out <path>',
    );
  });

  it('exits 2 for a folder it cannot read or without cities.csv, writing nothing', () => {
    const out = join(tempFolder(), 'never');
    const missing = exportCli('/no/such/folder', '--format', 'csv', '--out', out);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Cannot read the folder /no/such/folder');
    const noCities = exportCli(
      folderWith({ 'workshops.csv': 'id,title,start_date\n' }),
      '--format',
      'geojson',
      '--out',
      out,
    );
    expect(noCities.status).toBe(2);
    expect(noCities.stderr).toContain('No cities.csv');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 rather than write the CSV files over the data folder they were read from', () => {
    const folder = folderWith({ 'cities.csv': 'id,name,country,lat,lon\na,A,JP,1,2\n' });
    const run = exportCli(folder, '--format', 'csv', '--out', `${folder}/.`);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('would be overwritten');
  });
});
