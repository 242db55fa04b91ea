/**
 * English: the programme's vocabulary shared by several areas (filters, legend, tooltips,
 * profile): regions, kinds of link, what a city's size measures, and the words of the data's
 * own codes (themes, partnership types and statuses, kinds of place, roles in a workshop).
 */
export const terms = {
  /** Between parts of a line of facts: `MoU · since 2014 · waste`. */
  separator: ' · ',
  /** A count with its noun, in the language's plurals and digits (status line, CLI). */
  count: {
    cities_one: '{{count, number}} city',
    cities_other: '{{count, number}} cities',
    workshops_one: '{{count, number}} workshop',
    workshops_other: '{{count, number}} workshops',
    partnerships_one: '{{count, number}} partnership',
    partnerships_other: '{{count, number}} partnerships',
    links_one: '{{count, number}} link',
    links_other: '{{count, number}} links',
  },
  region: {
    japan: 'Japan',
    'southeast-asia': 'Southeast Asia',
    elsewhere: 'Elsewhere',
  },
  linkKind: {
    partnership: 'Partnership',
    workshop: 'Workshop (participant – host or lecturer)',
    'co-attendance': 'Attended the same workshop',
  },
  /** What a city's circle size measures. */
  size: {
    links: 'links in view',
    degree: 'partner cities',
    weightedDegree: 'records behind its links',
    betweenness: 'go-between score',
  },
  /** Themes the programme uses; a theme not listed here is shown as the data writes it. */
  theme: {
    waste: 'waste',
    energy: 'energy',
    water: 'water',
    'low-carbon': 'low-carbon',
    decarbonisation: 'decarbonisation',
    'climate-policy': 'climate policy',
    transport: 'transport',
    education: 'education',
    resilience: 'resilience',
    'green-growth': 'green growth',
    sdgs: 'SDGs',
  },
  /** Partnership types; one not listed here is shown as the data writes it. */
  partnershipType: {
    partnership: 'partnership',
    mou: 'MoU',
    'sister-city': 'sister city',
    'green-sister-city': 'green sister city',
    project: 'project',
    exchange: 'exchange',
    'letter-of-intent': 'letter of intent',
    pilot: 'pilot',
    /** A draft pairing of the planner (`type=draft` in its exported rows). */
    draft: 'draft pairing',
  },
  status: {
    active: 'active',
    ended: 'ended',
    proposed: 'proposed',
  },
  /** Kinds of place; one not listed here is shown as the data writes it. */
  cityKind: {
    city: 'city',
    town: 'town',
    metropolis: 'metropolis',
    prefecture: 'prefecture',
    province: 'province',
    region: 'region',
    state: 'state',
  },
  /** A city's part in a workshop. */
  role: {
    host: 'Host',
    participant: 'Participant',
    resource: 'Lecturer / support',
  },
} as const;
