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

/**
 * The page coordinates of the middle of the cities the settled map draws alone: where a single
 * city is, or the middle of a link between two. The map fits the data beside its legend and
 * toolbar, so this is not the middle of the map.
 */
export async function dataCentre(page: Page): Promise<{ x: number; y: number }> {
  await waitForMap(page);
  const container = page.locator('.map-container');
  const box = (await container.boundingBox())!;
  const cities: { x: number; y: number }[] = JSON.parse(
    (await container.getAttribute('data-city-points')) ?? '[]',
  );
  expect(cities.length, 'the map says where it drew its cities').toBeGreaterThan(0);
  const middle = (values: number[]) => (Math.min(...values) + Math.max(...values)) / 2;
  return {
    x: box.x + middle(cities.map((city) => city.x)),
    y: box.y + middle(cities.map((city) => city.y)),
  };
}

/** Drops files on the page as a user would from their file manager. */
export async function dropFiles(
  page: Page,
  files: ({ name: string; text: string } | { name: string; bytes: Uint8Array })[],
) {
  // Bytes (a workbook is not text) cross into the page as base64.
  const list = files.map((file): { name: string; text?: string; base64?: string } =>
    'text' in file
      ? { name: file.name, text: file.text }
      : { name: file.name, base64: Buffer.from(file.bytes).toString('base64') },
  );
  const dataTransfer = await page.evaluateHandle((entries) => {
    const transfer = new DataTransfer();
    for (const entry of entries) {
      const content =
        entry.text ?? Uint8Array.from(atob(entry.base64 ?? ''), (char) => char.charCodeAt(0));
      const type = entry.text === undefined ? '' : 'text/csv';
      transfer.items.add(new File([content], entry.name, { type }));
    }
    return transfer;
  }, list);
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}
