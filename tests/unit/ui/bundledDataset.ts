/**
 * The bundled data as the app bundles it, for jsdom tests, where the file URLs of
 * tests/support/bundled.ts do not resolve.
 */
import { BUNDLED_TEXTS } from '../../../src/app/bundledData';
import { loadDataset } from '../../../src/io/load';

/** The bundled dataset, loaded once. */
export const BUNDLED = loadDataset(BUNDLED_TEXTS).dataset;
