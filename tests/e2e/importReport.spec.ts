/** The import report in the language being read: the same rows and columns, other words. */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dropFiles } from './support';
import {
  dataNoticeText,
  errorsText,
  issueText,
  reportTranslator,
  rowsText,
  severityText,
  warningsText,
} from '../../src/i18n/issues';
import type { Issue } from '../../src/io/issues';
import { loadDataset } from '../../src/io/load';
import { parseDataUrl } from '../../src/io/remote';
import type { Language } from '../../src/state/language';

const fixture = readFileSync('tests/fixtures/e2e/import/cities.csv', 'utf8');
// What the app will say, worded here from the same catalogue: never a copy of its words.
const load = loadDataset({ cities: fixture });

/** The report's region, named by its heading in `language`. */
function reportIn(page: Page, language: Language): Locator {
  const t = reportTranslator(language);
  const errors = load.issues.filter((issue) => issue.severity === 'error').length;
  const heading = t('report:heading', {
    errors: errorsText(t, errors),
    warnings: warningsText(t, load.issues.length - errors),
  });
  return page.getByRole('region', { name: heading, exact: true });
}

/** Every table of the report: its column headers and its rows, cell by cell. */
async function tables(report: Locator) {
  return report.locator('table').evaluateAll((list) =>
    list.map((table) => ({
      columns: table.querySelectorAll('thead th').length,
      rows: [...table.querySelectorAll('tbody tr')].map((row) =>
        [...row.querySelectorAll('td')].map((cell) => cell.textContent),
      ),
    })),
  );
}

/** Opens the app in `language` and drops the fixture, with its errors, on it. */
async function dropFixture(page: Page, language: Language): Promise<Locator> {
  await page.goto(language === 'en' ? './' : `./?lang=${language}`);
  await expect(page.getByRole('status').first()).not.toHaveText('');
  await dropFiles(page, [{ name: 'cities.csv', text: fixture }]);
  const report = reportIn(page, language);
  await expect(report).toBeVisible();
  return report;
}

test('the report of a file with errors reads in Japanese, with the same rows and columns as in English', async ({
  page,
}) => {
  const english = await tables(await dropFixture(page, 'en'));
  expect(english.flatMap((table) => table.rows)).toContainEqual(['4', 'lat', '95']);

  const report = await dropFixture(page, 'ja');
  const ja = reportTranslator('ja');
  const counts = load.files.cities!;
  await expect(report.getByRole('heading', { level: 3 })).toHaveText(
    ja('report:fileCounts', {
      file: 'cities.csv',
      rows: rowsText(ja, counts.rows),
      accepted: counts.accepted,
      rejected: counts.rejected,
    }),
  );
  // Each problem is its own table, captioned by its severity and its sentence in Japanese.
  for (const issue of load.issues) {
    const caption = `${severityText(ja, issue.severity)} ${issueText(ja, issue)}`;
    await expect(report.getByRole('table', { name: caption, exact: true })).toBeVisible();
  }
  await expect(report.getByRole('columnheader', { name: ja('report:columns.row') })).toHaveCount(
    load.issues.length,
  );
  expect(await tables(report)).toEqual(english);
  await expect(report).not.toContainText('must be');

  // The filter is in Japanese too, and still filters.
  await report.getByRole('combobox', { name: ja('report:show') }).selectOption('warning');
  await expect(report.getByRole('row', { name: /^4 lat 95/ })).toHaveCount(0);
  await expect(report).toContainText('budget');
});

test('switching the language re-words the report on screen, rows unchanged', async ({ page }) => {
  const report = await dropFixture(page, 'en');
  const before = await tables(report);
  await page.getByRole('radio', { name: '日本語' }).check();
  const ja = reportIn(page, 'ja');
  await expect(ja).toBeVisible();
  expect(await tables(ja)).toEqual(before);
  const lat = load.issues.find((issue) => issue.column === 'lat')!;
  const t = reportTranslator('ja');
  await expect(ja.getByRole('table', { name: /^エラー/ })).toHaveAccessibleName(
    `${severityText(t, 'error')} ${issueText(t, lat)}`,
  );
});

test('the notices about files and addresses read in Japanese too', async ({ page }) => {
  const ja = reportTranslator('ja');
  await page.goto('./?lang=ja');
  await expect(page.getByRole('status').first()).not.toHaveText('');
  await dropFiles(page, [{ name: 'export.csv', text: 'a,b\n1,2\n' }]);
  await expect(page.getByRole('alert')).toHaveText(
    dataNoticeText(ja, { kind: 'unplacedFiles', unknown: ['export.csv'], twice: [] }),
  );

  await page.goto('./?lang=ja&data=fixtures/pair/');
  await expect(page.getByRole('alert')).toHaveText(dataNoticeText(ja, { kind: 'addressBundled' }));
  await expect(
    page.getByRole('table', {
      name: `${severityText(ja, 'error')} ${issueText(ja, parseDataUrl('fixtures/pair/') as Issue)}`,
      exact: true,
    }),
  ).toBeVisible();
});
