import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Box } from '../map/freeArea';
import type {
  Camera,
  MapCovers,
  MapControlLabels,
  MapHover,
  MapModel,
  MapView,
} from '../map/MapView';
import { LINK_COLOR_MODES, type LinkColorMode } from '../domain/encoding';
import { networkIndex } from '../domain/network';
import type { ExportCaption } from './exportCaption';
import { withOverlay } from './imageExport/compose';
import { ImageExportMenu, type ImageFormat } from './imageExport/ImageExportMenu';
import { CANVAS_LIMITS, tighterLimits } from './imageExport/scale';
import { imageFileName, savePng, type SaveOutcome } from './imageExport/saveImage';
import { useImageOverlay } from './imageExport/useImageOverlay';
import { MapTooltip } from './MapTooltip';
import type { LegendSide } from './useLegendPlacement';
import { ViewSide } from './ViewSide';

interface Props {
  model: MapModel;
  /** The legend, drawn over a lower corner of the map. */
  legend: ReactNode;
  legendSide: LegendSide;
  /** The selection is under the open legend and the map has no room beside it. */
  onFoldLegend(): void;
  onCameraChange(camera: Camera): void;
  onColorByChange(mode: LinkColorMode): void;
  onSelectCity(cityId: string | null): void;
  /** A link was clicked (a network edge id): list its records. */
  onSelectLink(edgeId: string): void;
  onHoverCity(cityId: string | null): void;
  /** What an exported image states about itself. */
  caption: ExportCaption;
}

/**
 * The map's code, MapLibre included, is a chunk of its own (over half the app's JavaScript):
 * the page, its filters and its status line come first, and the map follows when it arrives.
 */
const loadMapView = () => import('../map/MapView');

/** Where the app's static files are, as absolute URLs (MapLibre needs them absolute). */
const absolute = (path: string) => new URL(path, document.baseURI).href;

