/** The programme dataset shipped with the app, bundled as text so it works offline. */
import cities from '../../data/cities.csv?raw';
import partnerships from '../../data/partnerships.csv?raw';
import workshops from '../../data/workshops.csv?raw';
import type { DatasetTexts } from '../io/load';

/** The three bundled CSV files. */
export const BUNDLED_TEXTS: DatasetTexts = { cities, workshops, partnerships };
