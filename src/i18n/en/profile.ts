/** English: the city profile beside the map and the graph. */
export const profile = {
  label: 'City profile: {{name}}',
  close: 'Close the city profile',
  partnerships_one: '{{count, number}} partnership',
  partnerships_other: '{{count, number}} partnerships',
  workshops_one: '{{count, number}} workshop',
  workshops_other: '{{count, number}} workshops',
  linksInView_one: '{{count, number}} link in view',
  linksInView_other: '{{count, number}} links in view',
  notInView: 'not in the current view',
  /** Before the list of themes, and its space (none in Japanese). */
  themes: 'Themes: ',
  activity: {
    label: 'Records starting per year: {{years}}',
    year: '{{year}}: {{count, number}}',
    unknown_one: '{{count, number}} partnership of unknown year not shown.',
    unknown_other: '{{count, number}} partnerships of unknown year not shown.',
  },
  partners: 'Partners',
  workshopsTitle: 'Workshops',
  /** Before a source, and its space (none in Japanese). */
  source: 'Source: ',
  note: 'Note: {{note}}',
  /** Sentences on the city's place in the network, from the domain's insights. */
  insight: {
    alone: 'No links to other cities in this view.',
    partners: {
      first_one: 'The best-connected city: {{count, number}} partner city.',
      first_other: 'The best-connected city: {{count, number}} partner cities.',
      top_one: 'One of the {{top}} best-connected cities: {{count, number}} partner city.',
      top_other: 'One of the {{top}} best-connected cities: {{count, number}} partner cities.',
      plain_one: 'Works with {{count, number}} partner city.',
      plain_other: 'Works with {{count, number}} partner cities.',
    },
    records: {
      hub_one: 'A hub: {{count, number}} record of collaboration with its partner cities.',
      hub_other: 'A hub: {{count, number}} records of collaboration with its partner cities.',
      plain_one: '{{count, number}} record of collaboration with its partner cities.',
      plain_other: '{{count, number}} records of collaboration with its partner cities.',
    },
    bridges: 'Links {{count, number}} groups of cities that otherwise have few ties.',
    broker: 'Many cities reach each other through it.',
  },
} as const;
