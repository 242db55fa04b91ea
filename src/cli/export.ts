/**
 * `npm run export -- <folder> --format csv|geojson --out <path>`: writes what a folder of CSVs
 * loads as the contract's CSV files (into the folder <path>) or as GeoJSON (to the file <path>).
 * Rows the loader rejects are not exported; a one-line summary of issues goes to stderr.
 * Exit 0: written; 2: bad arguments, an unreadable folder or cities.csv, an unwritable <path>, or
 * a <path> that would overwrite the input.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_FILTERS } from '../domain/filters';
import { buildNetwork } from '../domain/network';
import { plural } from '../domain/summary';
import { exportCsv, exportGeoJson, omittedLinksNote } from '../io/export';
import { DATA_FILES, fileName } from '../io/issues';
import { loadDataset, type LoadResult } from '../io/load';
import { readFolder } from './readFolder';

const USAGE = 'Usage: npm run export -- <folder> --format csv|geojson --out <path>';
const FORMATS = ['csv', 'geojson'] as const;
type Format = (typeof FORMATS)[number];

/** The parsed command line, or the reason it is unusable. */
type Options = { folder: string; format: Format; out: string } | { error: string };

/** Reads `<folder> --format F --out P`; flags also as `--format=F`, in any order. */
function parseArgs(args: string[]): Options {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
    if (name !== 'format' && name !== 'out') return { error: `Unknown option ${arg}.` };
    if (flags.has(name)) return { error: `--${name} is given twice.` };
    const value = equals < 0 ? args[++i] : arg.slice(equals + 1);
    if (value === undefined || value === '' || (equals < 0 && value.startsWith('--')))
      return { error: `--${name} needs a value.` };
    flags.set(name, value);
  }
  if (positional.length !== 1) return { error: 'Give exactly one data folder.' };
  const format = flags.get('format');
  if (format === undefined) return { error: '--format is required.' };
  if (!(FORMATS as readonly string[]).includes(format))
    return { error: `--format must be csv or geojson, not "${format}".` };
  const out = flags.get('out');
  if (out === undefined) return { error: '--out is required.' };
  return { folder: positional[0]!, format: format as Format, out };
}

/** "Issues: 1 error, 2 warnings; 1 row rejected and not exported." — or "Issues: none." */
function issueSummary(result: LoadResult, folder: string): string {
  if (result.issues.length === 0) return 'Issues: none.';
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = result.issues.length - errors;
  const rejected = DATA_FILES.reduce((sum, file) => sum + (result.files[file]?.rejected ?? 0), 0);
  const dropped = rejected > 0 ? `; ${plural(rejected, 'row')} rejected and not exported` : '';
  return `Issues: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${dropped}. Details: npm run validate -- ${folder}`;
}

/** Same file or folder: one device and inode, however the path reaches it (symbolic links, `.`). */
function sameFile(a: string, b: string): boolean {
  const first = statSync(a, { bigint: true, throwIfNoEntry: false });
  const second = statSync(b, { bigint: true, throwIfNoEntry: false });
  return !!first && !!second && first.dev === second.dev && first.ino === second.ino;
}

/**
 * Why writing `out` would overwrite the input in `folder`, or null. Rejected rows are not
 * exported, so writing over an input would lose them. Compared by identity, not by name, so a
 * symbolic link, `data/.` or another spelling of the same path is caught as well.
 */
function overwritesInput(folder: string, format: Format, out: string): string | null {
  if (format === 'csv' && sameFile(out, folder))
    return `--out must not be the data folder ${folder}: its files would be overwritten.`;
  // The files readFolder reads: the contract's names, in any case.
  const names = new Set(DATA_FILES.map(fileName));
  const inputs = readdirSync(folder)
    .filter((entry) => names.has(entry.toLowerCase()))
    .map((entry) => join(folder, entry));
  const targets = format === 'csv' ? DATA_FILES.map((file) => join(out, fileName(file))) : [out];
  for (const target of targets) {
    const input = inputs.find((path) => sameFile(target, path));
    if (input) return `--out must not overwrite the input: ${input} would be overwritten.`;
  }
  return null;
}

/**
 * Creates `folder` and its missing parents one at a time, so that the first one that cannot be
 * made fails with its own reason. Node's `mkdirSync(…, { recursive: true })` takes ENOENT to
 * mean "make the parent first", and retries forever when the parent exists but the child still
 * cannot be made (`/proc/nope`): it spun at full CPU instead of failing.
 */
function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let path = resolve(folder); !existsSync(path); path = dirname(path)) {
    missing.push(path);
    if (dirname(path) === path) break;
  }
  for (const path of missing.reverse()) mkdirSync(path);
}

function main(args: string[]): number {
  const options = parseArgs(args);
  if ('error' in options) {
    console.error(`${options.error}\n${USAGE}`);
    return 2;
  }
  const { folder, format, out } = options;
  const read = readFolder(folder);
  for (const problem of read.problems) console.error(problem);
  if (!read.ok) {
    console.error(read.reason === 'no-cities' ? `${read.message} ${USAGE}` : read.message);
    return 2;
  }
  const overwrite = overwritesInput(folder, format, out);
  if (overwrite) {
    console.error(overwrite);
    return 2;
  }
  const result = loadDataset(read.texts);
  const { dataset } = result;
  try {
    if (format === 'csv') {
      makeFolder(out);
      const files = exportCsv(dataset);
      for (const file of DATA_FILES) writeFileSync(join(out, fileName(file)), files[file]);
      console.log(
        `Wrote ${plural(dataset.cities.length, 'city', 'cities')}, ${plural(dataset.workshops.length, 'workshop')} and ${plural(dataset.partnerships.length, 'partnership')} to ${out}.`,
      );
    } else {
      const network = buildNetwork(dataset, DEFAULT_FILTERS);
      const collection = exportGeoJson(network, dataset);
      makeFolder(dirname(out));
      writeFileSync(out, `${JSON.stringify(collection)}\n`);
      const written = network.edges.length - collection.omitted_links.length;
      console.log(
        `Wrote ${plural(network.nodes.length, 'city', 'cities')} and ${plural(written, 'link')} to ${out}.`,
      );
      const note = omittedLinksNote(collection);
      if (note) console.error(note);
    }
  } catch (error) {
    console.error(`Cannot write ${out}: ${(error as Error).message}`);
    return 2;
  }
  console.error(issueSummary(result, folder));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
