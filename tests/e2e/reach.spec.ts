/** The reach view as a programme officer uses it for funders: figures, their lists, the one-page report. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Counted by hand from data/*.csv (not by the app's code): cities named by any workshop role or
// partnership end, 18 in Japan and 27 elsewhere in 9 countries; 8 workshops, all giving their
// people (239 in all); 23 active partnerships; 19 begun with a known year, 2004 to 2024.
const FIGURES = [
  '18Japanese cities',
  '27Overseas cities',
  '9Countries reached (overseas)',
  '8Workshops',
  '239People trained',
  '23Active partnershipsactive today',
  '19New partnershipsby start year, 2004–2024',
];

const figures = (page: Page) => page.getByRole('list', { name: 'Key figures' });

/** The number of pages of a PDF: its `/Type /Page` objects (not `/Pages`, their tree). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/**
 * Prints the page on A4 and on Letter, and expects one page each with the whole report on it:
 * laid out at the paper's content width (186 mm at 96 px per inch), the report ends within
 * 255 mm, the height that both papers leave inside their margins, and nothing in it is cut off.
 */
async function expectOnePage(page: Page) {
  await page.emulateMedia({ media: 'print' });
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
  expect(pageCount(await page.pdf({ format: 'Letter' }))).toBe(1);
  await page.setViewportSize({ width: 703, height: 964 });
  const box = await page.locator('.reach-pane').evaluate((pane) => ({
    bottom: pane.getBoundingClientRect().bottom,
    hidden: pane.scrollHeight - pane.clientHeight,
  }));
  expect(box.bottom).toBeLessThanOrEqual(964);
  expect(box.hidden).toBeLessThanOrEqual(1);
}

/** Waits until the report map has its land (the basemap), so that print shows what a user sees. */
async function waitForReportMap(page: Page) {
  await expect(page.locator('.report-map .report-land')).toHaveCount(1, { timeout: 20_000 });
}

test('the reach view shows the figures of the bundled data, and a city opens its profile', async ({
  page,
}) => {
  await page.goto('./?view=reach');
  const pane = page.getByRole('region', { name: 'Programme reach' });
  await expect(figures(page).getByRole('button')).toHaveText(FIGURES);
  await expect(pane.getByRole('img', { name: 'Map of 45 cities in 10 countries' })).toBeVisible();

  const overseas = figures(page).getByRole('button', { name: /Overseas cities/ });
  await overseas.click();
  await expect(overseas).toHaveAttribute('aria-expanded', 'true');
  await figures(page).getByRole('button', { name: 'Can Tho', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'City profile: Can Tho' })).toBeVisible();
});

test('filters that keep nothing give one message, not empty figures', async ({ page }) => {
  await page.goto('./?view=reach&kinds=');
  const pane = page.getByRole('region', { name: 'Programme reach' });
  await expect(pane).toContainText('No workshop or partnership matches these filters.');
  await expect(figures(page)).toHaveCount(0);
  await expect(pane.getByRole('img')).toHaveCount(0);

  // On paper too: one page that says so.
  await page.emulateMedia({ media: 'print' });
  await expect(pane.getByText('No workshop or partnership matches these filters.')).toBeVisible();
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
});

test('the report prints on one page of A4 and of Letter', async ({ page }) => {
  await page.goto('./?view=reach');
  await expect(figures(page).getByRole('button')).toHaveCount(FIGURES.length);
  await waitForReportMap(page);
  // An open list is left off the paper.
  await figures(page)
    .getByRole('button', { name: /Workshops/ })
    .click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.locator('.figure-list')).toBeHidden();
  await expect(figures(page)).toBeVisible();
  await expect(page.locator('.reach-charts')).toBeVisible();
  await expectOnePage(page);
});

test('the report prints in Japanese with ?lang=ja', async ({ page }) => {
  await page.goto('./?view=reach&lang=ja');
  const pane = page.getByRole('region', { name: '事業の広がり' });
  await expect(pane.getByRole('list', { name: '主な数値' }).getByRole('button')).toHaveText([
    '18日本の都市',
    '27海外の都市',
    '9海外の国',
    '8研修',
    '239研修参加者数',
    '23実施中の連携現在実施中',
    '19新しい連携開始年別、2004〜2024年',
  ]);
  await expect(pane.getByRole('img', { name: '10か国・45都市の地図' })).toBeVisible();
  await waitForReportMap(page);
  await page.emulateMedia({ media: 'print' });
  await expect(pane.getByRole('heading', { name: '事業の広がり' })).toBeVisible();
  await expectOnePage(page);
});

test('axe-core finds no serious or critical violation in the reach view', async ({ page }) => {
  await page.goto('./?view=reach');
  await waitForReportMap(page);
  await figures(page)
    .getByRole('button', { name: /People trained/ })
    .click();
  const results = await new AxeBuilder({ page }).include('.reach-pane').analyze();
  const severe = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(severe.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
