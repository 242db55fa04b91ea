// Fails early, with a fix, when the browser tests have no Chromium to run in.
import { findChromium } from './chromium.mjs';

if (!findChromium()) {
  console.error(
    [
      'No Chromium found for the browser tests.',
      'Install it (Debian/Ubuntu): sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROME_PATH at a Chromium or Chrome executable: CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
