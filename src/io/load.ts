/** The CSV texts (three files, or a table of pairs) in, a `Dataset` and a full account of every row out. Same code in browser and Node. */
import type { CountryLocator } from '../domain/countryLocator';
import { createDataset, type Dataset } from '../domain/dataset';
import type { City, Partnership } from '../domain/types';
import { contractOf, readCsv } from './csv';
import { decodeFile } from './decode';
import {
  INPUT_KINDS,
  inputName,
  issueAt,
  type DataFile,
  type FileCounts,
  type InputKind,
  type Issue,
} from './issues';
import { readPairTable, type PairRead } from './pairTable';
import { NO_CITIES, RowParser } from './records';
import type { RecordOf } from './columns';
import type { ReadContext } from './column';
import { lowerCaseKey } from './lowerCase';

/**
 * The files a user has, each as text (pasted, bundled) or as the bytes read from a disk or a
 * server, which the loader decodes (see `decodeText`); `cities` is required unless a table of
 * `pairs` gives the cities; the others may be absent.
 */
export type DatasetTexts = Partial<Record<InputKind, string | Uint8Array>>;

/** The dataset built from the accepted rows, the counts per input present, and every issue. */
export interface LoadResult {
  dataset: Dataset;
  files: Partial<Record<InputKind, FileCounts>>;
  issues: Issue[];
  /** The name each input present was shown by (`Book.xlsx › 都市`); default `inputName(kind)`. */
  names?: Partial<Record<InputKind, string>>;
}

/**
 * Loads a dataset. An error rejects its row; a warning keeps it. For every file present,
 * `rows = accepted + rejected`, and each rejected row has an error naming its row. A later row
 * whose id repeats an earlier one (ignoring case) is rejected. A table of `pairs` adds the
 * cities it names (joining those of cities.csv of the same name and country within about 1 km)
 * and a partnership per usable row. Never throws on any input.
 */
export function loadDataset(texts: DatasetTexts, options: LoadOptions = {}): LoadResult {
  const issues: Issue[] = [];
  const files: LoadResult['files'] = {};
  const names: Partial<Record<InputKind, string>> = {};
  for (const kind of INPUT_KINDS) {
    if (texts[kind] !== undefined) names[kind] = options.names?.[kind] ?? inputName(kind);
  }
  const nameOf = (kind: InputKind) => names[kind] ?? inputName(kind);
  // Progress in proportion to each file's share of the text.
  const total = INPUT_KINDS.reduce((sum, kind) => sum + (texts[kind]?.length ?? 0), 0) || 1;
  let before = 0;
  const progressOf = (kind: InputKind) => {
    const start = before;
    const share = (texts[kind]?.length ?? 0) / total;
    before += share;
    return (fraction: number) => options.onProgress?.(start + share * fraction);
  };

  if (texts.cities === undefined && texts.pairs === undefined) {
    issues.push(issueAt('error', { file: nameOf('cities'), row: 1 }, 'missing-cities'));
  }
  const read = <F extends DataFile>(file: F, context: ReadContext) =>
    readFile(file, texts[file], nameOf(file), context, files, issues, progressOf(file));
  const cities = read('cities', { ...NO_CITIES, countryAt: options.countryAt });
  const fromPairs = readPairs(
    texts.pairs,
    nameOf('pairs'),
    cities,
    progressOf('pairs'),
    options.countryAt,
  );
  if (fromPairs) {
    issues.push(...fromPairs.issues);
    cities.push(...fromPairs.cities);
  }
  // Other files refer to cities in any case. Built when first asked: cities.csv alone needs none.
  let idByLowerCase: Map<string, string> | undefined;
  const context: ReadContext = {
    cityId: (written) => {
      idByLowerCase ??= new Map(cities.map((city) => [lowerCaseKey(city.id), city.id]));
      return idByLowerCase.get(lowerCaseKey(written));
    },
  };
  const workshops = read('workshops', context);
  const partnershipRows = new Map<string, number>();
  const partnerships = readFile(
    'partnerships',
    texts.partnerships,
    nameOf('partnerships'),
    context,
    files,
    issues,
    progressOf('partnerships'),
    partnershipRows,
  );
  if (fromPairs) {
    partnerships.push(...untakenPairs(fromPairs, partnershipRows, nameOf('pairs'), issues));
    files.pairs = fromPairs.counts;
  }
  return {
    dataset: createDataset(cities, workshops, assignPartnershipIds(partnerships)),
    files,
    issues,
    names,
  };
}

