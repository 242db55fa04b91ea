/// <reference types="vite/client" />

// Vite's `?worker&url` import gives the URL of a bundled worker script.
declare module '*?worker&url' {
  const url: string;
  export default url;
}

interface ImportMetaEnv {
  /** A MapLibre style URL to use instead of the offline basemap (needs internet). */
  readonly VITE_MAP_STYLE_URL?: string;
}
