import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_FILTERS, type Filters } from '../../src/domain/filters';
import { buildNetwork } from '../../src/domain/network';
import { networkSummary } from '../support/summary';
import { loadBundled } from '../support/bundled';
import { waitForMap } from './support';

const dataset = loadBundled().dataset;

/** The status figures the page must show for `filters`, computed from the CSVs. */
function expectedShowing(filters: Filters): string {
  return networkSummary(dataset, buildNetwork(dataset, filters));
}

const status = (page: Page) => page.getByRole('status').first();

test('choosing the theme waste changes the status to the figures of the CSVs', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  await expect(status(page)).toContainText(expectedShowing(DEFAULT_FILTERS));
  await page.getByRole('checkbox', { name: /^waste/ }).check();
  const waste = expectedShowing({ ...DEFAULT_FILTERS, themes: ['waste'] });
  await expect(status(page)).toContainText(waste);
  expect(waste).not.toBe(expectedShowing(DEFAULT_FILTERS));
  await page.getByRole('checkbox', { name: 'Hide cities with no link in view' }).check();
  await expect(status(page)).toContainText(
    expectedShowing({ ...DEFAULT_FILTERS, themes: ['waste'], hideIsolated: true }),
  );
});

test('a link copied after setting filters opens the same view in a fresh page', async ({
  page,
  browser,
}) => {
  await page.goto('./');
  await waitForMap(page);
  await page.getByRole('checkbox', { name: /^water/ }).check();
  await page.getByRole('checkbox', { name: 'Vietnam' }).check();
  await page.getByRole('combobox', { name: 'Find a city' }).fill('ho chi');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('complementary', { name: 'City profile: Ho Chi Minh City' }),
  ).toBeVisible();
  const filters = { ...DEFAULT_FILTERS, themes: ['water'], countries: ['VN'] };
  await expect(status(page)).toContainText(expectedShowing(filters));
  const copied = page.url();
  expect(copied).toContain('city=ho-chi-minh-city');

  const fresh = await browser.newPage();
  await fresh.goto(copied);
  await expect(status(fresh)).toContainText(expectedShowing(filters));
  await expect(
    fresh.getByRole('complementary', { name: 'City profile: Ho Chi Minh City' }),
  ).toBeVisible();
  await expect(fresh.getByRole('checkbox', { name: /^water/ })).toBeChecked();
  await fresh.close();
});

test('back and forward step through filter changes', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  await page.getByRole('checkbox', { name: /^energy/ }).check();
  await expect(status(page)).toContainText(
    expectedShowing({ ...DEFAULT_FILTERS, themes: ['energy'] }),
  );
  await page.goBack();
  await expect(status(page)).toContainText(expectedShowing(DEFAULT_FILTERS));
  await expect(page.getByRole('checkbox', { name: /^energy/ })).not.toBeChecked();
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /^energy/ })).toBeChecked();
});

test('an unknown or malformed parameter is ignored with a visible notice', async ({ page }) => {
  await page.goto('./?years=banana&zoom=9&theme=waste');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('Ignored years=banana');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('Ignored zoom=9');
  await expect(status(page)).toContainText(
    expectedShowing({ ...DEFAULT_FILTERS, themes: ['waste'] }),
  );
});

test('city search ignores case and diacritics and selects with the keyboard', async ({ page }) => {
  await page.goto('./');
  const search = page.getByRole('combobox', { name: 'Find a city' });
  await search.fill('can tho');
  await expect(page.getByRole('option').first()).toContainText('Cần Thơ');
  await search.fill('da');
  await page.keyboard.press('ArrowDown');
  const second = await page.getByRole('option').nth(1).textContent();
  await page.keyboard.press('Enter');
  const name = second!.split(/\s/)[0]!;
  await expect(
    page.getByRole('complementary', { name: new RegExp(`City profile: ${name}`) }),
  ).toBeVisible();
});

test('playback advances the year and narrows the network to it', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  const year = page.locator('.timeline-year');
  await expect(year).toHaveText('All years');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fast' });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(year).toHaveText('2004');
  await expect(year).toHaveText('2005');
  await page.getByRole('button', { name: 'Pause' }).click();
  const shown = Number(await year.textContent());
  await expect(status(page)).toContainText(
    expectedShowing({ ...DEFAULT_FILTERS, years: { from: 2004, to: shown } }),
  );
  await page.getByRole('radio', { name: 'That year only' }).check();
  await expect(status(page)).toContainText(
    expectedShowing({ ...DEFAULT_FILTERS, years: { from: shown, to: shown } }),
  );
});

test('a filter value the app or the data does not know is dropped with a notice, never applied', async ({
  page,
}) => {
  const all = expectedShowing(DEFAULT_FILTERS);
  expect(all).toMatch(/^showing 47 of 47 cities · [1-9]/);
  const notices = page.getByRole('region', { name: 'Notices' });

  await page.goto('./?kinds=bogus&status=bogus&programme=Moon+Programme');
  await expect(notices).toContainText('Ignored kinds=bogus');
  await expect(notices).toContainText('Ignored status=bogus');
  await expect(notices).toContainText('Ignored programme=Moon Programme');
  await expect(status(page)).toContainText(all);
  await expect(page.getByRole('checkbox', { name: /^Partnership/ })).toBeChecked();
  // The address holds what is applied: none of it.
  expect(new URL(page.url()).search).toBe('');

  await page.goto('./?countries=constructor');
  await expect(notices).toContainText('Ignored countries=constructor');
  await expect(status(page)).toContainText(all);
});
