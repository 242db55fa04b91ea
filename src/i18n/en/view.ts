/** English: the map, the graph, their legend and tooltips. */
export const view = {
  map: {
    region: 'Map',
    container: 'Map of the cities and their collaborations. Arrow keys pan, plus and minus zoom.',
    resetView: 'Reset view',
    /** The map's code could not be fetched from the app's server. */
    unavailable: 'The map could not be loaded. Reload the page to try again.',
    colourBy: 'Colour links by',
    colourMode: {
      kind: 'Kind',
      theme: 'Main theme',
    },
    /** MapLibre's own controls and canvas. */
    controls: {
      canvas: 'Map',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      attribution: 'Toggle attribution',
    },
  },
  graph: {
    region: 'Graph',
    canvas: 'Network graph of the cities; use the ranking table for a list',
    relayout: 'Lay out again',
    unavailable: 'The graph could not be loaded. Reload the page to try again.',
    fromMap: 'Start from the map',
    progressLabel: 'Layout',
    progress: 'Laying out… {{percent, number}}%',
  },
  legend: {
    title: 'Legend',
    /** Moves the legend to the other lower corner of the view. */
    moveTo: { left: 'Move the legend to the left', right: 'Move the legend to the right' },
    cities: 'Cities',
    group: 'Group {{number, number}}',
    otherGroups: 'Groups {{from, number}}–{{to, number}}',
    size: 'Size: {{measure}}',
    links: 'Links',
    look: {
      partnership: 'Partnership',
      proposed: 'Proposed partnership',
      /** A pairing the planner is trying out, not a record of the data. */
      draft: 'Draft pairing (planner)',
      workshop: 'Workshop: participant – host or lecturer',
      'co-attendance': 'Attended the same workshop',
    },
    thicker: 'Thicker lines stand for more records.',
    /** The key to the rings around the open workshop's or partnership's cities. */
    roles: 'Roles',
    /** Either city of the open partnership (the workshop roles are `terms:role.*`). */
    partner: 'Partner',
    themeColour: 'Colour: main theme',
    otherTheme: 'other or none',
  },
  tooltip: {
    partnerships_one: '{{count, number}} partnership',
    partnerships_other: '{{count, number}} partnerships',
    workshops_one: '{{count, number}} workshop',
    workshops_other: '{{count, number}} workshops',
    links_one: '{{count, number}} link',
    links_other: '{{count, number}} links',
    source: 'Source: {{source}}',
    more: 'and {{count, number}} more',
    /** Under a link's records on the map: what a click on the link does. */
    clickLink: 'Click to list its records',
    /** Over a cluster of places drawn as one pie. */
    clusterTitle_one: '{{count, number}} place',
    clusterTitle_other: '{{count, number}} places',
    morePlaces_one: 'and {{count, number}} more',
    morePlaces_other: 'and {{count, number}} more',
    clickCluster: 'Click to zoom in and part them',
  },
  /** A partnership's years. */
  years: {
    unknown: 'year unknown',
    until: 'until {{end}} (start unknown)',
    since: 'since {{start}}',
  },
} as const;
