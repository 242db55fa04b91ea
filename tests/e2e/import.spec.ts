import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dropFiles } from './support';

const fixture = readFileSync('tests/fixtures/e2e/import/cities.csv', 'utf8');

const status = (page: Page) => page.getByRole('status').first();

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(status(page)).toContainText('47 cities');
});

test('dropping a file with errors shows the report with the right rows, and the valid rows load', async ({
  page,
}) => {
  await dropFiles(page, [{ name: 'cities.csv', text: fixture }]);
  await expect(status(page)).toContainText('4 cities · 0 workshops · 0 partnerships');
  const report = page.getByRole('region', { name: /Problems in the data/ });
  await expect(report).toContainText('1 error');
  await expect(report).toContainText('5 rows: 4 loaded, 1 rejected');
  const latRow = report.getByRole('row', { name: /^4 lat 95/ });
  await expect(latRow).toBeVisible();
  await page.getByRole('combobox', { name: 'Show' }).selectOption('warning');
  await expect(report.getByRole('row', { name: /^4 lat 95/ })).toHaveCount(0);
  await expect(report).toContainText('budget');
});

test('names that look like HTML or formulas show as text, and the export escapes the formula', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await dropFiles(page, [{ name: 'cities.csv', text: fixture }]);
  await expect(status(page)).toContainText('4 cities');
  await page.getByRole('radio', { name: 'Table' }).check();
  const table = page.getByRole('table', { name: /Cities by their place/ });
  await expect(table).toContainText('<img src=x onerror=alert(1)>');
  await expect(table).toContainText('=HYPERLINK("http://x")');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);

  const download = page.waitForEvent('download', (d) => d.suggestedFilename() === 'cities.csv');
  await page.getByRole('button', { name: 'Export CSV (filtered)' }).click();
  const path = await (await download).path();
  const exported = readFileSync(path, 'utf8');
  expect(exported).toContain(`"'=HYPERLINK(""http://x"")"`);
  expect(exported).toContain('<img src=x onerror=alert(1)>');
  expect(exported.split('\n')[0]).toBe(
    'id,name,local_name,country,region,lat,lon,kind,population,source,notes,budget',
  );
});

test('imported data is still there after a reload, until the user removes it', async ({ page }) => {
  await page.getByLabel('Files to import (CSV or Excel)').setInputFiles({
    name: 'my-cities.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(fixture),
  });
  await expect(status(page)).toContainText('4 cities');
  await expect(page.getByRole('region', { name: 'Data', exact: true })).toContainText(
    'Your data: my-cities.csv',
  );
  await page.reload();
  await expect(status(page)).toContainText('4 cities');
  await page.getByRole('button', { name: 'Back to the bundled data' }).click();
  await expect(status(page)).toContainText('47 cities');
  await page.reload();
  await expect(status(page)).toContainText('47 cities');
  await page.getByRole('button', { name: /Show my data/ }).click();
  await expect(status(page)).toContainText('4 cities');
  await page.getByRole('button', { name: 'Remove my data' }).click();
  await expect(status(page)).toContainText('47 cities');
  await page.reload();
  await expect(status(page)).toContainText('47 cities');
  await expect(page.getByRole('button', { name: /Show my data/ })).toHaveCount(0);
});

test('a file the app cannot place is named, and nothing is lost from the view', async ({
  page,
}) => {
  await dropFiles(page, [{ name: 'export.csv', text: 'a,b\n1,2\n' }]);
  await expect(page.getByRole('alert')).toContainText('Could not tell which file export.csv is');
  await expect(status(page)).toContainText('47 cities');
});

test('templates download with their headers and an example row each', async ({ page }) => {
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.getByRole('button', { name: 'Download templates' }).click();
  await expect
    .poll(() => downloads.sort())
    .toEqual(['cities.csv', 'partnerships.csv', 'workshops.csv']);
});

