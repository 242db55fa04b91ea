/**
 * The first-load budget: the JavaScript a browser fetches before the first paint (the entry
 * chunk and every chunk it imports statically), gzipped, printed by each build and held to a
 * budget there, so that a change that pulls the map or the graph back into the page fails CI.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** At most this many bytes of gzipped JavaScript before the first paint (issue 17). */
export const FIRST_LOAD_BUDGET = 300 * 1024;

/** What the budget reads of a chunk of a build (Rollup's and Rolldown's output chunks have it). */
export interface BuiltChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: readonly string[];
  code: string;
}

/** The chunks fetched before the first paint, and their gzipped size in bytes. */
export interface FirstLoad {
  files: string[];
  gzipBytes: number;
}

/** The entry chunks of `bundle` and, transitively, the chunks they import statically. */
export function firstLoad(bundle: Record<string, BuiltChunk | { type: 'asset' }>): FirstLoad {
  const chunks = new Map<string, BuiltChunk>();
  for (const output of Object.values(bundle))
    if (output.type === 'chunk') chunks.set(output.fileName, output);
  const files = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = chunks.get(fileName);
    if (!chunk || files.has(fileName)) return;
    files.add(fileName);
    chunk.imports.forEach(visit);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  let gzipBytes = 0;
  for (const fileName of files) gzipBytes += gzipSync(chunks.get(fileName)!.code).length;
  return { files: [...files], gzipBytes };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Prints the first load of the app's build and fails the build when it is over `budget`. */
export function firstLoadBudget(budget = FIRST_LOAD_BUDGET): Plugin {
  return {
    name: 'first-load-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const { files, gzipBytes } = firstLoad(bundle as Parameters<typeof firstLoad>[0]);
      // A build without an entry (a worker's own bundle) has nothing to say.
      if (files.length === 0) return;
      const line = `First-load JavaScript: ${kB(gzipBytes)} gzip in ${files.length} file(s), budget ${kB(budget)}`;
      if (gzipBytes > budget) this.error(`${line}: over budget (${files.join(', ')})`);
      this.info(line);
    },
  };
}
