/** `npm run export`: the CLI run as users run it, through tsx, on real folders. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { buildNetwork } from '../../../src/domain/network';
import { loadDataset } from '../../../src/io/load';
import { loadBundled } from '../../support/bundled';

// One process (node with tsx's loader), so that the kill below reaches the CLI itself. The kill
// is a guard, not a measure: a CLI that never exits fails its test instead of hanging the run.
const exportCli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    killSignal: 'SIGKILL',
  });

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

// Each run of the CLI takes a second or more on a busy machine, some tests run it twice.
describe('npm run export', { timeout: 90_000 }, () => {
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
      'id,name,local_name,country,region,lat,lon,kind,population,source,notes,Memo\nosaka,Osaka,,JP,,34.69,135.5,,,,,x\n',
    );
  });

  it('speaks Japanese with --lang ja', () => {
    const folder = folderWith({
      'cities.csv': 'id,name,country,lat,lon\nosaka,Osaka,JP,34.69,135.50\nbad,Bad,JP,95,135\n',
    });
    const run = exportCli(
      folder,
      '--format',
      'csv',
      '--out',
      join(tempFolder(), 'csv'),
      '--lang',
      'ja',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^1都市、研修0件、連携0件を .* に書き出しました。$/m);
    expect(run.stderr.trim()).toBe(
      `問題: エラー1件、警告0件。1行を除外し、書き出していません。詳細: npm run validate -- ${folder}`,
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
      'Usage: npm run export -- <folder> --format csv|geojson|gexf|graphml|flows --out <path>',
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

  it('exits 2 rather than write GeoJSON over an input file, leaving it as it was', () => {
    const text = 'id,name,country,lat,lon\na,A,JP,1,2\n';
    const folder = folderWith({ 'cities.csv': text });
    const run = exportCli(folder, '--format', 'geojson', '--out', join(folder, 'cities.csv'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${join(folder, 'cities.csv')} would be overwritten`);
    expect(readFileSync(join(folder, 'cities.csv'), 'utf8')).toBe(text);
  });

  it('exits 2 rather than write through a symbolic link to the data folder or to an input file', () => {
    const text = 'id,name,country,lat,lon\na,A,JP,1,2\n';
    const folder = folderWith({ 'Cities.CSV': text });
    const links = tempFolder();
    symlinkSync(folder, join(links, 'data'));
    symlinkSync(join(folder, 'Cities.CSV'), join(links, 'map.geojson'));
    const viaFolder = exportCli(folder, '--format', 'csv', '--out', join(links, 'data'));
    expect(viaFolder.status).toBe(2);
    expect(viaFolder.stderr).toContain('would be overwritten');
    const viaFile = exportCli(folder, '--format', 'geojson', '--out', join(links, 'map.geojson'));
    expect(viaFile.status).toBe(2);
    expect(viaFile.stderr).toContain('would be overwritten');
    expect(readFileSync(join(folder, 'Cities.CSV'), 'utf8')).toBe(text);
  });

  it.each([
    ['csv', '/proc/nope'],
    ['geojson', '/proc/nope/network.geojson'],
  ])(
    'exits 2 naming the path and the reason when it cannot create --out (%s to %s)',
    (format, out) => {
      // Under /proc, creating a folder fails with ENOENT although its parent exists.
      const run = exportCli('data', '--format', format, '--out', out);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(
        /^Cannot write \/proc\/nope.*: ENOENT: no such file or directory/m,
      );
    },
  );

  it('leaves out a link between two cities at one point, and says so', () => {
    const folder = folderWith({
      'cities.csv':
        'id,name,country,lat,lon\nkita,Kitakyushu,JP,33.88,130.88\nport,Port,JP,33.88,130.88\nosaka,Osaka,JP,34.69,135.5\n',
      'partnerships.csv': 'id,city_a_id,city_b_id\np1,kita,port\np2,kita,osaka\n',
    });
    const out = join(tempFolder(), 'network.geojson');
    const run = exportCli(folder, '--format', 'geojson', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      'Left out 1 link whose two cities are at the same point: kita–port (partnership).',
    );
    const collection = JSON.parse(readFileSync(out, 'utf8'));
    const links = collection.features.filter(
      (f: { geometry: { type: string } }) => f.geometry.type !== 'Point',
    );
    expect(links.map((f: { properties: { id: string } }) => f.properties.id)).toEqual([
      'partnership:kita~osaka',
    ]);
  });
});
