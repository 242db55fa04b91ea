/**
 * Loading data from a web server (`?data=<URL>`): the three CSVs from a folder, or a single file
 * (a CSV of any of the three kinds or a table of pairs, or a workbook).
 */
import { decodeText } from './decode';
import { identifyFile } from './identify';
import {
  DATA_FILES,
  fileName,
  issueAt,
  type DataFile,
  type InputKind,
  type Issue,
  type IssueCode,
  type ParamsArgument,
} from './issues';
import type { DatasetTexts } from './load';
import { isWorkbook } from './workbook';

/** The texts that could be fetched, and an issue for each file that could not. */
export interface RemoteTexts {
  texts: DatasetTexts;
  /** The name each input is shown by, when not its default (a single file: its name). */
  names?: Partial<Record<InputKind, string>>;
  /** A single workbook, still unopened (the load worker reads it). */
  workbook?: { name: string; bytes: Uint8Array };
  issues: Issue[];
  /** True when the server did not answer within the time allowed; `texts` is then empty. */
  timedOut: boolean;
}

/** How long the server may take to send all three files before the app gives up, in ms: 15 s. */
export const FETCH_TIMEOUT_MS = 15_000;

/** A data address whose path ends like this names one file, not a folder. */
const SINGLE_FILE = /\.(csv|tsv|txt|xlsx|xlsm|xls|ods)$/i;

/** True when the data address names a single file (`…/pairs.csv`, `…/Book.xlsx`), not a folder. */
export function isSingleFile(url: URL): boolean {
  return SINGLE_FILE.test(url.pathname);
}

/**
 * The folder URL with a trailing slash (or a single file's URL as it is: see `isSingleFile`), or
 * an issue naming the value when it is not an absolute http(s) address. Empty and relative values
 * are refused: resolved against the page, they would fetch the app's own HTML.
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
  if (!url.pathname.endsWith('/') && !isSingleFile(url)) url.pathname += '/';
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
        fileName(file),
        file !== 'cities',
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
      fileIssue(fileName(file), new URL(fileName(file), folder).href, 'fetch-timeout', {
        seconds,
      }),
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

/** Fetches `url` (shown as `name`); a missing `optional` file (404) is null. */
async function fetchFile(
  url: string,
  name: string,
  optional: boolean,
  fetchText: typeof fetch,
  signal: AbortSignal,
): Promise<Fetched> {
  const fail = (code: 'fetch-failed' | 'fetch-web-page' | 'fetch-broken'): Fetched => ({
    issue: fileIssue(name, url, code),
  });
  let response: Response;
  try {
    response = await fetchText(url, { signal });
  } catch {
    // No answer, or one that this page may not read (no Access-Control-Allow-Origin header).
    return fail('fetch-failed');
  }
  if (response.status === 404 && optional) return null;
  if (!response.ok) {
    const { status, statusText } = response;
    return { issue: fileIssue(name, url, 'fetch-status', { status, statusText }) };
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

/** An issue with fetching the file `name`; its value is the address asked for. */
function fileIssue<C extends IssueCode>(
  name: string,
  url: string,
  code: C,
  ...params: ParamsArgument<C>
): Issue {
  return issueAt('error', { file: name, row: 0, value: url }, code, ...params);
}

/**
 * Fetches the single file `url` names (see `isSingleFile`): a workbook is handed on unopened; a
 * CSV is placed by its header (a table of pairs, or one of the three files), else it is an
 * issue. The file is shown by the last part of its path. Gives up after `timeoutMs`.
 */
export async function fetchDataFile(
  url: URL,
  fetchText: typeof fetch = fetch,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): Promise<RemoteTexts> {
  const name = decodeURIComponent(url.pathname.split('/').pop() ?? '') || url.href;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), timeoutMs);
  });
  const fetching = fetchFile(url.href, name, false, fetchText, controller.signal);
  const result = await Promise.race([fetching, expired]);
  clearTimeout(timer);
  if (result === 'expired') {
    controller.abort();
    const seconds = timeoutMs / 1000;
    return {
      texts: {},
      issues: [fileIssue(name, url.href, 'fetch-timeout', { seconds })],
      timedOut: true,
    };
  }
  if (!result) return { texts: {}, issues: [], timedOut: false };
  if ('issue' in result) return { texts: {}, issues: [result.issue], timedOut: false };
  const { bytes } = result;
  if (isWorkbook(name, bytes))
    return { texts: {}, workbook: { name, bytes }, issues: [], timedOut: false };
  const kind = identifyFile(name, decodeText(bytes.subarray(0, 65_536)).text);
  if (!kind) {
    return { texts: {}, issues: [fileIssue(name, url.href, 'data-file-unknown')], timedOut: false };
  }
  return { texts: { [kind]: bytes }, names: { [kind]: name }, issues: [], timedOut: false };
}
