/**
 * Instruments a page before its own scripts run (bundled as one script for `addInitScript`):
 * long tasks, changes of the status line and of the views' `data-map-idle`/`data-graph-ready`
 * attributes, and the vertices handed to WebGL per frame. The bench reads it
 * as `window.__bench`.
 */
import type { BenchProbe, GlFrame, Mark } from './probeTypes';

const STATUS = '.app-header .status';
const ATTRIBUTES = ['data-map-idle', 'data-graph-ready'];
const KEPT_FRAMES = 400;
// The page's own requestAnimationFrame, before it is wrapped below.
const originalFrame = window.requestAnimationFrame.bind(window);

const probe: BenchProbe = {
  longTasks: [],
  status: [],
  marks: [],
  glFrames: [],
  click(selector, index) {
    const element = document.querySelectorAll<HTMLElement>(selector)[index];
    const at = performance.now();
    element?.click();
    return element ? at : -1;
  },
};
window.__bench = probe;

new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

/** Notes `mark` and, in the next frame, when it was painted. */
function record(mark: Mark, list: Mark[]) {
  list.push(mark);
  originalFrame(() => {
    mark.paintedAt = performance.now();
  });
}

// Attributes of the views, anywhere in the page; the status line once it exists.
let statusElement: Element | null = null;
const watchStatus = (element: Element) => {
  statusElement = element;
  const note = () =>
    record({ at: performance.now(), value: element.textContent ?? '' }, probe.status);
  note();
  new MutationObserver(note).observe(element, {
    childList: true,
    characterData: true,
    subtree: true,
  });
};
const pageObserver = new MutationObserver((records) => {
  for (const change of records) {
    if (change.type !== 'attributes' || !(change.target instanceof Element)) continue;
    const value = change.target.getAttribute(change.attributeName ?? '') ?? '';
    record({ at: performance.now(), value, name: change.attributeName ?? '' }, probe.marks);
  }
  if (!statusElement) {
    const found = document.querySelector(STATUS);
    if (found) {
      watchStatus(found);
      // The status line found, only the attributes matter: no more walks of every insertion.
      pageObserver.disconnect();
      pageObserver.observe(document, {
        subtree: true,
        attributes: true,
        attributeFilter: ATTRIBUTES,
      });
    }
  }
});
pageObserver.observe(document, {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ATTRIBUTES,
});

// Frames: draws inside a requestAnimationFrame callback count towards that frame.
let currentFrame: number | null = null;
window.requestAnimationFrame = (callback) =>
  originalFrame((time) => {
    currentFrame = time;
    try {
      callback(time);
    } finally {
      currentFrame = null;
    }
  });

/** Adds a draw call of `vertices` to the frame being drawn (or to the draws outside a frame). */
function countDraw(vertices: number) {
  const at = currentFrame ?? -1;
  let frame: GlFrame | undefined = probe.glFrames[probe.glFrames.length - 1];
  if (!frame || frame.at !== at) {
    frame = { at, vertices: 0, calls: 0 };
    probe.glFrames.push(frame);
    if (probe.glFrames.length > KEPT_FRAMES) probe.glFrames.shift();
  }
  frame.vertices += vertices;
  frame.calls += 1;
}

/** Wraps a draw method of `proto`; `count` gives the vertices (indices) a call hands to GL. */
function wrap(proto: object, name: string, count: (args: number[]) => number) {
  const target = proto as Record<string, unknown>;
  const original = target[name];
  if (typeof original !== 'function') return;
  target[name] = function (this: unknown, ...args: number[]) {
    countDraw(count(args));
    return (original as (...a: number[]) => unknown).apply(this, args);
  };
}

const DRAWS: [string, (args: number[]) => number][] = [
  // drawArrays(mode, first, count); drawElements(mode, count, type, offset)
  ['drawArrays', (a) => a[2] ?? 0],
  ['drawElements', (a) => a[1] ?? 0],
  // drawArraysInstanced(mode, first, count, instances); drawElementsInstanced(mode, count, type, offset, instances)
  ['drawArraysInstanced', (a) => (a[2] ?? 0) * (a[3] ?? 1)],
  ['drawElementsInstanced', (a) => (a[1] ?? 0) * (a[4] ?? 1)],
  // drawRangeElements(mode, start, end, count, type, offset)
  ['drawRangeElements', (a) => a[3] ?? 0],
];
for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype])
  for (const [name, count] of DRAWS) wrap(proto, name, count);

// WebGL 1's instancing is an extension object: wrap it when a page asks for it.
type GetExtension = (this: WebGLRenderingContext, name: string) => unknown;
const webgl1 = WebGLRenderingContext.prototype as unknown as { getExtension: GetExtension };
const getExtension = webgl1.getExtension;
webgl1.getExtension = function (this: WebGLRenderingContext, name: string) {
  const extension = getExtension.call(this, name) as { wrapped?: true } | null;
  if (name === 'ANGLE_instanced_arrays' && extension && !extension.wrapped) {
    wrap(extension, 'drawArraysInstancedANGLE', (a) => (a[2] ?? 0) * (a[3] ?? 1));
    wrap(extension, 'drawElementsInstancedANGLE', (a) => (a[1] ?? 0) * (a[4] ?? 1));
    extension.wrapped = true;
  }
  return extension;
};
