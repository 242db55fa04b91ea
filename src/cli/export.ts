/**
 * `npm run export -- <folder> --format csv|geojson|gexf|graphml|flows --out <path> [--lang en|ja]`:
 * writes what a folder of CSVs loads as the contract's CSV files (into the folder <path>), as
 * GeoJSON, GEXF or GraphML (to the file <path>, or to network.geojson / .gexf / .graphml in it
 * when <path> is a folder), or as locations.csv + flows.csv (into the folder <path>). The network is the whole one, unfiltered. Rows the loader rejects are not exported; a
 * one-line summary of issues goes to stderr. It speaks English unless `--lang ja`.
 * Exit 0: written; 2: bad arguments, an unreadable folder or cities.csv, a workbook with no usable
 * sheet (corrupt, encrypted), data of which no city loads, an unwritable <path>, or a <path> that
 * would overwrite the input: nothing is written then.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ATLAS_LOCATOR } from '../domain/countryAt';
import { DEFAULT_FILTERS } from '../domain/filters';
import { computeMetrics } from '../domain/metrics';
import { buildNetwork } from '../domain/network';
import {
  countSeverities,
  reportTranslator,
  type ReportT,
  errorsText,
  issueText,
  omittedLinksText,
  rowsText,
  warningsText,
} from '../i18n/issues';
import { exportCsv, exportGeoJson } from '../io/export';
import { exportFlows } from '../io/flows';
import { exportGexf, exportGraphml } from '../io/graphFormats';
import { DATA_FILES, fileName, INPUT_KINDS, inputName } from '../io/issues';
import { loadDataset, type LoadResult } from '../io/load';
import { isLanguage, type Language } from '../state/language';
import { folderProblemText, readInput } from './readFolder';

const FORMATS = ['csv', 'geojson', 'gexf', 'graphml', 'flows'] as const;
type Format = (typeof FORMATS)[number];

/** The formats written as files into the folder <path>; the others are one file, <path>. */
const FOLDER_FORMATS: readonly Format[] = ['csv', 'flows'];

/** The files a folder format writes into <path>. */
const FLOW_FILES = ['locations.csv', 'flows.csv'] as const;

/** Why the command line is unusable, as a sentence of the catalogue. */
type ArgsError = (t: ReportT) => string;

/** The parsed command line, or the reason it is unusable; the language either way. */
type Options = { language: Language } & (
  { folder: string; format: Format; out: string } | { error: ArgsError }
);

/** The language asked for by `--lang` (English by default), read before anything is said. */
function languageOf(args: string[]): Language {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = arg === '--lang' ? args[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : null;
    if (value !== null && isLanguage(value)) return value;
  }
  return 'en';
}

/** Reads `<folder> --format F --out P [--lang L]`; flags also as `--format=F`, in any order. */
function parseArgs(args: string[]): Options {
  const language = languageOf(args);
  const fail = (error: ArgsError): Options => ({ language, error });
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
    if (name !== 'format' && name !== 'out' && name !== 'lang')
      return fail((t) => t('cli:unknownOption', { option: arg }));
    if (flags.has(name)) return fail((t) => t('cli:givenTwice', { name }));
    const value = equals < 0 ? args[++i] : arg.slice(equals + 1);
    if (value === undefined || value === '' || (equals < 0 && value.startsWith('--')))
      return fail((t) => t('cli:needsValue', { name }));
    flags.set(name, value);
  }
  const lang = flags.get('lang');
  if (lang !== undefined && !isLanguage(lang))
    return fail((t) => t('cli:badLanguage', { language: lang }));
  if (positional.length !== 1) return fail((t) => t('cli:oneFolder'));
  const format = flags.get('format');
  if (format === undefined) return fail((t) => t('cli:formatRequired'));
  if (!(FORMATS as readonly string[]).includes(format))
    return fail((t) => t('cli:badFormat', { format }));
  const out = flags.get('out');
  if (out === undefined) return fail((t) => t('cli:outRequired'));
  return { language, folder: positional[0]!, format: format as Format, out };
}

