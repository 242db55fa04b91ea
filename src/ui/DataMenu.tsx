import { useId, useRef, useState } from 'react';
import { DATA_FILES, type DataFile } from '../io/issues';
import type { Origin } from '../state/vocabulary';

interface Props {
  origin: Origin;
  stored: { name: string; importedAt: string } | null;
  importProgress: number | null;
  message: string | null;
  onFiles(files: readonly File[]): void;
  onPaste(file: DataFile, text: string): void;
  onCancelImport(): void;
  onShowBundled(): void;
  onShowStored(): void;
  onRemoveStored(): void;
  onDownloadTemplates(): void;
  onExportCsv(): void;
  onExportGeoJson(): void;
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Importing, keeping and exporting data: the app's data controls, in the sidebar. */
export function DataMenu(props: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [pasteFile, setPasteFile] = useState<DataFile>('cities');
  const [pasteText, setPasteText] = useState('');
  const { origin, stored, importProgress } = props;

  return (
    <section className="data-menu" aria-label="Data">
      <h2>Data</h2>
      <p className="data-origin">
        {origin.kind === 'bundled' && 'The bundled programme data.'}
        {origin.kind === 'url' && 'Files from a web address.'}
        {origin.kind === 'imported' &&
          `Your data: ${origin.name}, imported ${when(origin.importedAt)}.`}
      </p>
      {importProgress !== null ? (
        <div className="import-progress">
          <label htmlFor={`${id}-progress`}>Loading your files…</label>
          <progress id={`${id}-progress`} max={1} value={importProgress} />
          <button type="button" onClick={props.onCancelImport}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="data-buttons">
          <button type="button" onClick={() => input.current?.click()}>
            Import CSV files…
          </button>
          <input
            ref={input}
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            multiple
            hidden
            aria-label="CSV files to import"
            onChange={(event) => {
              props.onFiles([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
          <button type="button" onClick={() => setPasting(!pasting)} aria-expanded={pasting}>
            Paste CSV…
          </button>
          <button type="button" onClick={props.onDownloadTemplates}>
            Download templates
          </button>
          <button type="button" onClick={props.onExportCsv}>
            Export CSV (filtered)
          </button>
          <button type="button" onClick={props.onExportGeoJson}>
            Export GeoJSON
          </button>
        </div>
      )}
      <p className="hint">
        Or drop up to three CSV files anywhere on the page. Nothing leaves your browser.
      </p>
      {pasting && (
        <form
          className="paste-form"
          onSubmit={(event) => {
            event.preventDefault();
            props.onPaste(pasteFile, pasteText);
            setPasting(false);
            setPasteText('');
          }}
        >
          <label htmlFor={`${id}-paste-file`}>This text is</label>
          <select
            id={`${id}-paste-file`}
            value={pasteFile}
            onChange={(e) => setPasteFile(e.target.value as DataFile)}
          >
            {DATA_FILES.map((file) => (
              <option key={file} value={file}>
                {file}.csv
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-paste-text`}>CSV text, header first</label>
          <textarea
            id={`${id}-paste-text`}
            rows={6}
            value={pasteText}
            onChange={(e) => setPasteText(e.target.value)}
          />
          <button type="submit" disabled={pasteText.trim() === ''}>
            Load pasted text
          </button>
        </form>
      )}
      {props.message && <p role="alert">{props.message}</p>}
      {(origin.kind === 'imported' || stored) && (
        <div className="data-buttons">
          {origin.kind === 'imported' ? (
            <button type="button" onClick={props.onShowBundled}>
              Back to the bundled data
            </button>
          ) : (
            stored && (
              <button type="button" onClick={props.onShowStored}>
                Show my data ({stored.name})
              </button>
            )
          )}
          {stored && (
            <button type="button" onClick={props.onRemoveStored}>
              Remove my data
            </button>
          )}
        </div>
      )}
    </section>
  );
}
