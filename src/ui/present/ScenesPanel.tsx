/** Saved scenes: add the current view, name, reorder, remove, save to and load from a JSON file, present. */
import { useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset';
import { filterWords } from '../../i18n/filterWords';
import {
  MAX_SCENES,
  parseScenesFile,
  sceneAddress,
  scenesFile,
  scenesFitLink,
  type Scene,
  type SceneProblem,
} from '../../state/scenes';
import { parseUrlState } from '../../state/urlState';
import { downloadText } from '../download';
import { useLanguage } from '../wording';
import { sceneProblemText } from './sceneProblems';
import './present.css';

interface Props {
  scenes: readonly Scene[];
  /** The loaded data: a scenes file is checked against it. */
  dataset: Dataset;
  /** The current state as a scene's query (`serialiseUrlState`). */
  currentQuery: string;
  onScenes(scenes: readonly Scene[]): void;
  /** Starts presenting at scene `index`. */
  onPresent(index: number): void;
}

/** What the last file loaded gave, for the message under the buttons. */
interface LoadReport {
  file: string;
  count: number;
  problems: readonly SceneProblem[];
}

/** The control to focus once the list has changed: a button or field of scene `index`, or Add. */
type FocusTarget = { index: number; control: 'up' | 'down' | 'name' } | { control: 'add' };

/** `list` with items `a` and `b` swapped. */
function swapped<T>(list: readonly T[], a: number, b: number): T[] {
  const next = [...list];
  [next[a], next[b]] = [next[b]!, next[a]!];
  return next;
}

/**
 * Shows a scene as a link would, without reloading: the address changes and the app restores it
 * (Back returns to the view before). A click with a modifier opens the link as the browser does.
 */
function followInApp(event: MouseEvent<HTMLAnchorElement>) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  window.history.pushState(null, '', event.currentTarget.href);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The scenes of a presentation, and the button that starts it. */
export function ScenesPanel({ scenes, dataset, currentQuery, onScenes, onPresent }: Props) {
  const { t } = useTranslation('present');
  const { t: tShell } = useTranslation('shell');
  const { t: tSlice } = useTranslation('slice');
  const { t: tViewBar } = useTranslation('viewBar');
  const language = useLanguage();
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);
  // Open by choice, or else while there are scenes (they can arrive with the address).
  const [chosenOpen, setChosenOpen] = useState<boolean | null>(null);
  const open = chosenOpen ?? scenes.length > 0;
  const [report, setReport] = useState<LoadReport | null>(null);
  // Each scene's address; only `data` is read from the page's, and it stays with the dataset.
  const addresses = useMemo(
    () =>
      scenes.map(
        (scene) =>
          `${window.location.pathname}${sceneAddress(scene, scenes, dataset, window.location.search)}`,
      ),
    [scenes, dataset],
  );

  // Focus follows a moved scene, and goes to a neighbour of a removed one.
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const selector =
      target.control === 'add'
        ? '[data-control="add"]'
        : `[data-scene="${target.index}"] [data-control="${target.control}"]`;
    panel.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [scenes]);

  const change = (next: readonly Scene[], focus: FocusTarget | null = null) => {
    pendingFocus.current = focus;
    onScenes(next);
  };

  const add = () => {
    const { state } = parseUrlState(currentQuery, dataset, language);
    const filters = filterWords(tSlice, state.filters, language);
    const name = filters
      ? t('defaultName', { view: tViewBar(`view.${state.view}`), filters })
      : t('scene.untitled', { position: scenes.length + 1 });
    change([...scenes, { name, query: currentQuery }], { index: scenes.length, control: 'name' });
  };

  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    const last = scenes.length - 1;
    // The same button, unless it has become disabled at an end of the list.
    const control = by < 0 ? (to > 0 ? 'up' : 'down') : to < last ? 'down' : 'up';
    change(swapped(scenes, index, to), { index: to, control });
  };

  const remove = (index: number) => {
    const next = scenes.filter((_, i) => i !== index);
    change(
      next,
      next.length === 0
        ? { control: 'add' }
        : { index: Math.min(index, next.length - 1), control: 'name' },
    );
  };

  const load = async (file: File) => {
    const read = parseScenesFile(await file.text(), dataset);
    // A file that gives nothing keeps the scenes there were.
    if (read.scenes.length > 0) onScenes(read.scenes);
    setReport({ file: file.name, count: read.scenes.length, problems: read.problems });
  };

  return (
    <section className="scenes-panel" aria-labelledby={`${id}-title`} ref={panel}>
      <h2 id={`${id}-title`}>
        <button
          type="button"
          className="scenes-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setChosenOpen(!open)}
        >
          <span className="scenes-triangle" aria-hidden="true" />
          {t('title')}
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!open}>
        <p className="hint">{t('hint')}</p>
        {scenes.length === 0 ? (
          <p className="scenes-empty">{t('empty')}</p>
        ) : (
          <ol className="scene-list" aria-label={t('list')}>
            {scenes.map((scene, index) => {
              const position = index + 1;
              return (
                // By position: two scenes may have the same name and query.
                <li key={index} data-scene={index}>
                  <input
                    type="text"
                    data-control="name"
                    aria-label={t('scene.name', { position })}
                    placeholder={t('scene.untitled', { position })}
                    value={scene.name}
                    onChange={(event) =>
                      change(
                        scenes.map((s, i) =>
                          i === index ? { ...s, name: event.target.value } : s,
                        ),
                      )
                    }
                  />
                  <div className="scene-buttons">
                    <a
                      href={addresses[index]}
                      aria-label={t('scene.showLabel', { position })}
                      onClick={followInApp}
                    >
                      {t('scene.show')}
                    </a>
                    <button
                      type="button"
                      data-control="up"
                      aria-label={t('scene.up', { position })}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      data-control="down"
                      aria-label={t('scene.down', { position })}
                      disabled={index === scenes.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      aria-label={t('scene.removeLabel', { position })}
                      onClick={() => remove(index)}
                    >
                      {t('scene.remove')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        {!scenesFitLink(scenes) && <p className="note">{t('problems.tooLongForLink')}</p>}
        <div className="scenes-actions">
          <button
            type="button"
            data-control="add"
            disabled={scenes.length >= MAX_SCENES}
            onClick={add}
          >
            {t('add')}
          </button>
          <button
            type="button"
            className="scenes-present"
            disabled={scenes.length === 0}
            onClick={() => onPresent(0)}
          >
            {t('present')}
          </button>
          <button
            type="button"
            disabled={scenes.length === 0}
            onClick={() =>
              downloadText('scenes.json', scenesFile(scenes, dataset), 'application/json')
            }
          >
            {t('save')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('load')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label={t('file')}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void load(file);
            }}
          />
        </div>
        {/* Polite, not a status role: the page's status line is the one status. */}
        <div className="scenes-report" aria-live="polite">
          {report && (
            <>
              <p>
                {report.count > 0
                  ? t('loaded', { count: report.count, file: report.file })
                  : t('loadedNone', { file: report.file })}
              </p>
              {report.problems.length > 0 && (
                <>
                  <p>{t('skipped')}</p>
                  <ul>
                    {report.problems.map((problem, index) => (
                      // By position: the same problem can come twice (two scenes, one name).
                      <li key={index}>{sceneProblemText(t, tShell, problem)}</li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
