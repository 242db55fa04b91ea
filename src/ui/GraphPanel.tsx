import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset';
import { networkIndex } from '../domain/network';
import type { GraphHover, GraphModel, GraphView } from '../graph/GraphView';
import type { ExportCaption } from './exportCaption';
import { IMAGE_BACKGROUND, withOverlay } from './imageExport/compose';
import { ImageExportMenu, type ImageFormat } from './imageExport/ImageExportMenu';
import { CANVAS_LIMITS } from './imageExport/scale';
import { imageFileName, savePng, saveSvg, type SaveOutcome } from './imageExport/saveImage';
import { useImageOverlay } from './imageExport/useImageOverlay';
import { MapTooltip } from './MapTooltip';
import type { LegendSide } from './useLegendPlacement';
import { ViewSide } from './ViewSide';

/** The graph's code is a chunk of its own, fetched when the graph is first shown. */
const loadGraphView = () => import('../graph/GraphView');

interface Props {
  dataset: Dataset;
  model: GraphModel;
  /** The legend, when the map is not beside the graph to show it. */
  legend: ReactNode;
  legendSide: LegendSide;
  onSelectCity(cityId: string | null): void;
  /** A link was clicked (a network edge id): list its records. */
  onSelectLink(edgeId: string): void;
  onHoverCity(cityId: string | null): void;
  /** What an exported image states about itself. */
  caption: ExportCaption;
}

/** The graph view: a thin bridge from React to the `GraphView` lifecycle object, plus its controls. */
export function GraphPanel({ dataset, model, legend, legendSide, caption, ...props }: Props) {
  const { t } = useTranslation('view');
  const overlayFor = useImageOverlay(caption);
  const label = t('graph.canvas');
  // The canvas is named once made, and anew in another language (below).
  const firstLabel = useRef(label);
  const containerRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<GraphView | null>(null);
  const [hover, setHover] = useState<GraphHover | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });

  // The model and label last asked for, for a view whose code arrives after them.
  const modelRef = useRef(model);
  const labelRef = useRef(label);
  const [unavailable, setUnavailable] = useState(false);

  useEffect(() => {
    let view: GraphView | null = null;
    let cancelled = false;
    loadGraphView().then(
      ({ createGraphView }) => {
        if (cancelled) return;
        view = createGraphView(containerRef.current!, {
          label: firstLabel.current,
          onHover: (next) => {
            setHover(next);
            callbacks.current.onHoverCity(next?.id ?? null);
          },
          onSelectCity: (cityId) => callbacks.current.onSelectCity(cityId),
          onSelectLink: (edgeId) => callbacks.current.onSelectLink(edgeId),
          onProgress: setProgress,
        });
        viewRef.current = view;
        view.update(modelRef.current);
        if (labelRef.current !== firstLabel.current) view.setLabel(labelRef.current);
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
  }, []);

  useEffect(() => {
    modelRef.current = model;
    viewRef.current?.update(model);
  }, [model]);
  useEffect(() => {
    labelRef.current = label;
    viewRef.current?.setLabel(label);
  }, [label]);

  /** The graph as it is drawn, as a PNG at the scale asked for or as SVG, with its caption. */
  const saveImage = async (format: ImageFormat): Promise<SaveOutcome> => {
    const view = viewRef.current;
    const container = containerRef.current;
    if (!view || !container) return { type: 'failed' };
    const { clientWidth: width, clientHeight: height } = container;
    const overlay = await overlayFor(model, width, height);
    if (format.type === 'svg') {
      const svg = view.svg(overlay, { title: caption.title, background: IMAGE_BACKGROUND });
      return saveSvg(svg, imageFileName('graph', null));
    }
    return savePng({
      requested: format.scale,
      width,
      height,
      limits: CANVAS_LIMITS,
      draw: async (scale) => withOverlay(view.snapshot(scale, IMAGE_BACKGROUND), overlay, scale),
      fileName: (scale) => imageFileName('graph', scale),
    });
  };

  return (
    <section className="graph-panel" aria-label={t('graph.region')}>
      <div ref={containerRef} className="graph-container">
        {unavailable && (
          <p className="view-unavailable" role="alert">
            {t('graph.unavailable')}
          </p>
        )}
      </div>
      <ViewSide
        legend={legend}
        legendSide={legendSide}
        toolbar={
          <div className="graph-toolbar">
            <button type="button" onClick={() => viewRef.current?.relayout('warm')}>
              {t('graph.relayout')}
            </button>
            <button type="button" onClick={() => viewRef.current?.relayout('geographic')}>
              {t('graph.fromMap')}
            </button>
            <ImageExportMenu view="graph" svg onSave={saveImage} />
            {progress !== null && (
              <span
                className="graph-progress"
                role="progressbar"
                aria-label={t('graph.progressLabel')}
                aria-valuenow={Math.round(progress * 100)}
              >
                {t('graph.progress', { percent: Math.round(progress * 100) })}
              </span>
            )}
          </div>
        }
      />
      {hover && (
        <MapTooltip
          x={hover.x}
          y={hover.y}
          dataset={dataset}
          node={networkIndex(model.network).nodes.get(hover.id)}
        />
      )}
    </section>
  );
}
