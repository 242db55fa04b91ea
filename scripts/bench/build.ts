/**
 * Builds what the bench serves: the app as users get it (`vite build`), and, apart from it, the
 * baseline pages and the probe script, with Vite's API and no project config (so nothing of
 * them enters the app's bundle, and the app's plugins stay out of them).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const PAGES = resolve(import.meta.dirname, 'pages');

/** `vite build --outDir <outDir>` of the app, with the project's own config. */
export function buildApp(outDir: string): void {
  const result = spawnSync(
    'node_modules/.bin/vite',
    ['build', '--outDir', outDir, '--emptyOutDir'],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}${result.stderr}`);
}

/** The baseline pages (`map.html`, `graph.html`) into `outDir`. */
export async function buildPages(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: PAGES,
    base: './',
    logLevel: 'error',
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
      rollupOptions: { input: { map: join(PAGES, 'map.html'), graph: join(PAGES, 'graph.html') } },
    },
  });
}

/** The probe as one classic script (for `addInitScript`), built into `outDir`; returns its text. */
export async function buildProbe(outDir: string): Promise<string> {
  await build({
    configFile: false,
    root: PAGES,
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: {
        entry: join(PAGES, 'probe.ts'),
        formats: ['iife'],
        name: 'benchProbe',
        fileName: () => 'probe.js',
      },
    },
  });
  return readFileSync(join(outDir, 'probe.js'), 'utf8');
}
