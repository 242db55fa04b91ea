/**
 * `npm run validate -- <folder|file> [--json] [--lang en|ja]`: checks a folder of CSVs (or a
 * single table of pairs, or a workbook) as data
 * maintainers would in their own CI, in English unless `--lang ja`. `--json` gives each issue its
 * stable `code` and `params` (for scripts) and a `message` in that language. Exit 0: no error;
 * 1: errors; 2: bad arguments, or the folder or its cities.csv cannot be read.
 */
import { issueText, reportTranslator, validationText } from '../i18n/issues';
import { ATLAS_LOCATOR } from '../domain/countryAt';
import { loadDataset } from '../io/load';
import { validationJson } from '../io/report';
import { isLanguage, type Language } from '../state/language';
import { folderProblemText, readInput } from './readFolder';

/** The parsed command line, or why it is unusable (worded once the language is known). */
type Options =
  | { folder: string; json: boolean; language: Language }
  | { language: Language; error?: { language: string } };

/** Reads `<folder> [--json] [--lang en|ja]`; `--lang` also as `--lang=ja`, anywhere. */
function parseArgs(args: string[]): Options {
  let language: Language = 'en';
  let json = false;
  let usable = true;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? (args[++i] ?? '') : arg.slice('--lang='.length);
      if (!isLanguage(value)) return { language, error: { language: value } };
      language = value;
    } else if (arg.startsWith('--')) usable = false;
    else positional.push(arg);
  }
  if (!usable || positional.length !== 1) return { language };
  return { folder: positional[0]!, json, language };
}

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  const t = reportTranslator(options.language);
  if (!('folder' in options)) {
    if (options.error) console.error(t('cli:badLanguage', options.error));
    console.error(t('cli:validateUsage'));
    return 2;
  }
  const read = await readInput(options.folder);
  for (const problem of read.problems) console.error(folderProblemText(t, problem));
  if (!read.ok) {
    console.error(folderProblemText(t, read.failure));
    // A missing cities.csv may be a wrong folder argument, so the usage line helps there.
    if (read.failure.reason === 'no-cities') console.error(t('cli:validateUsage'));
    return 2;
  }
  const load = loadDataset(read.texts, { names: read.names, countryAt: ATLAS_LOCATOR });
  // A workbook's own problems (a sheet it could not place) come before its sheets'.
  const result = { ...load, issues: [...read.issues, ...load.issues] };
  const report = validationJson(result, (issue) => issueText(t, issue));
  console.log(options.json ? JSON.stringify(report, null, 2) : validationText(t, result));
  return report.ok ? 0 : 1;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
