import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Issue } from '../../../src/io/issues';
import { fetchDataFile, fetchDatasetTexts, parseDataUrl } from '../../../src/io/remote';
import { inEnglish } from './helpers';

const folder = new URL('https://example.org/data/');
const csv = (text: string) => new Response(text, { headers: { 'content-type': 'text/csv' } });
/** A fetch that never answers, as a server that accepts the connection and sends nothing. */
const never: typeof fetch = () => new Promise<Response>(() => {});

afterEach(() => {
  vi.useRealTimers();
});

describe('the data parameter', () => {
  it('takes an absolute http(s) folder address, with a trailing slash added', () => {
    expect(parseDataUrl('https://example.org/data')).toEqual(new URL('https://example.org/data/'));
    expect(parseDataUrl('http://127.0.0.1:8000/csv/')).toEqual(
      new URL('http://127.0.0.1:8000/csv/'),
    );
  });

  it('refuses an empty or relative value, which would fetch the app’s own page', () => {
    const empty = parseDataUrl('');
    expect(empty).not.toBeInstanceOf(URL);
    expect(empty).toMatchObject({ column: 'data', value: '', severity: 'error' });
    expect(inEnglish(empty as Issue).message).toMatch(/is empty/);
    for (const relative of ['fixtures/pair/', '/data/', './', 'example.org/data']) {
      const issue = parseDataUrl(relative);
      expect(issue).not.toBeInstanceOf(URL);
      expect(issue).toMatchObject({ value: relative, severity: 'error' });
      expect(inEnglish(issue as Issue).message).toContain(`"${relative}"`);
      expect(inEnglish(issue as Issue).message).toMatch(/not a full web address/);
    }
  });

  it('refuses other schemes, naming them', () => {
    expect(inEnglish(parseDataUrl('javascript:alert(1)') as Issue)).toMatchObject({
      message: expect.stringMatching(/must be an http:\/\/ or https:\/\/ address, not javascript:/),
    });
  });
});

describe('fetching the files of a folder', () => {
  it('gives up on a server that never answers, naming each file it waited for', async () => {
    vi.useFakeTimers();
    const result = fetchDatasetTexts(folder, never, 15_000);
    await vi.advanceTimersByTimeAsync(15_000);
    const { texts, issues, timedOut } = await result;
    expect(timedOut).toBe(true);
    expect(texts).toEqual({});
    expect(issues.map((issue) => inEnglish(issue).message)).toEqual([
      'https://example.org/data/cities.csv did not answer within 15 s.',
      'https://example.org/data/workshops.csv did not answer within 15 s.',
      'https://example.org/data/partnerships.csv did not answer within 15 s.',
      'https://example.org/data/pairs.csv did not answer within 15 s.',
    ]);
  });

  it('names only the file that did not come, and aborts its request', async () => {
    vi.useFakeTimers();
    const signals: AbortSignal[] = [];
    const slowPartnerships: typeof fetch = (url, init) => {
      signals.push(init!.signal!);
      return String(url).endsWith('partnerships.csv')
        ? never(url)
        : Promise.resolve(csv('id,name,country,lat,lon\n'));
    };
    const result = fetchDatasetTexts(folder, slowPartnerships, 200);
    await vi.advanceTimersByTimeAsync(200);
    const { issues, timedOut } = await result;
    expect(timedOut).toBe(true);
    expect(issues.map(inEnglish)).toEqual([
      expect.objectContaining({
        file: 'partnerships.csv',
        value: 'https://example.org/data/partnerships.csv',
        message: 'https://example.org/data/partnerships.csv did not answer within 0.2 s.',
      }),
    ]);
    expect(signals.every((signal) => signal.aborted)).toBe(true);
  });

  it('says a file is a web page, not CSV, by its type or by its first characters', async () => {
    const page = '<!DOCTYPE html>\n<html><head><title>App</title></head></html>';
    const answers = new Map([
      [
        'cities.csv',
        new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
      ],
      ['workshops.csv', csv(`\uFEFF  ${page}`)],
      ['partnerships.csv', csv('<HTML><body>Not found</body></HTML>')],
    ]);
    // No pairs.csv: an optional file that is not there.
    const server: typeof fetch = (url) =>
      Promise.resolve(
        answers.get(String(url).split('/').pop()!) ?? new Response('', { status: 404 }),
      );
    const { texts, issues, timedOut } = await fetchDatasetTexts(folder, server);
    expect(timedOut).toBe(false);
    expect(texts).toEqual({});
    expect(issues.map((issue) => inEnglish(issue).message)).toEqual([
      'https://example.org/data/cities.csv returned a web page, not CSV: check the address of the folder.',
      'https://example.org/data/workshops.csv returned a web page, not CSV: check the address of the folder.',
      'https://example.org/data/partnerships.csv returned a web page, not CSV: check the address of the folder.',
    ]);
  });

  it('keeps CSV that merely mentions HTML, and leaves out optional files that are missing', async () => {
    const server: typeof fetch = (url) =>
      Promise.resolve(
        String(url).endsWith('cities.csv')
          ? csv('id,name,country,lat,lon,notes\nosaka,Osaka,JP,34.69,135.50,<html> in a note\n')
          : new Response('not found', { status: 404 }),
      );
    const { texts, issues, timedOut } = await fetchDatasetTexts(folder, server);
    expect(timedOut).toBe(false);
    expect(issues).toEqual([]);
    expect(Object.keys(texts)).toEqual(['cities']);
    expect(new TextDecoder().decode(texts.cities as Uint8Array)).toContain('<html> in a note');
  });

  it('fetches pairs.csv as well, and needs no cities.csv beside it', async () => {
    const pairs = 'city1,lat1,lng1,city2,lat2,lng2\nOsaka,34.69,135.5,Sakai,34.57,135.48\n';
    const asked: string[] = [];
    const server: typeof fetch = (url) => {
      asked.push(String(url));
      return Promise.resolve(
        String(url).endsWith('/pairs.csv') ? csv(pairs) : new Response('', { status: 404 }),
      );
    };
    const { texts, issues, timedOut } = await fetchDatasetTexts(folder, server);
    expect(timedOut).toBe(false);
    expect(issues).toEqual([]);
    expect(asked).toContain('https://example.org/data/pairs.csv');
    expect(Object.keys(texts)).toEqual(['pairs']);
    expect(new TextDecoder().decode(texts.pairs as Uint8Array)).toBe(pairs);
  });

  it('still needs cities.csv when there is no pairs.csv either, naming the missing file', async () => {
    const server: typeof fetch = () =>
      Promise.resolve(new Response('', { status: 404, statusText: 'Not Found' }));
    const { texts, issues } = await fetchDatasetTexts(folder, server);
    expect(texts).toEqual({});
    expect(issues.map(inEnglish)).toEqual([
      expect.objectContaining({
        file: 'cities.csv',
        code: 'fetch-status',
        value: 'https://example.org/data/cities.csv',
        message: expect.stringContaining('404'),
      }),
    ]);
  });
});

