/** Shared steps of the browser tests. */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the CSVs of `tests/fixtures/e2e/<name>/` at `/fixtures/<name>/` from inside the
 * browser (no server, no network) and opens the app on them with `?data=`.
 */
export async function openWithFixture(page: Page, name: string, extraQuery = ''): Promise<void> {
  const folder = join('tests', 'fixtures', 'e2e', name);
  const files = new Set(readdirSync(folder));
  await page.route(`**/fixtures/${name}/*`, (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop()!;
    if (!files.has(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      contentType: 'text/csv',
      body: readFileSync(join(folder, file)),
    });
  });
  // `?data=` takes an absolute address only.
  const folderUrl = new URL(`fixtures/${name}/`, test.info().project.use.baseURL).href;
  await page.goto(`./?data=${encodeURIComponent(folderUrl)}${extraQuery}`);
}

/** Waits until the map has drawn the latest data. */
export async function waitForMap(page: Page): Promise<void> {
  await expect(page.locator('.map-container[data-map-idle="true"]')).toBeVisible({
    timeout: 20_000,
  });
}

/** The page coordinates of the map's centre. */
export async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.map-container').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drops files on the page as a user would from their file manager. */
export async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, text } of list)
      transfer.items.add(new File([text], name, { type: 'text/csv' }));
    return transfer;
  }, files);
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}
