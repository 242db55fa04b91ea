import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, initialState, reducer } from '../../../src/state/store';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';

describe('the timeline', () => {
  it('shows everything up to the year in cumulative mode, and that year only in single mode', () => {
    let state = reducer(INITIAL_STATE, { type: 'setTimelineYear', year: 2017, firstYear: 2004 });
    expect(state.filters.years).toEqual({ from: 2004, to: 2017 });
    state = reducer(state, { type: 'setTimelineMode', mode: 'single', firstYear: 2004 });
    expect(state.filters.years).toEqual({ from: 2017, to: 2017 });
    state = reducer(state, { type: 'setTimelineYear', year: 2018, firstYear: 2004 });
    expect(state.filters.years).toEqual({ from: 2018, to: 2018 });
  });

  it('gives way to a filter set by hand, and shows all years when left', () => {
    const playing = reducer(INITIAL_STATE, {
      type: 'setTimelineYear',
      year: 2017,
      firstYear: 2004,
    });
    const byHand = reducer(playing, {
      type: 'setFilters',
      filters: { ...playing.filters, themes: ['waste'] },
    });
    expect(byHand.timelineYear).toBeNull();
    const left = reducer(playing, { type: 'setTimelineYear', year: null, firstYear: 2004 });
    expect(left.filters.years).toBeNull();
  });

  it('keeps the same state object when an action changes nothing', () => {
    expect(reducer(INITIAL_STATE, { type: 'selectCity', cityId: null })).toBe(INITIAL_STATE);
    expect(reducer(INITIAL_STATE, { type: 'setView', view: 'map' })).toBe(INITIAL_STATE);
  });
});

describe('the language', () => {
  it('starts in the language given, switches, and a restored link brings its own', () => {
    const started = initialState('ja');
    expect(started.language).toBe('ja');
    const switched = reducer(started, { type: 'setLanguage', language: 'en' });
    expect(switched.language).toBe('en');
    expect(reducer(switched, { type: 'setLanguage', language: 'en' })).toBe(switched);
    const restored = reducer(switched, {
      type: 'restore',
      state: { ...INITIAL_STATE, language: 'ja' },
    });
    expect(restored.language).toBe('ja');
  });
});

describe('what is open: a city, a record or a link, one at a time', () => {
  const workshop = { kind: 'workshop', id: 'ws-2017-11-osaka' } as const;

  it('opening a record closes the city, and opening a city closes the record', () => {
    const city = reducer(INITIAL_STATE, { type: 'selectCity', cityId: 'osaka' });
    const record = reducer(city, { type: 'openRecord', record: workshop });
    expect(record.selectedCityId).toBeNull();
    expect(record.record).toEqual(workshop);
    const back = reducer(record, { type: 'selectCity', cityId: 'bandung' });
    expect(back.record).toBeNull();
    expect(back.selectedCityId).toBe('bandung');
  });

  it('a link lists its records, and opening one of them closes the list', () => {
    const link = reducer(INITIAL_STATE, { type: 'openLink', edgeId: 'workshop:bandung~osaka' });
    expect(link.openLinkId).toBe('workshop:bandung~osaka');
    const record = reducer(link, { type: 'openRecord', record: workshop });
    expect(record.openLinkId).toBeNull();
    expect(record.record).toEqual(workshop);
  });

  it('Escape closes whatever is open, and opening the same record again changes nothing', () => {
    const open = reducer(INITIAL_STATE, { type: 'openRecord', record: workshop });
    expect(reducer(open, { type: 'openRecord', record: { ...workshop } })).toBe(open);
    const closed = reducer(open, { type: 'closeAll' });
    expect(closed.record).toBeNull();
    expect(reducer(closed, { type: 'closeAll' })).toBe(closed);
  });

  it('a restored link drops the link list, which the address does not carry', () => {
    const link = reducer(INITIAL_STATE, { type: 'openLink', edgeId: 'workshop:bandung~osaka' });
    const restored = reducer(link, { type: 'restore', state: { ...INITIAL_STATE } });
    expect(restored.openLinkId).toBeNull();
  });

  it('a restored address that chooses the same filters keeps them, so nothing is built again', () => {
    const waste = { ...DEFAULT_FILTERS, themes: ['waste'], years: { from: 2010, to: 2015 } };
    const state = { ...INITIAL_STATE, filters: waste };
    // The address gives new objects with the same values, as parsing one always does.
    const same = { ...waste, themes: ['waste'], years: { from: 2010, to: 2015 } };
    expect(reducer(state, { type: 'restore', state: { ...state, filters: same } }).filters).toBe(
      waste,
    );
    const other = { ...same, years: { from: 2010, to: 2016 } };
    expect(reducer(state, { type: 'restore', state: { ...state, filters: other } }).filters).toBe(
      other,
    );
    const moreThemes = { ...same, themes: ['waste', 'water'] };
    expect(
      reducer(state, { type: 'restore', state: { ...state, filters: moreThemes } }).filters,
    ).toBe(moreThemes);
  });
});

describe('selecting no city', () => {
  it('closes an open record too, as a click on the graph’s empty ground should', () => {
    const open = reducer(INITIAL_STATE, {
      type: 'openRecord',
      record: { kind: 'workshop', id: 'ws-2017-11-osaka' },
    });
    expect(reducer(open, { type: 'selectCity', cityId: null }).record).toBeNull();
  });
});
