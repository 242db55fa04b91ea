/** English: the view bar (which views are shown, what sizes and colours the cities). */
export const viewBar = {
  view: {
    legend: 'View',
    map: 'Map',
    graph: 'Graph',
    split: 'Side by side',
    table: 'Table',
    plan: 'Plan pairings',
    reach: 'Reach',
  },
  /** The metrics' names are the shared `terms:size`. */
  size: 'Size cities by',
  colour: {
    legend: 'Colour cities by',
    region: 'Region',
    community: 'Group',
  },
} as const;
