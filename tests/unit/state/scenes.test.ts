import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/domain/dataset';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import {
  MAX_SCENE_NAME,
  MAX_SCENES,
  parseScenesFile,
  readScene,
  readSceneParams,
  sceneParams,
  scenesFile,
  scenesFitLink,
  type Scene,
} from '../../../src/state/scenes';
import { INITIAL_STATE, reducer } from '../../../src/state/store';
import { DEFAULT_URL_STATE, parseUrlState, serialiseUrlState } from '../../../src/state/urlState';
import { loadBundled } from '../../support/bundled';

const dataset = loadBundled().dataset;

const WASTE: Scene = { name: 'Waste & recycling = 10 years', query: '?theme=waste' };
const ENERGY_GRAPH: Scene = {
  name: 'エネルギー 研修 (graph) + 100%',
  query: '?theme=energy&view=graph&lang=ja',
};
// Queries as the app writes them (`serialiseUrlState`), so that a round trip is exact.
const OSAKA: Scene = {
  name: '  name=x&scene=y  ',
  query: serialiseUrlState(
    {
      ...DEFAULT_URL_STATE,
      record: { kind: 'workshop', id: 'ws-2017-11-osaka' },
      camera: { center: [135.5, 34.7], zoom: 6 },
    },
    '',
  ),
};

describe('scenes in the URL', () => {
  it('travel as scene= parameters after the state, and come back with their names as written', () => {
    const scenes = [WASTE, ENERGY_GRAPH, OSAKA];
    const search = sceneParams('?theme=water&view=split', scenes);
    // The state's own parameters are untouched, and still read as before.
    const parsed = parseUrlState(search, dataset);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state.filters.themes).toEqual(['water']);
    expect(parsed.state.view).toBe('split');
    expect(new URLSearchParams(search).getAll('scene')).toHaveLength(3);

    const read = readSceneParams(search, dataset);
    expect(read.problems).toEqual([]);
    expect(read.scenes).toEqual(scenes);
  });

  it('are read back to the state each restores, in English unless the scene says otherwise', () => {
    const [waste, energy, osaka] = readSceneParams(
      sceneParams('', [WASTE, ENERGY_GRAPH, OSAKA]),
      dataset,
    ).scenes;
    expect(readScene(waste!, dataset).state).toEqual({
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_FILTERS, themes: ['waste'] },
    });
    const energyState = readScene(energy!, dataset).state;
    expect(energyState.view).toBe('graph');
    expect(energyState.language).toBe('ja');
    const osakaState = readScene(osaka!, dataset).state;
    expect(osakaState.record).toEqual({ kind: 'workshop', id: 'ws-2017-11-osaka' });
    expect(osakaState.camera).toEqual({ center: [135.5, 34.7], zoom: 6 });
  });

  it('leaves no scenes in an address without them', () => {
    expect(sceneParams('', [])).toBe('');
    expect(sceneParams('?view=graph', [])).toBe('?view=graph');
    expect(readSceneParams('?view=graph', dataset)).toEqual({ scenes: [], problems: [] });
  });

  it('keep what the data has of a scene, and name the scene and each value skipped', () => {
    const search = sceneParams('', [
      { name: 'Lost', query: '?theme=plastics&city=atlantis&view=graph' },
    ]);
    const read = readSceneParams(search, dataset);
    expect(read.scenes).toEqual([{ name: 'Lost', query: '?view=graph' }]);
    expect(
      read.problems.map(
        (p) => p.code === 'sceneValue' && [p.scene, p.notice.param, p.notice.value],
      ),
    ).toEqual([
      ['Lost', 'theme', 'plastics'],
      ['Lost', 'city', 'atlantis'],
    ]);
  });
});

