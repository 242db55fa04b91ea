/** English: the filter panel and its year range control. */
export const filters = {
  title: 'Filters',
  reset: 'Reset filters',
  /** A value's count of records, after its name. */
  count: '({{count, number}})',
  themes: {
    legend: 'Themes',
    hint: 'Any of the ticked themes; none ticked shows all.',
  },
  years: {
    legend: 'Years',
    unknown: 'Include partnerships of unknown year ({{count, number}})',
    /** `span`: the years the histogram covers, as a year span (`2004–2023`). */
    histogram: 'Records starting per year, {{span}}',
    workshops_one: '{{count, number}} workshop',
    workshops_other: '{{count, number}} workshops',
    partnerships_one: '{{count, number}} partnership',
    partnerships_other: '{{count, number}} partnerships',
    /** `workshops`, `partnerships`: the counts above, worded; `year` is never grouped. */
    bar: '{{year}}: {{workshops}}, {{partnerships}} started',
    from: 'From',
    to: 'To',
    /** A year a slider shows. */
    year: '{{year}}',
  },
  places: {
    legend: 'Places',
    hint: 'Links with at least one end in a ticked country; none ticked shows all.',
  },
  links: {
    legend: 'Links',
    status: 'Partnership status',
    hideIsolated: 'Hide cities with no link in view',
    fadeOutside: 'While filtering, show the other cities faded',
  },
  programme: 'Programme',
  organiser: 'Organiser (workshops)',
  funder: 'Funder',
} as const;
