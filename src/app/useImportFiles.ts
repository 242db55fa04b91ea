/**
 * Turning dropped, picked or pasted files into an import: read them, tell which file is which,
 * and ask before they replace (or add to) the user's own data.
 */
import { useCallback, useMemo, useState } from 'react';
import type { DataNotice } from '../i18n/issues';
import { decodeText } from '../io/decode';
import { identifyFile } from '../io/identify';
import { DATA_FILES, type DataFile } from '../io/issues';
import type { DatasetTexts } from '../io/load';
import type { ImportMode } from '../state/vocabulary';

/** The user's own data an import would touch: its name, and whether it is on screen. */
export interface ExistingData {
  name: string;
  shown: boolean;
}

/** Files read and recognised, waiting for the user to say what they should do. */
export interface PendingImport {
  name: string;
  texts: DatasetTexts;
  existing: ExistingData;
}

/** The import in progress: how to start one, and the choice it waits for. */
export interface ImportFiles {
  /** Reads and recognises dropped or picked files, then imports or asks. */
  run(files: readonly File[]): void;
  /** Imports text pasted as `file`. */
  paste(file: DataFile, text: string): void;
  /** Files waiting for the user's choice (replace, add or cancel); null when none. */
  pending: PendingImport | null;
  choose(choice: ImportMode | 'cancel'): void;
  /** Why the last files could not be imported (worded by `dataNoticeText`); null when they could. */
  message: DataNotice | null;
}

/**
 * Reads up to three files, recognises each, and hands their texts to `importTexts`: at once when
 * the user has no data of their own (`existing` null), else once they choose in `pending`.
 */
export function useImportFiles(
  importTexts: (name: string, texts: DatasetTexts, mode: ImportMode) => void,
  existing: ExistingData | null,
): ImportFiles {
  const [message, setMessage] = useState<DataNotice | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  // By value, so that callers may pass a new object on every render.
  const existingName = existing?.name ?? null;
  const existingShown = existing?.shown ?? false;
  const offer = useCallback(
    (name: string, texts: DatasetTexts) => {
      if (existingName === null) importTexts(name, texts, 'replace');
      else setPending({ name, texts, existing: { name: existingName, shown: existingShown } });
    },
    [existingName, existingShown, importTexts],
  );
  const choose = useCallback(
    (choice: ImportMode | 'cancel') => {
      setPending(null);
      if (pending && choice !== 'cancel') importTexts(pending.name, pending.texts, choice);
    },
    [pending, importTexts],
  );
  const paste = useCallback(
    (file: DataFile, text: string) => {
      setMessage(null);
      offer(`pasted ${file}.csv`, { [file]: text });
    },
    [offer],
  );
  const run = useMemo(
    () => async (files: readonly File[]) => {
      setMessage(null);
      if (files.length === 0) return;
      if (files.length > DATA_FILES.length) {
        setMessage({ kind: 'tooManyFiles', given: files.length });
        return;
      }
      const texts: DatasetTexts = {};
      const unknown: string[] = [];
      const twice: { name: string; kind: DataFile }[] = [];
      for (const file of files) {
        // The bytes go to the loader, which decodes them as the CLI does (io/decode.ts); the
        // header, all that tells the kind, is in the first bytes, decoded here on the main thread.
        const bytes = new Uint8Array(await file.arrayBuffer());
        const head = decodeText(bytes.subarray(0, 65_536)).text;
        const kind: DataFile | null = identifyFile(file.name, head);
        if (!kind) unknown.push(file.name);
        else if (texts[kind] !== undefined) twice.push({ name: file.name, kind });
        else texts[kind] = bytes;
      }
      if (unknown.length > 0 || twice.length > 0) {
        setMessage({ kind: 'unplacedFiles', unknown, twice });
        return;
      }
      offer(files.map((file) => file.name).join(', '), texts);
    },
    [offer],
  );
  return useMemo(
    () => ({ run: (files: readonly File[]) => void run(files), paste, pending, choose, message }),
    [run, paste, pending, choose, message],
  );
}
