/** Loading the three CSVs from a folder on a web server (`?data=<base URL>`). */
import { DATA_FILES, fileName, type Issue } from './issues';
import type { DatasetTexts } from './load';

/** The texts that could be fetched, and an issue for each file that could not. */
export interface RemoteTexts {
  texts: DatasetTexts;
  issues: Issue[];
}

/** The folder URL with a trailing slash, or an issue when it is not an http(s) address. */
export function parseDataUrl(value: string, pageUrl: string): URL | Issue {
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return urlIssue(value, 'is not a web address.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return urlIssue(value, `must be an http:// or https:// address, not ${url.protocol}.`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function urlIssue(value: string, problem: string): Issue {
  return {
    file: '',
    row: 0,
    column: 'data',
    value,
    severity: 'error',
    message: `The data parameter ${problem}`,
  };
}

/**
 * Fetches cities.csv, workshops.csv and partnerships.csv from `folder`. A file that is missing
 * (404) is left out; any other failure is an issue that says which file and why.
 */
export async function fetchDatasetTexts(
  folder: URL,
  fetchText: typeof fetch = fetch,
): Promise<RemoteTexts> {
  const texts: DatasetTexts = {};
  const issues: Issue[] = [];
  await Promise.all(
    DATA_FILES.map(async (file) => {
      const url = new URL(fileName(file), folder).href;
      const fail = (message: string) =>
        issues.push({
          file: fileName(file),
          row: 0,
          column: '',
          value: url,
          severity: 'error',
          message,
        });
      let response: Response;
      try {
        response = await fetchText(url);
      } catch {
        fail(
          `Could not fetch ${url}: the server did not answer, or it does not allow this page to read ` +
            'the file (it must send an Access-Control-Allow-Origin header).',
        );
        return;
      }
      if (response.status === 404 && file !== 'cities') return;
      if (!response.ok) {
        fail(
          `Could not fetch ${url}: the server answered ${response.status} ${response.statusText}.`.trim(),
        );
        return;
      }
      try {
        texts[file] = await response.text();
      } catch {
        fail(`Could not read ${url}: the connection broke while it was downloading.`);
      }
    }),
  );
  return { texts, issues };
}
