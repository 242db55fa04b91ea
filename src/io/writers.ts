/**
 * Every file writer the app offers, in one module so that they form one chunk, fetched on the
 * first export instead of with the page (graphology and the XML writer come with them).
 */
export { draftsCsv, exportCsv, exportGeoJson } from './export';
export { exportFlows } from './flows';
export { exportGexf, exportGraphml } from './graphFormats';
