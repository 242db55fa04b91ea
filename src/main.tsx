import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// Fonts ship with the app (offline); the browser loads only the script subsets a page uses.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-thai/400.css';
import '@fontsource/noto-sans-myanmar/400.css';
import '@fontsource/noto-sans-khmer/400.css';
import '@fontsource/noto-sans-lao/400.css';
// MapLibre's controls' style comes before the app's, which places the map; its code comes later.
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
