// Where the system Chromium for browser tests is: CHROME_PATH, or Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';

/** The path of a Chromium executable, or null when none is found. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

/**
 * How the browser tests and the browser benchmark launch it: headless, WebGL in software, and
 * a closed network (Chromium kept from calling home; see STACK-NOTES.md).
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
