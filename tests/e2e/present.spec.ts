import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_FILTERS, type Filters } from '../../src/domain/filters';
import { buildNetwork } from '../../src/domain/network';
import { loadBundled } from '../support/bundled';
import { networkSummary } from '../support/summary';
import { waitForMap } from './support';

const dataset = loadBundled().dataset;

/** The status figures the page must show for `filters`, computed from the CSVs. */
const expectedShowing = (filters: Filters) =>
  networkSummary(dataset, buildNetwork(dataset, filters));
const WASTE = { ...DEFAULT_FILTERS, themes: ['waste'] };
const ENERGY = { ...DEFAULT_FILTERS, themes: ['energy'] };

const status = (page: Page) => page.getByRole('status').first();
/** A theme's checkbox; hidden while presenting (the sidebar is), and still ticked or not. */
const theme = (page: Page, name: string) =>
  page.getByRole('checkbox', { name: new RegExp(`^${name}`), includeHidden: true });
const bar = (page: Page) => page.getByRole('region', { name: 'Presentation controls' });
const graphReady = (page: Page) => page.locator('.graph-container[data-graph-ready="true"]');

/** No serious or critical violation axe-core can find on the page as it is. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`),
  ).toEqual([]);
}

/** Adds the current view as the next scene, and names it `name`. */
async function addScene(page: Page, name: string, position: number) {
  await page.getByRole('button', { name: 'Add the current view as a scene' }).click();
  await page.getByRole('textbox', { name: `Name of scene ${position}` }).fill(name);
}

test('two scenes, presented with the arrow keys, restore their filters and views; they stay in the address', async ({
  page,
}) => {
  test.slow();
  await page.goto('./');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Presentation' }).click();
  await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeDisabled();
  await expectAccessible(page);

  await theme(page, 'waste').check();
  await expect(status(page)).toContainText(expectedShowing(WASTE));
  await addScene(page, 'Waste & recycling', 1);

  await theme(page, 'waste').uncheck();
  await theme(page, 'energy').check();
  await page.getByRole('radio', { name: 'Graph' }).check();
  await expect(graphReady(page)).toBeVisible({ timeout: 20_000 });
  await expect(status(page)).toContainText(expectedShowing(ENERGY));
  await addScene(page, 'Energy = 省エネ', 2);

  // Somewhere else before presenting: every filter off, the map.
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('radio', { name: 'Map' }).check();
  await expect(status(page)).toContainText(expectedShowing(DEFAULT_FILTERS));
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.locator('.app.presenting')).toBeVisible();
  await expect(bar(page)).toContainText('Waste & recycling');
  await expect(bar(page)).toContainText('1 / 2');
  await expect(theme(page, 'waste')).toBeChecked();
  await expect(status(page)).toContainText(expectedShowing(WASTE));
  await waitForMap(page);
  await expect(page.getByRole('complementary', { name: 'Search and filters' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('presenting-map.png') });
  await expectAccessible(page);

  await page.keyboard.press('ArrowRight');
  await expect(bar(page)).toContainText('Energy = 省エネ');
  await expect(bar(page)).toContainText('2 / 2');
  await expect(theme(page, 'energy')).toBeChecked();
  await expect(theme(page, 'waste')).not.toBeChecked();
  await expect(graphReady(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.map-container')).toHaveCount(0);
  await expect(status(page)).toContainText(expectedShowing(ENERGY));
  await page.screenshot({ path: test.info().outputPath('presenting-graph.png') });
  await expectAccessible(page);

  await page.keyboard.press('ArrowLeft');
  await expect(bar(page)).toContainText('Waste & recycling');
  await expect(theme(page, 'waste')).toBeChecked();
  await expect(theme(page, 'energy')).not.toBeChecked();
  await expect(status(page)).toContainText(expectedShowing(WASTE));

  await page.keyboard.press('Escape');
  await expect(page.locator('.app.presenting')).toHaveCount(0);
  await expect(bar(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeVisible();

  const scenes = new URL(page.url()).searchParams.getAll('scene');
  expect(scenes).toHaveLength(2);
  await page.reload();
  await waitForMap(page);
  await expect(page.getByRole('textbox', { name: 'Name of scene 1' })).toHaveValue(
    'Waste & recycling',
  );
  await expect(page.getByRole('textbox', { name: 'Name of scene 2' })).toHaveValue(
    'Energy = 省エネ',
  );
  expect(new URL(page.url()).searchParams.getAll('scene')).toEqual(scenes);

  // Show: the scene's view without presenting.
  await page.getByRole('link', { name: 'Show scene 2' }).click();
  await expect(theme(page, 'energy')).toBeChecked();
  await expect(graphReady(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.app.presenting')).toHaveCount(0);
});

test('a scenes file that is not JSON, or names an unknown city, says what it skipped', async ({
  page,
}) => {
  test.slow();
  await page.goto('./');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Presentation' }).click();
  const file = page.getByLabel('Scenes file (JSON) to load');
  const report = page.locator('.scenes-report');

  await file.setInputFiles({
    name: 'talk.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,query\nWaste,?theme=waste\n'),
  });
  await expect(report).toContainText('No scene loaded from talk.csv');
  await expect(report).toContainText('The file is not JSON.');

  // Written by hand (state/ imports what Node cannot load here), without the dataset's stamp.
  const text = JSON.stringify({
    format: 'c2c-network-scenes',
    version: 1,
    scenes: [
      { name: 'Atlantis', query: '?city=atlantis&theme=waste' },
      { name: 'Osaka', query: '?city=osaka' },
    ],
  });
  await file.setInputFiles({
    name: 'talk.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(report).toContainText('Loaded 2 scenes from talk.json.');
  await expect(report).toContainText(
    'Scene 1 (Atlantis): Ignored city=atlantis: no city has this id.',
  );
  await expect(page.getByRole('textbox', { name: 'Name of scene 1' })).toHaveValue('Atlantis');
  await expect(page.getByRole('textbox', { name: 'Name of scene 2' })).toHaveValue('Osaka');
  await page.locator('.scenes-panel').screenshot({ path: test.info().outputPath('scenes.png') });
  await expectAccessible(page);
});

test('a scene in the address that names an unknown theme is kept without it, with a notice', async ({
  page,
}) => {
  const scene = new URLSearchParams({ name: 'Plastics', theme: 'plastics', view: 'graph' });
  await page.goto(`./?scene=${encodeURIComponent(scene.toString())}`);
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    'Scene 1 (Plastics): Ignored theme=plastics: no record has this theme.',
  );
  await expect(page.getByRole('textbox', { name: 'Name of scene 1' })).toHaveValue('Plastics');
  await expect
    .poll(() => new URL(page.url()).searchParams.getAll('scene'))
    .toEqual(['name=Plastics&view=graph']);
});
