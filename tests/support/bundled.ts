/** The bundled CSVs, loaded in Node exactly as the app loads them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDataset, type LoadResult } from '../../src/io/load';

const dataFile = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../data/${name}`, import.meta.url)), 'utf8');

/** Loads data/cities.csv, workshops.csv and partnerships.csv. */
export function loadBundled(): LoadResult {
  return loadDataset({
    cities: dataFile('cities.csv'),
    workshops: dataFile('workshops.csv'),
    partnerships: dataFile('partnerships.csv'),
  });
}
