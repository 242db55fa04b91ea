import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, initialState, reducer } from '../../../src/state/store';

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
