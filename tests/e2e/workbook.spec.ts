import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import * as XLSX from '@e965/xlsx';
import { dropFiles } from './support';

const status = (page: Page) => page.getByRole('status').first();

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(status(page)).toContainText('47 cities');
});

test('a dropped workbook saved by a spreadsheet program loads its three sheets', async ({
  page,
}) => {
  // 都市: Kitakyushu, Surabaya, Yokohama; 研修: one workshop; 連携: one partnership.
  const path = fileURLToPath(new URL('../fixtures/workbook/programme.xlsx', import.meta.url));
  await dropFiles(page, [{ name: 'programme.xlsx', bytes: readFileSync(path) }]);
  await expect(status(page)).toContainText('3 cities · 1 workshop · 1 partnership');
});

test('a workbook picked with the file input names its sheet and row in the report', async ({
  page,
}) => {
  const book = XLSX.utils.book_new();
  const cities = [
    ['id', 'name', 'country', 'lat', 'lon'],
    ['osaka', 'Osaka', 'Japan', 34.6937, 135.5023],
    ['bandung', 'Bandung', 'Indonesia', 95, 107.6191],
    ['hanoi', 'Hanoi', 'Viet Nam', 21.0285, 105.8542],
  ];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(cities), '都市');
  const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  await page.getByLabel('Files to import (CSV or Excel)').setInputFiles({
    name: 'Book.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  await expect(status(page)).toContainText('2 cities · 0 workshops · 0 partnerships');
  const report = page.getByRole('region', { name: /Problems in the data/ });
  await expect(report).toContainText('1 error');
  await expect(report).toContainText('Book.xlsx › 都市');
  // Row 3 as the spreadsheet numbers it (the header is row 1): Bandung's latitude of 95.
  await expect(report.getByRole('row', { name: /^3 lat 95/ })).toBeVisible();
});

test('a broken workbook replaces nothing: the data on screen stays, and the notice says why', async ({
  page,
}) => {
  // The first half of a real workbook, as a download cut short leaves it.
  const path = fileURLToPath(new URL('../fixtures/workbook/programme.xlsx', import.meta.url));
  const whole = readFileSync(path);
  await dropFiles(page, [{ name: 'programme.xlsx', bytes: whole.subarray(0, whole.length / 2) }]);
  await expect(page.getByText(/Nothing could be loaded from programme\.xlsx/)).toBeVisible();
  await expect(status(page)).toContainText('47 cities · 8 workshops · 24 partnerships');
  const report = page.getByRole('region', { name: /Problems in the data/ });
  await expect(report).toContainText('programme.xlsx');
  await expect(report).not.toContainText('cities.csv is missing');
  // Nothing was kept: a reload shows the bundled data, not an empty import.
  await page.reload();
  await expect(status(page)).toContainText('47 cities');
});
