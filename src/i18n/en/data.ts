/** English: the data menu (import, paste, keep, export) and the dialog before an import. */
export const data = {
  title: 'Data',
  origin: {
    bundled: 'The bundled programme data.',
    url: 'Files from a web address.',
    /** `when`: the date and time of the import, already formatted. */
    imported: 'Your data: {{name}}, imported {{when}}.',
  },
  progress: 'Loading your files…',
  cancel: 'Cancel',
  import: 'Import files…',
  files: 'Files to import (CSV or Excel)',
  paste: 'Paste CSV…',
  templates: 'Download templates',
  /** Before the row of export buttons; each button's full name is one of the export… keys. */
  exportLabel: 'Export what is shown:',
  exportShort: {
    csv: 'CSV',
    geojson: 'GeoJSON',
    gexf: 'GEXF (Gephi)',
    graphml: 'GraphML (Cytoscape)',
    flows: 'Flows (CSV)',
  },
  exportCsv: 'Export CSV (filtered)',
  exportGeoJson: 'Export GeoJSON',
  exportGexf: 'Export GEXF (Gephi)',
  exportGraphml: 'Export GraphML (Cytoscape)',
  /** Two files: locations.csv and flows.csv. */
  exportFlows: 'Export locations + flows (CSV)',
  hint: 'Or drop files anywhere on the page: the three CSVs, a table of city pairs or an Excel workbook. Nothing leaves your browser.',
  pasteFile: 'This text is',
  pasteText: 'CSV text, header first',
  pasteLoad: 'Load pasted text',
  showBundled: 'Back to the bundled data',
  showStored: 'Show my data ({{name}})',
  removeStored: 'Remove my data',
  dialog: {
    addTitle: 'Add to your data or replace it?',
    replaceTitle: 'Replace your data?',
    addText:
      'Your data ({{existing}}) is on screen. The new files ({{incoming}}) can replace it, or be added to it: a new file replaces your file of the same kind, and your other files stay.',
    replaceText:
      'Your data ({{existing}}) is kept in this browser. Importing the new files ({{incoming}}) replaces it.',
    replace: 'Replace my data',
    add: 'Add these files to my data',
    cancel: 'Cancel',
  },
} as const;
