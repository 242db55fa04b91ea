/** Loading the three CSVs from a folder on a web server (`?data=<base URL>`). */
import {
  DATA_FILES,
  fileName,
  issueAt,
  type DataFile,
  type Issue,
  type IssueCode,
  type ParamsArgument,
} from './issues';
import type { DatasetTexts } from './load';

/** The texts that could be fetched, and an issue for each file that could not. */
export interface RemoteTexts {
  texts: DatasetTexts;
  issues: Issue[];
  /** True when the server did not answer within the time allowed; `texts` is then empty. */
  timedOut: boolean;
}

/** How long the server may take to send all three files before the app gives up, in ms: 15 s. */
export const FETCH_TIMEOUT_MS = 15_000;

/**
 * The folder URL with a trailing slash, or an issue naming the value when it is not an
 * absolute http(s) address. Empty and relative values are refused: resolved against the page,
 * they would fetch the app's own HTML.
 */
export function parseDataUrl(value: string): URL | Issue {
  if (value.trim() === '') return urlIssue(value, 'data-empty');
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return urlIssue(value, 'data-not-absolute');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return urlIssue(value, 'data-not-http', { protocol: url.protocol });
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function urlIssue<C extends IssueCode>(
  value: string,
  code: C,
  ...params: ParamsArgument<C>
): Issue {
  return issueAt('error', { file: '', row: 0, column: 'data', value }, code, ...params);
}

/** What fetching one file gave: its bytes, an issue, or nothing (an optional file not there). */
type Fetched = { bytes: Uint8Array } | { issue: Issue } | null;

/**
 * Fetches cities.csv, workshops.csv and partnerships.csv from `folder`. A file that is missing
 * (404) is left out; any other failure, a web page instead of CSV, or no answer within
 * `timeoutMs` for any file, is an issue that says which file and why.
 */
export async function fetchDatasetTexts(
  folder: URL,
  fetchText: typeof fetch = fetch,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): Promise<RemoteTexts> {
  const controller = new AbortController();
  const results = new Map<DataFile, Fetched>();
  const all = Promise.all(
    DATA_FILES.map(async (file) => {
      const result = await fetchFile(
        new URL(fileName(file), folder).href,
        file,
        fetchText,
        controller.signal,
      );
      results.set(file, result);
    }),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A fetch that ignores the abort signal must not hold the app either: the timer races it.
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), timeoutMs);
  });
  const outcome = await Promise.race([all, expired]);
  clearTimeout(timer);
  if (outcome === 'expired') {
    controller.abort();
    const seconds = timeoutMs / 1000;
    const issues = DATA_FILES.filter((file) => !results.has(file)).map((file) =>
      fileIssue(file, new URL(fileName(file), folder).href, 'fetch-timeout', { seconds }),
    );
    return { texts: {}, issues, timedOut: true };
  }
  const texts: DatasetTexts = {};
  const issues: Issue[] = [];
  // In the files' order, whatever order they arrived in.
  for (const file of DATA_FILES) {
    const result = results.get(file);
    if (!result) continue;
    if ('bytes' in result) texts[file] = result.bytes;
    else issues.push(result.issue);
  }
  return { texts, issues, timedOut: false };
}

async function fetchFile(
  url: string,
  file: DataFile,
  fetchText: typeof fetch,
  signal: AbortSignal,
): Promise<Fetched> {
  const fail = (code: 'fetch-failed' | 'fetch-web-page' | 'fetch-broken'): Fetched => ({
    issue: fileIssue(file, url, code),
  });
  let response: Response;
  try {
    response = await fetchText(url, { signal });
  } catch {
    // No answer, or one that this page may not read (no Access-Control-Allow-Origin header).
    return fail('fetch-failed');
  }
  if (response.status === 404 && file !== 'cities') return null;
  if (!response.ok) {
    const { status, statusText } = response;
    return { issue: fileIssue(file, url, 'fetch-status', { status, statusText }) };
  }
  if (/^\s*text\/html\b/i.test(response.headers.get('content-type') ?? '')) {
    return fail('fetch-web-page');
  }
  let bytes: Uint8Array;
  try {
    // Bytes, not response.text(): the loader decodes them as it does files from a disk,
    // whatever charset the server claims (see io/decode.ts).
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    return fail('fetch-broken');
  }
  return looksLikeHtml(bytes) ? fail('fetch-web-page') : { bytes };
}

/** True when the bytes start (after a BOM and blank space) like an HTML page. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  // Both markers are ASCII, so the first bytes decode alike in UTF-8 and the legacy encodings.
  const start = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart().toLowerCase();
  return start.startsWith('<!doctype') || start.startsWith('<html');
}

/** An issue with fetching `file`; its value is the address asked for. */
function fileIssue<C extends IssueCode>(
  file: DataFile,
  url: string,
  code: C,
  ...params: ParamsArgument<C>
): Issue {
  return issueAt('error', { file: fileName(file), row: 0, value: url }, code, ...params);
}
