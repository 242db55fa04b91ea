// Takes the README's screenshot of the built app: `npm run build && npm run screenshot`.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const url = 'http://127.0.0.1:4174/';
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', '4174', '--strictPort'],
  {
    stdio: 'ignore',
  },
);
try {
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(url);
      break;
    } catch (error) {
      if (attempt > 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await page.getByRole('status').first().waitFor();
  // The map signals that it has drawn everything by setting data-idle on its container.
  await page
    .locator('[data-map-idle="true"]')
    .waitFor({ timeout: 15_000 })
    .catch(() => {});
  await page.screenshot({ path: process.argv[2] ?? 'docs/screenshot.png' });
  await browser.close();
} finally {
  server.kill();
}
