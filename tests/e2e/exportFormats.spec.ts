import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { MultiUndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { DEFAULT_FILTERS } from '../../src/domain/filters';
import { buildNetwork } from '../../src/domain/network';
import { loadBundled } from '../support/bundled';
import { waitForMap } from './support';

const dataset = loadBundled().dataset;
// What the page shows with the theme water ticked, computed from the CSVs.
const water = buildNetwork(dataset, { ...DEFAULT_FILTERS, themes: ['water'] });
const waterCities = new Set(water.nodes.filter((node) => !node.outside).map((node) => node.id));

test('GEXF and GraphML of the filtered network hold only the cities in view', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  await page.getByRole('checkbox', { name: /^water/ }).check();
  expect(waterCities.size).toBeGreaterThan(0);
  expect(waterCities.size).toBeLessThan(dataset.cities.length);

  const gexfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export GEXF (Gephi)' }).click();
  const gexf = await gexfDownload;
  expect(gexf.suggestedFilename()).toMatch(/^network-\d{4}-\d{2}-\d{2}\.gexf$/);
  const graph = parseGexf(MultiUndirectedGraph, readFileSync(await gexf.path(), 'utf8'));
  expect(new Set(graph.nodes())).toEqual(waterCities);
  expect(graph.size).toBe(water.edges.length);
  // The file says which filters made it.
  expect(graph.getAttribute('description')).toContain('water');

  const graphmlDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export GraphML (Cytoscape)' }).click();
  const graphml = await graphmlDownload;
  expect(graphml.suggestedFilename()).toMatch(/^network-\d{4}-\d{2}-\d{2}\.graphml$/);
  const fromGraphml = parseGraphml(
    MultiUndirectedGraph,
    readFileSync(await graphml.path(), 'utf8'),
  );
  expect(new Set(fromGraphml.nodes())).toEqual(waterCities);
});

test('locations + flows come as two CSV downloads of the filtered network', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  await page.getByRole('checkbox', { name: /^water/ }).check();
  const names: string[] = [];
  const texts = new Map<string, string>();
  page.on('download', async (download) => {
    names.push(download.suggestedFilename());
    texts.set(
      download.suggestedFilename().replace(/-.*/, ''),
      readFileSync(await download.path(), 'utf8'),
    );
  });
  await page.getByRole('button', { name: 'Export locations + flows (CSV)' }).click();
  await expect.poll(() => texts.size).toBe(2);
  expect(names.sort()).toEqual([
    expect.stringMatching(/^flows-\d{4}-\d{2}-\d{2}\.csv$/),
    expect.stringMatching(/^locations-\d{4}-\d{2}-\d{2}\.csv$/),
  ]);
  const locations = Papa.parse<{ id: string }>(texts.get('locations')!, {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(new Set(locations.map((row) => row.id))).toEqual(waterCities);
  const flows = Papa.parse<{ count: string }>(texts.get('flows')!, {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(flows.length).toBeGreaterThanOrEqual(water.edges.length);
});
