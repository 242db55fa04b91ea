/** The columns of partnerships.csv. */
import { YEAR_LIMITS } from '../domain/dates';
import { PARTNERSHIP_STATUSES, type Partnership, type PartnershipStatus } from '../domain/types';
import {
  columnsOf,
  read,
  writeList,
  writeWhole,
  type ColumnHead,
  type ReadContext,
  type RecordMaker,
} from './column';
import type { RowReader } from './rowReader';

/** A city id as in cities.csv; an error when there is no such city. */
function cityId(row: RowReader, column: ColumnHead, context: ReadContext): string | undefined {
  const written = row.text(column.name);
  const known = context.cityId(written);
  if (!known) row.error(column.name, written, 'unknown-city');
  return known;
}

/** A partnership from its fields, in contract order (see `RecordMaker`). */
export const makePartnership: RecordMaker<Partnership> = (f, extra) => ({
  id: f.id,
  cityAId: f.cityAId,
  cityBId: f.cityBId,
  themes: f.themes,
  startYear: f.startYear,
  endYear: f.endYear,
  type: f.type,
  status: f.status,
  programme: f.programme,
  funder: f.funder,
  description: f.description,
  source: f.source,
  notes: f.notes,
  extra,
});

const YEARS = `whole year, ${YEAR_LIMITS.min}–${YEAR_LIMITS.max}`;
const STATUSES = PARTNERSHIP_STATUSES.map((status) => `\`${status}\``);

/** Every column of partnerships.csv, in contract order. */
export const PARTNERSHIP_COLUMNS = columnsOf<Partnership>({
  id: {
    name: 'id',
    example: 'p-kitakyushu-surabaya',
    doc: 'unique if given; generated from the two city ids when missing',
    // Empty when not given; the loader generates one.
    read: read.text,
    write: (partnership) => partnership.id,
  },
  cityAId: {
    name: 'city_a_id',
    required: true,
    aliases: ['from', 'city_a', 'city1'],
    example: 'kitakyushu',
    doc: 'one city: must exist in `cities.csv`',
    read: (row, column, _, context) => cityId(row, column, context),
    write: (partnership) => partnership.cityAId,
  },
  cityBId: {
    name: 'city_b_id',
    required: true,
    aliases: ['to', 'target', 'partner', 'city_b', 'city2'],
    example: 'surabaya',
    doc: 'the other city: must exist in `cities.csv` and differ from `city_a_id`',
    read: (row, column, { cityAId }, context) => {
      const known = cityId(row, column, context);
      if (known && known === cityAId) {
        row.error(column.name, row.text(column.name), 'same-city', { city: cityAId });
      }
      return known;
    },
    write: (partnership) => partnership.cityBId,
  },
  themes: {
    name: 'themes',
    aliases: ['theme'],
    example: 'waste;low-carbon',
    doc: 'list, e.g. `waste;low-carbon`',
    read: read.themes,
    write: (partnership) => writeList(partnership.themes),
  },
  startYear: {
    name: 'start_year',
    aliases: ['start', 'since', 'year'],
    example: '2004',
    doc: `${YEARS}; empty = unknown`,
    read: (row, column) => row.year(column.name),
    write: (partnership) => writeWhole(partnership.startYear),
  },
  endYear: {
    name: 'end_year',
    aliases: ['end', 'until'],
    doc: `${YEARS}, not before \`start_year\` (otherwise a warning, and it is ignored); empty = open-ended`,
    read: (row, column, { startYear }) => {
      const endYear = row.year(column.name);
      if (startYear != null && endYear !== null && endYear < startYear) {
        row.warn(column.name, String(endYear), 'end-before-start', {
          startColumn: 'start_year',
          start: String(startYear),
        });
        return null;
      }
      return endYear;
    },
    write: (partnership) => writeWhole(partnership.endYear),
  },
  type: {
    name: 'type',
    example: 'green-sister-city',
    doc: 'mou, sister-city, green-sister-city, project, exchange, letter-of-intent, pilot …',
    read: read.lower,
    write: (partnership) => partnership.type,
  },
  status: {
    name: 'status',
    example: 'active',
    doc: `${STATUSES.slice(0, -1).join(', ')} or ${STATUSES.at(-1)}; empty means \`active\` (otherwise a warning, and it is read as \`active\`)`,
    read: (row, column) => {
      const text = row.text(column.name);
      const value = row.lowerCase(text);
      if (value === '') return 'active';
      if ((PARTNERSHIP_STATUSES as readonly string[]).includes(value))
        return value as PartnershipStatus;
      row.warn(column.name, text, 'unknown-status', { allowed: PARTNERSHIP_STATUSES });
      return 'active';
    },
    write: (partnership) => partnership.status,
  },
  programme: {
    name: 'programme',
    example: 'MOEJ City-to-City Collaboration',
    doc: 'the programme it belongs to',
    read: read.text,
    write: (partnership) => partnership.programme,
  },
  funder: {
    name: 'funder',
    example: 'MOEJ',
    doc: 'who pays for it',
    read: read.text,
    write: (partnership) => partnership.funder,
  },
  description: {
    name: 'description',
    example: 'Waste (composting) project from 2004.',
    doc: 'what the partnership does; planned project periods go here, not in `end_year`',
    read: read.text,
    write: (partnership) => partnership.description,
  },
  source: {
    name: 'source',
    example: 'iges.or.jp/en/maf/201306.html',
    doc: 'where the facts come from',
    read: read.text,
    write: (partnership) => partnership.source,
  },
  notes: {
    name: 'notes',
    doc: 'caveats',
    read: read.text,
    write: (partnership) => partnership.notes,
  },
});
