/** `npm run export -- <folder> --format gexf|graphml|flows`: run through tsx, read back independently. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
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
    expect(run.stdout).toContain('Wrote 47 cities and 180 links to');
    const graph = parseGexf(MultiUndirectedGraph, readFileSync(out, 'utf8'));
    expect([graph.order, graph.size]).toEqual([47, 180]);
    expect(graph.getNodeAttributes('osaka')).toMatchObject({ lat: 34.6938, degree: 16 });
    expect(graph.getAttribute('description')).toBe('All records of data');
  });

  it('--format=graphml writes GraphML that graphology reads back, in Japanese with --lang ja', () => {
    const out = join(tempFolder(), 'network.graphml');
    const run = exportCli('data', '--format=graphml', `--out=${out}`, '--lang', 'ja');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('書き出しました');
    const graph = parseGraphml(MultiUndirectedGraph, readFileSync(out, 'utf8'));
    expect([graph.order, graph.size]).toEqual([47, 180]);
    expect(graph.getEdgeAttribute('partnership:kitakyushu~surabaya', 'records')).toBe(1);
    expect(graph.getAttribute('description')).toBe('data の全レコード');
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

  it('exits 2 rather than write flows into the data folder it reads', () => {
    const run = exportCli('data', '--format', 'flows', '--out', 'data/.');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out must not be the data folder');
    expect(existsSync('data/flows.csv')).toBe(false);
  });
});
