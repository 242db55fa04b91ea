/** What the probe (`probe.ts`) records in a page, read by the bench as `window.__bench`. */

/** A change the probe saw: when (ms since the page's time origin), the new value, and when it was painted. */
export interface Mark {
  at: number;
  value: string;
  /** The attribute that changed (`data-map-idle`, `data-graph-ready`); absent for the status line. */
  name?: string;
  /** The first animation frame after the change. */
  paintedAt?: number;
}

/** The draw calls of one animation frame (`at`: its time; -1 for draws outside a frame). */
export interface GlFrame {
  at: number;
  vertices: number;
  calls: number;
}

export interface BenchProbe {
  longTasks: { start: number; duration: number }[];
  /** Texts of the status line, in order. */
  status: Mark[];
  /** Values of the views' ready attributes, in order. */
  marks: Mark[];
  /** The latest frames that drew with WebGL. */
  glFrames: GlFrame[];
  /** Clicks the `index`-th match of `selector`; the time of the click, or -1 when none matched. */
  click(selector: string, index: number): number;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}
