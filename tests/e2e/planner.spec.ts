/** The pairing planner as a programme officer uses it: suggest, draft, reload, see what changes, export. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForMap } from './support';

/** The number of links the status line says the map shows. */
async function linksShown(page: Page): Promise<number> {
  const text = (await page.getByRole('status').first().textContent()) ?? '';
  return Number(/(\d+) links?/.exec(text)?.[1]);
}

test('a suggested partner for Can Tho becomes a draft, survives a reload, changes the figures and exports as a proposed partnership', async ({
  page,
}) => {
  // A long walk through the app (two reloads, an export, an accessibility scan): no speed is
  // asserted, it only needs more than the default 30 s on a loaded machine.
  test.setTimeout(120_000);
  await page.goto('./?city=can-tho');
  await waitForMap(page);
  const before = await linksShown(page);
  const profile = page.getByRole('complementary', { name: 'City profile: Can Tho' });
  const suggestions = profile.getByRole('region', { name: 'Suggested partners' });
  await expect(suggestions.getByRole('listitem').first()).toBeVisible();
  // Reasons name their records, each openable: at least one names a workshop.
  await expect(
    suggestions.getByRole('button', { name: /^Pilot Training Workshop/ }).first(),
  ).toBeVisible();

  const add = suggestions.getByRole('button', { name: /^Add as draft: / }).first();
  const pair = ((await add.getAttribute('aria-label')) ?? '').replace('Add as draft: ', '');
  await add.click();
  await expect(suggestions.getByText('Drafted').first()).toBeVisible();
  // The draft is drawn: one more link on the map; but it is no record of Can Tho's.
  await expect.poll(() => linksShown(page)).toBe(before + 1);
  await expect(profile).toContainText('0 partnerships');

  await page.reload();
  await waitForMap(page);
  await expect.poll(() => linksShown(page)).toBe(before + 1);
  await expect(
    page
      .getByRole('complementary', { name: 'City profile: Can Tho' })
      .getByRole('region', { name: 'Suggested partners' })
      .getByText('Drafted')
      .first(),
  ).toBeVisible();

  await page.getByRole('radio', { name: 'Plan pairings' }).click();
  const drafts = page.getByRole('region', { name: 'Drafts' });
  await expect(drafts.getByText(pair).first()).toBeVisible();
  // Can Tho had no Japanese partner: with the draft, one more overseas city has one.
  const impact = page.getByRole('table', { name: /without and with the drafts/ });
  const row = impact.getByRole('row', { name: /Overseas cities with a Japanese partner/ });
  const [was, now] = (await row.getByRole('cell').allTextContents()).map(Number);
  expect(now).toBe(was! + 1);

  const download = page.waitForEvent('download');
  await drafts.getByRole('button', { name: 'Export drafts as CSV' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  expect(csv.split('\n')[0]).toMatch(/^id,city_a_id,city_b_id,/);
  expect(csv).toMatch(/can-tho/);
  expect(csv).toMatch(/,proposed,/);

  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(severe.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await drafts.getByRole('button', { name: `Remove the draft ${pair}` }).click();
  await expect(drafts.getByText('No drafts yet', { exact: false })).toBeVisible();
  await page.reload();
  await waitForMap(page);
  await expect.poll(() => linksShown(page)).toBe(before);
});
