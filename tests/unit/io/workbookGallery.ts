/** Workbooks that, between them, make `readWorkbook` say everything it can say (not a test file itself). */
import * as XLSX from '@e965/xlsx';
import type { Issue } from '../../../src/io/issues';
import { readWorkbook } from '../../../src/io/workbook';

const CITIES = [
  ['id', 'name', 'country', 'lat', 'lon'],
  ['tokyo', 'Tokyo', 'JP', { t: 'e', v: 0x17 }, 139.69],
];

function book(sheets: Record<string, unknown[][]>): Uint8Array {
  const workbook = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function container(streams: string[]): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const name of streams) XLSX.CFB.utils.cfb_add(cfb, name, new Uint8Array(64));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayBuffer);
}

const text = (value: string) => new TextEncoder().encode(value);

/** Every workbook issue code, from the workbooks that cause them. */
export async function workbookGallery(): Promise<Issue[]> {
  const inputs: [Uint8Array, string][] = [
    [container(['EncryptionInfo', 'EncryptedPackage']), 'Secret.xlsx'],
    [container(['Workbook']), 'Old.xls'],
    [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'Broken.xlsx'],
    [text('<!DOCTYPE html><html></html>'), 'Page.xlsx'],
    [text('id,name,country,lat,lon\nx,X,JP,1,2\n'), 'cities.xlsx'],
    [text('a,b\n1,2\n'), 'Data.xlsx'],
    [book({ Sheet1: [] }), 'Empty.xlsx'],
    [book({ Notes: [['note']] }), 'Notes.xlsx'],
    [book({ Cities: CITIES, 'Cities (2)': CITIES, Notes: [['note']] }), 'Book.xlsx'],
  ];
  const reads = await Promise.all(inputs.map(([bytes, name]) => readWorkbook(bytes, name)));
  return reads.flatMap((read) => read.issues);
}