/** The map view: a thin bridge from React to the `MapView` lifecycle object, plus its controls. */
export function MapPanel({ model, legend, legendSide, caption, ...props }: Props) {
  const { t } = useTranslation('view');
  const overlayFor = useImageOverlay(caption);
  // MapLibre words its own controls once, when the map is made: another language, another map.
  const labels = useMemo(
    (): MapControlLabels => ({
      canvas: t('map.controls.canvas'),
      zoomIn: t('map.controls.zoomIn'),
      zoomOut: t('map.controls.zoomOut'),
      attribution: t('map.controls.attribution'),
    }),
    [t],
  );
  const containerRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const viewRef = useRef<MapView | null>(null);
  // The model last drawn, for a map made anew (another language) to start from.
  const modelRef = useRef(model);
  const [hover, setHover] = useState<MapHover | null>(null);
  // The map's code could not be fetched (the server went away): say so where the map would be.
  const [unavailable, setUnavailable] = useState(false);
  // Callbacks change identity each render; the map keeps calling the latest ones.
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });

  useEffect(() => {
    let view: MapView | null = null;
    let cancelled = false;
    loadMapView().then(
      ({ createMapView }) => {
        if (cancelled) return;
        view = createMapView(containerRef.current!, {
          labels,
          basemapUrl: absolute('basemap/countries.geojson'),
          fontUrl: absolute(fontUrl),
          styleUrl: import.meta.env.VITE_MAP_STYLE_URL || undefined,
          onHover: (next) => {
            setHover(next);
            callbacks.current.onHoverCity(next?.type === 'city' ? next.id : null);
          },
          onSelectCity: (cityId) => callbacks.current.onSelectCity(cityId),
          onSelectLink: (edgeId) => callbacks.current.onSelectLink(edgeId),
          onCameraChange: (camera) => callbacks.current.onCameraChange(camera),
          covers: () => coversOf(containerRef.current, panelRef.current),
          onFoldLegend: () => callbacks.current.onFoldLegend(),
        });
        viewRef.current = view;
        view.update(modelRef.current);
      },
      () => {
        if (!cancelled) setUnavailable(true);
      },
    );
    return () => {
      cancelled = true;
      view?.destroy();
      viewRef.current = null;
    };
  }, [labels]);

  useEffect(() => {
    modelRef.current = model;
    viewRef.current?.update(model);
  }, [model]);

  /** The map as it is, at the scale asked for (or the largest the browser draws), with its caption. */
  const saveImage = async (format: ImageFormat): Promise<SaveOutcome> => {
    const view = viewRef.current;
    const container = containerRef.current;
    if (!view || !container || format.type !== 'png') return { type: 'failed' };
    const { clientWidth: width, clientHeight: height } = container;
    const overlay = await overlayFor({ ...model, linkColorBy: model.colorBy }, width, height);
    return savePng({
      requested: format.scale,
      width,
      height,
      // Drawn by WebGL, then copied to a 2D canvas for the caption: both limits hold.
      limits: tighterLimits(CANVAS_LIMITS, {
        maxSide: view.maxCanvasSide(),
        maxPixels: CANVAS_LIMITS.maxPixels,
      }),
      draw: async (scale) => withOverlay(await view.snapshot(scale), overlay, scale),
      fileName: (scale) => imageFileName('map', scale),
    });
  };

  const { network, dataset } = model;
  const index = hover ? networkIndex(network) : null;

  return (
    <section ref={panelRef} className="map-panel" aria-label={t('map.region')}>
      <div
        ref={containerRef}
        className="map-container"
        role="application"
        aria-label={t('map.container')}
      >
        {unavailable && (
          <p className="view-unavailable" role="alert">
            {t('map.unavailable')}
          </p>
        )}
      </div>
      <ViewSide
        legend={legend}
        legendSide={legendSide}
        toolbar={
          <div className="map-toolbar">
            <button type="button" onClick={() => viewRef.current?.resetView()}>
              {t('map.resetView')}
            </button>
            <fieldset className="segmented">
              <legend>{t('map.colourBy')}</legend>
              {LINK_COLOR_MODES.map((mode) => (
                <label key={mode}>
                  <input
                    type="radio"
                    name="link-color"
                    value={mode}
                    checked={model.colorBy === mode}
                    onChange={() => props.onColorByChange(mode)}
                  />
                  {t(`map.colourMode.${mode}`)}
                </label>
              ))}
            </fieldset>
            <ImageExportMenu view="map" svg={false} onSave={saveImage} />
          </div>
        }
      />
      {hover && index && (
        <MapTooltip
          x={hover.x}
          y={hover.y}
          dataset={dataset}
          node={hover.type === 'city' ? index.nodes.get(hover.id) : undefined}
          edge={hover.type === 'link' ? index.edges.get(hover.id) : undefined}
          nodeById={index.nodes}
          cluster={hover.type === 'cluster' ? hover.members : undefined}
          hint={hoverHint(hover, t)}
        />
      )}
    </section>
  );
}

/** The line under a tooltip on what a click does. */
function hoverHint(hover: MapHover, t: TFunction<'view'>): string | undefined {
  if (hover.type === 'link') return t('tooltip.clickLink');
  if (hover.type === 'cluster') return t('tooltip.clickCluster');
  return undefined;
}

/** What covers the map in `panel`: its toolbar and its legend, in pixels of the map's container. */
function coversOf(container: HTMLElement | null, panel: HTMLElement | null): MapCovers {
  if (!container || !panel) return { fixed: [], legend: null };
  const origin = container.getBoundingClientRect();
  const boxOf = (element: Element | null): Box | null => {
    if (!element) return null;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return null;
    return {
      left: rect.left - origin.left,
      top: rect.top - origin.top,
      right: rect.right - origin.left,
      bottom: rect.bottom - origin.top,
    };
  };
  const legend = panel.querySelector('.legend');
  const toolbar = boxOf(panel.querySelector('.map-toolbar'));
  const legendBox = boxOf(legend);
  const open = legend instanceof HTMLDetailsElement && legend.open;
  const fixed = [toolbar, open ? null : legendBox].filter((box): box is Box => box !== null);
  return { fixed, legend: open ? legendBox : null };
}
