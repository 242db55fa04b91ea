/**
 * Saved scenes for presenting: each is a name and the query string of the state it restores
 * (filters, view, camera, selection, language), so a scene is read back by the URL codec with
 * the same checks and notices as a shared link. Scenes travel in the URL (`scene=`) and in a
 * JSON file. Pure: tested in Node.
 */
import type { Dataset } from '../domain/dataset';
import { parseUrlState, serialiseUrlState, type ParsedUrl, type UrlNotice } from './urlState';

/** A named view to step to while presenting. */
export interface Scene {
  name: string;
  /** The scene's state as `serialiseUrlState` writes it (`?theme=waste&view=map`). */
  query: string;
}

/** The URL parameter that carries one scene, repeated for each. */
export const SCENE_PARAM = 'scene';
/** What a scenes file says it is (`format`), and the version of it this app writes and reads. */
export const SCENES_FORMAT = 'c2c-network-scenes';
/** The version of the scenes file this app writes and reads. */
export const SCENES_VERSION = 1;

/**
 * What a scenes file or the URL's scenes could not give, as data for the UI to word:
 * `notJson`, `notScenesFile` and `unsupportedVersion` load nothing; `otherDataset` loads what
 * fits; `notScene` skips one entry of the list (`position` from 1); `sceneValue` skips one value
 * of a scene's query (the URL codec's notice), and the scene keeps the rest.
 */
export type SceneProblem =
  | { code: 'notJson' }
  | { code: 'notScenesFile' }
  | { code: 'unsupportedVersion'; version: string }
  | {
      code: 'otherDataset';
      cities: number | null;
      workshops: number | null;
      partnerships: number | null;
    }
  | { code: 'notScene'; position: number }
  /** Only the first `kept` of `total` scenes were taken (see MAX_SCENES). */
  | { code: 'tooManyScenes'; kept: number; total: number }
  /** Scene `position`'s name was cut to MAX_SCENE_NAME characters. */
  | { code: 'longName'; position: number }
  | { code: 'sceneValue'; scene: string; position: number; notice: UrlNotice };

/** Most scenes a presentation holds: more make a link too long for servers and slow every change. */
export const MAX_SCENES = 100;
/** Longest scene name kept, in characters. */
export const MAX_SCENE_NAME = 120;
/** Longest `scene=` part of an address, in characters: past it, the scenes stay out of the link. */
export const MAX_LINK_SCENES = 6_000;

/** Scenes read from the URL or a file, and what was skipped on the way. */
export interface ReadScenes {
  scenes: Scene[];
  problems: SceneProblem[];
}

/** The state `scene` restores, with a notice for each value of it `dataset` lacks. English unless it says `lang`. */
export function readScene(scene: Scene, dataset: Dataset): ParsedUrl {
  // A scene is read in English without `lang`: that is what the writer leaves out.
  return parseUrlState(scene.query, dataset, 'en');
}

/** `scene` checked against `dataset`: kept with what is valid, with a problem for each value skipped. */
function checkScene(scene: Scene, position: number, dataset: Dataset): ReadScenes {
  const { state, notices } = readScene(scene, dataset);
  const name = [...scene.name].slice(0, MAX_SCENE_NAME).join('');
  // Written again from what was applied: the skipped values, `data` and any nested `scene` go.
  return {
    scenes: [{ name, query: serialiseUrlState(state, '') }],
    problems: [
      ...(name === scene.name ? [] : [{ code: 'longName' as const, position }]),
      ...notices.map((notice) => ({
        code: 'sceneValue' as const,
        scene: name,
        position,
        notice,
      })),
    ],
  };
}

/**
 * Reads the first MAX_SCENES of `entries` with `read`, saying so when there were more; the rest
 * are not even checked (checking thousands would freeze the page).
 */
function capped<T>(entries: readonly T[], read: (entries: readonly T[]) => ReadScenes): ReadScenes {
  const result = read(entries.slice(0, MAX_SCENES));
  if (entries.length <= MAX_SCENES) return result;
  return {
    scenes: result.scenes,
    problems: [
      ...result.problems,
      { code: 'tooManyScenes', kept: MAX_SCENES, total: entries.length },
    ],
  };
}

/** True when `scenes` are short enough to travel in the address (see MAX_LINK_SCENES). */
export function scenesFitLink(scenes: readonly Scene[]): boolean {
  return sceneParams('', scenes).length <= MAX_LINK_SCENES;
}

/** Concatenates the scenes and problems of several reads, in order. */
function joined(reads: readonly ReadScenes[]): ReadScenes {
  return {
    scenes: reads.flatMap((read) => read.scenes),
    problems: reads.flatMap((read) => read.problems),
  };
}

