import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStored, readStoredWithin, writeStored } from '../../../src/app/storage';

// Hoisted above the import: an IndexedDB that never settles, as some browsers' storage does when it is locked or broken.
vi.mock('idb-keyval', () => ({
  get: () => new Promise(() => {}),
  set: () => new Promise(() => {}),
  del: () => new Promise(() => {}),
}));

afterEach(() => {
  vi.useRealTimers();
});

describe('the browser storage of imported data', () => {
  it('gives up on a storage that never answers, and says it timed out', async () => {
    vi.useFakeTimers();
    const read = readStoredWithin(5_000);
    const plain = readStored(5_000);
    const write = writeStored({ name: 'x', importedAt: '', texts: {}, active: true }, 5_000);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await read).toEqual({ stored: null, timedOut: true });
    expect(await plain).toBeNull();
    expect(await write).toBe(false);
  });
});
