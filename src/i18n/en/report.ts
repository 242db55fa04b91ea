/**
 * English: the import report (the app's list of problems, `npm run validate`'s text), the
 * notices about loading and keeping data, and the note on links left out of a GeoJSON export.
 */
export const report = {
  heading: 'Problems in the data: {{errors}}, {{warnings}}',
  errors_one: '{{count, number}} error',
  errors_other: '{{count, number}} errors',
  warnings_one: '{{count, number}} warning',
  warnings_other: '{{count, number}} warnings',
  rows_one: '{{count, number}} row',
  rows_other: '{{count, number}} rows',
  show: 'Show',
  shown: {
    all: 'errors and warnings',
    error: 'errors only',
    warning: 'warnings only',
  },
  download: 'Download report',
  showDetails: 'Show details',
  hideDetails: 'Hide details',
  /** Where problems that are in no file are listed: the `?data=` address. */
  dataAddress: 'data address',
  fileCounts: '{{file}} — {{rows}}: {{accepted, number}} loaded, {{rejected, number}} rejected',
  pairCounts:
    '{{file}} — {{rows}}: {{accepted, number}} used as partnerships, {{rejected, number}} rejected; cities derived: {{cities, number}}',
  moreKinds_one:
    'Show {{count, number}} more kind of problem in {{file}} ({{hidden, number}} not shown)',
  moreKinds_other:
    'Show {{count, number}} more kinds of problem in {{file}} ({{hidden, number}} not shown)',
  moreRows_one: 'Show {{count, number}} more row ({{hidden, number}} not shown)',
  moreRows_other: 'Show {{count, number}} more rows ({{hidden, number}} not shown)',
  columns: {
    row: 'Row',
    column: 'Column',
    value: 'Value',
    problem: 'Problem',
  },
  /** The row of a problem that is in no row (a data address). */
  noRow: '—',
  severity: {
    error: 'error',
    warning: 'warning',
  },
  /** A group of problems of one kind: how many, and the kind. */
  group: '{{count, number}} × {{kind}}',
  /** `npm run validate`'s text report. */
  text: {
    fileCounts: '{{file}}: {{rows}}, {{accepted, number}} accepted, {{rejected, number}} rejected',
    pairCounts:
      '{{file}}: {{rows}}, {{accepted, number}} used as partnerships, {{rejected, number}} rejected, cities derived: {{cities, number}}',
    fileOnly: '{{file}}:',
    row: 'row {{row}}',
    rowColumn: 'row {{row}}, column {{column}}',
    withValue: '{{place}} (value: {{value}})',
    line: '{{severity}} {{place}}: {{message}}',
    ok: 'OK: no errors.',
    okWarnings: 'OK: no errors, {{warnings}}.',
    failed: 'FAILED: {{errors}}, {{warnings}}.',
  },
  /** Notices about loading, importing and keeping data. */
  notice: {
    notKept: 'Your data is shown but could not be kept in this browser (storage is off).',
    nothingLoaded:
      'Nothing could be loaded from {{name}}: no city was read. The data on screen is unchanged; the report below says why.',
    cancelled: 'Import cancelled.',
    failed: 'The import failed: {{reason}}.',
    storageTimeout:
      "The browser's storage did not answer within {{seconds, number}} s, so data you imported before cannot be shown.",
    storageTimeoutBundled:
      "The browser's storage did not answer within {{seconds, number}} s, so data you imported before cannot be shown. The bundled data is shown instead.",
    addressBundled:
      'The data address could not be used (see the problems in the data), so the bundled data is shown instead.',
    addressFailed:
      'The data at {{url}} could not be loaded ({{reason}}), so the bundled data is shown instead.',
    tooManyFiles:
      'Drop at most five files (cities, workshops, partnerships, a table of pairs and a workbook), not {{given, number}}.',
    unknownFiles:
      "Could not tell which file {{names}} is: name it cities.csv, workshops.csv or partnerships.csv, or give it the contract's header (or, for a table of pairs, a header such as city1, lat1, lng1, city2, lat2, lng2).",
    sameKind: 'Two files of the same kind: {{files}}.',
    fileOfKind: '{{name}} ({{kind}})',
    /** Two notices at once, one after the other. */
    both: '{{first}} {{second}}',
  },
  /** Links a GeoJSON export left out, since their two cities are at one point. */
  omitted: {
    note_one: 'Left out {{count, number}} link whose two cities are at the same point: {{links}}.',
    note_other:
      'Left out {{count, number}} links whose two cities are at the same point: {{links}}.',
    link: '{{source}}–{{target}} ({{kind}})',
    more: '{{count, number}} more',
    kind: {
      partnership: 'partnership',
      workshop: 'workshop',
      'co-attendance': 'co-attendance',
    },
  },
} as const;