/**
 * `query` (as `serialiseUrlState` writes it) with each scene appended as a `scene=` parameter
 * whose value is `name=<name>&<the scene's query>`; URLSearchParams escapes both levels.
 */
export function sceneParams(query: string, scenes: readonly Scene[]): string {
  const params = new URLSearchParams(query);
  for (const scene of scenes) {
    const inner = new URLSearchParams(scene.query);
    params.append(SCENE_PARAM, `${new URLSearchParams({ name: scene.name })}&${inner}`);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The scenes of the address `search`, checked against `dataset` (a scene without a name has the name ''). */
export function readSceneParams(search: string, dataset: Dataset): ReadScenes {
  // An empty `scene=` (a stray `&scene=`) is no scene at all.
  const values = new URLSearchParams(search).getAll(SCENE_PARAM).filter((v) => v.trim() !== '');
  return capped(values, (kept) =>
    joined(
      kept.map((value, index) => {
        const inner = new URLSearchParams(value);
        const name = inner.get('name') ?? '';
        inner.delete('name');
        return checkScene({ name, query: `?${inner}` }, index + 1, dataset);
      }),
    ),
  );
}

/**
 * The address that shows `scene`: its state (keeping `data` of the address `current`), its
 * language written even when English (without `lang` an address opens in the reader's own
 * language), and the saved `scenes` after it.
 */
export function sceneAddress(
  scene: Scene,
  scenes: readonly Scene[],
  dataset: Dataset,
  current: string,
): string {
  const { state } = readScene(scene, dataset);
  const params = new URLSearchParams(serialiseUrlState(state, current));
  params.set('lang', state.language);
  return sceneParams(`?${params}`, scenes);
}

/** A short stable hash (FNV-1a, 32 bits, 8 hex digits) of the dataset's sorted city ids. */
export function datasetFingerprint(dataset: Dataset): string {
  const text = dataset.cities
    .map((city) => city.id)
    .sort()
    .join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** `scenes` as the text of a scenes file (pretty JSON), stamped with what `dataset` holds. */
export function scenesFile(scenes: readonly Scene[], dataset: Dataset): string {
  const file = {
    format: SCENES_FORMAT,
    version: SCENES_VERSION,
    dataset: {
      cities: dataset.cities.length,
      workshops: dataset.workshops.length,
      partnerships: dataset.partnerships.length,
      fingerprint: datasetFingerprint(dataset),
    },
    scenes: scenes.map(({ name, query }) => ({ name, query })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The fields of a scenes file (and of its `dataset` and scenes) that are read; the rest are ignored. */
type FileFields = Partial<
  Record<
    | 'format'
    | 'version'
    | 'dataset'
    | 'scenes'
    | 'cities'
    | 'workshops'
    | 'partnerships'
    | 'fingerprint'
    | 'name'
    | 'query',
    unknown
  >
>;

const isRecord = (value: unknown): value is FileFields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const countOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

/**
 * The scenes of a scenes file's `text`, checked against `dataset`. Text that is not JSON, or not
 * a scenes file of a version this app reads, gives no scenes and one problem; a file saved with
 * other data says so and still loads what fits; each scene keeps what the data has.
 */
export function parseScenesFile(text: string, dataset: Dataset): ReadScenes {
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { scenes: [], problems: [{ code: 'notJson' }] };
  }
  if (!isRecord(file) || file.format !== SCENES_FORMAT || !Array.isArray(file.scenes))
    return { scenes: [], problems: [{ code: 'notScenesFile' }] };
  if (file.version !== SCENES_VERSION)
    return {
      scenes: [],
      // A file with no version says so in the words of the problem: "version (none)".
      problems: [{ code: 'unsupportedVersion', version: JSON.stringify(file.version ?? null) }],
    };

  const problems: SceneProblem[] = [];
  const stamp = isRecord(file.dataset) ? file.dataset : {};
  // Without a fingerprint there is nothing to compare: each scene is still checked below.
  if (typeof stamp.fingerprint === 'string' && stamp.fingerprint !== datasetFingerprint(dataset))
    problems.push({
      code: 'otherDataset',
      cities: countOrNull(stamp.cities),
      workshops: countOrNull(stamp.workshops),
      partnerships: countOrNull(stamp.partnerships),
    });

  const read = capped(file.scenes, (entries) =>
    joined(
      entries.map((entry: unknown, index): ReadScenes => {
        if (!isRecord(entry) || typeof entry.name !== 'string' || typeof entry.query !== 'string')
          return { scenes: [], problems: [{ code: 'notScene', position: index + 1 }] };
        return checkScene({ name: entry.name, query: entry.query }, index + 1, dataset);
      }),
    ),
  );
  return { scenes: read.scenes, problems: [...problems, ...read.problems] };
}
