/** Three CSV texts in, a `Dataset` and a full account of every row out. Same code in browser and Node. */
import { createDataset, type Dataset } from '../domain/dataset';
import type { Partnership } from '../domain/types';
import { parseCsv } from './csv';
import { decodeFile } from './decode';
import {
  DATA_FILES,
  fileName,
  issueAt,
  type DataFile,
  type FileCounts,
  type Issue,
} from './issues';
import { NO_CITIES, parseRow } from './records';
import type { RecordOf } from './columns';
import type { ReadContext } from './column';

/**
 * The files a user has, each as text (pasted, bundled) or as the bytes read from a disk or a
 * server, which the loader decodes (see `decodeText`); `cities` is required, the others may be
 * absent.
 */
export type DatasetTexts = Partial<Record<DataFile, string | Uint8Array>>;

/** The dataset built from the accepted rows, the counts per file present, and every issue. */
export interface LoadResult {
  dataset: Dataset;
  files: Partial<Record<DataFile, FileCounts>>;
  issues: Issue[];
}

/**
 * Loads a dataset. An error rejects its row; a warning keeps it. For every file present,
 * `rows = accepted + rejected`, and each rejected row has an error naming its row. A later row
 * whose id repeats an earlier one (ignoring case) is rejected. Never throws on any input.
 */
export function loadDataset(texts: DatasetTexts, options: LoadOptions = {}): LoadResult {
  const issues: Issue[] = [];
  const files: LoadResult['files'] = {};
  // Progress in proportion to each file's share of the text.
  const total = DATA_FILES.reduce((sum, file) => sum + (texts[file]?.length ?? 0), 0) || 1;
  let before = 0;
  const progressOf = (file: DataFile) => {
    const start = before;
    const share = (texts[file]?.length ?? 0) / total;
    before += share;
    return (fraction: number) => options.onProgress?.(start + share * fraction);
  };

  if (texts.cities === undefined) {
    issues.push(issueAt('error', { file: fileName('cities'), row: 1 }, 'missing-cities'));
  }
  const cities = readFile('cities', texts.cities, NO_CITIES, files, issues, progressOf('cities'));
  const idByLowerCase = new Map(cities.map((city) => [city.id.toLowerCase(), city.id]));
  // Other files refer to cities in any case.
  const context: ReadContext = { cityId: (written) => idByLowerCase.get(written.toLowerCase()) };
  const workshops = readFile(
    'workshops',
    texts.workshops,
    context,
    files,
    issues,
    progressOf('workshops'),
  );
  const partnerships = readFile(
    'partnerships',
    texts.partnerships,
    context,
    files,
    issues,
    progressOf('partnerships'),
  );
  return {
    dataset: createDataset(cities, workshops, assignPartnershipIds(partnerships)),
    files,
    issues,
  };
}

/** Options of `loadDataset`. */
export interface LoadOptions {
  /** Called now and then with the share of the work done, 0..1 (for a progress bar). */
  onProgress?(done: number): void;
}

/** Rows between two progress reports. */
const PROGRESS_EVERY = 2000;

/** Parses one file's rows with its column specs, rejecting repeated ids; records its counts. */
function readFile<F extends DataFile>(
  file: F,
  content: string | Uint8Array | undefined,
  context: ReadContext,
  files: LoadResult['files'],
  issues: Issue[],
  onProgress: (fraction: number) => void,
): RecordOf[F][] {
  if (content === undefined) return [];
  const decoded =
    typeof content === 'string' ? { text: content, issues: [] } : decodeFile(content, file);
  const table = parseCsv(decoded.text, file);
  // Splitting the text is about a third of the work; the rows are the rest.
  onProgress(1 / 3);
  issues.push(...decoded.issues, ...table.issues);
  const records: RecordOf[F][] = [];
  const firstRowById = new Map<string, number>();
  for (const [index, row] of table.rows.entries()) {
    if (index % PROGRESS_EVERY === 0) onProgress(1 / 3 + ((2 / 3) * index) / table.rows.length);
    const result = parseRow(file, row, context);
    issues.push(...result.issues);
    const record = result.record;
    if (!record) continue;
    const id = record.id;
    const key = id.toLowerCase();
    const firstRow = firstRowById.get(key);
    if (id && firstRow !== undefined) {
      const place = { file: fileName(file), row: row.row, column: 'id', value: id };
      issues.push(issueAt('error', place, 'duplicate-id', { firstRow }));
      continue;
    }
    if (id) firstRowById.set(key, row.row);
    records.push(record);
  }
  onProgress(1);
  files[file] = {
    rows: table.rows.length,
    accepted: records.length,
    rejected: table.rows.length - records.length,
  };
  return records;
}

/** Gives partnerships without an id a stable one from their cities, unique within the file. */
function assignPartnershipIds(partnerships: Partnership[]): Partnership[] {
  const taken = new Set(partnerships.map((p) => p.id.toLowerCase()).filter(Boolean));
  return partnerships.map((partnership) => {
    if (partnership.id) return partnership;
    const base = `${partnership.cityAId}--${partnership.cityBId}`;
    let id = base;
    for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}-${n}`;
    taken.add(id.toLowerCase());
    return { ...partnership, id };
  });
}
