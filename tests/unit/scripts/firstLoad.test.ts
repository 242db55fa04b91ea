import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { firstLoad, firstLoadBudget, type BuiltChunk } from '../../../scripts/firstLoad';

const chunk = (fileName: string, code: string, imports: string[] = [], isEntry = false) =>
  ({ type: 'chunk', fileName, code, imports, isEntry }) satisfies BuiltChunk;

/** An entry importing `shared` (which imports `util`), and a map chunk it fetches later. */
const bundle = {
  'index.js': chunk(
    'index.js',
    'import "./shared.js"; const page = 1;'.repeat(50),
    ['shared.js'],
    true,
  ),
  'shared.js': chunk('shared.js', 'import "./util.js"; export const s = 2;'.repeat(50), [
    'util.js',
  ]),
  'util.js': chunk('util.js', 'export const u = 3;'.repeat(50)),
  'MapView.js': chunk('MapView.js', 'export const maplibre = "big";'.repeat(5000), ['util.js']),
  'style.css': { type: 'asset' as const },
};
const gz = (name: keyof typeof bundle) => gzipSync((bundle[name] as BuiltChunk).code).length;

describe('first-load budget', () => {
  it('counts the entry and what it imports statically, not the chunks fetched later', () => {
    const result = firstLoad(bundle);
    expect(result.files.sort()).toEqual(['index.js', 'shared.js', 'util.js']);
    expect(result.gzipBytes).toBe(gz('index.js') + gz('shared.js') + gz('util.js'));
  });

  it('counts a chunk imported twice once', () => {
    const twice = {
      ...bundle,
      'index.js': { ...bundle['index.js'], imports: ['shared.js', 'util.js'] },
    };
    expect(firstLoad(twice).files).toHaveLength(3);
  });

  it('fails the build when the first load is over budget, and prints it when within', () => {
    const run = (budget: number) => {
      const plugin = firstLoadBudget(budget);
      const context = { error: vi.fn(), info: vi.fn() };
      (plugin.generateBundle as (this: unknown, o: unknown, b: unknown) => void).call(
        context,
        {},
        bundle,
      );
      return context;
    };
    const size = firstLoad(bundle).gzipBytes;
    const within = run(size);
    expect(within.error).not.toHaveBeenCalled();
    expect(within.info).toHaveBeenCalledWith(expect.stringContaining('First-load JavaScript'));
    const over = run(size - 1);
    expect(over.error).toHaveBeenCalledWith(expect.stringMatching(/over budget.*index\.js/));
  });

  it('has nothing to say about a bundle without an entry (a worker)', () => {
    const plugin = firstLoadBudget(1);
    const context = { error: vi.fn(), info: vi.fn() };
    (plugin.generateBundle as (this: unknown, o: unknown, b: unknown) => void).call(
      context,
      {},
      {
        'worker.js': chunk('worker.js', 'x'),
      },
    );
    expect(context.error).not.toHaveBeenCalled();
  });
});
