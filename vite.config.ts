import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { BASEMAP_PATH, buildBasemap } from './scripts/basemap';
import { firstLoadBudget } from './scripts/firstLoad';

/** Serves the offline basemap in dev and writes it into the build, made from world-atlas. */
function offlineBasemap(): Plugin {
  let geojson: string | undefined;
  const basemap = () => (geojson ??= buildBasemap());
  return {
    name: 'offline-basemap',
    configureServer(server) {
      server.middlewares.use(`/${BASEMAP_PATH}`, (_request, response) => {
        response.setHeader('Content-Type', 'application/geo+json');
        response.end(basemap());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: BASEMAP_PATH, source: basemap() });
    },
  };
}

export default defineConfig({
  plugins: [react(), offlineBasemap(), firstLoadBudget()],
  // Relative asset paths, so the built app works from any folder of a web server.
  base: './',
  // Workers as ES modules (all are created with `type: 'module'`), so that a worker's dynamic
  // import() becomes a chunk of its own: the load worker fetches the workbook library only when a
  // workbook arrives, instead of carrying it on every load.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A cap against hung tests, not a measure of speed: on a loaded CI machine, building the
    // map of countries (world-atlas 1:50m) for the first load of a file took over 5 s.
    testTimeout: 30_000,
  },
});
