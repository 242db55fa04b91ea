/** Browser tests for data and addresses that once broke the page. */
import { expect, test, type Page } from '@playwright/test';
import { datasetSummary } from '../support/summary';
import { loadBundled } from '../support/bundled';
import { dataCentre, openWithFixture, waitForMap } from './support';

test('cities and links with the ids __proto__ and constructor are hovered and selected like any other', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Protoport (`__proto__`) sits between Constructa and Stringham, in the middle of the cities.
  await openWithFixture(page, 'proto', '&city=__proto__');
  await expect(page.getByRole('complementary', { name: 'City profile: Protoport' })).toBeVisible();
  await waitForMap(page);
  const centre = await dataCentre(page);
  await page.mouse.move(centre.x, centre.y);
  await expect(page.getByRole('tooltip')).toContainText('Protoport');
  await page.mouse.move(centre.x + 5, centre.y + 40);
  await expect(page.getByRole('tooltip')).toHaveCount(0);

  expect(await page.evaluate(() => Object.getOwnPropertyNames(Object.prototype))).not.toContain(
    'focus',
  );
  expect(await page.evaluate(() => (({}) as { focus?: unknown }).focus)).toBeUndefined();
  expect(errors).toEqual([]);
  // The map still draws: a change of selection reaches idle again.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: /City profile/ })).toHaveCount(0);
  // The profile's room goes back to the map, which keeps its centre: the cities move with it.
  const widened = await dataCentre(page);
  await page.mouse.move(widened.x, widened.y);
  await expect(page.getByRole('tooltip')).toContainText('Protoport');
  expect(errors).toEqual([]);
});

const bundledSummary = datasetSummary(loadBundled().dataset);
const status = (page: Page) => page.getByRole('status').first();
const absolute = (path: string) => new URL(path, test.info().project.use.baseURL).href;

test('an empty or relative data address is named, and the bundled data shown without fetching it', async ({
  page,
}) => {
  expect(bundledSummary).toMatch(/^47 cities/);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('./?data=');
  await expect(page.getByText('The data parameter is empty')).toBeVisible();
  await expect(status(page)).toContainText(bundledSummary);
  await page.goto('./?data=fixtures/pair/');
  await expect(
    page.getByText('The data parameter "fixtures/pair/" is not a full web address'),
  ).toBeVisible();
  await expect(status(page)).toContainText(bundledSummary);
  // Neither address was resolved against the page: no file was asked for.
  expect(fetched.filter((path) => path.endsWith('.csv'))).toEqual([]);
});

test('a data address that never answers gives way to the bundled data, naming what did not answer', async ({
  page,
}) => {
  await page.clock.install();
  let asked!: () => void;
  const requested = new Promise<void>((resolve) => (asked = resolve));
  // The server takes the request and never answers.
  await page.route('**/silent/*', () => asked());
  const folder = absolute('silent/');
  await page.goto(`./?data=${encodeURIComponent(folder)}`);
  await requested;
  await expect(status(page)).toContainText('Loading data');
  await page.clock.fastForward(15_000);
  await expect(status(page)).toContainText(bundledSummary);
  await expect(page.getByText(`${folder}cities.csv did not answer within 15 s.`)).toBeVisible();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a browser storage that never answers gives way to the bundled data, saying so', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // An IndexedDB that takes the request and never settles it.
    IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
  });
  await page.clock.install();
  await page.goto('./');
  await expect(status(page)).toContainText('Loading data');
  await page.clock.fastForward(5_000);
  await expect(status(page)).toContainText(bundledSummary);
  await expect(page.getByRole('alert')).toContainText(
    "The browser's storage did not answer within 5 s",
  );
});
