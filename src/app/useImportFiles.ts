/** Turning dropped or picked files into an import: read them, tell which file is which. */
import { useMemo, useState } from 'react';
import { identifyFile } from '../io/identify';
import { DATA_FILES, type DataFile } from '../io/issues';
import type { DatasetTexts } from '../io/load';

/** Reads up to three files, recognises each, and hands their texts to `importTexts`. */
export function useImportFiles(importTexts: (name: string, texts: DatasetTexts) => void) {
  const [message, setMessage] = useState<string | null>(null);
  const run = useMemo(
    () => async (files: readonly File[]) => {
      setMessage(null);
      if (files.length === 0) return;
      if (files.length > DATA_FILES.length) {
        setMessage(
          `Drop at most three files (cities, workshops, partnerships), not ${files.length}.`,
        );
        return;
      }
      const texts: DatasetTexts = {};
      const unknown: string[] = [];
      const twice: string[] = [];
      for (const file of files) {
        const text = await file.text();
        const kind: DataFile | null = identifyFile(file.name, text);
        if (!kind) unknown.push(file.name);
        else if (texts[kind] !== undefined) twice.push(`${file.name} (${kind})`);
        else texts[kind] = text;
      }
      if (unknown.length > 0 || twice.length > 0) {
        setMessage(
          [
            unknown.length > 0 &&
              `Could not tell which file ${unknown.join(', ')} is: name it cities.csv, workshops.csv or partnerships.csv, or give it the contract's header.`,
            twice.length > 0 && `Two files of the same kind: ${twice.join(', ')}.`,
          ]
            .filter(Boolean)
            .join(' '),
        );
        return;
      }
      importTexts(files.map((file) => file.name).join(', '), texts);
    },
    [importTexts],
  );
  return { run: (files: readonly File[]) => void run(files), message };
}
