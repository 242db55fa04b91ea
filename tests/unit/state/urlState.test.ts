import { describe, expect, it } from 'vitest';
import {
  parseUrlState,
  serialiseUrlState,
  DEFAULT_URL_STATE,
  type UrlState,
} from '../../../src/state/urlState';
import { VIEW_MODES } from '../../../src/state/vocabulary';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { translatorFor } from '../../../src/i18n/core';
import { noticeText } from '../../../src/i18n/notices';
import { loadBundled } from '../../support/bundled';

const dataset = loadBundled().dataset;

/** The notices of `parsed` as a reader of English sees them. */
const english = translatorFor('en');
const words = (parsed: { notices: Parameters<typeof noticeText>[1][] }) =>
  parsed.notices.map((notice) => noticeText(english, notice));

describe('the shareable URL', () => {
  it('round-trips every setting a user can change', () => {
    const state: UrlState = {
      filters: {
        ...DEFAULT_FILTERS,
        themes: ['waste', 'energy'],
        years: { from: 2016, to: 2019 },
        unknownYears: false,
        countries: ['VN', 'JP'],
        edgeKinds: ['partnership', 'workshop'],
        statuses: ['active'],
        programmes: ['MOEJ City-to-City Collaboration'],
        organisers: ['IGES'],
        funders: ['MOEJ'],
        hideIsolated: true,
        fadeOutside: true,
      },
      selectedCityId: null,
      record: { kind: 'workshop', id: 'ws-2017-11-osaka' },
      view: 'split',
      table: 'partnerships',
      linkColorBy: 'theme',
      sizeBy: 'betweenness',
      cityColorBy: 'community',
      camera: { center: [120.5, 15.25], zoom: 3.5 },
      language: 'ja',
    };
    const search = serialiseUrlState(state, '');
    const parsed = parseUrlState(search, dataset);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it('keeps the cities outside the slice faded only when asked, and says so for a wrong value', () => {
    expect(parseUrlState('?theme=waste', dataset).state.filters.fadeOutside).toBe(false);
    expect(parseUrlState('?theme=waste&outside=fade', dataset).state.filters.fadeOutside).toBe(
      true,
    );
    expect(words(parseUrlState('?outside=grey', dataset))).toEqual([
      'Ignored outside=grey: use hide or fade.',
    ]);
  });

  it('opens a shared workshop or partnership, and says so when the id is unknown', () => {
    const workshop = parseUrlState('?workshop=ws-2017-11-osaka', dataset);
    expect(workshop.state.record).toEqual({ kind: 'workshop', id: 'ws-2017-11-osaka' });
    expect(workshop.notices).toEqual([]);
    const partnership = parseUrlState('?partnership=p-osaka-ho-chi-minh-city', dataset);
    expect(partnership.state.record).toEqual({
      kind: 'partnership',
      id: 'p-osaka-ho-chi-minh-city',
    });

    const unknown = parseUrlState('?workshop=ws-1999-atlantis&partnership=nope', dataset);
    expect(unknown.state.record).toBeNull();
    expect(words(unknown)).toEqual([
      'Ignored workshop=ws-1999-atlantis: no workshop has this id.',
      'Ignored partnership=nope: no partnership has this id.',
    ]);
  });

  it('opens one thing from a link: a city named with a record keeps the city and notes the record', () => {
    const parsed = parseUrlState('?city=osaka&workshop=ws-2017-11-osaka', dataset);
    expect(parsed.state.selectedCityId).toBe('osaka');
    expect(parsed.state.record).toBeNull();
    expect(parsed.notices.map((n) => [n.param, n.reason])).toEqual([['workshop', 'alreadyOpen']]);
  });

  it('reads the table to show, and names the tables when the value is not one', () => {
    expect(parseUrlState('?view=table&table=workshops', dataset).state.table).toBe('workshops');
    const wrong = parseUrlState('?table=people', dataset);
    expect(wrong.state.table).toBe('cities');
    expect(wrong.notices[0]).toMatchObject({ param: 'table', reason: 'oneOf' });
    expect(wrong.notices[0]!.allowed).toEqual(['cities', 'workshops', 'partnerships']);
  });

  it('writes nothing for the default view, and keeps the data parameter as it was', () => {
    expect(serialiseUrlState(DEFAULT_URL_STATE, '')).toBe('');
    expect(
      serialiseUrlState(DEFAULT_URL_STATE, '?data=https%3A%2F%2Fexample.org%2Fcsv%2F&theme=x'),
    ).toBe('?data=https%3A%2F%2Fexample.org%2Fcsv%2F');
  });

  it('ignores unknown and malformed parameters with a notice each, and applies the rest', () => {
    const parsed = parseUrlState(
      '?theme=waste&theme=nonsense&years=2019-2016&city=atlantis&view=globe&kinds=partnership,teleport&map=999,1,2&foo=bar',
      dataset,
    );
    expect(parsed.state.filters.themes).toEqual(['waste']);
    expect(parsed.state.filters.years).toBeNull();
    expect(parsed.state.selectedCityId).toBeNull();
    expect(parsed.state.view).toBe('map');
    expect(parsed.state.filters.edgeKinds).toEqual(['partnership']);
    expect(parsed.state.camera).toBeNull();
    expect(parsed.notices).toHaveLength(7);
    expect(words(parsed).join('\n')).toMatch(/foo=bar/);
    expect(words(parsed).join('\n')).toMatch(/city=atlantis: no city has this id/);
  });

  it('finds the selected city whatever the case of its id, and reads a single year', () => {
    const parsed = parseUrlState('?city=OSAKA&years=2017&countries=vn,Japan', dataset);
    expect(parsed.state.selectedCityId).toBe('osaka');
    expect(parsed.state.filters.years).toEqual({ from: 2017, to: 2017 });
    expect(parsed.state.filters.countries).toEqual(['VN', 'JP']);
  });

  it('drops a list of only unknown kinds or statuses with a notice, and shows every link', () => {
    const parsed = parseUrlState('?kinds=bogus&status=bogus,nonsense', dataset);
    expect(parsed.state.filters.edgeKinds).toEqual(DEFAULT_FILTERS.edgeKinds);
    expect(parsed.state.filters.statuses).toEqual(DEFAULT_FILTERS.statuses);
    expect(words(parsed)).toEqual([
      expect.stringMatching(/^Ignored kinds=bogus: use /),
      expect.stringMatching(/^Ignored status=bogus: use /),
      expect.stringMatching(/^Ignored status=nonsense: use /),
    ]);
    // The address written back holds what is applied: nothing.
    expect(serialiseUrlState(parsed.state, '')).toBe('');
  });

  it('keeps an empty list of kinds, which is what unticking every box writes', () => {
    const state: UrlState = {
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_FILTERS, edgeKinds: [], statuses: [] },
    };
    const parsed = parseUrlState(serialiseUrlState(state, ''), dataset);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it('drops programmes, organisers and funders the data does not have, with a notice each', () => {
    const parsed = parseUrlState(
      '?programme=Moon+Programme&organiser=Nobody&funder=Nobody&funder=moej&programme=moej+city-to-city+collaboration',
      dataset,
    );
    expect(parsed.state.filters.programmes).toEqual(['MOEJ City-to-City Collaboration']);
    expect(parsed.state.filters.organisers).toEqual([]);
    expect(parsed.state.filters.funders).toEqual(['MOEJ']);
    expect(words(parsed)).toEqual([
      'Ignored programme=Moon Programme: no record has this programme.',
      'Ignored organiser=Nobody: no workshop has this organiser.',
      'Ignored funder=Nobody: no record has this funder.',
    ]);
  });

  it('drops countries that are no country or have no city in the data, and filters by none', () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
    const parsed = parseUrlState('?countries=constructor,__proto__,FR', dataset);
    expect(parsed.state.filters.countries).toEqual([]);
    expect(words(parsed)).toEqual([
      'Ignored countries=constructor: not an ISO country code.',
      'Ignored countries=__proto__: not an ISO country code.',
      'Ignored countries=FR: no city is in this country.',
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeBefore);
  });
});

describe('the language in the URL', () => {
  it('opens a link with lang=ja in Japanese, and writes lang only for a language other than English', () => {
    expect(parseUrlState('?lang=ja', dataset).state.language).toBe('ja');
    expect(serialiseUrlState({ ...DEFAULT_URL_STATE, language: 'ja' }, '')).toBe('?lang=ja');
    expect(serialiseUrlState({ ...DEFAULT_URL_STATE, language: 'en' }, '')).toBe('');
    // The link keeps the rest of the view beside the language.
    const search = serialiseUrlState(
      { ...DEFAULT_URL_STATE, view: 'table', language: 'ja' },
      '?data=https%3A%2F%2Fexample.org%2F',
    );
    expect(parseUrlState(search, dataset).state).toMatchObject({ view: 'table', language: 'ja' });
    expect(new URLSearchParams(search).get('data')).toBe('https://example.org/');
  });

  it("opens a link without lang in the reader's own language", () => {
    expect(parseUrlState('', dataset, 'ja').state.language).toBe('ja');
    expect(parseUrlState('?view=graph', dataset, 'en').state.language).toBe('en');
    expect(parseUrlState('?lang=en', dataset, 'ja').state.language).toBe('en');
  });

  it('ignores a language the app does not speak with a notice, as any unknown value', () => {
    const parsed = parseUrlState('?lang=fr&view=graph', dataset, 'ja');
    expect(parsed.state.language).toBe('ja');
    expect(parsed.state.view).toBe('graph');
    expect(parsed.notices).toEqual([
      { param: 'lang', value: 'fr', reason: 'oneOf', allowed: ['en', 'ja'] },
    ]);
    expect(words(parsed)).toEqual(['Ignored lang=fr: use en or ja.']);
  });
});

describe('the notices about the URL', () => {
  it('are data (parameter, value, reason, what to write instead), not sentences', () => {
    const parsed = parseUrlState('?view=globe&city=atlantis', dataset);
    expect(parsed.notices).toEqual([
      { param: 'city', value: 'atlantis', reason: 'unknownCity', allowed: [] },
      { param: 'view', value: 'globe', reason: 'oneOf', allowed: VIEW_MODES },
    ]);
  });

  it('read in Japanese when the app is in Japanese, with the value as it was written', () => {
    const japanese = translatorFor('ja');
    const parsed = parseUrlState('?view=globe&city=atlantis', dataset);
    expect(parsed.notices.map((notice) => noticeText(japanese, notice))).toEqual([
      'URLの city=atlantis は無視しました（このIDの都市はありません）。',
      'URLの view=globe は無視しました（map、graph、split、table、plan、またはreach のいずれかを指定してください）。',
    ]);
    expect(words(parsed)[1]).toBe(
      'Ignored view=globe: use map, graph, split, table, plan, or reach.',
    );
  });
});

describe('record ids in the address', () => {
  it('are found in any case and around spaces, as city ids are; a second one gets a notice', () => {
    const parsed = parseUrlState(
      '?workshop=%20WS-2017-11-OSAKA%20&workshop=ws-2017-01-kitakyushu',
      dataset,
    );
    expect(parsed.state.record).toEqual({ kind: 'workshop', id: 'ws-2017-11-osaka' });
    expect(parsed.notices.map((n) => [n.param, n.value, n.reason])).toEqual([
      ['workshop', 'ws-2017-01-kitakyushu', 'alreadyOpen'],
    ]);
  });
});
