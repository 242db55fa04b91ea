/** English: the reach view and its one-page report (figures, the report map, print). */
export const reach = {
  title: 'Programme reach',
  print: 'Print or save as PDF',
  /** Beside the print button: what the printed page holds. */
  printHint: 'One page, A4 or Letter: these filters’ figures, map and two charts.',
  /** In place of figures, map and charts when the filters keep no record. */
  empty: {
    title: 'No workshop or partnership matches these filters.',
    action:
      'Widen the filters (themes, years, countries, kinds of link or statuses), or reset them in the sidebar, to see the reach of the programme.',
  },
  figures: {
    label: 'Key figures',
    /** Each figure's name under its number. */
    japaneseCities: 'Japanese cities',
    overseasCities: 'Overseas cities',
    countries: 'Countries reached (overseas)',
    workshops: 'Workshops',
    peopleTrained: 'People trained',
    activePartnerships: 'Active partnerships',
    newPartnerships: 'New partnerships',
    /** Under "People trained", when some workshops give no figure. */
    withoutPeople_one: '{{count, number}} workshop gives no figure',
    withoutPeople_other: '{{count, number}} workshops give no figure',
    /** Under "New partnerships": the years they began (`2004–2023`). */
    byYear: 'by start year, {{span}}',
    byYearNone: 'no start year known',
    noPartnership: 'no partnership in these filters',
    noneBegan: 'none began in {{span}}',
    /** Under "Active partnerships": now, or at some time in the filtered years (`2019–2020`). */
    activeNow: 'active today',
    activeIn: 'active at some time in {{span}}',
    /** The lists a figure opens to. */
    none: 'None in these filters.',
    withFigure: 'Workshops giving a figure',
    noFigure: 'Workshops giving no figure',
    people_one: '{{count, number}} person',
    people_other: '{{count, number}} people',
    /** A year of new partnerships and how many began in it: `2016: 3`. */
    year: '{{year}}: {{count, number}}',
    cities_one: '{{count, number}} city',
    cities_other: '{{count, number}} cities',
  },
  map: {
    /** The map's text alternative: `Map of 31 cities in 9 countries`. */
    label_one: 'Map of {{cities}} in {{count, number}} country',
    label_other: 'Map of {{cities}} in {{count, number}} countries',
    cities_one: '{{count, number}} city',
    cities_other: '{{count, number}} cities',
    /** The key under the map. */
    key: 'Key',
    size: 'Circle size: records of the city in these filters',
  },
} as const;
