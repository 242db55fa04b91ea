/**
 * `npm run validate -- <folder> [--json]`: checks a folder of CSVs as data maintainers would in
 * their own CI. Exit 0: no error; 1: errors; 2: the folder or its cities.csv cannot be read.
 */
import { loadDataset } from '../io/load';
import { validationJson, validationText } from '../io/report';
import { readFolder } from './readFolder';

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
  const read = readFolder(folder);
  for (const problem of read.problems) console.error(problem);
  if (!read.ok) {
    // A missing cities.csv may be a wrong folder argument, so the usage line helps there.
    console.error(read.reason === 'no-cities' ? `${read.message} ${USAGE}` : read.message);
    return 2;
  }
  const result = loadDataset(read.texts);
  const report = validationJson(result);
  console.log(json ? JSON.stringify(report, null, 2) : validationText(result));
  return report.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
