// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { themePalette } from '../../../src/domain/palette';
import { recordsInSlice } from '../../../src/domain/records';
import { useReach } from '../../../src/app/useReach';
import { BUNDLED } from '../ui/bundledDataset';

const slice = recordsInSlice(BUNDLED, DEFAULT_FILTERS);
const palette = themePalette(BUNDLED);

describe('the reach model', () => {
  it('counts nothing while the reach view is not shown, and the figures once it is', () => {
    const { result, rerender } = renderHook(
      ({ shown }) => useReach(BUNDLED, slice, palette, null, shown),
      { initialProps: { shown: false } },
    );
    expect(result.current).toBeNull();
    rerender({ shown: true });
    expect(result.current?.reach.overseasCities).toHaveLength(27);
  });
});
