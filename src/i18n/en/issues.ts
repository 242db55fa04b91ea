/**
 * English: the loader's problems, one text per issue code (`src/io/issues.ts`). Besides a code's
 * own params, every text may use the issue's `file`, `row`, `column` and `value`. A code whose
 * warning says more (what was ignored) has a `_warning` variant (i18next context = severity).
 */
export const issues = {
  code: {
    'missing-cities':
      'cities.csv is missing; every dataset needs it, since links are drawn between its cities.',
    'not-text': '{{file}} is not CSV text (it looks like a binary file); export it as CSV (UTF-8).',
    'empty-file': '{{file}} is empty: it needs a header row and data rows.',
    'no-data-rows': '{{file}} has a header but no data rows.',
    'encoding-guessed':
      '{{file}} is not UTF-8 text, so it was read as $t(issues:encoding.{{encoding}}), the likeliest encoding; check that its accented letters and non-Latin names look right. $t(issues:saveAsUtf8)',
    'invalid-utf8_one':
      '{{file}} is UTF-8 text, but one character in it is not valid UTF-8 and shows as "{{value}}". $t(issues:saveAsUtf8)',
    'invalid-utf8_other':
      '{{file}} is UTF-8 text, but {{count, number}} characters in it are not valid UTF-8 and show as "{{value}}". $t(issues:saveAsUtf8)',
    'missing-column':
      'The header has no "{{column}}" column, which {{file}} requires. Found: {{found}}.',
    'repeated-column':
      'Column "{{value}}" appears twice; the first one is used and this one is kept as an extra column.',
    'alias-taken':
      'Column "{{value}}" would be read as {{column}}, but the header already has a {{column}} column; it is kept as an extra column.',
    'unknown-column':
      'Column "{{value}}" is not one {{file}} knows; it is kept as an extra column. Known columns: {{known}}.',
    'header-quote-unclosed':
      'A quoted header is never closed, so the whole file reads as its header; close the quote.',
    'header-quote-malformed':
      'A quote in the header is malformed (a quote inside a quoted cell must be doubled: "").',
    'too-many-cells':
      "Row has more cells than the header's {{expected}} columns; a cell containing the delimiter probably needs quotes.",
    'quote-unclosed':
      'A quoted cell is never closed, so the rest of the file reads as one cell; close the quote.',
    'quote-malformed':
      'A quote in this row is malformed (a quote inside a quoted cell must be doubled: "").',
    'control-characters':
      'The cell holds invisible control characters ({{characters}}), which no text needs; they are removed, leaving "{{clean}}".',
    required: '{{column}} is required but empty.',
    'not-a-number': '{{column}} must be a decimal number (like 35.68), not "{{value}}".',
    'not-a-number_warning':
      '{{column}} must be a decimal number (like 35.68), not "{{value}}". It is ignored.',
    'out-of-range': '{{column}} must be between {{min}} and {{max}}, not {{value}}.',
    'out-of-range_warning':
      '{{column}} must be between {{min}} and {{max}}, not {{value}}. It is ignored.',
    'swapped-coordinates':
      '{{column}} must be between {{min}} and {{max}}, not {{value}}. lat and lon may be swapped.',
    'not-a-count': '{{column}} must be a whole number ≥ 0, not "{{value}}". It is ignored.',
    'too-large':
      '{{column}} {{value}} is too large to keep exactly (at most {{max, number}}). It is ignored.',
    'not-a-year':
      '{{column}} must be a whole year from {{min}} to {{max}}, not "{{value}}". It is treated as unknown.',
    'not-a-date': '{{column}} must be a date as YYYY-MM-DD (or YYYY-MM, or YYYY), not "{{value}}".',
    'not-a-date_warning':
      '{{column}} must be a date as YYYY-MM-DD (or YYYY-MM, or YYYY), not "{{value}}". It is ignored.',
    'end-before-start': '{{column}} {{value}} is before {{startColumn}} {{start}}. It is ignored.',
    'unknown-country':
      '{{column}} "{{value}}" is not a country the app knows (an ISO 3166-1 alpha-2 code such as JP or VN, or a name such as Viet Nam or 日本), and the coordinates do not lie in or near a country either.',
    'unknown-city': 'No city with id "{{value}}" in cities.csv.',
    'unknown-city_warning': 'No city with id "{{value}}" in cities.csv; this reference is dropped.',
    'same-city': 'A partnership needs two different cities; both ends are "{{city}}".',
    'unknown-status':
      '{{column}} must be one of {{allowed}}, not "{{value}}". It is treated as active.',
    'not-a-web-address':
      '{{column}} must be a web address starting with http:// or https://. It is ignored.',
    'duplicate-id':
      'id "{{value}}" is already used in row {{firstRow}}; ids must be unique (ignoring case), so this row is rejected.',
    'data-empty':
      'The data parameter is empty: give the address of a folder, such as https://example.org/data/.',
    'data-not-absolute':
      'The data parameter "{{value}}" is not a full web address: write it with http:// or https://, such as https://example.org/data/.',
    'data-not-http':
      'The data parameter "{{value}}" must be an http:// or https:// address, not {{protocol}}.',
    'fetch-failed':
      'Could not fetch {{value}}: the server did not answer, or it does not allow this page to read the file (it must send an Access-Control-Allow-Origin header).',
    'fetch-status': 'Could not fetch {{value}}: the server answered {{status}}.',
    'fetch-web-page': '{{value}} returned a web page, not CSV: check the address of the folder.',
    'fetch-broken': 'Could not read {{value}}: the connection broke while it was downloading.',
    'fetch-timeout': '{{value}} did not answer within {{seconds, number}} s.',
    // Pair tables
    'pair-header-unknown':
      '{{file}} is not a table of pairs: its header needs, for each end, a name and coordinates (such as city1, lat1, lng1 … city2, lat2, lng2, or origin, origin_lat, origin_lon … destination …). Found: {{found}}.',
    'pair-city-conflict':
      '"{{city}}" here is {{km, number}} km from the "{{city}}" of row {{firstRow}} (same name and country), so it is read as another city, {{id}}; check the coordinates if they are one place.',
    'data-file-unknown':
      '{{file}} at {{value}} is neither a workbook nor a CSV whose header says what it is (cities, workshops, partnerships or a table of pairs).',

    // Workbooks
    'workbook-encrypted':
      '{{file}} is protected by a password, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it again.',
    'workbook-unsupported':
      '{{file}} is an older or binary Excel workbook (.xls or .xlsb), which cannot be read here. Save it as an Excel Workbook (.xlsx), or each sheet as CSV UTF-8.',
    'workbook-corrupt':
      '{{file}} is not a workbook that can be read: the file is damaged or is not an Excel file. Open it in a spreadsheet program and save it again as .xlsx.',
    'workbook-web-page':
      '{{file}} is a web page (HTML), not a workbook: download the workbook itself, or save it from a spreadsheet program as .xlsx or CSV.',
    'workbook-is-text':
      '{{file}} is text, not a workbook, and its header does not say which file it is (cities, workshops, partnerships or a table of pairs). Give it the header of one of them, or save it as a workbook.',
    'workbook-is-text_warning': '{{file}} is text, not a workbook: it is read as CSV.',
    'workbook-empty':
      '{{file}} has no sheet with data (an empty workbook, or one of macros only): put the cities, workshops and partnerships on sheets of their own.',
    'workbook-no-sheet':
      'No sheet of {{file}} could be placed: name the sheets cities, workshops and partnerships (or 都市, 研修, 連携), or give each the header of its CSV file. Sheets found: {{sheets}}.',
    'workbook-sheet-skipped':
      '{{file}} is not read: neither its name nor its header row says which table it is (cities, workshops, partnerships or a table of pairs).',
    'workbook-repeated-sheet':
      '{{file}} is not read: "{{first}}" already gives the same table, and only the first one is read.',
    'cell-error':
      'Cell {{cell}} holds the error {{value}} (its formula failed), so it is read as empty. Fix the formula, or replace it by its value.',
    'countries-from-coordinates':
      "{{file}} has no country column, so each city's country is taken from its coordinates (the country they lie in, or the nearest one within 25 km).",
    'country-inferred':
      '{{column}} "{{value}}" is empty or not a country the app knows; the coordinates lie in {{country}}, so the city is kept with country {{country}}.',
    'country-contradicts-coordinates':
      '{{column}} says {{country}} ("{{value}}"), but the coordinates lie in {{found}}, more than 25 km from {{country}}. $t(issues:countryCheck.{{swapped}})',
    'coordinates-at-sea':
      '{{column}} says {{country}} ("{{value}}"), but the coordinates ({{lat}}, {{lon}}) lie in no country, more than 25 km off any coast. {{seaNearest}} $t(issues:countryCheck.{{swapped}})',
    'country-inferred-nearest':
      '{{column}} "{{value}}" is empty or not a country the app knows, and the coordinates ({{lat}}, {{lon}}) lie at sea, {{km, number}} km off {{country}}, the nearest country; the city is kept with country {{country}}. Check its coordinates and country.',
  },
  /** The encodings a file can be read in, by WHATWG label. */
  encoding: {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16 (little-endian)',
    'utf-16be': 'UTF-16 (big-endian)',
    'windows-1252': 'Windows-1252 (Western European)',
    shift_jis: 'Shift_JIS (Japanese)',
  },
  saveAsUtf8:
    'To be sure, save the file as "CSV UTF-8" (in Excel: Save As › CSV UTF-8; elsewhere, choose the UTF-8 encoding).',
  /** Between the items of a list (headers, columns, values). */
  listSeparator: ', ',
  /** An empty list. */
  none: 'nothing',
  /** In place of a value that differs from row to row, in a group's caption. */
  elided: '…',
  /** The end of `country-contradicts-coordinates`: whether swapping lat and lon would fit. */
  /** Where a city at sea is nearest land: `count` is the distance in km, 0 when none is close. */
  /** A group of points at sea whose nearest country differs from row to row. */
  seaNearestVaries: 'The nearest country and its distance differ from row to row.',
  seaNearest_zero: 'No country lies within 1,000 km.',
  seaNearest_one: 'The nearest country is {{nearest}}, {{count, number}} km away.',
  seaNearest_other: 'The nearest country is {{nearest}}, {{count, number}} km away.',
  countryCheck: {
    true: 'lat and lon may be swapped: swapped, they lie in the country written.',
    false: 'Check the coordinates and the country.',
  },
} as const;
