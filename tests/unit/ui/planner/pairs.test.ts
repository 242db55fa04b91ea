import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../../src/domain/filters';
import { planningIndex } from '../../../../src/domain/planner';
import { pairThemes } from '../../../../src/ui/planner/pairs';
import { loadBundled } from '../../../support/bundled';

const index = planningIndex(loadBundled().dataset, DEFAULT_FILTERS);

describe('the themes of a pair picked by hand', () => {
  it('are what one showed that the other sought, either way round, each once', () => {
    // Can Tho attended the 2017 Osaka training on low-carbon and climate policy, where Toyama lectured.
    const themes = pairThemes(index, 'can-tho', 'toyama');
    expect(themes).toEqual(expect.arrayContaining(['low-carbon', 'climate-policy']));
    expect(new Set(themes).size).toBe(themes.length);
    expect(pairThemes(index, 'toyama', 'can-tho').sort()).toEqual([...themes].sort());
  });

  it('are none for a city the index lacks', () => {
    expect(pairThemes(index, 'can-tho', 'atlantis')).toEqual([]);
  });
});
