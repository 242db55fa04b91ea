/** The user's imported dataset, kept in the browser's IndexedDB; nothing leaves the browser. */
import { del, get, set } from 'idb-keyval';
import type { InputKind } from '../io/issues';
import type { DatasetTexts } from '../io/load';

/** What is kept: the files as imported, so loading them again applies today's rules. */
export interface StoredDataset {
  name: string;
  /** ISO date and time of the import. */
  importedAt: string;
  texts: DatasetTexts;
  /** The names inputs are shown by, when not their default (a table of pairs as the user named it). */
  names?: Partial<Record<InputKind, string>>;
  /** A workbook as imported (unopened: the load worker reads it). */
  workbook?: { name: string; bytes: Uint8Array };
  /** Shown at start-up; false after "Back to the bundled data". */
  active: boolean;
}

/** What reading the store found, or that the browser's storage did not answer in time. */
export interface StoredRead {
  stored: StoredDataset | null;
  /** True when the storage neither answered nor failed within the time allowed. */
  timedOut: boolean;
}

/** How long the browser's storage may take to answer before the app goes on without it, in ms: 5 s. */
export const STORAGE_TIMEOUT_MS = 5_000;

/** How long a write may take before the app says the data could not be kept, in ms: 30 s (large imports are slow to write). */
export const STORAGE_WRITE_TIMEOUT_MS = 30_000;

const KEY = 'c2c-network:imported-dataset';

/** `work`'s result, or `TIMED_OUT` when it has not settled within `ms` (an IndexedDB can hang). */
const TIMED_OUT = Symbol('timed out');
function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/** The stored dataset, or null when there is none or storage is unavailable or does not answer within `timeoutMs`, and which. */
export async function readStoredWithin(timeoutMs = STORAGE_TIMEOUT_MS): Promise<StoredRead> {
  try {
    const found = await within(get<StoredDataset>(KEY), timeoutMs);
    if (found === TIMED_OUT) return { stored: null, timedOut: true };
    return { stored: found ?? null, timedOut: false };
  } catch {
    // Private windows and locked-down browsers refuse IndexedDB: the app works without it.
    return { stored: null, timedOut: false };
  }
}

/** The stored dataset, or null when there is none (or storage is unavailable or does not answer). */
export async function readStored(timeoutMs = STORAGE_TIMEOUT_MS): Promise<StoredDataset | null> {
  return (await readStoredWithin(timeoutMs)).stored;
}

/** Stores `dataset`; false when the browser refused or did not answer within `timeoutMs`. */
export async function writeStored(
  dataset: StoredDataset,
  timeoutMs = STORAGE_WRITE_TIMEOUT_MS,
): Promise<boolean> {
  try {
    return (await within(set(KEY, dataset), timeoutMs)) !== TIMED_OUT;
  } catch {
    return false;
  }
}

/** Forgets the stored dataset; gives up after `timeoutMs`. */
export async function forgetStored(timeoutMs = STORAGE_TIMEOUT_MS): Promise<void> {
  try {
    await within(del(KEY), timeoutMs);
  } catch {
    // Nothing stored, or no storage: nothing to remove.
  }
}
