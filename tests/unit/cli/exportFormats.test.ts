/** `npm run export -- <folder> --format gexf|graphml|flows`: run through tsx, read back independently. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiUndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

// One process, killed if it hangs: a CLI that never exits fails its test instead of the run.
const exportCli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    killSignal: 'SIGKILL',
  });

const tempFolder = () => mkdtempSync(join(tmpdir(), 'export-formats-'));

const rowsOf = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

describe('npm run export, graph and flow formats', { timeout: 90_000 }, () => {
  it('--format gexf writes the whole network with its measures, which graphology reads back', () => {
    const out = join(tempFolder(), 'graphs', 'network.gexf');
    const run = exportCli('data', '--format', 'gexf', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Wrote a GEXF graph of 47 cities and 180 links to');
    const graph = parseGexf(MultiUndirectedGraph, readFileSync(out, 'utf8'));
    expect([graph.order, graph.size]).toEqual([47, 180]);
    expect(graph.getNodeAttributes('osaka')).toMatchObject({ lat: 34.6938, degree: 16 });
    expect(graph.getAttribute('description')).toBe('All records of data');
  });

  it('--format=graphml writes GraphML that graphology reads back, in Japanese with --lang ja', () => {
    const out = join(tempFolder(), 'network.graphml');
    const run = exportCli('data', '--format=graphml', `--out=${out}`, '--lang', 'ja');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('47都市とつながり180本の GraphML グラフを');
    const graph = parseGraphml(MultiUndirectedGraph, readFileSync(out, 'utf8'));
    expect([graph.order, graph.size]).toEqual([47, 180]);
    expect(graph.getEdgeAttribute('partnership:kitakyushu~surabaya', 'records')).toBe(1);
    expect(graph.getAttribute('description')).toBe('data の全レコード');
  });

  it('--out a folder: gexf and graphml write network.gexf / network.graphml into it', () => {
    const existing = tempFolder();
    const gexf = exportCli('data', '--format', 'gexf', '--out', existing);
    expect(gexf.status).toBe(0);
    expect(gexf.stdout).toContain(join(existing, 'network.gexf'));
    const graph = parseGexf(
      MultiUndirectedGraph,
      readFileSync(join(existing, 'network.gexf'), 'utf8'),
    );
    expect([graph.order, graph.size]).toEqual([47, 180]);
    // A folder not made yet, written with a trailing separator.
    const fresh = join(tempFolder(), 'graphs');
    const graphml = exportCli('data', '--format', 'graphml', '--out', `${fresh}/`);
    expect(graphml.status).toBe(0);
    const read = parseGraphml(
      MultiUndirectedGraph,
      readFileSync(join(fresh, 'network.graphml'), 'utf8'),
    );
    expect([read.order, read.size]).toEqual([47, 180]);
  });

  it('--format flows writes locations.csv and flows.csv into a new folder', () => {
    const out = join(tempFolder(), 'flows');
    const run = exportCli('data', '--format', 'flows', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('locations.csv (47 cities) and flows.csv (180 rows)');
    expect(rowsOf(join(out, 'locations.csv'))).toHaveLength(47);
    const flows = rowsOf(join(out, 'flows.csv'));
    expect(flows.reduce((sum, row) => sum + Number(row.count), 0)).toBe(184);
  });

  it('exits 2 for an unknown format, naming the five it knows', () => {
    const out = join(tempFolder(), 'x.pdf');
    const run = exportCli('data', '--format', 'pdf', '--out', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      '--format must be csv, geojson, gexf, graphml or flows, not "pdf".',
    );
    expect(run.stderr).toContain('--format csv|geojson|gexf|graphml|flows');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for a workbook that cannot be opened, naming its problem and writing nothing', () => {
    const folder = tempFolder();
    // A ZIP's first bytes without the rest: a truncated download.
    const book = join(folder, 'Book.xlsx');
    writeFileSync(book, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]));
    const out = join(folder, 'network.gexf');
    const run = exportCli(book, '--format', 'gexf', '--out', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Book\.xlsx: .*damaged/m);
    expect(run.stderr).toContain(`Nothing to export: no city of ${book} could be loaded`);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for a table of pairs of which no row loads, in Japanese with --lang ja', () => {
    const folder = tempFolder();
    const pairs = join(folder, 'pairs.csv');
    writeFileSync(pairs, 'city1,lat1,lng1,city2,lat2,lng2\nOsaka,,,Sakai,,\n');
    const out = join(folder, 'flows');
    const run = exportCli(pairs, '--format', 'flows', '--out', out, '--lang', 'ja');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('書き出すものがありません。');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 rather than write flows into the data folder it reads', () => {
    const run = exportCli('data', '--format', 'flows', '--out', 'data/.');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out must not be the data folder');
    expect(existsSync('data/flows.csv')).toBe(false);
  });
});
