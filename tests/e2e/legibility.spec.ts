/** A map that stays readable: dense places clustered, the slice in focus, one live status. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForMap } from './support';

interface Point {
  x: number;
  y: number;
}
type ClusterPoint = Point & { members: string[] };
type CityPoint = Point & { id: string };

const map = (page: Page) => page.locator('.map-container');

/** Where the settled map drew its clusters and its cities alone, in the container's pixels. */
async function drawn(page: Page): Promise<{ clusters: ClusterPoint[]; cities: CityPoint[] }> {
  await waitForMap(page);
  const read = async (name: string) => JSON.parse((await map(page).getAttribute(name)) ?? '[]');
  return { clusters: await read('data-cluster-points'), cities: await read('data-city-points') };
}

/** The Japanese cities of the bundled data, read from its CSV (the test's own count). */
function japaneseCities(): string[] {
  const [header, ...rows] = readFileSync('data/cities.csv', 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(',');
  const id = columns.indexOf('id');
  const country = columns.indexOf('country');
  return rows
    .map((row) => row.split(','))
    .filter((cells) => cells[country] === 'JP')
    .map((cells) => cells[id]!);
}

test('every Japanese city is its own circle or in a cluster that opens on a click, and then can be picked', async ({
  page,
}) => {
  // Opens clusters one by one and clicks cities: a long walk on a loaded machine (no speed asserted).
  test.slow();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  const first = await drawn(page);
  const japanese = japaneseCities();
  expect(japanese.length).toBeGreaterThan(10);
  const alone = new Set(first.cities.map((city) => city.id));
  const clustered = new Set(first.clusters.flatMap((cluster) => cluster.members));
  for (const id of japanese) expect(alone.has(id) || clustered.has(id), id).toBe(true);
  // The Osaka Bay cities sit in one cluster at the default view.
  const bay = first.clusters.find((cluster) => cluster.members.includes('amagasaki'));
  expect(bay, 'Amagasaki is clustered at the default view').toBeDefined();

  // A click on the cluster zooms in until it parts; Amagasaki can then be clicked.
  await map(page).click({ position: { x: bay!.x, y: bay!.y } });
  await expect
    .poll(async () => (await drawn(page)).cities.some((city) => city.id === 'amagasaki'), {
      timeout: 20_000,
    })
    .toBe(true);
  const amagasaki = (await drawn(page)).cities.find((city) => city.id === 'amagasaki')!;
  await map(page).click({ position: { x: amagasaki.x, y: amagasaki.y } });
  await expect(page.getByRole('complementary', { name: /City profile: Amagasaki/ })).toBeVisible();
});

test('with waste ticked, the status counts only the slice and a city outside it is not drawn', async ({
  page,
}) => {
  await page.goto('./?theme=waste');
  const status = page.getByRole('status').first();
  // 20 cities have a waste record (checked in the unit tests against the CSVs), 23 links.
  await expect(status).toContainText('showing 20 of 47 cities · 23 links');
  const { clusters, cities } = await drawn(page);
  const shown = new Set([...cities.map((c) => c.id), ...clusters.flatMap((c) => c.members)]);
  expect(shown.size).toBe(20);
  // Can Tho took part in low-carbon training only: outside the waste slice.
  expect(shown.has('can-tho')).toBe(false);

  // Shown faded on request: drawn again, but still not counted.
  await page
    .getByRole('checkbox', { name: 'While filtering, show the other cities faded' })
    .check();
  await expect(status).toContainText('showing 20 of 47 cities · 23 links');
  await expect
    .poll(async () => {
      const again = await drawn(page);
      return [
        ...again.cities.map((c) => c.id),
        ...again.clusters.flatMap((c) => c.members),
      ].includes('can-tho');
    })
    .toBe(true);
});

test('only the network status is a live region while the years are dragged', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  const from = page.getByRole('slider', { name: 'From' });
  await from.focus();
  await page.keyboard.press('ArrowRight');
  await expect(from).toHaveAttribute('aria-valuetext', '2005');
  // One status region (outputs are statuses too): the network's.
  const statuses = page.locator('[role="status"], output');
  await expect(statuses).toHaveCount(1);
  await expect(statuses.first()).toHaveClass(/status/);
  // The years shown beside the sliders and the timeline are in no live region.
  const inLiveRegion = await page
    .locator('.year-value, .timeline-year')
    .evaluateAll((nodes) => nodes.some((node) => node.closest('[aria-live], [role="status"]')));
  expect(inLiveRegion).toBe(false);
});
