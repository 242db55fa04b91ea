/**
 * A tiny static server on 127.0.0.1 for the bench: each URL prefix maps to a folder (the app's
 * build, the baseline pages, the datasets). No caching headers: every run loads afresh.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript'],
  ['.mjs', 'text/javascript'],
  ['.css', 'text/css'],
  ['.json', 'application/json'],
  ['.geojson', 'application/geo+json'],
  ['.csv', 'text/csv; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.woff2', 'font/woff2'],
  ['.wasm', 'application/wasm'],
]);

/** The file `path` names under one of `mounts` (`/prefix/` → folder), or null. */
function fileFor(mounts: ReadonlyMap<string, string>, path: string): string | null {
  for (const [prefix, folder] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const rest = normalize(decodeURIComponent(path.slice(prefix.length)));
    // No way out of the folder.
    if (rest.startsWith('..') || rest.includes(`${sep}..`)) return null;
    const file = join(folder, rest.endsWith(sep) || rest === '.' ? join(rest, 'index.html') : rest);
    try {
      if (statSync(file).isFile()) return file;
      if (statSync(join(file, 'index.html')).isFile()) return join(file, 'index.html');
    } catch {
      return null;
    }
  }
  return null;
}

/** Serves `mounts` on 127.0.0.1:`port` (0: any free port); resolves with the server and its origin. */
export async function serve(
  mounts: ReadonlyMap<string, string>,
  port: number,
): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = fileFor(mounts, path);
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES.get(extname(file)) ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { server, origin: `http://127.0.0.1:${actual}` };
}
