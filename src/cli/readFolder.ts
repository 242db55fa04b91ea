/**
 * Reads the data a CLI is given: a folder of the contract's CSV files (and a table of pairs), or
 * a single file (a CSV of any kind, or a workbook).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ReportT } from '../i18n/issues';
import { INPUT_KINDS, inputName, type InputKind, type Issue } from '../io/issues';
import type { DatasetTexts } from '../io/load';
import { placeInput } from '../io/placeInput';
import { readWorkbook } from '../io/workbook';

/** The files found (as bytes), or why the folder cannot be used; `problems` are files skipped. */
export type FolderRead =
  | { ok: true; texts: DatasetTexts; problems: FolderProblem[] }
  | { ok: false; failure: FolderProblem; problems: FolderProblem[] };

/**
 * Why a folder or one of its files cannot be used: the folder is unreadable, it has no
 * cities.csv, or a file in it is unreadable (`cities`: its cities.csv, which fails the folder).
 * `detail` is the system's own message.
 */
export type FolderProblem =
  | { reason: 'folder'; folder: string; detail: string }
  | { reason: 'no-cities'; folder: string }
  | { reason: 'cities' | 'file'; path: string; detail: string }
  /** A single file whose header tells none of the inputs. */
  | { reason: 'unknown-file'; path: string };

/** A folder problem in the language of `t`: `Cannot read the folder data: ENOENT …`. */
export function folderProblemText(t: ReportT, problem: FolderProblem): string {
  switch (problem.reason) {
    case 'folder':
      return t('cli:cannotReadFolder', { folder: problem.folder, reason: problem.detail });
    case 'no-cities':
      return t('cli:noCities', { folder: problem.folder });
    case 'cities':
    case 'file':
      return t('cli:cannotReadFile', { path: problem.path, reason: problem.detail });
    case 'unknown-file':
      return t('cli:unknownFile', { path: problem.path });
  }
}

/**
 * Reads cities.csv, workshops.csv, partnerships.csv and pairs.csv from `folder` (file names in
 * any case). Fails when the folder cannot be read, or when it has neither a readable cities.csv
 * nor a pairs.csv; an unreadable optional file is left out and named in `problems`.
 */
export function readFolder(folder: string): FolderRead {
  const problems: FolderProblem[] = [];
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, failure: { reason: 'folder', folder, detail }, problems };
  }
  const texts: DatasetTexts = {};
  for (const file of INPUT_KINDS) {
    // Spreadsheet exports vary the case of file names (Cities.CSV); accept any.
    const entry = entries.find((name) => name.toLowerCase() === inputName(file));
    if (!entry) continue;
    const path = join(folder, entry);
    try {
      // The bytes as they are: the loader decodes them as the browser does (see io/decode.ts).
      texts[file] = readFileSync(path);
    } catch (error) {
      const detail = (error as Error).message;
      if (file === 'cities')
        return { ok: false, failure: { reason: 'cities', path, detail }, problems };
      problems.push({ reason: 'file', path, detail });
    }
  }
  if (texts.cities === undefined && texts.pairs === undefined) {
    return { ok: false, failure: { reason: 'no-cities', folder }, problems };
  }
  return { ok: true, texts, problems };
}

/** What a data path gave: the inputs and the names they are shown by, and a workbook's issues. */
export type InputRead =
  | {
      ok: true;
      texts: DatasetTexts;
      names: Partial<Record<InputKind, string>>;
      /** Problems with a workbook as a whole or its sheets (see `readWorkbook`). */
      issues: Issue[];
      problems: FolderProblem[];
    }
  | { ok: false; failure: FolderProblem; problems: FolderProblem[] };

/**
 * Reads `path`: a folder as `readFolder` does; a workbook by its sheets; a CSV file as the input
 * its header (or name) tells, shown by its own name. Fails when the path cannot be read or a CSV
 * is none of the inputs.
 */
export async function readInput(path: string): Promise<InputRead> {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, failure: { reason: 'folder', folder: path, detail }, problems: [] };
  }
  if (isFolder) {
    const read = readFolder(path);
    return read.ok ? { ...read, names: {}, issues: [] } : read;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, failure: { reason: 'file', path, detail }, problems: [] };
  }
  const name = basename(path);
  const place = placeInput(name, bytes);
  if (!place) return { ok: false, failure: { reason: 'unknown-file', path }, problems: [] };
  if (place.kind === 'workbook') {
    const read = await readWorkbook(bytes, name);
    return { ok: true, texts: read.texts, names: read.names, issues: read.issues, problems: [] };
  }
  const { kind } = place;
  return { ok: true, texts: { [kind]: bytes }, names: { [kind]: name }, issues: [], problems: [] };
}
