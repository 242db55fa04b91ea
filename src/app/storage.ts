/** The user's imported dataset, kept in the browser's IndexedDB; nothing leaves the browser. */
import { del, get, set } from 'idb-keyval';
import type { DatasetTexts } from '../io/load';

/** What is kept: the files as imported, so loading them again applies today's rules. */
export interface StoredDataset {
  name: string;
  /** ISO date and time of the import. */
  importedAt: string;
  texts: DatasetTexts;
  /** Shown at start-up; false after "Back to the bundled data". */
  active: boolean;
}

const KEY = 'c2c-network:imported-dataset';

/** The stored dataset, or null when there is none (or storage is unavailable). */
export async function readStored(): Promise<StoredDataset | null> {
  try {
    return ((await get(KEY)) as StoredDataset | undefined) ?? null;
  } catch {
    // Private windows and locked-down browsers refuse IndexedDB: the app works without it.
    return null;
  }
}

/** Stores `dataset`; false when the browser refused. */
export async function writeStored(dataset: StoredDataset): Promise<boolean> {
  try {
    await set(KEY, dataset);
    return true;
  } catch {
    return false;
  }
}

/** Forgets the stored dataset. */
export async function forgetStored(): Promise<void> {
  try {
    await del(KEY);
  } catch {
    // Nothing stored, or no storage: nothing to remove.
  }
}
