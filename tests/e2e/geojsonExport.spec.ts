import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openWithFixture } from './support';

test('the GeoJSON export says which links it left out because their cities are at one point', async ({
  page,
}) => {
  await openWithFixture(page, 'twins');
  await expect(page.getByRole('status').first()).toContainText('3 cities');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export GeoJSON' }).click();
  const collection = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(collection.omitted_links.map((link: { id: string }) => link.id)).toEqual([
    'partnership:kita~port',
  ]);
  await expect(
    page.getByRole('region', { name: 'Data', exact: true }).getByRole('alert'),
  ).toHaveText('Left out 1 link whose two cities are at the same point: kita–port (partnership).');
});
