import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadDataset } from '../../src/io/load';
import { datasetSummary } from '../../src/domain/summary';

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
  await expect(page.getByRole('status').first()).toHaveText(datasetSummary(bundled.dataset));
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
  await expect(page.getByRole('status').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(severe.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
