import { defineConfig } from '@playwright/test';
// @ts-expect-error: a plain ES module shared with the npm scripts, without types.
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// Overridable so that several checkouts or agents can run browser tests side by side:
// E2E_PORT picks the preview port, E2E_DIST the folder of a build made with `vite build --outDir`.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_RESULTS ?? 'test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: findChromium() ?? undefined,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // Tests run against the built app, as users get it.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
