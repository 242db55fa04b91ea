import { describe, expect, it } from 'vitest';
import { createLedger } from '../../../src/map/ledger';
import { SOURCES } from '../../../src/map/style';
import { fakeMap } from './overlays/support';

const point = (id: string, role: string | null) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [0, 0] },
  properties: { id, role },
});

describe('the map ledger', () => {
  it('passes every call on, and counts what is in focus as the calls left it', () => {
    const fake = fakeMap();
    const ledger = createLedger(fake.map);
    const city = (id: number, focus: boolean) =>
      ledger.map.setFeatureState({ source: SOURCES.cities, id }, { focus });
    city(1, true);
    city(2, true);
    city(2, true);
    ledger.map.setFeatureState({ source: SOURCES.links, id: 7 }, { focus: true });
    expect(ledger.attributes()).toMatchObject({ focusCities: '2', focusLinks: '1' });
    city(1, false);
    expect(ledger.attributes()).toMatchObject({ focusCities: '1', focusLinks: '1' });
    ledger.map.removeFeatureState({ source: SOURCES.links });
    expect(ledger.attributes()).toMatchObject({ focusCities: '1', focusLinks: '0' });
    expect(fake.take().map((call) => call.op)).toEqual([
      'setFeatureState',
      'setFeatureState',
      'setFeatureState',
      'setFeatureState',
      'setFeatureState',
      'removeFeatureState',
    ]);
  });

  it('counts the roles of the roles source by city, and nothing of other sources', () => {
    const fake = fakeMap();
    const ledger = createLedger(fake.map);
    const roles = [
      point('osaka', 'host'),
      point('bandung', 'participant'),
      point('cebu', 'participant'),
      point('hue', null),
      point('toyama', 'resource'),
    ];
    ledger.map.setData(SOURCES.cities, { type: 'FeatureCollection', features: roles });
    expect(ledger.attributes().highlightRoles).toBe('');
    ledger.map.setData(SOURCES.roles, { type: 'FeatureCollection', features: roles });
    expect(ledger.attributes().highlightRoles).toBe('host:1 participant:2 resource:1');
    ledger.map.setData(SOURCES.roles, { type: 'FeatureCollection', features: [] });
    expect(ledger.attributes().highlightRoles).toBe('');
    expect(fake.take()).toHaveLength(3);
  });
});
