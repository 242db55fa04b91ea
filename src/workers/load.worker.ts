/** Loads a dataset off the main thread, so that a large import never freezes the page. */
import { ATLAS_LOCATOR } from '../domain/countryAt';
import { createDataset } from '../domain/dataset';
import { INPUT_KINDS, inputName, issueAt, type Issue } from '../io/issues';
import { loadDataset, type LoadResult } from '../io/load';
import { readWorkbook } from '../io/workbook';
import { loadParts, loadSummary, type LoadPart, type LoadSummary } from './loadParts';
import { isLoadRequest, type LoadRequest } from './requests';
import { serve, type JobContext } from './serve';

/** The share of the progress bar for opening a workbook (unzipping and reading its cells). */
const WORKBOOK_SHARE = 0.3;

/**
 * Reads the request's workbook, if any, and loads its sheets with the request's files: the
 * workbook's issues come first. A file sent as itself wins over a sheet of the same kind, with a
 * warning on the sheet (nothing is dropped unsaid).
 */
async function loadRequest(
  request: LoadRequest,
  job: Pick<JobContext<never>, 'progress'>,
): Promise<LoadResult> {
  if (!request.workbook) {
    return loadDataset(request.texts, {
      names: request.names,
      onProgress: job.progress,
      countryAt: ATLAS_LOCATOR,
    });
  }
  const { name, bytes } = request.workbook;
  const read = await readWorkbook(bytes, name, {
    onProgress: (done) => job.progress(WORKBOOK_SHARE * done),
  });
  const texts = { ...request.texts };
  const names = { ...request.names };
  const issues: Issue[] = [...read.issues];
  for (const kind of INPUT_KINDS) {
    const sheet = read.texts[kind];
    if (sheet === undefined) continue;
    const file = read.names[kind] ?? name;
    if (texts[kind] !== undefined) {
      const first = names[kind] ?? inputName(kind);
      issues.push(issueAt('warning', { file, row: 0 }, 'workbook-repeated-sheet', { first }));
      continue;
    }
    texts[kind] = sheet;
    names[kind] = file;
  }
  // A workbook that gave nothing to read has said why; "cities.csv is missing" would add nothing.
  if (Object.keys(texts).length === 0)
    return { dataset: createDataset([], [], []), files: {}, issues };
  const result = loadDataset(texts, {
    names,
    countryAt: ATLAS_LOCATOR,
    onProgress: (done) => job.progress(WORKBOOK_SHARE + (1 - WORKBOOK_SHARE) * done),
  });
  return { ...result, issues: [...issues, ...result.issues] };
}

// A load runs in one piece and cannot hear a cancel: the client terminates the worker instead.
// Its result goes in parts, each read by the page in a task of its own (see `loadParts.ts`).
serve<LoadRequest, LoadSummary, LoadPart>(
  async (request, job) => {
    const result = await loadRequest(request, job);
    for (const part of loadParts(result)) job.partial(part);
    return loadSummary(result);
  },
  { isRequest: isLoadRequest },
);
