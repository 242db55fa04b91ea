/**
 * Turning dropped, picked or pasted files into an import: read them, tell which file is which,
 * and ask before they replace (or add to) the user's own data.
 */
import { useCallback, useMemo, useState } from 'react';
import type { DataNotice } from '../i18n/issues';
import { identifyFile } from '../io/identify';
import { INPUT_KINDS, type DataFile, type InputKind } from '../io/issues';
import type { DatasetTexts } from '../io/load';
import { placeInput } from '../io/placeInput';
import type { ImportMode } from '../state/vocabulary';
import type { LoadRequest } from '../workers/requests';

/** The user's own data an import would touch: its name, and whether it is on screen. */
export interface ExistingData {
  name: string;
  shown: boolean;
}

/** Files read and recognised, waiting for the user to say what they should do. */
export interface PendingImport {
  name: string;
  request: LoadRequest;
  existing: ExistingData;
}

/** The import in progress: how to start one, and the choice it waits for. */
export interface ImportFiles {
  /** Reads and recognises dropped or picked files, then imports or asks. */
  run(files: readonly File[]): void;
  /** Imports text pasted as `file` (or as a table of pairs, when its header is one). */
  paste(file: DataFile, text: string): void;
  /** Files waiting for the user's choice (replace, add or cancel); null when none. */
  pending: PendingImport | null;
  choose(choice: ImportMode | 'cancel'): void;
  /** Why the last files could not be imported (worded by `dataNoticeText`); null when they could. */
  message: DataNotice | null;
}

/** At most one file of each input kind, and one workbook. */
const MAX_FILES = INPUT_KINDS.length + 1;

/**
 * Reads up to five files (the three, a table of pairs, a workbook), recognises each, and hands
 * them to `importTexts`: at once when the user has no data of their own (`existing` null), else
 * once they choose in `pending`. A workbook goes unopened: the worker reads it.
 */
export function useImportFiles(
  importTexts: (name: string, request: LoadRequest, mode: ImportMode) => void,
  existing: ExistingData | null,
): ImportFiles {
  const [message, setMessage] = useState<DataNotice | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  // By value, so that callers may pass a new object on every render.
  const existingName = existing?.name ?? null;
  const existingShown = existing?.shown ?? false;
  const offer = useCallback(
    (name: string, request: LoadRequest) => {
      if (existingName === null) importTexts(name, request, 'replace');
      else setPending({ name, request, existing: { name: existingName, shown: existingShown } });
    },
    [existingName, existingShown, importTexts],
  );
  const choose = useCallback(
    (choice: ImportMode | 'cancel') => {
      setPending(null);
      if (pending && choice !== 'cancel') importTexts(pending.name, pending.request, choice);
    },
    [pending, importTexts],
  );
  const paste = useCallback(
    (file: DataFile, text: string) => {
      setMessage(null);
      const kind: InputKind = identifyFile('', text) === 'pairs' ? 'pairs' : file;
      offer(`pasted ${kind}.csv`, { texts: { [kind]: text } });
    },
    [offer],
  );
  const run = useMemo(
    () => async (files: readonly File[]) => {
      setMessage(null);
      if (files.length === 0) return;
      if (files.length > MAX_FILES) {
        setMessage({ kind: 'tooManyFiles', given: files.length });
        return;
      }
      const texts: DatasetTexts = {};
      const names: Partial<Record<InputKind, string>> = {};
      let workbook: LoadRequest['workbook'];
      const unknown: string[] = [];
      const twice: { name: string; kind: InputKind | 'workbook' }[] = [];
      for (const file of files) {
        // The bytes go to the loader, which decodes them as the CLI does (io/decode.ts); only the
        // header, all that tells the kind, is decoded here on the main thread.
        const bytes = new Uint8Array(await file.arrayBuffer());
        const place = placeInput(file.name, bytes);
        if (!place) unknown.push(file.name);
        else if (place.kind === 'workbook') {
          // Its sheets are known only once it is opened, in the worker.
          if (workbook) twice.push({ name: file.name, kind: 'workbook' });
          else workbook = { name: file.name, bytes };
        } else if (texts[place.kind] !== undefined)
          twice.push({ name: file.name, kind: place.kind });
        else {
          texts[place.kind] = bytes;
          // A table of pairs is named as the user named it; the three files by their contract name.
          if (place.kind === 'pairs') names[place.kind] = file.name;
        }
      }
      if (unknown.length > 0 || twice.length > 0) {
        setMessage({ kind: 'unplacedFiles', unknown, twice });
        return;
      }
      const request: LoadRequest = { texts, names, ...(workbook ? { workbook } : {}) };
      offer(files.map((file) => file.name).join(', '), request);
    },
    [offer],
  );
  return useMemo(
    () => ({ run: (files: readonly File[]) => void run(files), paste, pending, choose, message }),
    [run, paste, pending, choose, message],
  );
}
