/**
 * The CSV contract: every column of each file, from the one spec per column in `citySpec.ts`,
 * `workshopSpec.ts` and `partnershipSpec.ts`; and how written headers map onto the columns.
 */
import type { City, Partnership, Workshop } from '../domain/types';
import { CITY_COLUMNS, makeCity } from './citySpec';
import type { AnyColumnSpec, ColumnHead, RecordMaker } from './column';
import type { DataFile } from './issues';
import { makePartnership, PARTNERSHIP_COLUMNS } from './partnershipSpec';
import { makeWorkshop, WORKSHOP_COLUMNS } from './workshopSpec';

/** The record each file's rows become. */
export interface RecordOf {
  cities: City;
  workshops: Workshop;
  partnerships: Partnership;
}

/** Every column each file knows, with how to read and write it, in contract order. */
export const SPECS: { readonly [F in DataFile]: readonly AnyColumnSpec<RecordOf[F]>[] } = {
  cities: CITY_COLUMNS,
  workshops: WORKSHOP_COLUMNS,
  partnerships: PARTNERSHIP_COLUMNS,
};

/** How each file's records are made from the fields its columns read. */
export const MAKERS: { readonly [F in DataFile]: RecordMaker<RecordOf[F]> } = {
  cities: makeCity,
  workshops: makeWorkshop,
  partnerships: makePartnership,
};

/** Every column each file knows, in the order templates and exports write them. */
export const COLUMNS: Record<DataFile, readonly ColumnHead[]> = SPECS;

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

/**
 * Other names people give the contract's columns, already normalised (see `normaliseHeader`),
 * from the specs' `aliases`. `source` is deliberately not an alias anywhere: it is a real column
 * (the citation). Maps, since the headers looked up come from data.
 */
export const ALIASES: Record<DataFile, ReadonlyMap<string, string>> = {
  cities: aliasesOf(COLUMNS.cities),
  workshops: aliasesOf(COLUMNS.workshops),
  partnerships: aliasesOf(COLUMNS.partnerships),
};

function aliasesOf(columns: readonly ColumnHead[]): ReadonlyMap<string, string> {
  return new Map(columns.flatMap((column) => column.aliases.map((alias) => [alias, column.name])));
}

/** How one written header maps onto the contract. */
export type HeaderMatch =
  /** The header fills this contract column (`alias` when it did so under another name). */
  | { kind: 'column'; column: string; alias: boolean }
  /** The header names a column an earlier or exact header already fills; kept as extra. */
  | { kind: 'repeat'; column: string; alias: boolean }
  /** The contract knows no such column; kept as extra. */
  | { kind: 'unknown' };

/**
 * Maps a file's headers onto its contract columns. Exact names are placed first, so that an
 * exact name always wins over an alias wherever the two stand; among equals the first one wins.
 */
export function mapHeaders(file: DataFile, headers: readonly string[]): HeaderMatch[] {
  const known = new Set(COLUMNS[file].map((c) => c.name));
  const aliases = ALIASES[file];
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<string>();
  const matches: (HeaderMatch | undefined)[] = normalised.map((name) => {
    if (!known.has(name)) return undefined;
    if (taken.has(name)) return { kind: 'repeat', column: name, alias: false };
    taken.add(name);
    return { kind: 'column', column: name, alias: false };
  });
  return normalised.map((name, index) => {
    const exact = matches[index];
    if (exact) return exact;
    const column = aliases.get(name);
    if (column === undefined) return { kind: 'unknown' };
    if (taken.has(column)) return { kind: 'repeat', column, alias: true };
    taken.add(column);
    return { kind: 'column', column, alias: true };
  });
}
