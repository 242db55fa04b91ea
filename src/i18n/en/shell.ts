/** English: the page frame, the language switch, the status line, the search, notices and errors. */
export const shell = {
  title: 'City-to-City Collaboration Network',
  tagline:
    'Japanese and Southeast Asian cities working together on climate, waste, energy and water.',
  language: {
    label: 'Language',
    en: 'EN',
    ja: '日本語',
  },
  status: {
    loading: 'Loading data …',
    /** `cities`, `workshops`, `partnerships`: the counts above, worded. */
    dataset: '{{cities}} · {{workshops}} · {{partnerships}}',
    /** `cities`: all the cities, worded; `links`: the links in view, worded. */
    network: 'showing {{shown, number}} of {{cities}} · {{links}}',
    line: '{{dataset}} — {{network}}',
  },
  origin: {
    from: 'Data from',
    back: 'Back to the bundled data',
  },
  /** While the code of a view (the planner, the reach report) is fetched. */
  viewLoading: 'Opening the view …',
  drop: 'Drop CSV files to load them',
  sidebar: 'Search and filters',
  search: {
    label: 'Find a city, workshop or partnership',
    placeholder: 'City name, local name or workshop title',
    results: 'Matching cities, workshops and partnerships',
    /** What a found record is, before its facts: `Workshop · 2017`, `Partnership · since 2014`. */
    workshop: 'Workshop',
    partnership: 'Partnership',
  },
  notices: {
    label: 'Notices',
    dismiss: 'Dismiss',
    unknownSetting: 'Ignored {{param}}={{value}}: the app has no such setting.',
    unknownTheme: 'Ignored {{param}}={{value}}: no record has this theme.',
    yearsFormat: 'Ignored {{param}}={{value}}: write a year or a range such as 2016-2019.',
    oneOf: 'Ignored {{param}}={{value}}: use {{allowed, list(type: disjunction)}}.',
    notCountry: 'Ignored {{param}}={{value}}: not an ISO country code.',
    noCityInCountry: 'Ignored {{param}}={{value}}: no city is in this country.',
    unknownProgramme: 'Ignored {{param}}={{value}}: no record has this programme.',
    unknownOrganiser: 'Ignored {{param}}={{value}}: no workshop has this organiser.',
    unknownFunder: 'Ignored {{param}}={{value}}: no record has this funder.',
    unknownCity: 'Ignored {{param}}={{value}}: no city has this id.',
    unknownWorkshop: 'Ignored {{param}}={{value}}: no workshop has this id.',
    unknownPartnership: 'Ignored {{param}}={{value}}: no partnership has this id.',
    alreadyOpen:
      'Ignored {{param}}={{value}}: a link opens one city or record, and another is already open.',
    cameraFormat: 'Ignored {{param}}={{value}}: write longitude,latitude,zoom.',
  },
  error: {
    /** `view`: one of `views` below. */
    text: 'The {{view}} could not be shown. Reload the page; if it happens again, the data may hold something the app does not expect.',
    views: {
      report: 'data report',
      map: 'map',
      graph: 'graph',
      planner: 'pairing planner',
      reach: 'reach view',
    },
  },
} as const;
