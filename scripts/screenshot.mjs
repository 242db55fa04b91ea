// Takes the README's screenshot of the built app: `npm run build && npm run screenshot`.
// Optional arguments: the output path and the query string of the view to show.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const [path = 'docs/screenshot.png', query = '?city=kitakyushu'] = process.argv.slice(2);
const origin = 'http://127.0.0.1:4174/';
// Vite itself, not npx, so that killing it stops the server.
const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', '4174', '--strictPort'],
  { stdio: 'ignore' },
);
try {
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(origin + query);
      break;
    } catch (error) {
      if (attempt > 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  // The views say when they have drawn everything.
  await page
    .locator('[data-map-idle="true"], [data-graph-ready="true"]')
    .first()
    .waitFor({ timeout: 20_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path });
  await browser.close();
} finally {
  server.kill();
}
