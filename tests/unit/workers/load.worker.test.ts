/** The load worker's entry point, behind the one worker client, with a fake worker global. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { ATLAS_LOCATOR } from '../../../src/domain/countryAt';
import { loadDataset } from '../../../src/io/load';
import { Cancelled, createWorkerClient } from '../../../src/workers/client';
import {
  isLoadPart,
  isLoadSummary,
  PART_SIZE,
  runLoad,
  type LoadPart,
  type LoadSummary,
} from '../../../src/workers/loadParts';
import { isLoadRequest, type LoadRequest } from '../../../src/workers/requests';
import { startWorker, type FakeWorker } from './fakeWorker';

const start = () => startWorker(() => import('../../../src/workers/load.worker'));
const bytes = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../data/${name}`, import.meta.url))));
const texts = {
  cities: bytes('cities.csv'),
  workshops: bytes('workshops.csv'),
  partnerships: bytes('partnerships.csv'),
};

/** A load client over `workers`, one per worker started, as the app's loader makes them. */
function loader(workers: FakeWorker[]) {
  let made = 0;
  const client = createWorkerClient<LoadRequest, LoadSummary, LoadPart>({
    create: () => workers[made++]!.worker,
    isResult: isLoadSummary,
    isPartial: isLoadPart,
    terminateOnCancel: true,
  });
  return {
    run: (request: LoadRequest, handlers: { onProgress?(done: number): void } = {}) =>
      runLoad(client, request, handlers.onProgress),
  };
}

