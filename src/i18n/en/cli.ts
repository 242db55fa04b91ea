/** English: what `npm run validate` and `npm run export` say besides the report itself. */
export const cli = {
  validateUsage:
    'Usage: npm run validate -- <folder> [--json] [--lang en|ja]\n  (or a single file instead of the folder: a table of pairs such as pairs.csv, or a workbook such as Book.xlsx)',
  exportUsage:
    'Usage: npm run export -- <folder> --format csv|geojson|gexf|graphml|flows --out <path> [--lang en|ja]\n  (csv and flows write their files into the folder <path>; geojson, gexf and graphml write the file <path>, or network.geojson / network.gexf / network.graphml when <path> is a folder)',
  cannotReadFolder: 'Cannot read the folder {{folder}}: {{reason}}',
  cannotReadFile: 'Cannot read {{path}}: {{reason}}',
  noCities: 'No cities.csv (nor pairs.csv) in {{folder}}; it is required.',
  unknownFile:
    'Cannot tell what {{path}} is: give it the header of cities.csv, workshops.csv or partnerships.csv, or of a table of pairs (city1, lat1, lng1, city2, lat2, lng2 …).',
  unknownOption: 'Unknown option {{option}}.',
  givenTwice: '--{{name}} is given twice.',
  needsValue: '--{{name}} needs a value.',
  oneFolder: 'Give exactly one data folder.',
  formatRequired: '--format is required.',
  badFormat: '--format must be csv, geojson, gexf, graphml or flows, not "{{format}}".',
  outRequired: '--out is required.',
  badLanguage: '--lang must be en or ja, not "{{language}}".',
  outIsFolder: '--out must not be the data folder {{folder}}: its files would be overwritten.',
  outIsInput: '--out must not overwrite the input: {{input}} would be overwritten.',
  cannotWrite: 'Cannot write {{out}}: {{reason}}',
  nothingToExport:
    'Nothing to export: no city of {{folder}} could be loaded, so no file is written. Details: npm run validate -- {{folder}}',
  wroteCsv: 'Wrote {{cities}}, {{workshops}} and {{partnerships}} to {{out}}.',
  wroteGeoJson: 'Wrote {{cities}} and {{links}} to {{out}}.',
  /** `format`: GEXF or GraphML. */
  wroteGraph: 'Wrote a {{format}} graph of {{cities}} and {{links}} to {{out}}.',
  /** `flows`: rows of flows.csv, already counted ("12 rows"). */
  wroteFlows: 'Wrote locations.csv ({{cities}}) and flows.csv ({{flows}}) to {{out}}.',
  /** What a GEXF or GraphML file says of itself. */
  graphDescription: 'All records of {{folder}}',
  issuesNone: 'Issues: none.',
  issues: 'Issues: {{errors}}, {{warnings}}. Details: npm run validate -- {{folder}}',
  issuesRejected:
    'Issues: {{errors}}, {{warnings}}; {{rejected}} rejected and not exported. Details: npm run validate -- {{folder}}',
} as const;
