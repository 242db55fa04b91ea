import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadDataset } from '../../src/io/load';
import { datasetSummary } from '../support/summary';
import { openWithFixture, waitForMap } from './support';

// The figures the page must show, computed from the bundled CSVs by the same loader.
const bundled = loadDataset({
  cities: readFileSync('data/cities.csv', 'utf8'),
  workshops: readFileSync('data/workshops.csv', 'utf8'),
  partnerships: readFileSync('data/partnerships.csv', 'utf8'),
});

test('the page loads the bundled data and shows its counts', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/City-to-City/);
  await expect(page.getByRole('status').first()).toContainText(datasetSummary(bundled.dataset));
  expect(bundled.dataset.cities.length).toBeGreaterThan(40);
  expect(errors).toEqual([]);
});

test('the bundled data shows no problems report', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('status').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /Problems in the data/ })).toHaveCount(0);
});

test('axe-core finds no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(severe.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a data parameter that is not a web address is reported, and the bundled data shown', async ({
  page,
}) => {
  await page.goto('./?data=javascript:alert(1)');
  await expect(page.getByRole('status').first()).toContainText(datasetSummary(bundled.dataset));
  await expect(page.getByRole('heading', { name: /Problems in the data: 1 error/ })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('must be an http:// or https:// address');
});

test('data from a folder URL replaces the bundled data, and a missing cities.csv is named', async ({
  page,
}) => {
  await openWithFixture(page, 'pair');
  await expect(page.getByRole('status').first()).toContainText(
    '2 cities · 0 workshops · 1 partnership',
  );
  await expect(page.getByRole('link', { name: 'Back to the bundled data' })).toBeVisible();
  await openWithFixture(page, 'no-such-folder');
  const report = page.getByRole('region', { name: /Problems in the data/ });
  await expect(report.getByRole('table', { name: /Could not fetch .*cities\.csv/ })).toContainText(
    '404',
  );
});