describe('the load worker', () => {
  it('loads the files it is sent as the main thread would, reporting progress up to 1', async () => {
    const client = loader([await start()]);
    const progress: number[] = [];
    const result = await client.run({ texts }, { onProgress: (done) => progress.push(done) })
      .result;
    expect(result).toEqual(loadDataset(texts, { countryAt: ATLAS_LOCATOR }));
    expect(result.dataset.cities.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('sends a large load in parts of at most PART_SIZE records, each a message of its own', async () => {
    const worker = await start();
    const client = loader([worker]);
    const rows = Array.from({ length: 2 * PART_SIZE + 1 }, (_, i) => `p${i},tokyo,hanoi,waste`);
    const request = {
      texts: {
        cities: 'id,name,country,lat,lon\ntokyo,Tokyo,JP,35.68,139.69\nhanoi,Hanoi,VN,21.03,105.85',
        partnerships: ['id,city_a_id,city_b_id,themes', ...rows].join('\n'),
      },
    };
    const result = await client.run(request).result;
    // The page gets what a load on its own thread gives, indexes included.
    expect(result).toEqual(loadDataset(request.texts, { countryAt: ATLAS_LOCATOR }));
    expect(result.dataset.partnershipsByCity.get('tokyo')).toHaveLength(2 * PART_SIZE + 1);
    const parts = worker.said.flatMap((message) => {
      const { type, value } = message as { type: string; value: LoadPart };
      return type === 'partial' ? [value] : [];
    });
    expect(parts.map(({ part, items }) => [part, items.length])).toEqual([
      ['cities', 2],
      ['partnerships', PART_SIZE],
      ['partnerships', PART_SIZE],
      ['partnerships', 1],
    ]);
    // The last message carries no records: they all came in parts.
    const done = worker.said.at(-1) as { type: string; value: object };
    expect(done.type).toBe('done');
    expect(Object.keys(done.value).sort()).toEqual(['files', 'names', 'sent']);
  });

  it('fails a load a part of which was lost on the way, rather than showing less data unsaid', async () => {
    let parts = 0;
    const client = createWorkerClient<LoadRequest, LoadSummary, LoadPart>({
      create: () => worker.worker,
      isResult: isLoadSummary,
      // The second part (the partnerships) is dropped, as a malformed message would be.
      isPartial: (value): value is LoadPart => isLoadPart(value) && parts++ !== 1,
      terminateOnCancel: true,
    });
    const worker = await start();
    const texts = {
      cities: 'id,name,country,lat,lon\ntokyo,Tokyo,JP,35.68,139.69\nhanoi,Hanoi,VN,21.03,105.85',
      partnerships: 'city_a_id,city_b_id\ntokyo,hanoi',
    };
    await expect(runLoad(client, { texts }).result).rejects.toThrow(/incomplete/);
  });

  it('takes an unknown country from the coordinates, with the map of countries the main thread lacks', async () => {
    const client = loader([await start()]);
    const cities = 'id,name,country,lat,lon\nosaka,Osaka,Nippon-koku,34.6938,135.5011\n';
    const result = await client.run({ texts: { cities } }).result;
    expect(result.dataset.cities.map((city) => city.country)).toEqual(['JP']);
    expect(result.issues.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'country-inferred', params: { country: 'JP' } },
    ]);
    // Without the map (the bundled data's load on the main thread) the row is rejected as before.
    expect(loadDataset({ cities }).issues.map((issue) => issue.code)).toEqual(['unknown-country']);
  });

  it('is stopped by a cancel, which rejects with Cancelled; the next load gets a new worker', async () => {
    const first = await start();
    const second = await start();
    const client = loader([first, second]);
    const job = client.run({ texts });
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(Cancelled);
    expect(first.terminated()).toBe(true);
    const next = await client.run({ texts: { cities: 'id,name,country,lat,lon\nx,X,JP,1,2\n' } })
      .result;
    expect(next.dataset.cities.map((city) => city.id)).toEqual(['x']);
    expect(second.terminated()).toBe(false);
  });

  it('opens a workbook sent with the request: its sheets are loaded under their names, its issues first', async () => {
    const book = XLSX.utils.book_new();
    const sheet = (rows: unknown[][]) => XLSX.utils.aoa_to_sheet(rows);
    XLSX.utils.book_append_sheet(
      book,
      sheet([
        ['id', 'name', 'country', 'lat', 'lon'],
        ['tokyo', 'Tokyo', 'JP', 35.68, 139.69],
        ['hanoi', 'Hanoi', 'VN', 21.03, 105.85],
      ]),
      '都市',
    );
    XLSX.utils.book_append_sheet(book, sheet([['Ask Ms Sato']]), 'Notes');
    const bytes = new Uint8Array(
      XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const client = loader([await start()]);
    const progress: number[] = [];
    const request: LoadRequest = {
      texts: { partnerships: 'city_a_id,city_b_id\ntokyo,hanoi\ntokyo,osaka\n' },
      names: { partnerships: 'links.csv' },
      workbook: { name: 'Book.xlsx', bytes },
    };
    const result = await client.run(request, { onProgress: (done) => progress.push(done) }).result;
    expect(result.dataset.cities.map((city) => city.id)).toEqual(['tokyo', 'hanoi']);
    expect(result.dataset.partnerships).toHaveLength(1);
    expect(result.issues.map((issue) => [issue.file, issue.row, issue.code])).toEqual([
      ['Book.xlsx › Notes', 0, 'workbook-sheet-skipped'],
      ['links.csv', 3, 'unknown-city'],
    ]);
    // Reading the workbook is the first part of the bar; loading its sheets the rest.
    expect(progress.some((done) => done > 0 && done <= 0.3)).toBe(true);
    expect(progress.some((done) => done > 0.3 && done < 1)).toBe(true);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('keeps a file sent as itself over a sheet of the same kind, warning about the sheet', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['id', 'name', 'country', 'lat', 'lon'],
        // In Japan, as its country says: no other warning than the one about the sheet.
        ['x', 'X', 'JP', 34.69, 135.5],
      ]),
      'Cities',
    );
    const bytes = new Uint8Array(
      XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const client = loader([await start()]);
    const result = await client.run({
      texts: { cities: 'id,name,country,lat,lon\ny,Y,JP,34.69,135.5\n' },
      workbook: { name: 'Book.xlsx', bytes },
    }).result;
    expect(result.dataset.cities.map((city) => city.id)).toEqual(['y']);
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'Book.xlsx › Cities',
        code: 'workbook-repeated-sheet',
        params: { first: 'cities.csv' },
      }),
    ]);
  });

  it('takes only the files of the contract, each as text or bytes', () => {
    expect(isLoadRequest({ texts })).toBe(true);
    expect(isLoadRequest({ texts: { cities: 'id' } })).toBe(true);
    expect(isLoadRequest({ texts: { cities: 42 } })).toBe(false);
    expect(isLoadRequest({ texts: { towns: 'id' } })).toBe(false);
    expect(
      isLoadRequest({ texts: { pairs: 'city1' }, names: { pairs: 'Book.xlsx › Pairs' } }),
    ).toBe(true);
    const workbook = { name: 'Book.xlsx', bytes: new Uint8Array(4) };
    expect(isLoadRequest({ texts: {}, workbook })).toBe(true);
    expect(isLoadRequest({ texts: {}, workbook: { name: 'Book.xlsx', bytes: [1, 2] } })).toBe(
      false,
    );
    expect(isLoadRequest({ texts: {}, names: { towns: 'towns.csv' } })).toBe(false);
    expect(isLoadRequest({ texts: {}, names: { cities: 42 } })).toBe(false);
    expect(isLoadRequest({ files: {} })).toBe(false);
    expect(isLoadRequest(null)).toBe(false);
  });
});