test('a large file loads in the background with a progress bar, and can be cancelled', async ({
  page,
}) => {
  // About 50 MB: 700,000 rows (several seconds of parsing, so Cancel comes well before the
  // end), made in the page so the test ships no large fixture.
  const dataTransfer = await page.evaluateHandle(() => {
    const rows = ['id,name,country,lat,lon,notes'];
    for (let i = 0; i < 700_000; i++)
      rows.push(
        `c${i},City number ${i},VN,${(i % 170) - 85}.25,${(i % 350) - 175}.5,a note of text`,
      );
    const transfer = new DataTransfer();
    transfer.items.add(new File([rows.join('\n')], 'cities.csv', { type: 'text/csv' }));
    return transfer;
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  const progress = page.getByRole('progressbar', { name: 'Loading your files…' });
  await expect(progress).toBeVisible();
  // The parse runs in a worker, so the page keeps handling input while it runs: switching the
  // view works and the progress bar is still there afterwards. No wall-clock bound: on a loaded
  // machine any fixed number of milliseconds fails at random.
  // Polled: the browser reports a new worker a little after the page made it, at times only
  // after the progress bar shows.
  await expect.poll(() => workers.some((url) => url.includes('load.worker'))).toBe(true);
  await page.getByRole('radio', { name: 'Table' }).check();
  await expect(page.getByRole('table', { name: /Cities by their place/ })).toBeVisible();
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toContainText('Import cancelled.');
  await expect(progress).toHaveCount(0);
  await expect(status(page)).toContainText('47 cities');
});

test('pasted CSV text loads as the chosen file, and adds to the data already imported', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Paste CSV…' }).click();
  await page.getByLabel('This text is').selectOption('cities');
  await page
    .getByLabel('CSV text, header first')
    .fill(
      'id;name;country;lat;lon\nosaka;Osaka;JP;34,69;135,50\nhcmc;Ho Chi Minh City;VN;10,82;106,63',
    );
  await page.getByRole('button', { name: 'Load pasted text' }).click();
  await expect(status(page)).toContainText('2 cities · 0 workshops · 0 partnerships');
  await page.getByRole('button', { name: 'Paste CSV…' }).click();
  await page.getByLabel('This text is').selectOption('partnerships');
  await page.getByLabel('CSV text, header first').fill('from,to,theme\nosaka,hcmc,water');
  await page.getByRole('button', { name: 'Load pasted text' }).click();
  await page
    .getByRole('dialog', { name: 'Add to your data or replace it?' })
    .getByRole('button', { name: 'Add these files to my data' })
    .click();
  await expect(status(page)).toContainText('2 cities · 0 workshops · 1 partnership');
  await expect(status(page)).toContainText('1 link');
});

const CITIES =
  'id,name,country,lat,lon\nosaka,Osaka,JP,34.69,135.50\nhcmc,Ho Chi Minh City,VN,10.82,106.63';
const NEW_CITIES =
  'id,name,country,lat,lon\nosaka,Osaka City,JP,34.7,135.5\nhcmc,HCMC,VN,10.8,106.6';
const WORKSHOPS =
  'id,title,start_date,host_city_ids,participant_city_ids\nws-1,Waste workshop,2019-05-01,osaka,hcmc';
const PARTNERSHIPS = 'city_a_id,city_b_id,themes\nosaka,hcmc,water';

/** Imports cities, workshops and partnerships into a browser with nothing stored. */
async function importThreeFiles(page: Page) {
  await dropFiles(page, [
    { name: 'cities.csv', text: CITIES },
    { name: 'workshops.csv', text: WORKSHOPS },
    { name: 'partnerships.csv', text: PARTNERSHIPS },
  ]);
  await expect(status(page)).toContainText('2 cities · 1 workshop · 1 partnership');
}

test('a new cities.csv over imported data, with "Replace my data", keeps nothing of the old files', async ({
  page,
}) => {
  await importThreeFiles(page);
  await dropFiles(page, [{ name: 'cities.csv', text: NEW_CITIES }]);
  const dialog = page.getByRole('dialog', { name: 'Add to your data or replace it?' });
  await expect(dialog).toContainText('cities.csv, workshops.csv, partnerships.csv');
  // The choice that loses nothing has the focus; the page behind cannot be used meanwhile.
  await expect(dialog.getByRole('button', { name: 'Add these files to my data' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Replace my data' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(status(page)).toContainText('2 cities · 0 workshops · 0 partnerships');
  await expect(page.getByRole('region', { name: 'Data', exact: true })).toContainText(
    'Your data: cities.csv, imported',
  );
  // What is kept in the browser is the new data alone.
  await page.reload();
  await expect(status(page)).toContainText('2 cities · 0 workshops · 0 partnerships');
});

test('a new cities.csv over imported data, with "Add these files to my data", keeps the old workshops and partnerships', async ({
  page,
}) => {
  await importThreeFiles(page);
  await dropFiles(page, [{ name: 'cities.csv', text: NEW_CITIES }]);
  await page
    .getByRole('dialog', { name: 'Add to your data or replace it?' })
    .getByRole('button', { name: 'Add these files to my data' })
    .click();
  await expect(status(page)).toContainText('2 cities · 1 workshop · 1 partnership');
  await page.getByRole('radio', { name: 'Table' }).check();
  await expect(page.getByRole('table', { name: /Cities by their place/ })).toContainText(
    'Osaka City',
  );
});

/** Whether the stored import is the data to show at the next load (idb-keyval's default store). */
function storedIsActive(page: Page): Promise<boolean | null> {
  return page.evaluate(
    () =>
      new Promise<boolean | null>((resolve) => {
        const open = indexedDB.open('keyval-store');
        open.onsuccess = () => {
          const read = open.result
            .transaction('keyval')
            .objectStore('keyval')
            .get('c2c-network:imported-dataset');
          read.onsuccess = () =>
            resolve((read.result as { active?: boolean } | undefined)?.active ?? null);
          read.onerror = () => resolve(null);
        };
        open.onerror = () => resolve(null);
      }),
  );
}

test('with data stored but the bundled data shown, an import asks first, and Cancel or Escape keep the stored data', async ({
  page,
}) => {
  await importThreeFiles(page);
  await page.getByRole('button', { name: 'Back to the bundled data' }).click();
  await expect(status(page)).toContainText('47 cities');
  // The choice is written to the browser's storage in the background: reload once it is there.
  await expect.poll(() => storedIsActive(page)).toBe(false);
  await page.reload();
  await expect(status(page)).toContainText('47 cities');

  const importButton = page.getByRole('button', { name: 'Import files…' });
  await importButton.focus();
  await page.getByLabel('Files to import (CSV or Excel)').setInputFiles({
    name: 'cities.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(NEW_CITIES),
  });
  const dialog = page.getByRole('dialog', { name: 'Replace your data?' });
  await expect(dialog).toContainText('cities.csv, workshops.csv, partnerships.csv');
  // The stored data is not on screen, so there is nothing to add to.
  await expect(dialog.getByRole('button', { name: 'Add these files to my data' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(importButton).toBeFocused();
  await expect(status(page)).toContainText('47 cities');

  // Escape cancels too.
  await dropFiles(page, [{ name: 'cities.csv', text: NEW_CITIES }]);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(status(page)).toContainText('47 cities');

  await page.reload();
  await page.getByRole('button', { name: /Show my data/ }).click();
  await expect(status(page)).toContainText('2 cities · 1 workshop · 1 partnership');
});

test('with data stored, "Replace my data" shows the new files alone and keeps them instead', async ({
  page,
}) => {
  await importThreeFiles(page);
  await page.getByRole('button', { name: 'Back to the bundled data' }).click();
  await expect(status(page)).toContainText('47 cities');
  await dropFiles(page, [{ name: 'cities.csv', text: NEW_CITIES }]);
  await page
    .getByRole('dialog', { name: 'Replace your data?' })
    .getByRole('button', { name: 'Replace my data' })
    .click();
  await expect(status(page)).toContainText('2 cities · 0 workshops · 0 partnerships');
  await page.reload();
  await expect(status(page)).toContainText('2 cities · 0 workshops · 0 partnerships');
});

test('a report of 20,000 warnings says so, keeps few rows in the page, and shows more on request', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const rows = ['id,name,country,lat,lon,population'];
  for (let i = 0; i < 20_000; i++) rows.push(`c${i},City ${i},VN,10.5,106.5,many${i}`);
  await dropFiles(page, [{ name: 'cities.csv', text: rows.join('\n') }]);
  // Waits, but asserts no speed: 20,000 cities load in a worker, and a shared machine may be slow.
  await expect(status(page)).toContainText('20,000 cities', { timeout: 60_000 });
  const report = page.getByRole('region', { name: /Problems in the data/ });
  await expect(report.getByRole('heading', { level: 2 })).toHaveText(
    'Problems in the data: 0 errors, 20,000 warnings',
  );
  await expect(report).toContainText('20,000 rows: 20,000 loaded, 0 rejected');
  const table = report.getByRole('table', { name: /20,000 × population must be/ });
  expect(await report.getByRole('row').count()).toBeLessThanOrEqual(500);
  await expect(table.getByRole('row', { name: /^12 population many10\b/ })).toHaveCount(0);

  await report.getByRole('button', { name: /Show 100 more rows \(19,990 not shown\)/ }).click();
  await expect(table.getByRole('row', { name: /^12 population many10\b/ })).toBeVisible();
  await expect(report.getByRole('button', { name: /19,890 not shown/ })).toBeVisible();

  // Every warning is in the downloaded report.
  const download = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Download report' }).click();
  const lines = readFileSync(await (await download).path(), 'utf8')
    .trim()
    .split('\n');
  expect(lines).toHaveLength(20_001);
});
