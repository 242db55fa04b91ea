/** Reads a folder of the contract's CSV files, as every CLI that takes a data folder does. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportT } from '../i18n/issues';
import { DATA_FILES } from '../io/issues';
import type { DatasetTexts } from '../io/load';

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
  | { reason: 'cities' | 'file'; path: string; detail: string };

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
  }
}

/**
 * Reads cities.csv, workshops.csv and partnerships.csv from `folder` (file names in any case).
 * Fails when the folder or its cities.csv cannot be read; an unreadable optional file is left
 * out and named in `problems`.
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
  for (const file of DATA_FILES) {
    // Spreadsheet exports vary the case of file names (Cities.CSV); accept any.
    const entry = entries.find((name) => name.toLowerCase() === `${file}.csv`);
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
  if (texts.cities === undefined) {
    return { ok: false, failure: { reason: 'no-cities', folder }, problems };
  }
  return { ok: true, texts, problems };
}