describe('a scenes file', () => {
  it('round-trips the scenes, names and queries as written', () => {
    const scenes = [WASTE, ENERGY_GRAPH, OSAKA];
    const text = scenesFile(scenes, dataset);
    const json = JSON.parse(text);
    expect(json.format).toBe('c2c-network-scenes');
    expect(json.version).toBe(1);
    expect(json.dataset).toMatchObject({
      cities: dataset.cities.length,
      workshops: dataset.workshops.length,
      partnerships: dataset.partnerships.length,
    });
    expect(json.dataset.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    // Pretty: one key a line, for people who open it.
    expect(text.split('\n').length).toBeGreaterThan(10);
    expect(parseScenesFile(text, dataset)).toEqual({ scenes, problems: [] });
  });

  it('that is not JSON loads nothing and says so', () => {
    expect(parseScenesFile('name,query\nWaste,?theme=waste', dataset)).toEqual({
      scenes: [],
      problems: [{ code: 'notJson' }],
    });
  });

  it('of another format or version loads nothing and says which', () => {
    expect(parseScenesFile('{"scenes": []}', dataset).problems).toEqual([
      { code: 'notScenesFile' },
    ]);
    expect(parseScenesFile('[1, 2]', dataset).problems).toEqual([{ code: 'notScenesFile' }]);
    const v2 = JSON.stringify({ format: 'c2c-network-scenes', version: 2, scenes: [WASTE] });
    expect(parseScenesFile(v2, dataset)).toEqual({
      scenes: [],
      problems: [{ code: 'unsupportedVersion', version: '2' }],
    });
  });

  it('saved with other data says so, and still loads what fits', () => {
    const other = createDataset(dataset.cities.slice(0, 5), [], []);
    const text = scenesFile([WASTE, { name: 'Osaka', query: '?city=osaka' }], other);
    const read = parseScenesFile(text, dataset);
    expect(read.problems).toEqual([
      { code: 'otherDataset', cities: 5, workshops: 0, partnerships: 0 },
    ]);
    expect(read.scenes).toEqual([WASTE, { name: 'Osaka', query: '?city=osaka' }]);
  });

  it('with a scene naming an unknown city and theme loads it without them, naming both', () => {
    const text = scenesFile(
      [
        { name: 'Atlantis', query: '?theme=plastics&theme=waste&city=atlantis&view=graph' },
        ENERGY_GRAPH,
      ],
      dataset,
    );
    const read = parseScenesFile(text, dataset);
    expect(read.scenes).toEqual([
      { name: 'Atlantis', query: '?theme=waste&view=graph' },
      ENERGY_GRAPH,
    ]);
    expect(read.problems).toEqual([
      {
        code: 'sceneValue',
        scene: 'Atlantis',
        position: 1,
        notice: { param: 'theme', value: 'plastics', reason: 'unknownTheme', allowed: [] },
      },
      {
        code: 'sceneValue',
        scene: 'Atlantis',
        position: 1,
        notice: { param: 'city', value: 'atlantis', reason: 'unknownCity', allowed: [] },
      },
    ]);
  });

  it('skips an entry that is not a named scene, and says which', () => {
    const text = JSON.stringify({
      format: 'c2c-network-scenes',
      version: 1,
      scenes: [{ name: 3, query: '?view=graph' }, 'view=map', WASTE, { name: 'No query' }],
    });
    expect(parseScenesFile(text, dataset)).toEqual({
      scenes: [WASTE],
      problems: [
        { code: 'notScene', position: 1 },
        { code: 'notScene', position: 2 },
        { code: 'notScene', position: 4 },
      ],
    });
  });
});

describe('the scenes in the state', () => {
  it('are replaced by setScenes, and are not part of a link to the state', () => {
    const state = reducer(INITIAL_STATE, { type: 'setScenes', scenes: [WASTE, OSAKA] });
    expect(state.scenes).toEqual([WASTE, OSAKA]);
    expect(serialiseUrlState(state, '')).toBe('');
    expect(reducer(state, { type: 'setScenes', scenes: [OSAKA] }).scenes).toEqual([OSAKA]);
  });
});

describe('scenes past what a presentation holds', () => {
  const dataset = loadBundled().dataset;
  const many = Array.from({ length: MAX_SCENES + 20 }, (_, i) => ({
    name: `Scene ${i + 1}: waste and energy in Southeast Asia`,
    query: '?theme=waste&theme=energy&years=2016-2019&view=graph',
  }));

  it('loads the first ones from a file and says how many it left', () => {
    const read = parseScenesFile(scenesFile(many, dataset), dataset);
    expect(read.scenes).toHaveLength(MAX_SCENES);
    expect(read.problems).toContainEqual({
      code: 'tooManyScenes',
      kept: MAX_SCENES,
      total: MAX_SCENES + 20,
    });
  });

  it('cuts a name too long to show, and says so', () => {
    const long = [{ name: 'x'.repeat(300_000), query: '' }];
    const read = parseScenesFile(scenesFile(long, dataset), dataset);
    expect([...read.scenes[0]!.name]).toHaveLength(MAX_SCENE_NAME);
    expect(read.problems).toContainEqual({ code: 'longName', position: 1 });
  });

  it('keeps too many scenes out of the link, and skips empty scene parameters', () => {
    expect(scenesFitLink(many.slice(0, 3))).toBe(true);
    expect(scenesFitLink(many)).toBe(false);
    expect(readSceneParams('?scene=&scene=%20&scene=name%3DA', dataset).scenes).toEqual([
      { name: 'A', query: '' },
    ]);
  });
});
