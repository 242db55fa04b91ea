import { describe, expect, it } from 'vitest';
import { citiesOf } from '../../../../src/domain/dataset';
import { reportMapScene } from '../../../../src/ui/reach/reportMap';
import { loadBundled } from '../../../support/bundled';

const dataset = loadBundled().dataset;
const training = dataset.workshopById.get('ws-2017-11-osaka')!;

describe('the report map', () => {
  it('links each participant to the hosts and to the lecturers, as the network does', () => {
    const cities = citiesOf(dataset, [
      ...training.hostCityIds,
      ...training.participantCityIds,
      ...training.resourceCityIds,
    ]);
    const scene = reportMapScene(
      { cities, workshops: [training], partnerships: [] },
      null,
      (city) => city.name,
    );
    const keys = new Set(scene.links.map((link) => link.key));
    // 4 participants × (2 hosts + 2 lecturers); fellow participants are not linked on paper.
    expect(keys.size).toBe(16);
    expect(keys.has('workshop:bandung:toyama')).toBe(true);
    expect(keys.has('workshop:bandung:osaka')).toBe(true);
    expect(keys.has('workshop:bandung:quezon-city')).toBe(false);
  });
});
