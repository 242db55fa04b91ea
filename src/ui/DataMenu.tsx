import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_FILES, type DataFile } from '../io/issues';
import type { Language } from '../state/language';
import type { Origin } from '../state/vocabulary';
import { useLanguage } from './wording';

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
  onExportGexf(): void;
  onExportGraphml(): void;
  onExportFlows(): void;
}

type ExportFormat = 'csv' | 'geojson' | 'gexf' | 'graphml' | 'flows';

/** The full name of each export, read by assistive technology over its short label. */
const EXPORT_NAMES = {
  csv: 'exportCsv',
  geojson: 'exportGeoJson',
  gexf: 'exportGexf',
  graphml: 'exportGraphml',
  flows: 'exportFlows',
} as const satisfies Record<ExportFormat, string>;

/** The locale a time of day is written in: British English keeps the app's `28 Nov 2025, 14:05`. */
const TIME_LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', ja: 'ja' };

/** When an import happened, in the reader's language and time zone. */
const when = (iso: string, language: Language) =>
  new Date(iso).toLocaleString(TIME_LOCALE[language], { dateStyle: 'medium', timeStyle: 'short' });

/** Importing, keeping and exporting data: the app's data controls, in the sidebar. */
export function DataMenu(props: Props) {
  const { t } = useTranslation('data');
  const language = useLanguage();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [pasteFile, setPasteFile] = useState<DataFile>('cities');
  const [pasteText, setPasteText] = useState('');
  const { origin, stored, importProgress } = props;
  const exports: [ExportFormat, () => void][] = [
    ['csv', props.onExportCsv],
    ['geojson', props.onExportGeoJson],
    ['gexf', props.onExportGexf],
    ['graphml', props.onExportGraphml],
    ['flows', props.onExportFlows],
  ];

  return (
    <section className="data-menu" aria-label={t('title')}>
      <h2>{t('title')}</h2>
      <p className="data-origin">
        {origin.kind === 'bundled' && t('origin.bundled')}
        {origin.kind === 'url' && t('origin.url')}
        {origin.kind === 'imported' &&
          t('origin.imported', { name: origin.name, when: when(origin.importedAt, language) })}
      </p>
      {importProgress !== null ? (
        <div className="import-progress">
          <label htmlFor={`${id}-progress`}>{t('progress')}</label>
          <progress id={`${id}-progress`} max={1} value={importProgress} />
          <button type="button" onClick={props.onCancelImport}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <div className="data-buttons">
          <button type="button" onClick={() => input.current?.click()}>
            {t('import')}
          </button>
          <input
            ref={input}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,.xlsx,.xlsm,.xls"
            multiple
            hidden
            aria-label={t('files')}
            onChange={(event) => {
              props.onFiles([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
          <button type="button" onClick={() => setPasting(!pasting)} aria-expanded={pasting}>
            {t('paste')}
          </button>
          <button type="button" onClick={props.onDownloadTemplates}>
            {t('templates')}
          </button>
        </div>
      )}
      {/* Short labels in one row; each button's name says in full what it exports. */}
      <div className="data-buttons export-buttons" role="group" aria-labelledby={`${id}-export`}>
        <span id={`${id}-export`} className="export-label">
          {t('exportLabel')}
        </span>
        {exports.map(([format, onExport]) => (
          <button
            key={format}
            type="button"
            onClick={onExport}
            aria-label={t(EXPORT_NAMES[format])}
          >
            {t(`exportShort.${format}`)}
          </button>
        ))}
      </div>
      <p className="hint">{t('hint')}</p>
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
          <label htmlFor={`${id}-paste-file`}>{t('pasteFile')}</label>
          <select
            id={`${id}-paste-file`}
            value={pasteFile}
            onChange={(e) => setPasteFile(e.target.value as DataFile)}
          >
            {DATA_FILES.map((file) => (
              <option key={file} value={file}>
                {`${file}.csv`}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-paste-text`}>{t('pasteText')}</label>
          <textarea
            id={`${id}-paste-text`}
            rows={6}
            value={pasteText}
            onChange={(e) => setPasteText(e.target.value)}
          />
          <button type="submit" disabled={pasteText.trim() === ''}>
            {t('pasteLoad')}
          </button>
        </form>
      )}
      {props.message && <p role="alert">{props.message}</p>}
      {(origin.kind === 'imported' || stored) && (
        <div className="data-buttons">
          {origin.kind === 'imported' ? (
            <button type="button" onClick={props.onShowBundled}>
              {t('showBundled')}
            </button>
          ) : (
            stored && (
              <button type="button" onClick={props.onShowStored}>
                {t('showStored', { name: stored.name })}
              </button>
            )
          )}
          {stored && (
            <button type="button" onClick={props.onRemoveStored}>
              {t('removeStored')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
