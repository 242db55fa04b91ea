/**
 * Names and the views' words in Japanese: a city with a Japanese local name goes by it, with its
 * English name beside it where there is room; other cities keep their English name. Expected
 * words come from the catalogues and the data, never from copies.
 */
import { expect, test } from '@playwright/test';
import { EN, JA } from '../../src/i18n/catalogue';
import { createTranslator } from '../../src/i18n/core';
import { loadBundled } from '../support/bundled';
import { dataCentre, openWithFixture, waitForMap } from './support';

const dataset = loadBundled().dataset;
const city = (id: string) => dataset.cityById.get(id)!;
/** Japanese words of the views, keys prefixed with their namespace. */
const ja = createTranslator('ja').getFixedT('ja', ['view', 'profile', 'table', 'terms']);

test('the profile of Osaka in Japanese is headed 大阪市, with Osaka beside it', async ({
  page,
}) => {
  const osaka = city('osaka');
  await page.goto('./?city=osaka&lang=ja');
  const profile = page.getByRole('complementary', {
    name: ja('profile:label', { name: osaka.localName }),
    exact: true,
  });
  await expect(profile.getByRole('heading', { level: 2 })).toHaveText(osaka.localName);
  await expect(profile.locator('.local-name')).toHaveText(osaka.name);
  // Its partners in the same words: Japanese cities by their Japanese names, and the profile's
  // headings, counts and sentences in Japanese.
  await expect(
    profile.getByRole('heading', { name: JA.profile.partners, exact: true }),
  ).toBeVisible();
  await expect(profile.getByRole('button', { name: JA.profile.close, exact: true })).toBeVisible();
  await expect(profile).not.toContainText(EN.profile.partners);
  await expect(profile.locator('.insights li').first()).toHaveText(/都市/);
});

test('the ranking table in Japanese lists 大阪市 (Osaka), and a Vietnamese city by its English name', async ({
  page,
}) => {
  const osaka = city('osaka');
  const canTho = city('can-tho');
  await page.goto('./?view=table&lang=ja');
  const table = page.getByRole('table', { name: JA.table.caption, exact: true });
  const row = table.getByRole('row').filter({
    has: page.getByRole('button', { name: osaka.localName, exact: true }),
  });
  await expect(row.getByRole('rowheader')).toHaveText(
    `${osaka.localName}${ja('table:otherName', { name: osaka.name })}`,
  );
  await expect(row).toContainText(ja('terms:region.japan'));
  // Cần Thơ is not written in Japanese script: the Japanese UI calls it Can Tho, as English does.
  await expect(table.getByRole('button', { name: canTho.name, exact: true })).toBeVisible();
  await expect(table.getByRole('button', { name: canTho.localName })).toHaveCount(0);
  await expect(
    table.getByRole('columnheader', { name: JA.table.column.name, exact: true }),
  ).toBeVisible();

  // Choosing a city from the table opens its profile under the same name.
  await table.getByRole('button', { name: osaka.localName, exact: true }).click();
  await expect(
    page.getByRole('complementary', { name: ja('profile:label', { name: osaka.localName }) }),
  ).toBeVisible();
});

test("the legend's headings come from the catalogue in either language", async ({ page }) => {
  await page.goto('./?lang=ja');
  await waitForMap(page);
  const legend = page.locator('details.legend');
  await expect(legend.locator('summary')).toHaveText(JA.view.legend.title);
  for (const heading of [JA.view.legend.cities, JA.view.legend.links])
    await expect(legend.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  await expect(legend).toContainText(JA.terms.region['southeast-asia']);
  await expect(
    page.getByRole('button', { name: JA.view.map.resetView, exact: true }),
  ).toBeVisible();
  // MapLibre's own controls speak the reader's language too.
  await expect(page.getByRole('button', { name: JA.view.map.controls.zoomIn })).toBeVisible();

  // Switched on the page: the legend, the toolbar and MapLibre's controls follow at once.
  await page.getByRole('radio', { name: EN.shell.language.en, exact: true }).check();
  await expect(legend.locator('summary')).toHaveText(EN.view.legend.title);
  await expect(
    page.getByRole('button', { name: EN.view.map.resetView, exact: true }),
  ).toBeVisible();
  await expect(
    legend.getByRole('heading', { name: EN.view.legend.links, exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: EN.view.map.controls.zoomIn })).toBeVisible();
  await waitForMap(page);
});

test('the tooltips in Japanese name a Japanese city by its Japanese name, and word a link in Japanese', async ({
  page,
}) => {
  await openWithFixture(page, 'one-city', '&lang=ja');
  await waitForMap(page);
  const centre = await dataCentre(page);
  await page.mouse.move(centre.x, centre.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip.locator('.tip-title')).toHaveText('北九州市');
  await expect(tooltip.locator('.tip-local')).toHaveText('Kitakyushu');
  await expect(tooltip).toContainText(ja('terms:region.japan'));

  await page.mouse.move(5, 5);
  await openWithFixture(page, 'pair', '&lang=ja');
  await waitForMap(page);
  // The two cities sit on the equator, so their link passes through the middle between them.
  const middle = await dataCentre(page);
  await page.mouse.move(middle.x, middle.y);
  const facts = [JA.terms.partnershipType.mou, ja('view:years.since', { start: '2014' })];
  await expect(tooltip).toContainText(facts.join(JA.terms.separator));
  await expect(tooltip).toContainText(
    ja('view:tooltip.source', { source: 'Exchange report <b>2014</b>' }),
  );
  await expect(tooltip).toContainText(JA.terms.linkKind.partnership);
});
