/**
 * Loading data from a web server (`?data=<URL>`): the CSVs of a folder (the three files and a
 * table of pairs), or a single file (a CSV of any of the three kinds or a table of pairs, or a
 * workbook).
 */
import {
  INPUT_KINDS,
  inputName,
  issueAt,
  type InputKind,
  type Issue,
  type IssueCode,
  type ParamsArgument,
} from './issues';
import type { DatasetTexts } from './load';
import { placeInput } from './placeInput';

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

/** What fetching one file gave: its bytes, or an issue (`missing`: the server has no such file). */
type Fetched = { bytes: Uint8Array } | { issue: Issue; missing: boolean };

/**
 * Fetches cities.csv, workshops.csv, partnerships.csv and pairs.csv from `folder`, as the CLIs
 * read a folder. A file that is missing (404) is left out, cities.csv only when pairs.csv gives
 * the cities; any other failure, a web page instead of CSV, or no answer within `timeoutMs` for
 * any file, is an issue that says which file and why.
 */
export async function fetchDatasetTexts(
  folder: URL,
  fetchText: typeof fetch = fetch,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): Promise<RemoteTexts> {
  const controller = new AbortController();
  const results = new Map<InputKind, Fetched>();
  const all = Promise.all(
    INPUT_KINDS.map(async (kind) => {
      const name = inputName(kind);
      results.set(
        kind,
        await fetchFile(new URL(name, folder).href, name, fetchText, controller.signal),
      );
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
    const issues = INPUT_KINDS.filter((kind) => !results.has(kind)).map((kind) =>
      fileIssue(inputName(kind), new URL(inputName(kind), folder).href, 'fetch-timeout', {
        seconds,
      }),
    );
    return { texts: {}, issues, timedOut: true };
  }
  const texts: DatasetTexts = {};
  const issues: Issue[] = [];
  // In the files' order, whatever order they arrived in.
  for (const kind of INPUT_KINDS) {
    const result = results.get(kind);
    if (!result) continue;
    if ('bytes' in result) texts[kind] = result.bytes;
    else if (!result.missing || (kind === 'cities' && !hasBytes(results.get('pairs'))))
      issues.push(result.issue);
  }
  return { texts, issues, timedOut: false };
}

const hasBytes = (fetched: Fetched | undefined) => fetched !== undefined && 'bytes' in fetched;

/** Fetches `url` (shown as `name`). */
async function fetchFile(
  url: string,
  name: string,
  fetchText: typeof fetch,
  signal: AbortSignal,
): Promise<Fetched> {
  const fail = (code: 'fetch-failed' | 'fetch-web-page' | 'fetch-broken'): Fetched => ({
    issue: fileIssue(name, url, code),
    missing: false,
  });
  let response: Response;
  try {
    response = await fetchText(url, { signal });
  } catch {
    // No answer, or one that this page may not read (no Access-Control-Allow-Origin header).
    return fail('fetch-failed');
  }
  if (!response.ok) {
    const { status, statusText } = response;
    const issue = fileIssue(name, url, 'fetch-status', { status, statusText });
    return { issue, missing: status === 404 };
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
  const name = fileNameOf(url);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), timeoutMs);
  });
  const fetching = fetchFile(url.href, name, fetchText, controller.signal);
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
  if ('issue' in result) return { texts: {}, issues: [result.issue], timedOut: false };
  const { bytes } = result;
  const place = placeInput(name, bytes);
  if (!place) {
    return { texts: {}, issues: [fileIssue(name, url.href, 'data-file-unknown')], timedOut: false };
  }
  if (place.kind === 'workbook')
    return { texts: {}, workbook: { name, bytes }, issues: [], timedOut: false };
  const { kind } = place;
  return { texts: { [kind]: bytes }, names: { [kind]: name }, issues: [], timedOut: false };
}

/**
 * The last part of the address's path, decoded (`sister%20cities.csv` → `sister cities.csv`), as
 * it is when it does not decode (`a%E0.csv`), or the whole address when the path ends in `/`.
 */
function fileNameOf(url: URL): string {
  const last = url.pathname.split('/').pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A malformed escape (a lone `%E0`): the name as written names the file well enough.
  }
  return name || url.href;
}
