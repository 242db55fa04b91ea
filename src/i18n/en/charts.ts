/** English: the reach charts, their text alternatives and SVG downloads. */
export const charts = {
  /** The summary of each chart's text alternative. */
  table: 'Data as a table',
  download: 'Download SVG',
  /** The download button's accessible name: its visible words first, then the chart. */
  downloadLabel: 'Download SVG: {{title}}',
  year: 'Year',
  activity: {
    title: 'Activity per year, by theme',
    y: 'Records (a record counts in each of its themes)',
    otherThemes: 'Other themes',
    noTheme: 'No theme',
    undated_one: '{{count, number}} record without a year is not shown',
    undated_other: '{{count, number}} records without a year are not shown',
    desc: 'Records per year by theme from {{first}} to {{last}}; the tallest column is {{peak}}, with {{peakCount}}.',
    descOne: 'Records by theme in {{first}}: {{peakCount}}.',
    /** A stack's tooltip. */
    value: '{{year}} · {{theme}}: {{value}}',
    empty: 'No record with a year in this selection.',
    /** When nothing began in the filtered years, but records begun earlier are active in them. */
    emptyEarlier_one:
      'No record began in these years; {{count, number}} began earlier and is still active in them.',
    emptyEarlier_other:
      'No record began in these years; {{count, number}} began earlier and are still active in them.',
    earlier_one: '{{count, number}} record begun before these years is not shown',
    earlier_other: '{{count, number}} records begun before these years are not shown',
  },
  growth: {
    title: 'Overseas cities reached',
    y: 'Overseas cities (by the end of each year)',
    table: 'Overseas cities',
    desc: 'Overseas cities reached grew from {{from}} in {{first}} to {{to}} in {{last}}.',
    descSame: 'Overseas cities reached stayed at {{to}} from {{first}} to {{last}}.',
    descOne_one: '{{count, number}} overseas city reached in {{first}}.',
    descOne_other: '{{count, number}} overseas cities reached in {{first}}.',
    value: '{{year}}: {{value}}',
    empty: 'No overseas city in this selection.',
    /** Under the line: cities reached only by records without a year (or by proposals). */
    undated_one: '{{count, number}} more overseas city has no dated record and is not drawn',
    undated_other: '{{count, number}} more overseas cities have no dated record and are not drawn',
  },
  countries: {
    title: 'Cities per country',
    x: 'Cities',
    country: 'Country',
    region: 'Region',
    desc: 'Cities in {{countries}} countries, from {{most}} in {{top}} to {{fewest}} in {{bottom}}.',
    descOne_one: 'The {{count, number}} city is in {{top}}.',
    descOne_other: 'All {{count, number}} cities are in {{top}}.',
    value: '{{country}}: {{value}}',
    empty: 'No city in this selection.',
  },
} as const;
