import { expect, test } from '@playwright/test';
import { dataCentre, openWithFixture, waitForMap } from './support';

test('the map draws the bundled programme offline, asking nothing of any other origin', async ({
  page,
}, testInfo) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('./');
  await waitForMap(page);
  const origin = new URL(page.url()).origin;
  const foreign = requests.filter(
    (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
  expect(foreign).toEqual([]);
  // The basemap and the label font come from the app itself.
  expect(requests.some((url) => url.endsWith('/basemap/countries.geojson'))).toBe(true);
  expect(requests.some((url) => url.includes('.woff2'))).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('map.png') });
});

test('hovering a city shows its name, local name and country', async ({ page }) => {
  await openWithFixture(page, 'one-city');
  await waitForMap(page);
  const centre = await dataCentre(page);
  await page.mouse.move(centre.x, centre.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Kitakyushu');
  await expect(tooltip).toContainText('北九州市');
  await expect(tooltip).toContainText('Japan');
  await page.mouse.move(5, 5);
  await expect(tooltip).toHaveCount(0);
});

test('hovering a link shows the partnership behind it, with its source', async ({ page }) => {
  await openWithFixture(page, 'pair');
  await waitForMap(page);
  const centre = await dataCentre(page);
  // The two cities sit on the equator, so their link passes through the middle between them.
  await page.mouse.move(centre.x, centre.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Westport – Eastport');
  await expect(tooltip).toContainText('MoU · since 2014');
  await expect(tooltip).toContainText('Source: Exchange report <b>2014</b>');
});

test('clicking a city selects it; Escape clears the selection', async ({ page }) => {
  await openWithFixture(page, 'one-city');
  await waitForMap(page);
  const centre = await dataCentre(page);
  await page.mouse.click(centre.x, centre.y);
  const card = page.getByRole('complementary', { name: 'City profile: Kitakyushu' });
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
});

test('a city named with HTML shows that text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openWithFixture(page, 'xss');
  await waitForMap(page);
  const centre = await dataCentre(page);
  await page.mouse.move(centre.x, centre.y);
  await expect(page.getByRole('tooltip')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.getByRole('tooltip')).toContainText('<script>alert(2)</script>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('the map can be zoomed and panned from the keyboard, and reset to the data', async ({
  page,
}) => {
  await openWithFixture(page, 'one-city');
  await waitForMap(page);
  await expect(page.getByRole('application', { name: /Map of the cities/ })).toBeVisible();
  const canvas = page.locator('canvas.maplibregl-canvas');
  await canvas.focus();
  const centre = await dataCentre(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await waitForMap(page);
  // Panned away: the city is no longer where it was drawn.
  await page.mouse.move(centre.x, centre.y);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await page.waitForTimeout(600); // the reset flies for 500 ms
  await page.mouse.move(centre.x + 1, centre.y + 1);
  await expect(page.getByRole('tooltip')).toContainText('Kitakyushu');
});
