/** The reach charts as a programme officer takes them to a slide: read, check the numbers, download as SVG. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { EN, JA } from '../../src/i18n/catalogue';

/** What a downloaded SVG file says, parsed by the browser as a standalone SVG document. */
async function parsedSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const file = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = file.documentElement;
    return {
      errors: file.getElementsByTagName('parsererror').length,
      root: root.localName,
      namespace: root.namespaceURI,
      xmlns: root.getAttribute('xmlns'),
      text: root.textContent ?? '',
      columns: root.querySelectorAll('[data-year]').length,
    };
  }, text);
}

/** Clicks a chart's Download SVG button and returns the file's name and text. */
async function downloadChart(page: Page, chartTitle: string) {
  const chart = page.getByRole('figure', { name: chartTitle });
  const download = page.waitForEvent('download');
  await chart.getByRole('button', { name: /SVG/ }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('the activity chart downloads as an SVG that names the chart, the filters and the source', async ({
  page,
}) => {
  await page.goto('./?view=reach');
  const title = EN.charts.activity.title;
  const chart = page.getByRole('figure', { name: title });
  // One column per year with records, on the bundled data.
  await expect(chart.getByRole('img', { name: title })).toBeVisible();
  const columns = await chart.locator('[data-year]').count();
  expect(columns).toBeGreaterThan(5);

  const { name, text } = await downloadChart(page, title);
  expect(name).toMatch(/^reach-activity-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = await parsedSvg(page, text);
  expect(svg.errors).toBe(0);
  expect(svg.root).toBe('svg');
  expect(svg.namespace).toBe('http://www.w3.org/2000/svg');
  expect(svg.xmlns).toBe('http://www.w3.org/2000/svg');
  expect(svg.columns).toBe(columns);
  expect(svg.text).toContain(title);
  expect(svg.text).toContain(EN.slice.words.all);
  expect(svg.text).toContain(EN.slice.source.bundled);
  expect(svg.text).toContain(EN.shell.title);
});

test('with a theme filter, the downloaded chart names the theme', async ({ page }) => {
  await page.goto('./?view=reach&theme=waste');
  const { text } = await downloadChart(page, EN.charts.growth.title);
  const svg = await parsedSvg(page, text);
  expect(svg.errors).toBe(0);
  expect(svg.text).toContain(EN.charts.growth.title);
  expect(svg.text).toContain('Theme: waste');
  expect(svg.text).not.toContain(EN.slice.words.all);
});

test('in Japanese, the charts, their tables and their files speak Japanese', async ({ page }) => {
  await page.goto('./?view=reach&lang=ja');
  const title = JA.charts.countries.title;
  const chart = page.getByRole('figure', { name: title });
  await expect(chart.getByRole('img', { name: title })).toBeVisible();
  await chart.getByText(JA.charts.table).click();
  const table = chart.getByRole('table', { name: title });
  await expect(table.getByRole('rowheader', { name: '日本' })).toBeVisible();
  const { text } = await downloadChart(page, title);
  const svg = await parsedSvg(page, text);
  expect(svg.errors).toBe(0);
  expect(svg.text).toContain(title);
  expect(svg.text).toContain(JA.slice.words.all);
  expect(svg.text).toContain('日本');
});

test('the charts are read and downloaded from the keyboard, and axe-core finds no serious violation', async ({
  page,
}) => {
  await page.goto('./?view=reach');
  const chart = page.getByRole('figure', { name: EN.charts.growth.title });
  const summary = chart.getByText(EN.charts.table);
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(chart.getByRole('table')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(chart.getByRole('button', { name: /^Download SVG/ })).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/^reach-growth-/);

  const results = await new AxeBuilder({ page }).include('figure.chart').analyze();
  const severe = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(severe.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
