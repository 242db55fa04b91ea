// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { imageFileName, savePng, saveSvg } from '../../../../src/ui/imageExport/saveImage';

/** A canvas of `scale` × the view whose PNG encodes, or fails to (returns null), as a browser's may. */
function fakeCanvas(width: number, height: number, encodes: boolean) {
  return {
    width,
    height,
    toBlob: (done: (blob: Blob | null) => void) =>
      done(encodes ? new Blob(['png'], { type: 'image/png' }) : null),
  } as unknown as HTMLCanvasElement;
}

const downloads: string[] = [];
beforeEach(() => {
  downloads.length = 0;
  // jsdom has no object URLs and no downloads: record the file names clicked instead.
  URL.createObjectURL = () => 'blob:fake';
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

const job = (encodesFrom: number, limits = { maxSide: 16_384, maxPixels: 16_384 ** 2 }) => {
  const drawn: number[] = [];
  return {
    drawn,
    job: {
      requested: 4,
      width: 1280,
      height: 800,
      limits,
      draw: async (scale: number) => {
        drawn.push(scale);
        return fakeCanvas(1280 * scale, 800 * scale, scale <= encodesFrom);
      },
      fileName: (scale: number) => `map-${scale}x.png`,
    },
  };
};

describe('savePng', () => {
  it('saves at the scale asked for when the browser draws it', async () => {
    const { job: fits, drawn } = job(4);
    expect(await savePng(fits)).toMatchObject({
      type: 'png',
      requested: 4,
      saved: 4,
      savedSize: { width: 5120, height: 3200 },
    });
    expect(drawn).toEqual([4]);
    expect(downloads).toEqual(['map-4x.png']);
  });

  it('starts at the largest scale within the limits, and says what was asked', async () => {
    const { job: limited, drawn } = job(4, { maxSide: 4096, maxPixels: Infinity });
    expect(await savePng(limited)).toMatchObject({
      requested: 4,
      requestedSize: { width: 5120, height: 3200 },
      saved: 3,
      savedSize: { width: 3840, height: 2400 },
    });
    expect(drawn).toEqual([3]);
  });

  it('steps down when the browser still fails to encode the image', async () => {
    const { job: failing, drawn } = job(2);
    expect(await savePng(failing)).toMatchObject({ saved: 2, fileName: 'map-2x.png' });
    expect(drawn).toEqual([4, 3, 2]);
    expect(downloads).toEqual(['map-2x.png']);
  });

  it('saves nothing, and says so, when no size can be drawn', async () => {
    const { job: never } = job(0);
    expect(await savePng(never)).toEqual({ type: 'failed' });
    expect(downloads).toEqual([]);
  });
});

describe('saveSvg and file names', () => {
  it('downloads the document, or says nothing is drawn yet', () => {
    expect(saveSvg('<svg/>', 'graph.svg')).toEqual({ type: 'svg', fileName: 'graph.svg' });
    expect(downloads).toEqual(['graph.svg']);
    expect(saveSvg(null, 'graph.svg')).toEqual({ type: 'failed' });
  });

  it('names an image by its view, its scale and the day', () => {
    expect(imageFileName('map', 2)).toMatch(/^city-network-map-2x-\d{4}-\d{2}-\d{2}\.png$/);
    expect(imageFileName('graph', null)).toMatch(/^city-network-graph-\d{4}-\d{2}-\d{2}\.svg$/);
  });
});
