import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset';
import {
  createGraphView,
  type GraphHover,
  type GraphModel,
  type GraphView,
} from '../graph/GraphView';
import type { ExportCaption } from './exportCaption';
import { MapTooltip } from './MapTooltip';

interface Props {
  dataset: Dataset;
  model: GraphModel;
  /** The legend, when the map is not beside the graph to show it. */
  legend: ReactNode;
  onSelectCity(cityId: string | null): void;
  /** A link was clicked (a network edge id): list its records. */
  onSelectLink(edgeId: string): void;
  onHoverCity(cityId: string | null): void;
  /** What an exported image states about itself. */
  caption: ExportCaption;
}

/** The graph view: a thin bridge from React to the `GraphView` lifecycle object, plus its controls. */
export function GraphPanel({ dataset, model, legend, caption, ...props }: Props) {
  void caption;
  const { t } = useTranslation('view');
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

  useEffect(() => {
    const view = createGraphView(containerRef.current!, {
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
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useEffect(() => viewRef.current?.update(model), [model]);
  useEffect(() => viewRef.current?.setLabel(label), [label]);

  const nodeById = useMemo(
    () => new Map(model.network.nodes.map((n) => [n.id, n])),
    [model.network],
  );

  return (
    <section className="graph-panel" aria-label={t('graph.region')}>
      <div ref={containerRef} className="graph-container" />
      <div className="graph-toolbar">
        <button type="button" onClick={() => viewRef.current?.relayout('warm')}>
          {t('graph.relayout')}
        </button>
        <button type="button" onClick={() => viewRef.current?.relayout('geographic')}>
          {t('graph.fromMap')}
        </button>
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
      {legend}
      {hover && (
        <MapTooltip x={hover.x} y={hover.y} dataset={dataset} node={nodeById.get(hover.id)} />
      )}
    </section>
  );
}
