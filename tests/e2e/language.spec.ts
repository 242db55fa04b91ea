/**
 * The language switch: English and Japanese, chosen in the header, kept in the address and
 * remembered. Expected words come from the catalogues themselves, never from copies.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_FILTERS } from '../../src/domain/filters';
import { buildNetwork } from '../../src/domain/network';
import { datasetCounts, networkCounts } from '../../src/domain/summary';
import { EN, JA } from '../../src/i18n/catalogue';
import { translatorFor } from '../../src/i18n/core';
import { noticeText } from '../../src/i18n/notices';
import { statusText } from '../../src/i18n/summary';
import { LANGUAGES } from '../../src/state/language';
import { loadBundled } from '../support/bundled';
import { waitForMap } from './support';

const dataset = loadBundled().dataset;

/** The status line the page must show, unfiltered, in Japanese. */
const japaneseStatus = statusText(
  translatorFor('ja'),
  datasetCounts(dataset),
  networkCounts(dataset, buildNetwork(dataset, DEFAULT_FILTERS)),
);

/** Checks that the page speaks Japanese: a few labels of each area, the status line, the title. */
async function expectJapanese(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JA.shell.title);
  await expect(page).toHaveTitle(JA.shell.title);
  await expect(page.getByRole('heading', { name: JA.filters.title, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: JA.data.import, exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: JA.viewBar.view.table, exact: true })).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: JA.shell.search.label, exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: JA.timeline.label, exact: true })).toBeVisible();
  await expect(page.getByRole('status').first()).toHaveText(japaneseStatus);
  await expect(page.getByRole('radio', { name: JA.shell.language.ja, exact: true })).toBeChecked();
}

test('switching to 日本語 puts the labels, the status line and <html lang> in Japanese', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMap(page);
  // Playwright's Chromium reads en-US: the app starts in English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EN.shell.title);
  await expect(page.getByRole('radio', { name: EN.shell.language.en, exact: true })).toBeChecked();

  await page.getByRole('radio', { name: JA.shell.language.ja, exact: true }).check();
  await expectJapanese(page);
  // Japanese wording and counters, not English words with Japanese labels around them.
  expect(japaneseStatus).toMatch(/^[\d,]+都市・研修[\d,]+件・連携[\d,]+件 — /);
  await expect(page.getByRole('heading', { name: EN.filters.title, exact: true })).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('lang')).toBe('ja');

  // And back: English again, and the address no longer names a language.
  await page.getByRole('radio', { name: EN.shell.language.en, exact: true }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EN.shell.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
});

test("every button and list is set in the page's fonts, which carry the Japanese characters", async ({
  page,
}) => {
  await page.goto('./?lang=ja');
  await waitForMap(page);
  // Form controls take the browser's font unless told otherwise; on a system without Japanese
  // fonts, their words then showed as empty boxes (the legend's button, the replay speed).
  const pageFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(pageFont).toContain('Noto Sans JP');
  const fonts = await page.evaluate(() =>
    [...document.querySelectorAll('button, select, input, textarea')].map(
      (control) => getComputedStyle(control).fontFamily,
    ),
  );
  expect(fonts.length).toBeGreaterThan(10);
  expect(new Set(fonts)).toEqual(new Set([pageFont]));
});

test('the switch works from the keyboard', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  await page.getByRole('radio', { name: EN.shell.language.en, exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: JA.shell.language.ja, exact: true })).toBeChecked();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JA.shell.title);
});

test('the choice survives a reload and travels in a copied link', async ({ page, browser }) => {
  // Five page loads, one in a second browser.
  test.slow();
  await page.goto('./?view=table');
  await page.getByRole('radio', { name: JA.shell.language.ja, exact: true }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JA.shell.title);
  const link = page.url();
  expect(link).toContain('lang=ja');

  await page.reload();
  await expectJapanese(page);

  // Remembered: the bare address opens in Japanese in this browser, and says so in its address.
  await page.goto('./');
  await expectJapanese(page);
  await expect(page).toHaveURL(/[?&]lang=ja/);

  // A fresh browser, with nothing remembered: the copied link opens in Japanese, the bare
  // address in the browser's own language.
  const other = await browser.newContext();
  try {
    const fresh = await other.newPage();
    await fresh.goto(link);
    await expectJapanese(fresh);
    await expect(
      fresh.getByRole('radio', { name: JA.viewBar.view.table, exact: true }),
    ).toBeChecked();
    await fresh.goto('./');
    await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(EN.shell.title);
    await expect(fresh.locator('html')).toHaveAttribute('lang', 'en');
  } finally {
    await other.close();
  }
});

test('search results show the Japanese name first in Japanese', async ({ page }) => {
  await page.goto('./?lang=ja');
  await waitForMap(page);
  const osaka = dataset.cities.find((city) => city.id === 'osaka')!;
  await page.getByRole('combobox', { name: JA.shell.search.label, exact: true }).fill('osaka');
  const option = page.getByRole('option').first();
  await expect(option).toContainText(`${osaka.localName} ${osaka.name}`);
  // A city without a Japanese name keeps its English name.
  await page.getByRole('combobox', { name: JA.shell.search.label, exact: true }).fill('can tho');
  await expect(page.getByRole('option').first()).toContainText(/^Can Tho/);
});

test('a language the app does not speak is named in a notice, as other unknown values are', async ({
  page,
}) => {
  await page.goto('./?lang=fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EN.shell.title);
  const notice = noticeText(translatorFor('en'), {
    param: 'lang',
    value: 'fr',
    reason: 'oneOf',
    allowed: LANGUAGES,
  });
  await expect(
    page.getByRole('region', { name: EN.shell.notices.label, exact: true }),
  ).toContainText(notice);
  await expect(page).not.toHaveURL(/lang=/);
});

test('axe-core finds no serious or critical violation in Japanese', async ({ page }) => {
  // axe walks the whole page, map and graph included.
  test.slow();
  await page.goto('./?lang=ja');
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(severe.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
