/** English: the ranking table of cities. */
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
} as const;
