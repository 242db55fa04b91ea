/** The columns of workshops.csv. */
import { partialDateBound } from '../domain/dates';
import type { Workshop } from '../domain/types';
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

/** An http(s) address with a host: the only links the app will open. */
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+\S*$/i;

/** A list of city ids as in cities.csv, each once; an unknown one is dropped with a warning. */
function cityIds(row: RowReader, column: ColumnHead, _: unknown, context: ReadContext): string[] {
  const ids: string[] = [];
  for (const written of row.list(column.name)) {
    const known = context.cityId(written);
    if (known) ids.push(known);
    else
      // A warning: the reference is dropped, the workshop kept.
      row.warn(column.name, written, 'unknown-city');
  }
  return [...new Set(ids)];
}

/** A workshop from its fields, in contract order (see `RecordMaker`). */
export const makeWorkshop: RecordMaker<Workshop> = (f, extra) => ({
  id: f.id,
  title: f.title,
  themes: f.themes,
  startDate: f.startDate,
  endDate: f.endDate,
  hostCityIds: f.hostCityIds,
  participantCityIds: f.participantCityIds,
  resourceCityIds: f.resourceCityIds,
  participants: f.participants,
  organisers: f.organisers,
  funder: f.funder,
  programme: f.programme,
  url: f.url,
  source: f.source,
  notes: f.notes,
  extra,
});

const DATE_FORMS = '`YYYY-MM-DD`; `YYYY-MM` and `YYYY` accepted';

/** Every column of workshops.csv, in contract order. */
export const WORKSHOP_COLUMNS = columnsOf<Workshop>({
  id: {
    name: 'id',
    required: true,
    example: 'ws-2017-11-osaka',
    doc: 'unique',
    read: read.text,
    write: (workshop) => workshop.id,
  },
  title: {
    name: 'title',
    required: true,
    aliases: ['name'],
    example: 'Pilot Training Workshop',
    doc: "the workshop's name",
    read: read.text,
    write: (workshop) => workshop.title,
  },
  themes: {
    name: 'themes',
    aliases: ['theme'],
    example: 'low-carbon;climate-policy',
    doc: 'list, e.g. `waste;low-carbon`',
    read: read.themes,
    write: (workshop) => writeList(workshop.themes),
  },
  startDate: {
    name: 'start_date',
    required: true,
    aliases: ['start', 'date'],
    example: '2017-11-27',
    doc: DATE_FORMS,
    read: (row, column) => row.date(column.name, true) || undefined,
    write: (workshop) => workshop.startDate,
  },
  endDate: {
    name: 'end_date',
    aliases: ['end'],
    example: '2017-12-01',
    doc: 'same forms; before `start_date` → warning, ignored',
    read: (row, column, { startDate }) => {
      const endDate = row.date(column.name, false);
      if (
        startDate &&
        endDate &&
        partialDateBound(endDate, true) < partialDateBound(startDate, false)
      ) {
        row.warn(column.name, endDate, 'end-before-start', {
          startColumn: 'start_date',
          start: startDate,
        });
        return '';
      }
      return endDate;
    },
    write: (workshop) => workshop.endDate,
  },
  hostCityIds: {
    name: 'host_city_ids',
    aliases: ['hosts', 'host'],
    example: 'osaka;amagasaki',
    doc: 'list of city ids: where it took place',
    read: cityIds,
    write: (workshop) => writeList(workshop.hostCityIds),
  },
  participantCityIds: {
    name: 'participant_city_ids',
    aliases: ['participants_cities', 'participant_cities'],
    example: 'bandung;quezon-city;can-tho;ho-chi-minh-city',
    doc: 'list of city ids: cities that sent participants',
    read: cityIds,
    write: (workshop) => writeList(workshop.participantCityIds),
  },
  resourceCityIds: {
    name: 'resource_city_ids',
    aliases: ['resource_cities'],
    example: 'toyama;toyota',
    doc: 'list of city ids: cities that gave lectures or support',
    read: cityIds,
    write: (workshop) => writeList(workshop.resourceCityIds),
  },
  participants: {
    name: 'participants',
    example: '7',
    doc: 'number of people',
    read: read.count,
    write: (workshop) => writeWhole(workshop.participants),
  },
  organisers: {
    name: 'organisers',
    aliases: ['organizers', 'organiser', 'organizer'],
    example: 'MOEJ;IGES',
    doc: 'list',
    read: read.list,
    write: (workshop) => writeList(workshop.organisers),
  },
  funder: {
    name: 'funder',
    example: 'MOEJ',
    doc: 'who paid for it',
    read: read.text,
    write: (workshop) => workshop.funder,
  },
  programme: {
    name: 'programme',
    example: 'MOEJ City-to-City Collaboration',
    doc: 'the programme it belongs to',
    read: read.text,
    write: (workshop) => workshop.programme,
  },
  url: {
    name: 'url',
    aliases: ['link'],
    example: 'https://www.iges.or.jp/en/sustainable-city/20171127.html',
    doc: 'web page; must start with `http://` or `https://` (otherwise a warning, and it is ignored)',
    read: (row, column) => {
      const url = row.text(column.name);
      if (!url || WEB_ADDRESS.test(url)) return url;
      row.warn(column.name, url, 'not-a-web-address');
      return '';
    },
    write: (workshop) => workshop.url,
  },
  source: {
    name: 'source',
    example: 'IGES event page',
    doc: 'where the facts come from',
    read: read.text,
    write: (workshop) => workshop.source,
  },
  notes: {
    name: 'notes',
    doc: 'caveats',
    read: read.text,
    write: (workshop) => workshop.notes,
  },
});
