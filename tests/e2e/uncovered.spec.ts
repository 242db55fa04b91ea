/** Nothing covers the data: the legend takes its room from the map, folds or moves aside. */
import { expect, test, type Page } from '@playwright/test';
import { waitForMap } from './support';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const map = (page: Page) => page.locator('.map-container');
const legend = (page: Page) => page.locator('.map-panel .legend');

/** Where the settled map drew `id` alone, in the container's pixels; null when not drawn alone. */
async function cityPoint(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  await waitForMap(page);
  const cities: { id: string; x: number; y: number }[] = JSON.parse(
    (await map(page).getAttribute('data-city-points')) ?? '[]',
  );
  return cities.find((city) => city.id === id) ?? null;
}

/** The legend's box in the map container's pixels. */
async function legendBox(page: Page): Promise<Box> {
  const container = (await map(page).boundingBox())!;
  const box = (await legend(page).boundingBox())!;
  return {
    left: box.x - container.x,
    top: box.y - container.y,
    right: box.x + box.width - container.x,
    bottom: box.y + box.height - container.y,
  };
}

const inside = (point: { x: number; y: number }, box: Box) =>
  point.x >= box.left && point.x <= box.right && point.y >= box.top && point.y <= box.bottom;

test("selecting a city under the legend's corner moves the map so the city is visible and not covered", async ({
  page,
}) => {
  // Three loads of the map and an eased move: long on a loaded machine (no speed asserted).
  test.slow();
  await page.goto('./');
  await expect(legend(page)).toHaveAttribute('open', '');
  const before = (await cityPoint(page, 'medan'))!;
  expect(before, 'Medan is drawn alone at the default view').not.toBeNull();
  const box = await legendBox(page);
  // At the default view the legend covers no city: the fit leaves it its room.
  expect(inside(before, box)).toBe(false);

  // The user has panned Medan under the legend: the same zoom, the centre moved by the pixels
  // from the legend's middle to Medan (Web Mercator, 512-pixel tiles as MapLibre draws them).
  const [lon, lat, zoom] = new URL(page.url()).searchParams.get('map')!.split(',').map(Number);
  const scale = 512 * 2 ** zoom!;
  const y = (latitude: number) =>
    (scale / (2 * Math.PI)) * Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
  const target = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
  const centreLon = lon! + ((before.x - target.x) * 360) / scale;
  const centreY = y(lat!) - (before.y - target.y);
  const centreLat = (360 / Math.PI) * Math.atan(Math.exp((centreY * 2 * Math.PI) / scale)) - 90;
  await page.goto(`./?map=${centreLon.toFixed(3)},${centreLat.toFixed(3)},${zoom}`);
  const hidden = (await cityPoint(page, 'medan'))!;
  expect(inside(hidden, box), 'Medan now lies under the legend').toBe(true);

  // …and picks it by name: the map brings it out, into the part the legend leaves free.
  await page.getByRole('combobox', { name: /Find a city/ }).fill('Medan');
  await page
    .getByRole('option', { name: /^Medan/ })
    .first()
    .click();
  await expect(page.getByRole('complementary', { name: /City profile: Medan/ })).toBeVisible();
  await expect
    .poll(async () => {
      const now = await cityPoint(page, 'medan');
      if (!now) return 'not drawn';
      const width = (await map(page).boundingBox())!.width;
      const height = (await map(page).boundingBox())!.height;
      if (now.x < 0 || now.y < 0 || now.x > width || now.y > height) return 'off the map';
      return inside(now, await legendBox(page)) ? 'under the legend' : 'visible';
    })
    .toBe('visible');
});

test('the legend moves to the lower right and stays there on the next visit', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  const width = (await map(page).boundingBox())!.width;
  expect((await legendBox(page)).right).toBeLessThan(width / 2);
  await page.getByRole('button', { name: 'Move the legend to the right' }).click();
  // The legend is made anew in its corner; the focus stays on its button, for the keyboard.
  await expect(page.getByRole('button', { name: 'Move the legend to the left' })).toBeFocused();
  expect((await legendBox(page)).left).toBeGreaterThan(width / 2);
  // Afresh (not the address, which keeps the camera fitted beside the legend at the left).
  await page.goto('./');
  await waitForMap(page);
  expect((await legendBox(page)).left).toBeGreaterThan(width / 2);
  // The fit leaves the legend its room at the right too: no city drawn alone is under it.
  const box = await legendBox(page);
  const cities: { x: number; y: number }[] = JSON.parse(
    (await map(page).getAttribute('data-city-points')) ?? '[]',
  );
  expect(cities.filter((city) => inside(city, box))).toEqual([]);
  const clusters: { x: number; y: number }[] = JSON.parse(
    (await map(page).getAttribute('data-cluster-points')) ?? '[]',
  );
  expect(clusters.filter((cluster) => inside(cluster, box))).toEqual([]);
});

test("a cluster's tooltip names its places and says a click opens it", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  await waitForMap(page);
  const clusters: { x: number; y: number; members: string[] }[] = JSON.parse(
    (await map(page).getAttribute('data-cluster-points')) ?? '[]',
  );
  const bay = clusters.find((cluster) => cluster.members.includes('amagasaki'));
  expect(bay, 'Amagasaki is clustered at the default view').toBeDefined();
  const container = (await map(page).boundingBox())!;
  await page.mouse.move(container.x + bay!.x, container.y + bay!.y);
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText(`${bay!.members.length} places`);
  await expect(tip).toContainText('Amagasaki');
  await expect(tip).toContainText('Click to zoom in');
});
