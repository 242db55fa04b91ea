/** Images of the map and the graph for slides and posters: their size, their content, their caption. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForMap } from './support';

/** The basemap's sea and land (src/map/style.ts). */
const SEA = [0xdf, 0xe9, 0xf0];
const LAND = [0xf4, 0xf2, 0xec];

/** Width and height a PNG's header states (IHDR, bytes 16–23, big-endian). */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A view's size in CSS pixels, as the image's scale multiplies it. */
async function viewSize(container: Locator) {
  return container.evaluate((element) => ({
    width: element.clientWidth,
    height: element.clientHeight,
  }));
}

/** Picks `format` in `region`'s "Save image" group, saves, and returns the download. */
async function saveImage(page: Page, region: string, format: string): Promise<Download> {
  const group = page.getByRole('region', { name: region }).getByRole('group', { name: /image/ });
  await group.getByRole('combobox', { name: 'Image format' }).selectOption({ label: format });
  const download = page.waitForEvent('download');
  await group.getByRole('button', { name: 'Save image' }).click();
  return download;
}

/** The bytes of a download. */
async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

/**
 * The PNG decoded by the page: how many distinct colours it has, how many of its pixels are
 * exactly each of `colours`, and the colour at (`x`, `y`).
 */
async function decode(page: Page, png: Buffer, colours: number[][], x: number, y: number) {
  return page.evaluate(
    async ({ base64, colours, x, y }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const distinct = new Set<number>();
      const counts = colours.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        distinct.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        colours.forEach(([r, g, b], c) => {
          if (data[i] === r && data[i + 1] === g && data[i + 2] === b) counts[c]!++;
        });
      }
      const at = 4 * (y * canvas.width + x);
      return { distinct: distinct.size, counts, at: [data[at]!, data[at + 1]!, data[at + 2]!] };
    },
    { base64: png.toString('base64'), colours, x, y },
  );
}

/** Waits until the graph has laid out and drawn the latest network. */
async function waitForGraph(page: Page) {
  await expect(page.locator('.graph-container[data-graph-ready="true"]')).toBeVisible({
    timeout: 20_000,
  });
}

test('the map saves as a 2× PNG: twice the view in pixels, the basemap drawn, the caption over it, nothing fetched', async ({
  page,
}) => {
  await page.goto('./?view=map');
  await waitForMap(page);
  const origin = new URL(page.url()).origin;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const view = await viewSize(page.locator('.map-container'));

  const download = await saveImage(page, 'Map', 'PNG 2×');
  expect(download.suggestedFilename()).toMatch(/^city-network-map-2x-\d{4}-\d{2}-\d{2}\.png$/);
  const png = await bytesOf(download);
  expect(pngSize(png)).toEqual({ width: 2 * view.width, height: 2 * view.height });
  await expect(
    page.locator('.image-export-notice').filter({ hasText: 'Saved city-network-map-2x' }),
  ).toHaveText(
    new RegExp(
      `\\(${(2 * view.width).toLocaleString('en')} × ${(2 * view.height).toLocaleString('en')} px\\)`,
    ),
  );

  // Inside the title's box (top left, 10 px in at 1×): the white box over the sea, not the sea.
  const { distinct, counts, at } = await decode(page, png, [SEA, LAND], 2 * 16, 2 * 16);
  expect(distinct).toBeGreaterThan(200);
  const pixels = 4 * view.width * view.height;
  expect(counts[0]).toBeGreaterThan(pixels / 20);
  expect(counts[1]).toBeGreaterThan(pixels / 50);
  expect(at).not.toEqual(SEA);
  expect(Math.min(...at)).toBeGreaterThan(240);
  // Only the page's own files (and the image's own blob) were asked for.
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:'))).toEqual([]);
  // The map is drawn for the screen again afterwards, at the screen's pixel ratio.
  const canvasWidth = await page
    .locator('.map-container canvas')
    .evaluate((canvas: HTMLCanvasElement) => canvas.width);
  expect(canvasWidth).toBe(view.width);
});

