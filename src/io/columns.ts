/** The CSV contract's columns, and how written headers map onto them. */
import type { DataFile } from './issues';

/** A column of the contract. */
export interface ColumnSpec {
  name: string;
  required: boolean;
}

const column = (name: string, required = false): ColumnSpec => ({ name, required });

/** Every column each file knows, in the order templates and exports write them. */
export const COLUMNS: Record<DataFile, readonly ColumnSpec[]> = {
  cities: [
    column('id', true),
    column('name', true),
    column('local_name'),
    column('country', true),
    column('lat', true),
    column('lon', true),
    column('kind'),
    column('population'),
    column('source'),
    column('notes'),
  ],
  workshops: [
    column('id', true),
    column('title', true),
    column('themes'),
    column('start_date', true),
    column('end_date'),
    column('host_city_ids'),
    column('participant_city_ids'),
    column('resource_city_ids'),
    column('participants'),
    column('organisers'),
    column('funder'),
    column('programme'),
    column('url'),
    column('source'),
    column('notes'),
  ],
  partnerships: [
    column('id'),
    column('city_a_id', true),
    column('city_b_id', true),
    column('themes'),
    column('start_year'),
    column('end_year'),
    column('type'),
    column('status'),
    column('programme'),
    column('funder'),
    column('description'),
    column('source'),
    column('notes'),
  ],
};

/**
 * A header in the contract's spelling: case-insensitive, surrounding spaces ignored, and
 * runs of space, `-` and `_` all read as `_` (`Start Year` = `start-year` = `start_year`).
 */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}
