/** Reads a folder of the contract's CSV files, as every CLI that takes a data folder does. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../io/issues';
import type { DatasetTexts } from '../io/load';

/** The files found (as bytes), or why the folder cannot be used; `problems` are files skipped. */
export type FolderRead =
  | { ok: true; texts: DatasetTexts; problems: string[] }
  | { ok: false; reason: FolderFailure; message: string; problems: string[] };

/** Why a folder cannot be used: it is unreadable, has no cities.csv, or that file is unreadable. */
export type FolderFailure = 'folder' | 'no-cities' | 'cities';

/**
 * Reads cities.csv, workshops.csv and partnerships.csv from `folder` (file names in any case).
 * Fails when the folder or its cities.csv cannot be read; an unreadable optional file is left
 * out and named in `problems`.
 */
export function readFolder(folder: string): FolderRead {
  const problems: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch (error) {
    return {
      ok: false,
      reason: 'folder',
      message: `Cannot read the folder ${folder}: ${(error as Error).message}`,
      problems,
    };
  }
  const texts: DatasetTexts = {};
  for (const file of DATA_FILES) {
    // Spreadsheet exports vary the case of file names (Cities.CSV); accept any.
    const entry = entries.find((name) => name.toLowerCase() === `${file}.csv`);
    if (!entry) continue;
    try {
      // The bytes as they are: the loader decodes them as the browser does (see io/decode.ts).
      texts[file] = readFileSync(join(folder, entry));
    } catch (error) {
      const message = `Cannot read ${join(folder, entry)}: ${(error as Error).message}`;
      if (file === 'cities') return { ok: false, reason: 'cities', message, problems };
      problems.push(message);
    }
  }
  if (texts.cities === undefined) {
    const message = `No cities.csv in ${folder}; it is required.`;
    return { ok: false, reason: 'no-cities', message, problems };
  }
  return { ok: true, texts, problems };
}
