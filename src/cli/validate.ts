/**
 * `npm run validate -- <folder> [--json]`: checks a folder of CSVs as data maintainers would in
 * their own CI. Exit 0: no error; 1: errors; 2: the folder or its cities.csv cannot be read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, type DataFile } from '../io/issues';
import { loadDataset, type DatasetTexts } from '../io/load';
import { validationJson, validationText } from '../io/report';

const USAGE = 'Usage: npm run validate -- <folder> [--json]';

function main(args: string[]): number {
  const json = args.includes('--json');
  const positional = args.filter((arg) => !arg.startsWith('--'));
  const unknownFlags = args.filter((arg) => arg.startsWith('--') && arg !== '--json');
  if (positional.length !== 1 || unknownFlags.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const folder = positional[0]!;
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch (error) {
    console.error(`Cannot read the folder ${folder}: ${(error as Error).message}`);
    return 2;
  }
  const texts: DatasetTexts = {};
  for (const file of DATA_FILES) {
    // Spreadsheet exports vary the case of file names (Cities.CSV); accept any.
    const entry = entries.find((name) => name.toLowerCase() === `${file}.csv`);
    if (!entry) continue;
    try {
      texts[file as DataFile] = new TextDecoder('utf-8').decode(readFileSync(join(folder, entry)));
    } catch (error) {
      console.error(`Cannot read ${join(folder, entry)}: ${(error as Error).message}`);
      if (file === 'cities') return 2;
    }
  }
  if (texts.cities === undefined) {
    console.error(`No cities.csv in ${folder}; it is required. ${USAGE}`);
    return 2;
  }
  const result = loadDataset(texts);
  const report = validationJson(result);
  console.log(json ? JSON.stringify(report, null, 2) : validationText(result));
  return report.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
