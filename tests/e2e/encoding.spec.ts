import { expect, test, type Page } from '@playwright/test';

const TEXT =
  'id,name,country,lat,lon\nsao-paulo,São Paulo,BR,-23.55,-46.63\nosaka,Osaka,JP,34.69,135.5\n';

const status = (page: Page) => page.getByRole('status').first();

async function importFile(page: Page, buffer: Buffer) {
  await page.getByLabel('Files to import (CSV or Excel)').setInputFiles({
    name: 'cities.csv',
    mimeType: 'text/csv',
    buffer,
  });
  await expect(status(page)).toContainText('2 cities');
}

async function expectCityNamed(page: Page, name: string) {
  await page.getByRole('radio', { name: 'Table' }).check();
  await expect(page.getByRole('table', { name: /Cities by their place/ })).toContainText(name);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(status(page)).toContainText('47 cities');
});

test('a Windows-1252 file loads with its accents and a warning naming the encoding, also after a reload', async ({
  page,
}) => {
  await importFile(page, Buffer.from(TEXT, 'latin1'));
  const report = page.getByRole('region', { name: /Problems in the data/ });
  await expect(report).toContainText('1 warning');
  await expect(report).toContainText('Windows-1252');
  await expectCityNamed(page, 'São Paulo');

  await page.reload();
  await expect(status(page)).toContainText('2 cities');
  await expect(page.getByRole('region', { name: /Problems in the data/ })).toContainText(
    'Windows-1252',
  );
});

test('a UTF-16 file with a BOM loads as the command line reads it, with no warning', async ({
  page,
}) => {
  await importFile(page, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]));
  await expect(page.getByRole('region', { name: /Problems in the data/ })).toHaveCount(0);
  await expectCityNamed(page, 'São Paulo');
});
