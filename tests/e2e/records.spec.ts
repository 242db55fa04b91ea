/** Workshops and partnerships a user opens: from a table, a search, a city, a link; shared as a link. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { dataCentre, openWithFixture, waitForMap } from './support';

const OSAKA_2017 = 'Workshop: Pilot Training Workshop';
const ROLES = {
  Hosts: ['Osaka', 'Amagasaki'],
  Participants: ['Bandung', 'Quezon City', 'Can Tho', 'Ho Chi Minh City'],
  'Lecturers / support': ['Toyama', 'Toyota'],
};

/** Checks the open Osaka training lists its eight cities under their roles. */
async function expectOsakaTrainingByRole(page: Page) {
  const panel = page.getByRole('complementary', { name: OSAKA_2017 });
  await expect(panel).toBeVisible();
  for (const [role, cities] of Object.entries(ROLES)) {
    const section = panel.getByRole('region', { name: role });
    await expect(section.getByRole('button')).toHaveText(cities);
  }
  return panel;
}

/** Fails on any serious or critical axe-core violation. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`),
  ).toEqual([]);
}

test('the 2017 Osaka training, opened from the workshop table, shows its cities by role and fades the rest of the map', async ({
  page,
}) => {
  // Two accessibility scans and a map: more than the default 30 s on a loaded machine (no
  // speed is asserted).
  test.slow();
  await page.goto('./?view=table');
  await page.getByRole('tab', { name: 'Workshops (8)' }).click();
  await page.getByRole('button', { name: /^Pilot Training Workshop/ }).click();
  await expectOsakaTrainingByRole(page);
  await expect(page).toHaveURL(/[?&]workshop=ws-2017-11-osaka/);
  await expectAccessible(page);

  await page.getByRole('radio', { name: 'Map' }).click();
  await waitForMap(page);
  const map = page.locator('.map-container');
  // What the map was handed: the roles source by role, and the features set in focus (the rest
  // fades). Its links: each participant's to each host and lecturer (16), and the four
  // participants' co-attendance (6).
  await expect(map).toHaveAttribute('data-highlight-roles', 'host:2 participant:4 resource:2');
  await expect(map).toHaveAttribute('data-focus-cities', '8');
  await expect(map).toHaveAttribute('data-focus-links', '22');
  await expectAccessible(page);

  // Escape closes it: nothing ringed, nothing faded.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: OSAKA_2017 })).toHaveCount(0);
  await expect(map).toHaveAttribute('data-highlight-roles', '');
  await expect(map).toHaveAttribute('data-focus-cities', '0');
  await expect(page).not.toHaveURL(/workshop=/);
});

test('a copied link opens the workshop in a fresh page, in the language it was copied in', async ({
  page,
  browser,
}) => {
  // Three pages and an accessibility scan: slow on a loaded machine (no speed is asserted).
  test.slow();
  await page.goto('./?workshop=ws-2017-11-osaka');
  await expectOsakaTrainingByRole(page);
  await page.reload();
  await expectOsakaTrainingByRole(page);

  const japanese = await (await browser.newContext()).newPage();
  await japanese.goto('./?workshop=ws-2017-11-osaka&lang=ja');
  const panel = japanese.getByRole('complementary', { name: /Pilot Training Workshop/ });
  await expect(panel.getByRole('region', { name: '開催都市' }).getByRole('button')).toHaveText([
    '大阪市',
    '尼崎市',
  ]);
  await expectAccessible(japanese);
});

test('an unknown record in the address gives a notice and no panel', async ({ page }) => {
  await page.goto('./?workshop=ws-1999-atlantis');
  await expect(
    page.getByText('Ignored workshop=ws-1999-atlantis: no workshop has this id.'),
  ).toBeVisible();
  await expect(page.getByRole('complementary', { name: /^Workshop:/ })).toHaveCount(0);
});

test('from a city to its workshop and back to a city of that workshop', async ({ page }) => {
  await page.goto('./?city=toyama');
  const toyama = page.getByRole('complementary', { name: 'City profile: Toyama' });
  await toyama
    .getByRole('region', { name: 'Workshops' })
    .getByRole('button', { name: /^Pilot Training Workshop/ })
    .click();
  const panel = await expectOsakaTrainingByRole(page);
  await panel.getByRole('button', { name: 'Can Tho', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'City profile: Can Tho' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]city=can-tho/);
  await expect(page).not.toHaveURL(/workshop=/);
});

test('the search finds a workshop by title and a partnership by either city', async ({ page }) => {
  await page.goto('./');
  const search = page.getByRole('combobox', { name: /Find a city/ });
  await search.fill('pilot training');
  await page.getByRole('option', { name: /Pilot Training Workshop/ }).click();
  await expectOsakaTrainingByRole(page);

  await search.fill('Quezon');
  await page.getByRole('option', { name: /Osaka – Quezon City · Partnership/ }).click();
  await expect(
    page.getByRole('complementary', { name: 'Partnership: Osaka – Quezon City' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/[?&]partnership=/);
});

test('clicking a link on the map lists the records behind it, each openable', async ({ page }) => {
  await openWithFixture(page, 'pair');
  await waitForMap(page);
  // The two cities sit on the equator, so their link passes through the middle between them.
  const centre = await dataCentre(page);
  await page.mouse.click(centre.x, centre.y);
  const list = page.getByRole('complementary', { name: 'Link: Westport – Eastport' });
  await expect(list).toBeVisible();
  await expect(page.locator('.map-container')).toHaveAttribute('data-focus-links', '1');
  await list.getByRole('button', { name: /MoU · since 2014/ }).click();
  const partnership = page.getByRole('complementary', { name: 'Partnership: Westport – Eastport' });
  await expect(partnership).toBeVisible();
  await expect(partnership).toContainText('Exchange report <b>2014</b>');
  await expectAccessible(page);
});

test('closing a workshop opened from the table puts the keyboard back on its title', async ({
  page,
}) => {
  await page.goto('./?view=table&table=workshops');
  const title = page.getByRole('button', { name: /^Pilot Training Workshop/ });
  await title.focus();
  await page.keyboard.press('Enter');
  const heading = page
    .getByRole('complementary', { name: OSAKA_2017 })
    .getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: OSAKA_2017 })).toHaveCount(0);
  await expect(title).toBeFocused();
});
