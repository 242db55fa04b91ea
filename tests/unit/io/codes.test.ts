/**
 * Issue codes: every code the loader can emit is emitted by some input, is documented in
 * data/README.md, and has a text in both catalogues that uses only the values the issue has.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ATLAS_LOCATOR } from '../../../src/domain/countryAt';
import { EN, JA } from '../../../src/i18n/catalogue';
import { issueText, reportTranslator } from '../../../src/i18n/issues';
import { ISSUE_CODES, type Issue, type IssueCode } from '../../../src/io/issues';
import { loadDataset } from '../../../src/io/load';
import { fetchDataFile, fetchDatasetTexts, parseDataUrl } from '../../../src/io/remote';
import { CITIES, csv } from './helpers';
import { workbookGallery } from './workbookGallery';

const CITY_HEADER = 'id,name,country,lat,lon';
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** Inputs that, between them, make the loader say everything it can say. */
async function gallery(): Promise<Issue[]> {
  const loads = [
    {},
    { cities: `PK\u0003\u0004\u0000\u0000${CITY_HEADER}` },
    { cities: '' },
    { cities: CITIES, workshops: 'id,title,start_date' },
    { cities: latin1(`${CITY_HEADER}\nsao-paulo,São Paulo,BR,-23.55,-46.63\n`) },
    {
      cities: Uint8Array.from([
        ...new TextEncoder().encode(
          `${CITY_HEADER}\nhue,Huế,VN,16.46,107.59\nda-nang,Đà Nẵng,VN,16.05,108.2\nx,`,
        ),
        0xff,
        ...new TextEncoder().encode(',VN,1,2\n'),
      ]),
    },
    // A cities file without lat: a required column is missing.
    { cities: csv('id,name,country,lon', 'a,A,JP,2') },
    { cities: csv(`${CITY_HEADER},Name,Latitude,Memo,"no"tes"`, 'a,A,JP,1,2,B,3,m,n') },
    { cities: csv(`${CITY_HEADER},"notes`, 'a,A,JP,1,2,x') },
    {
      cities: csv(
        `${CITY_HEADER},population,notes`,
        'a,A,JP,1,2,,x',
        'b,B,JP,1,2,3,4,5',
        'c,"C"x",JP,1,2,,',
        'd,D\u0007,JP,1,2,,',
        'e,,JP,1,2,,',
        'f,F,JP,abc,2,,',
        'g,G,JP,1,200,,',
        'h,H,JP,135,35,,',
        'i,I,JP,1,2,many,',
        'j,J,JP,1,2,99999999999999999999999,',
        'k,K,XX,1,2,,',
        'A,Dup,JP,1,2,,',
        'l,"L',
      ),
    },
    {
      cities: CITIES,
      workshops: csv(
        'id,title,start_date,end_date,host_city_ids,url',
        'w1,One,soon,,,',
        'w2,Two,2020-05-10,2020-05-09,atlantis,ftp://x',
        'w3,Three,2020,2020-13,,',
      ),
      partnerships: csv(
        'city_a_id,city_b_id,start_year,end_year,status',
        'tokyo,nowhere,,,',
        'tokyo,tokyo,,,',
        'tokyo,hanoi,2005,2001,bogus',
        'tokyo,hanoi,soon,,',
      ),
    },
  ];
  const issues = loads.flatMap((texts) => loadDataset(texts).issues);
  // With the map of countries, as the worker and the CLIs load: countries from coordinates.
  const located = [
    { cities: csv('id,name,lat,lon', 'osaka,Osaka,34.6938,135.5011') },
    {
      cities: csv(
        CITY_HEADER,
        'osaka,Osaka,Nippon-koku,34.6938,135.5011',
        'lyon,Lyon,France,34.6938,135.5011',
        // At sea with a country written; at sea off Portugal with an unknown one.
        'paris,Paris,FR,-48.85,2.35',
        'atlantis,Atlantis,Atlantis,38.7,-10.1',
      ),
    },
    {
      pairs: csv(
        'city1,country1,lat1,lng1,city2,country2,lat2,lng2',
        'Springfield,US,39.80,-89.64,Tokyo,JP,35.68,139.69',
        'Springfield,US,42.10,-72.59,Tokyo,JP,35.68,139.69',
      ),
    },
    { pairs: csv('place,somewhere', 'a,b') },
  ];
  for (const texts of located)
    issues.push(...loadDataset(texts, { countryAt: ATLAS_LOCATOR }).issues);
  for (const value of ['', 'fixtures/pair/', 'javascript:alert(1)']) {
    const url = parseDataUrl(value);
    if (!(url instanceof URL)) issues.push(url);
  }
  const folder = new URL('https://example.org/data/');
  const page = '<!DOCTYPE html><html></html>';
  const answers: Record<'cities.csv' | 'workshops.csv' | 'partnerships.csv', () => Response> = {
    'cities.csv': () => new Response(page, { headers: { 'content-type': 'text/html' } }),
    'workshops.csv': () => new Response('gone', { status: 410, statusText: 'Gone' }),
    'partnerships.csv': () => {
      const response = new Response('x');
      response.arrayBuffer = () => Promise.reject(new Error('reset'));
      return response;
    },
  };
  const server: typeof fetch = (url) => {
    const name = String(url).split('/').pop() as keyof typeof answers;
    return Promise.resolve(answers[name]());
  };
  issues.push(...(await fetchDatasetTexts(folder, server)).issues);
  const refused: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
  issues.push(...(await fetchDatasetTexts(folder, refused)).issues);
  const silent: typeof fetch = () => new Promise<Response>(() => {});
  issues.push(...(await fetchDatasetTexts(folder, silent, 1)).issues);
  // A single file whose header is none of the inputs'.
  const notes: typeof fetch = () => Promise.resolve(new Response('memo,date\nhello,2020\n'));
  issues.push(...(await fetchDataFile(new URL('https://example.org/notes.csv'), notes)).issues);
  issues.push(...(await workbookGallery()));
  return issues;
}