test('the graph saves as an SVG that parses and holds its title, the filter, its cities and the legend', async ({
  page,
}) => {
  await page.goto('./?view=graph&lang=en');
  await waitForGraph(page);
  const download = await saveImage(page, 'Graph', 'SVG (vector)');
  expect(download.suggestedFilename()).toMatch(/^city-network-graph-\d{4}-\d{2}-\d{2}\.svg$/);
  const text = (await bytesOf(download)).toString('utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    return {
      root: doc.documentElement.nodeName,
      errors: doc.getElementsByTagName('parsererror').length,
      title: doc.querySelector('svg > title')?.textContent,
      nodes: doc.querySelectorAll('circle.node').length,
      links: doc.querySelectorAll('line.link').length,
      texts,
    };
  }, text);
  expect(parsed.root).toBe('svg');
  expect(parsed.errors).toBe(0);
  expect(parsed.title).toBe('City-to-City Collaboration Network');
  expect(parsed.texts).toContain('City-to-City Collaboration Network');
  expect(parsed.texts).toContain('All records');
  expect(parsed.texts).toContain('Kitakyushu');
  expect(parsed.texts).toContain('Partnership');
  expect(parsed.texts).toContain('Japan');
  expect(parsed.nodes).toBeGreaterThan(20);
  expect(parsed.links).toBeGreaterThan(20);
});

test('the graph saves as a 1× PNG the size of the view', async ({ page }) => {
  await page.goto('./?view=graph');
  await waitForGraph(page);
  const view = await viewSize(page.locator('.graph-container'));
  const png = await bytesOf(await saveImage(page, 'Graph', 'PNG 1×'));
  expect(pngSize(png)).toEqual(view);
  const { distinct, at } = await decode(page, png, [], 16, 16);
  expect(distinct).toBeGreaterThan(50);
  expect(Math.min(...at)).toBeGreaterThan(240);
});

test('a 4× map wider than the browser can draw is saved at the largest scale it can, and the notice says so with both sizes', async ({
  page,
}) => {
  test.slow();
  // Wide enough that 4× the map passes 8,192 px a side.
  await page.setViewportSize({ width: 2400, height: 700 });
  await page.goto('./?view=map');
  await waitForMap(page);
  const view = await viewSize(page.locator('.map-container'));
  // The browser's own limit: WebGL's renderbuffer, and at most the map's 8,192 px.
  const limit = await page
    .locator('.map-container canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const gl = canvas.getContext('webgl2')!;
      return Math.min(8192, gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number);
    });
  const longest = Math.max(view.width, view.height);
  expect(4 * longest).toBeGreaterThan(limit);
  const saved = Math.floor(limit / longest);
  expect(saved).toBeGreaterThanOrEqual(1);

  const png = await bytesOf(await saveImage(page, 'Map', 'PNG 4×'));
  expect(pngSize(png)).toEqual({ width: saved * view.width, height: saved * view.height });
  const n = (value: number) => value.toLocaleString('en');
  await expect(
    page.getByRole('region', { name: 'Map' }).locator('.image-export-notice'),
  ).toHaveText(
    `4× would be ${n(4 * view.width)} × ${n(4 * view.height)} px, more than this browser can draw; ` +
      `saved at ${saved}× (${n(saved * view.width)} × ${n(saved * view.height)} px).`,
  );
});

test('in Japanese, the controls and the notice speak Japanese, and axe finds no serious violation', async ({
  page,
}) => {
  await page.goto('./?view=split&lang=ja');
  await waitForMap(page);
  await waitForGraph(page);
  const group = page.getByRole('group', { name: 'グラフを画像として保存' });
  await group.getByRole('combobox', { name: '画像の形式' }).selectOption({ label: 'PNG（1倍）' });
  const download = page.waitForEvent('download');
  await group.getByRole('button', { name: '画像を保存' }).click();
  await download;
  await expect(group.locator('.image-export-notice')).toContainText('を保存しました');
  await expect(page.getByRole('group', { name: '地図を画像として保存' })).toBeVisible();

  const results = await new AxeBuilder({ page }).include('.view-side').analyze();
  const severe = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(severe.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
