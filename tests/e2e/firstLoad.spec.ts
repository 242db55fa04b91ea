import { expect, test } from '@playwright/test';
import { waitForMap } from './support';

// The map (MapLibre) and the graph are chunks fetched after the page: the page, its filters and
// its status line work without them, and a view whose code does not come says so in its place.

test('the page works while the map’s code is missing, and says the map could not load', async ({
  page,
}) => {
  await page.route('**/assets/MapView-*.js', (route) => route.abort());
  await page.goto('./');
  await expect(page.getByRole('status').first()).toContainText('47 cities');
  await expect(page.getByRole('region', { name: 'Map' }).getByRole('alert')).toHaveText(
    'The map could not be loaded. Reload the page to try again.',
  );
  // The filters still filter.
  await page.getByRole('checkbox', { name: /^waste/ }).check();
  await expect(page.getByRole('status').first()).not.toContainText('showing 47 of');
});

test('the graph’s code is fetched only when the graph is shown', async ({ page }) => {
  const graphCode: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/GraphView-[^/]*\.js$/.test(request.url())) graphCode.push(request.url());
  });
  await page.goto('./');
  await waitForMap(page);
  expect(graphCode).toEqual([]);
  await page.getByRole('radio', { name: 'Graph' }).check();
  await expect(page.getByRole('region', { name: 'Graph' })).toBeVisible();
  await expect.poll(() => graphCode.length).toBe(1);
});

test('in Japanese, a graph whose code does not come says so in Japanese', async ({ page }) => {
  await page.route('**/assets/GraphView-*.js', (route) => route.abort());
  await page.goto('./?lang=ja&view=graph');
  await expect(page.getByRole('alert').filter({ hasText: 'グラフ' })).toHaveText(
    'グラフを読み込めませんでした。ページを再読み込みしてください。',
  );
});