/** The interpolation variables of a text: `{{count, number}}` → `count`. */
const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]!);

/** The catalogue's texts of `code`: its own, its plurals and its `_warning` variant. */
function textsOf(catalogue: typeof EN | typeof JA, code: IssueCode): string[] {
  return Object.entries(catalogue.issues.code)
    .filter(([key]) => key === code || /^(.+)_(one|other|warning)$/.exec(key)?.[1] === code)
    .map(([, text]) => text);
}

describe('issue codes', () => {
  it('are each emitted by some input the loader or the data address can get', async () => {
    const emitted = new Set((await gallery()).map((issue) => issue.code));
    expect([...ISSUE_CODES].filter((code) => !emitted.has(code))).toEqual([]);
  });

  it('each have a text in both catalogues that uses only the issue’s place and its code’s params', async () => {
    const issues = await gallery();
    for (const code of ISSUE_CODES) {
      const params = new Set(
        issues.filter((i) => i.code === code).flatMap((issue) => Object.keys(issue.params)),
      );
      const allowed = new Set(['file', 'row', 'column', 'value', ...params]);
      // Worded from `nearest` and `km` by the report (a sentence with a plural of its own).
      if (params.has('nearest') && params.has('km')) allowed.add('seaNearest');
      for (const catalogue of [EN, JA]) {
        const texts = textsOf(catalogue, code);
        expect(texts.length, code).toBeGreaterThan(0);
        for (const text of texts)
          expect(
            variables(text).filter((name) => !allowed.has(name)),
            `${code}: ${text}`,
          ).toEqual([]);
      }
    }
  });

  it('word every emitted issue in both languages, with nothing left unfilled', async () => {
    const issues = await gallery();
    for (const language of ['en', 'ja'] as const) {
      const t = reportTranslator(language);
      for (const issue of issues) {
        const text = issueText(t, issue);
        expect(text, issue.code).not.toMatch(/\{\{|\}\}|\$t\(|issues:|code\./);
        expect(text.trim(), issue.code).not.toBe('');
        // A text that names the value shows it as written.
        if (textsOf(EN, issue.code).some((text) => variables(text).includes('value')))
          expect(text, issue.code).toContain(issue.value);
      }
    }
  });

  it('have no text in the catalogues for a code that does not exist', () => {
    for (const catalogue of [EN, JA]) {
      const codes = Object.keys(catalogue.issues.code).map((key) =>
        key.replace(/_(one|other|warning)$/, ''),
      );
      expect(codes.filter((code) => !(ISSUE_CODES as readonly string[]).includes(code))).toEqual(
        [],
      );
    }
  });

  it('are listed in data/README.md, each once and in the order of ISSUE_CODES', () => {
    const readme = readFileSync(
      fileURLToPath(new URL('../../../data/README.md', import.meta.url)),
      'utf8',
    );
    const table = /<!-- issue codes -->([\s\S]*?)<!-- \/issue codes -->/.exec(readme)?.[1] ?? '';
    const listed = [...table.matchAll(/^\| `([a-z0-9-]+)`/gm)].map((match) => match[1]);
    expect(listed).toEqual([...ISSUE_CODES]);
  });

  it('keep data as data: a value that looks like a catalogue key or a placeholder is shown as written', () => {
    const result = loadDataset({
      cities: csv(CITY_HEADER, 'a,A,JP,{{file}},2', 'b,B,JP,$t(issues:none),2'),
    });
    const t = reportTranslator('en');
    expect(result.issues.map((issue) => issueText(t, issue))).toEqual([
      'lat must be a decimal number (like 35.68), not "{{file}}".',
      'lat must be a decimal number (like 35.68), not "$t(issues:none)".',
    ]);
  });
});
