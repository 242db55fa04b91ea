/** English: the profiles of a workshop and a partnership, and the records behind a link. */
export const records = {
  /** A pair of cities, in a heading or a name: `Osaka – Quezon City`. */
  pair: '{{a}} – {{b}}',
  /** Before a value, and its space (none in Japanese). */
  field: {
    themes: 'Themes: ',
    organisers: 'Organisers: ',
    funder: 'Funder: ',
    programme: 'Programme: ',
    people: 'People trained: ',
    type: 'Type: ',
    years: 'Years: ',
    status: 'Status: ',
    url: 'Web page: ',
    source: 'Source: ',
  },
  people_one: '{{count, number}} person',
  people_other: '{{count, number}} people',
  /** An open record the current filters leave out. */
  outsideFilters:
    'Outside the current filters: its cities are ringed on the map, its links are not drawn.',
  notRecorded: 'not recorded',
  note: 'Note: {{note}}',
  /** A workshop's cities by role, as headings. */
  roles: {
    host: 'Hosts',
    participant: 'Participants',
    resource: 'Lecturers / support',
  },
  workshop: {
    label: 'Workshop: {{title}}',
    close: 'Close the workshop',
  },
  partnership: {
    label: 'Partnership: {{pair}}',
    close: 'Close the partnership',
    cities: 'Cities',
    /** The city profile's button that opens a partnership; its name names the pair. */
    open: 'Partnership details',
    openLabel: 'Partnership details: {{pair}}',
  },
  link: {
    label: 'Link: {{pair}}',
    close: 'Close the link',
    /** A link the current filters leave out (its records may be back when they change). */
    goneLabel: 'Link',
    gone: 'This link is not in the current view.',
    cities: 'Cities',
    partnerships_one: '{{count, number}} partnership',
    partnerships_other: '{{count, number}} partnerships',
    workshops_one: '{{count, number}} workshop',
    workshops_other: '{{count, number}} workshops',
  },
} as const;
