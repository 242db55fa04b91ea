import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, importGraph } from '../../../scripts/check-imports';

/** Writes `files` (path → text) under a new temporary folder and returns it. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'imports-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the import check', () => {
  it('finds a cycle between two files, through a type-only import too', () => {
    const root = tree({
      'io/a.ts': "import { b } from './b';\nexport const a = 1;",
      'io/b.ts': "import type { A } from './a';\nexport const b = 2;",
      'io/c.ts': "import { a } from './a';",
    });
    const found = cycles(importGraph(root));
    expect(found).toHaveLength(1);
    expect(found[0]!.map((file) => file.slice(root.length))).toEqual(['/io/a.ts', '/io/b.ts']);
  });

  it('finds a cycle between folders even when no two files import each other', () => {
    const root = tree({
      'ui/Panel.tsx': "import { useThing } from '../app/useThing';",
      'app/useThing.ts': "import { label } from '../ui/labels';",
      'ui/labels.ts': 'export const label = 1;',
    });
    const graph = importGraph(root);
    expect(cycles(graph)).toEqual([]);
    expect(cycles(folderGraph(graph, root))).toEqual([['app', 'ui']]);
  });

  it('counts a worker entry as an import, and ignores packages and assets', () => {
    const root = tree({
      'app/client.ts':
        "import x from 'maplibre-gl';\nimport u from './font.woff2?url';\nnew Worker(new URL('../workers/w.ts', import.meta.url));",
      'workers/w.ts': "import '../app/client';",
    });
    expect(cycles(folderGraph(importGraph(root), root))).toEqual([['app', 'workers']]);
  });
});