/** Reads the pair table, if any, decoding its bytes first. */
function readPairs(
  content: string | Uint8Array | undefined,
  name: string,
  known: readonly City[],
  onProgress: (fraction: number) => void,
  countryAt: CountryLocator | undefined,
): PairRead | undefined {
  if (content === undefined) return undefined;
  const decoded =
    typeof content === 'string' ? { text: content, issues: [] } : decodeFile(content, name);
  const read = readPairTable(decoded.text, name, known, onProgress, countryAt);
  return { ...read, issues: [...decoded.issues, ...read.issues] };
}

/**
 * The pair table's partnerships whose id no row of partnerships.csv has (`taken`: lower-case id →
 * its row), as ids are unique across the dataset. Each other one is rejected with an error at its
 * row of the pair table, and `read.counts` counts it so (rows = accepted + rejected still holds).
 */
function untakenPairs(
  read: PairRead,
  taken: ReadonlyMap<string, number>,
  name: string,
  issues: Issue[],
): Partnership[] {
  const kept: Partnership[] = [];
  read.partnerships.forEach((partnership, index) => {
    const firstRow = partnership.id ? taken.get(partnership.id.toLowerCase()) : undefined;
    if (firstRow === undefined) {
      kept.push(partnership);
      return;
    }
    const place = { file: name, row: read.rows[index] ?? 0, column: 'id', value: partnership.id };
    issues.push(issueAt('error', place, 'duplicate-id', { firstRow }));
  });
  const rejected = read.partnerships.length - kept.length;
  read.counts = {
    ...read.counts,
    accepted: read.counts.accepted - rejected,
    rejected: read.counts.rejected + rejected,
  };
  return kept;
}

/** Options of `loadDataset`. */
export interface LoadOptions {
  /** The name each input is shown by in issues and counts; default `cities.csv` … `pairs.csv`. */
  names?: Partial<Record<InputKind, string>>;
  /** Called now and then with the share of the work done, 0..1 (for a progress bar). */
  onProgress?(done: number): void;
  /**
   * The map of countries (`ATLAS_LOCATOR` of `domain/countryAt.ts`), passed where user data is
   * read: an empty or unknown country is then taken from the coordinates, and coordinates in
   * another country than the one written are warned about. Without it (the app's bundled data,
   * checked in CI, on the main thread without the map's weight) an unknown country is an error.
   */
  countryAt?: CountryLocator;
}

/** Rows between two progress reports. */
const PROGRESS_EVERY = 2000;

/**
 * Parses one file's rows with its column specs, rejecting repeated ids; records its counts. The
 * ids accepted go to `firstRowById` (lower case → row), for later files to check theirs against.
 */
function readFile<F extends DataFile>(
  file: F,
  content: string | Uint8Array | undefined,
  name: string,
  context: ReadContext,
  files: LoadResult['files'],
  issues: Issue[],
  onProgress: (fraction: number) => void,
  firstRowById = new Map<string, number>(),
): RecordOf[F][] {
  if (content === undefined) return [];
  const decoded =
    typeof content === 'string' ? { text: content, issues: [] } : decodeFile(content, name);
  issues.push(...decoded.issues);
  const records: RecordOf[F][] = [];
  const parser = new RowParser(file, context, name);
  // Each row is parsed as it is split, so its cells die young (see `readCsv`).
  let visited = 0;
  const { rowCount } = readCsv(decoded.text, contractOf(file, name), issues, (row, done) => {
    if (visited++ % PROGRESS_EVERY === 0) onProgress(done);
    const record = parser.parse(row);
    for (const issue of parser.issues) issues.push(issue);
    if (!record) return;
    const id = record.id;
    const key = lowerCaseKey(id);
    const firstRow = firstRowById.get(key);
    if (id && firstRow !== undefined) {
      const place = { file: name, row: row.row, column: 'id', value: id };
      issues.push(issueAt('error', place, 'duplicate-id', { firstRow }));
      return;
    }
    if (id) firstRowById.set(key, row.row);
    records.push(record);
  });
  onProgress(1);
  files[file] = { rows: rowCount, accepted: records.length, rejected: rowCount - records.length };
  return records;
}

/** Gives partnerships without an id a stable one from their cities, unique within the file. */
function assignPartnershipIds(partnerships: Partnership[]): Partnership[] {
  if (partnerships.every((partnership) => partnership.id)) return partnerships;
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