describe('a data address naming a single file', () => {
  const pairs = 'from,to,from_lat,from_lon,to_lat,to_lon\nOsaka,Sakai,34.69,135.5,34.57,135.48\n';

  it('keeps a file address as it is, and places a CSV by its header', async () => {
    const url = parseDataUrl('https://example.org/lists/sister%20cities.csv');
    expect(url).toEqual(new URL('https://example.org/lists/sister%20cities.csv'));
    const fetched = await fetchDataFile(url as URL, () => Promise.resolve(csv(pairs)));
    expect(Object.keys(fetched.texts)).toEqual(['pairs']);
    expect(fetched.names).toEqual({ pairs: 'sister cities.csv' });
    expect(fetched.issues).toEqual([]);
  });

  it('names a file whose address has a malformed escape as it is written, instead of failing', async () => {
    const url = parseDataUrl('https://example.org/lists/a%E0.csv');
    expect(url).toBeInstanceOf(URL);
    const fetched = await fetchDataFile(url as URL, () => Promise.resolve(csv(pairs)));
    expect(fetched.names).toEqual({ pairs: 'a%E0.csv' });
    const missing = await fetchDataFile(url as URL, () =>
      Promise.resolve(new Response('', { status: 404 })),
    );
    expect(missing.issues.map(inEnglish)).toEqual([
      expect.objectContaining({
        file: 'a%E0.csv',
        value: 'https://example.org/lists/a%E0.csv',
        code: 'fetch-status',
      }),
    ]);
  });

  it('hands a workbook on unopened, and names a CSV it cannot place', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const book = await fetchDataFile(new URL('https://example.org/Book.xlsx'), () =>
      Promise.resolve(new Response(zip)),
    );
    expect(book.workbook).toEqual({ name: 'Book.xlsx', bytes: zip });
    const unknown = await fetchDataFile(new URL('https://example.org/x.csv'), () =>
      Promise.resolve(csv('a,b\n1,2')),
    );
    expect(unknown.issues.map(inEnglish)).toMatchObject([
      {
        file: 'x.csv',
        code: 'data-file-unknown',
        message: expect.stringMatching(/neither a workbook/),
      },
    ]);
  });
});