/** "Issues: 1 error, 2 warnings; 1 row rejected and not exported. …" — or "Issues: none." */
function issueSummary(t: ReportT, result: LoadResult, folder: string): string {
  if (result.issues.length === 0) return t('cli:issuesNone');
  const { errors, warnings } = countSeverities(result.issues);
  const rejected = DATA_FILES.reduce((sum, file) => sum + (result.files[file]?.rejected ?? 0), 0);
  const counts = { errors: errorsText(t, errors), warnings: warningsText(t, warnings), folder };
  return rejected > 0
    ? t('cli:issuesRejected', { ...counts, rejected: rowsText(t, rejected) })
    : t('cli:issues', counts);
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
function overwritesInput(t: ReportT, folder: string, format: Format, out: string): string | null {
  const intoFolder = FOLDER_FORMATS.includes(format);
  // A single pair table or workbook is the only input; a folder holds the files readInput reads.
  const single = statSync(folder).isFile();
  if (intoFolder && !single && sameFile(out, folder)) return t('cli:outIsFolder', { folder });
  // The files readFolder reads: the inputs' names, in any case.
  const names = new Set(INPUT_KINDS.map(inputName));
  const inputs = single
    ? [folder]
    : readdirSync(folder)
        .filter((entry) => names.has(entry.toLowerCase()))
        .map((entry) => join(folder, entry));
  const fileNames =
    format === 'csv' ? DATA_FILES.map(fileName) : format === 'flows' ? FLOW_FILES : null;
  const targets = fileNames ? fileNames.map((name) => join(out, name)) : [out];
  for (const target of targets) {
    const input = inputs.find((path) => sameFile(target, path));
    if (input) return t('cli:outIsInput', { input });
  }
  return null;
}

/**
 * The file a single-file format writes: `out`, or `network.<format>` in it when `out` is a
 * folder (one that exists, or a path ending in a separator), as a folder is often what is given.
 */
function fileTarget(format: Exclude<Format, 'csv' | 'flows'>, out: string): string {
  const isFolder = /[/\\]$/.test(out) || statSync(out, { throwIfNoEntry: false })?.isDirectory();
  return isFolder ? join(out, `network.${format}`) : out;
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

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  const t = reportTranslator(options.language);
  if ('error' in options) {
    console.error(options.error(t));
    console.error(t('cli:exportUsage'));
    return 2;
  }
  const { folder, format } = options;
  const out =
    format === 'csv' || format === 'flows' ? options.out : fileTarget(format, options.out);
  const read = await readInput(folder);
  for (const problem of read.problems) console.error(folderProblemText(t, problem));
  if (!read.ok) {
    console.error(folderProblemText(t, read.failure));
    if (read.failure.reason === 'no-cities') console.error(t('cli:exportUsage'));
    return 2;
  }
  const overwrite = overwritesInput(t, folder, format, out);
  if (overwrite) {
    console.error(overwrite);
    return 2;
  }
  const load = loadDataset(read.texts, { names: read.names, countryAt: ATLAS_LOCATOR });
  // A workbook's own problems (a sheet it could not place) come before its sheets'.
  const result = { ...load, issues: [...read.issues, ...load.issues] };
  const { dataset } = result;
  if (dataset.cities.length === 0) {
    // A workbook that could not be opened, or data of which nothing loads: an empty file helps no one.
    for (const issue of read.issues) console.error(`${issue.file}: ${issueText(t, issue)}`);
    console.error(t('cli:nothingToExport', { folder }));
    return 2;
  }
  try {
    if (format === 'csv') {
      makeFolder(out);
      const files = exportCsv(dataset);
      for (const file of DATA_FILES) writeFileSync(join(out, fileName(file)), files[file]);
      console.log(
        t('cli:wroteCsv', {
          cities: t('terms:count.cities', { count: dataset.cities.length }),
          workshops: t('terms:count.workshops', { count: dataset.workshops.length }),
          partnerships: t('terms:count.partnerships', { count: dataset.partnerships.length }),
          out,
        }),
      );
    } else if (format === 'flows') {
      const network = buildNetwork(dataset, DEFAULT_FILTERS);
      const files = exportFlows(network, dataset);
      makeFolder(out);
      writeFileSync(join(out, 'locations.csv'), files.locations);
      writeFileSync(join(out, 'flows.csv'), files.flows);
      console.log(
        t('cli:wroteFlows', {
          cities: t('terms:count.cities', { count: files.rows.locations }),
          flows: rowsText(t, files.rows.flows),
          out,
        }),
      );
    } else if (format === 'gexf' || format === 'graphml') {
      const network = buildNetwork(dataset, DEFAULT_FILTERS);
      const options = {
        metrics: computeMetrics(network),
        description: t('cli:graphDescription', { folder }),
      };
      const text =
        format === 'gexf'
          ? exportGexf(network, dataset, options)
          : exportGraphml(network, dataset, options);
      makeFolder(dirname(out));
      writeFileSync(out, text);
      console.log(
        t('cli:wroteGraph', {
          format: format === 'gexf' ? 'GEXF' : 'GraphML',
          cities: t('terms:count.cities', { count: network.nodes.length }),
          links: t('terms:count.links', { count: network.edges.length }),
          out,
        }),
      );
    } else {
      const network = buildNetwork(dataset, DEFAULT_FILTERS);
      const collection = exportGeoJson(network, dataset);
      makeFolder(dirname(out));
      writeFileSync(out, `${JSON.stringify(collection)}\n`);
      const written = network.edges.length - collection.omitted_links.length;
      console.log(
        t('cli:wroteGeoJson', {
          cities: t('terms:count.cities', { count: network.nodes.length }),
          links: t('terms:count.links', { count: written }),
          out,
        }),
      );
      const note = omittedLinksText(t, collection.omitted_links);
      if (note) console.error(note);
    }
  } catch (error) {
    console.error(t('cli:cannotWrite', { out, reason: (error as Error).message }));
    return 2;
  }
  console.error(issueSummary(t, result, folder));
  return 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
