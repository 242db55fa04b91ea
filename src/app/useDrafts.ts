/**
 * The planner's draft pairings, kept in the browser's localStorage so that they survive a reload:
 * read once at start, written on every change. A stored value this app cannot read (corrupt, or
 * written by something else) is ignored with a message, never an exception; nothing leaves the
 * browser.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { makeDraft, type Draft } from '../domain/drafts';

/** The localStorage key of the drafts. */
export const DRAFTS_KEY = 'c2c-network:drafts';

/** The version of the stored shape, `{ version, drafts }`; another version is not ours to read. */
const FORMAT_VERSION = 1;

/**
 * What the UI should tell the user about the kept drafts: the stored value was not drafts of this
 * app and was ignored (`unreadable`, replaced at the next change), some stored drafts were
 * (`partlyUnreadable`), the browser refuses its storage so drafts last for this visit only
 * (`unavailable`), or the last change could not be kept (`notSaved`).
 */
export const DRAFTS_MESSAGES = [
  'unreadable',
  'partlyUnreadable',
  'unavailable',
  'notSaved',
] as const;
/** One of DRAFTS_MESSAGES. */
export type DraftsMessage = (typeof DRAFTS_MESSAGES)[number];

/** What reading the stored drafts found. */
export interface StoredDrafts {
  drafts: Draft[];
  message: DraftsMessage | null;
}

/** The drafts as stored: versioned, so a later shape is told apart from a corrupt one. */
export function encodeDrafts(drafts: readonly Draft[]): string {
  return JSON.stringify({ version: FORMAT_VERSION, drafts });
}

/**
 * The drafts in a stored text (null: nothing stored), each rebuilt with `makeDraft` so that its id
 * is its pair's; entries that are not drafts, pair a city with itself or repeat a pair are left
 * out, and the message says so.
 */
export function decodeDrafts(text: string | null): StoredDrafts {
  if (text === null) return { drafts: [], message: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { drafts: [], message: 'unreadable' };
  }
  if (
    !isObject<'version' | 'drafts'>(value) ||
    value.version !== FORMAT_VERSION ||
    !Array.isArray(value.drafts)
  ) {
    return { drafts: [], message: 'unreadable' };
  }
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (const entry of value.drafts as unknown[]) {
    const draft = asDraft(entry);
    if (!draft || seen.has(draft.id)) continue;
    seen.add(draft.id);
    drafts.push(draft);
  }
  const dropped = value.drafts.length - drafts.length;
  const message = dropped === 0 ? null : drafts.length === 0 ? 'unreadable' : 'partlyUnreadable';
  return { drafts, message };
}

/** The drafts kept in the browser, and what to do with them. */
export interface DraftsStore {
  drafts: readonly Draft[];
  /** Adds a draft; false (and nothing changes) when its pair is drafted already or is one city. */
  add(draft: Draft): boolean;
  /** Removes the draft with this id (nothing when there is none). */
  remove(id: string): void;
  /** Removes every draft. */
  clear(): void;
  /** What to tell the user about the kept drafts; null when all is well. */
  message: DraftsMessage | null;
}

/** The planner's drafts, kept in localStorage under `DRAFTS_KEY`. */
export function useDrafts(): DraftsStore {
  const [state, setState] = useState(readDrafts);
  // The drafts of the latest change, so that two changes in one event both count.
  const latest = useRef<readonly Draft[]>(state.drafts);

  // Another tab of the app changed the drafts: take its list, so that neither tab's next change
  // overwrites the other's drafts.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== DRAFTS_KEY) return;
      const next = readDrafts();
      latest.current = next.drafts;
      setState(next);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const commit = useCallback((next: readonly Draft[]) => {
    latest.current = next;
    const saved = writeDrafts(next);
    setState((previous) => ({
      drafts: [...next],
      message: saved
        ? previous.message === 'notSaved'
          ? null
          : previous.message
        : previous.message === 'unavailable'
          ? 'unavailable'
          : 'notSaved',
    }));
  }, []);

  const add = useCallback(
    (draft: Draft) => {
      if (draft.cityAId === draft.cityBId) return false;
      // Rebuilt, so that the id is the pair's whatever the caller put there.
      const made = makeDraft(draft.cityAId, draft.cityBId, draft.themes, draft.createdAt);
      if (latest.current.some((kept) => kept.id === made.id)) return false;
      commit([...latest.current, made]);
      return true;
    },
    [commit],
  );

  const remove = useCallback(
    (id: string) => {
      const next = latest.current.filter((draft) => draft.id !== id);
      if (next.length !== latest.current.length) commit(next);
    },
    [commit],
  );

  const clear = useCallback(() => {
    if (latest.current.length > 0) commit([]);
  }, [commit]);

  return useMemo(
    () => ({ drafts: state.drafts, add, remove, clear, message: state.message }),
    [state, add, remove, clear],
  );
}

/** The browser's localStorage, or null where it is refused (some private windows throw on access). */
function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function readDrafts(): StoredDrafts {
  const storage = browserStorage();
  if (!storage) return { drafts: [], message: 'unavailable' };
  try {
    return decodeDrafts(storage.getItem(DRAFTS_KEY));
  } catch {
    return { drafts: [], message: 'unavailable' };
  }
}

/** False when the browser refused the write (storage full, or refused). */
function writeDrafts(drafts: readonly Draft[]): boolean {
  const storage = browserStorage();
  if (!storage) return false;
  try {
    if (drafts.length === 0) storage.removeItem(DRAFTS_KEY);
    else storage.setItem(DRAFTS_KEY, encodeDrafts(drafts));
    return true;
  } catch {
    return false;
  }
}

function asDraft(entry: unknown): Draft | null {
  if (!isObject<'cityAId' | 'cityBId' | 'themes' | 'createdAt'>(entry)) return null;
  const { cityAId, cityBId, themes, createdAt } = entry;
  if (!isId(cityAId) || !isId(cityBId) || cityAId === cityBId) return null;
  if (typeof createdAt !== 'string') return null;
  if (!Array.isArray(themes) || !themes.every((theme) => typeof theme === 'string')) return null;
  return makeDraft(cityAId, cityBId, themes as string[], createdAt);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** A plain object, whose fields `Keys` are yet to be checked. */
function isObject<Keys extends string>(
  value: unknown,
): value is { readonly [K in Keys]?: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
