/** English: the filters in words, for exports, the report and presentation scenes. */
export const slice = {
  source: {
    bundled: 'Data: MOEJ / IGES city-to-city collaboration programme (bundled data)',
    other: 'Data: {{name}}',
  },
  /** The filters as one line; `list` is a list of values in the language's list style. */
  words: {
    /** Between two filters. */
    separator: ' · ',
    /** Nothing filtered. */
    all: 'All records',
    themes_one: 'Theme: {{list}}',
    themes_other: 'Themes: {{list}}',
    /** `span`: a year or a span of years (`2016–2019`). */
    years: '{{span}}',
    unknownYears: 'partnerships of unknown start year left out',
    countries_one: 'Country: {{list}}',
    countries_other: 'Countries: {{list}}',
    linkKinds_one: 'Links: {{list}}',
    linkKinds_other: 'Links: {{list}}',
    statuses_one: 'Partnership status: {{list}}',
    statuses_other: 'Partnership statuses: {{list}}',
    programmes_one: 'Programme: {{list}}',
    programmes_other: 'Programmes: {{list}}',
    organisers_one: 'Organiser: {{list}}',
    organisers_other: 'Organisers: {{list}}',
    funders_one: 'Funder: {{list}}',
    funders_other: 'Funders: {{list}}',
    /** A list the user emptied (no kind of link, no status ticked). */
    none: 'none',
    hideIsolated: 'isolated cities hidden',
  },
} as const;
