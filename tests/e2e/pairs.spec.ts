import { expect, test, type Page } from '@playwright/test';
import { dropFiles } from './support';

const status = (page: Page) => page.getByRole('status').first();

/** Six pairs as people keep them: one with a latitude missing, one country written "Viet Nam". */
const PAIRS = [
  'City1,Country1,Lat1,Lng1,City2,Country2,Lat2,Lng2,Theme,Year',
  'Osaka,Japan,34.6937,135.5023,Bandung,Indonesia,-6.9175,107.6191,waste,2010',
  'Kitakyushu,JP,33.8834,130.8752,Surabaya,ID,-7.2575,112.7521,low-carbon,2012',
  'Yokohama,JP,35.4437,139.6380,Da Nang,Viet Nam,16.0544,108.2022,water,2013',
  'Kitakyushu,JP,33.8834,130.8752,Haiphong,VN,20.8449,106.6881,waste,2014',
  'Osaka,JP,34.6940,135.5030,Surabaya,ID,-7.2575,112.7521,,2015',
  'Toyama,JP,,137.2137,Bandung,ID,-6.9175,107.6191,,2016',
].join('\n');

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(status(page)).toContainText('47 cities');
});

test('a dropped table of pairs becomes cities and partnerships, and the report names the bad row', async ({
  page,
}) => {
  await dropFiles(page, [{ name: 'sister-cities.csv', text: PAIRS }]);
  // Osaka (twice, 70 m apart), Bandung, Kitakyushu, Surabaya, Yokohama, Da Nang, Haiphong.
  await expect(status(page)).toContainText('7 cities · 0 workshops · 5 partnerships');
  const report = page.getByRole('region', { name: /Problems in the data/ });
  await expect(report).toContainText('1 error');
  await expect(report).toContainText(
    'sister-cities.csv — 6 rows: 5 used as partnerships, 1 rejected; cities derived: 7',
  );
  await expect(report.getByRole('row', { name: /^7 Lat1/ })).toBeVisible();
});

test('a table of pairs picked with the file input loads as well', async ({ page }) => {
  await page.getByLabel('Files to import (CSV or Excel)').setInputFiles({
    name: 'pairs.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(PAIRS),
  });
  await expect(status(page)).toContainText('7 cities · 0 workshops · 5 partnerships');
});

test('a data address may name a single table of pairs', async ({ page }) => {
  await page.route('**/remote/sister-cities.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: PAIRS }),
  );
  const url = new URL('remote/sister-cities.csv', test.info().project.use.baseURL).href;
  await page.goto(`./?data=${encodeURIComponent(url)}`);
  await expect(status(page)).toContainText('7 cities · 0 workshops · 5 partnerships');
});
