/** English: the table view: its tabs, the ranking table of cities, and the record tables. */
export const table = {
  caption:
    'Cities by their place in the network. Go-between score: how often the city lies on the shortest path between two others, 0–100.',
  /** The caption when go-between scores were estimated from a sample of the cities. */
  captionApproximate:
    'Cities by their place in the network (go-between scores estimated from a sample). Go-between score: how often the city lies on the shortest path between two others, 0–100.',
  column: {
    name: 'City',
    country: 'Country',
    partners: 'Partner cities',
    records: 'Records',
    broker: 'Go-between score',
    group: 'Group',
  },
  /** The English name beside a Japanese one. */
  otherName: '({{name}})',
  /** The tabs of the table view, each with its count in the current filters. */
  tabs: {
    label: 'Tables',
    cities: 'Cities ({{count, number}})',
    workshops: 'Workshops ({{count, number}})',
    partnerships: 'Partnerships ({{count, number}})',
  },
  workshops: {
    caption: 'Workshops in the current filters. Choose a title to open the workshop.',
    search: 'Find a workshop by title',
    count_one: '{{count, number}} workshop',
    count_other: '{{count, number}} workshops',
    /** `shown` of the `count` workshops in the filters have the text searched for. */
    matching_one: 'Showing {{shown, number}} of {{count, number}} workshop',
    matching_other: 'Showing {{shown, number}} of {{count, number}} workshops',
    empty: 'No workshops in the current filters.',
    column: {
      title: 'Title',
      dates: 'Dates',
      hosts: 'Hosts',
      participants: 'Participants',
      lecturers: 'Lecturers / support',
      themes: 'Themes',
      people: 'People',
      organisers: 'Organisers',
      funder: 'Funder',
    },
  },
  partnerships: {
    caption: 'Partnerships in the current filters. Choose Open to see a partnership.',
    search: 'Find a partnership by city',
    count_one: '{{count, number}} partnership',
    count_other: '{{count, number}} partnerships',
    /** `shown` of the `count` partnerships in the filters have a city searched for. */
    matching_one: 'Showing {{shown, number}} of {{count, number}} partnership',
    matching_other: 'Showing {{shown, number}} of {{count, number}} partnerships',
    empty: 'No partnerships in the current filters.',
    /** The button that opens a partnership; `openLabel` is its full name for screen readers. */
    open: 'Open',
    openLabel: 'Open the partnership {{a}} – {{b}}',
    column: {
      open: 'Open a partnership',
      city: 'City',
      partner: 'Partner city',
      type: 'Type',
      status: 'Status',
      years: 'Years',
      themes: 'Themes',
      programme: 'Programme',
      funder: 'Funder',
    },
  },
} as const;
