/**
 * The canvas the graph is painted on: it fills its container, follows the container's size and
 * the screen's pixel ratio, and measures label text (cached, and measured again once the web
 * font has arrived).
 */
import { LABEL_FONT } from './draw';

/** The handle `createSurface` returns. */
export interface Surface {
  readonly canvas: HTMLCanvasElement;
  /** Null where there is no canvas (jsdom): then nothing is painted and everything else runs. */
  readonly context: CanvasRenderingContext2D | null;
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** Device pixels per CSS pixel. */
  readonly ratio: number;
  /** Sizes the canvas to its container (then calls `onResize`); observed after the first call. */
  resize(): void;
  /** Sizes the canvas again if the window moved to a screen of another pixel ratio. */
  checkRatio(): void;
  /** Width of `text` in the label font, in CSS pixels. */
  measure(text: string): number;
  /** Sets the canvas' accessible name. */
  setLabel(label: string): void;
  /** Stops observing and removes the canvas; safe to call twice. */
  destroy(): void;
}

/**
 * Adds a focusable canvas named `label` to `container`, sized by `resize()`; `onResize` is called
 * after the canvas changed size and once the web font has arrived (labels drawn before used a
 * fallback).
 */
export function createSurface(
  container: HTMLElement,
  label: string,
  onResize: () => void,
): Surface {
  const canvas = document.createElement('canvas');
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'application');
  canvas.setAttribute('aria-label', label);
  Object.assign(canvas.style, { display: 'block', width: '100%', height: '100%' });
  container.appendChild(canvas);
  const context = canvas.getContext('2d');
  // Label widths by text: city names repeat from frame to frame.
  const widths = new Map<string, number>();
  let size = { width: 0, height: 0, ratio: 1 };
  let destroyed = false;

  const resize = () => {
    if (destroyed) return;
    const ratio = window.devicePixelRatio || 1;
    size = { width: container.clientWidth, height: container.clientHeight, ratio };
    const width = Math.max(1, Math.round(size.width * ratio));
    const height = Math.max(1, Math.round(size.height * ratio));
    // Setting a canvas' size clears it, even to the same size: only when it changed.
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    onResize();
  };
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
  observer?.observe(container);
  void document.fonts?.ready.then(() => {
    widths.clear();
    if (!destroyed) onResize();
  });

  return {
    canvas,
    context,
    get width() {
      return size.width;
    },
    get height() {
      return size.height;
    },
    get ratio() {
      return size.ratio;
    },
    resize,
    checkRatio() {
      if ((window.devicePixelRatio || 1) !== size.ratio) resize();
    },
    setLabel(label) {
      canvas.setAttribute('aria-label', label);
    },
    measure(text) {
      let width = widths.get(text);
      if (width === undefined && context) {
        context.font = LABEL_FONT;
        widths.set(text, (width = context.measureText(text).width));
      }
      return width ?? 0;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer?.disconnect();
      canvas.remove();
    },
  };
}
