/**
 * The map and the graph panes, each reading the hovered city from the hover store itself: moving
 * the pointer re-renders these two (the highlight and the tooltips), not the page around them.
 */
import { useMemo, type ComponentProps } from 'react';
import type { GraphModel } from '../graph/GraphView';
import type { MapModel } from '../map/MapView';
import type { HoverStore } from '../state/hover';
import { GraphPanel } from '../ui/GraphPanel';
import { MapPanel } from '../ui/MapPanel';
import { useHoveredCity } from '../ui/useHover';
import type { Unhovered } from './useNetworkModel';

/** `model` with the hovered city of `hover` added, as a view's model wants it. */
function useWithHover<Model extends { linkedHoverCityId: string | null }>(
  model: Unhovered<Model>,
  hover: HoverStore,
): Model {
  const hovered = useHoveredCity(hover);
  // The cast restores what Omit took out: the spread adds back exactly that one field.
  return useMemo(() => ({ ...model, linkedHoverCityId: hovered }) as Model, [model, hovered]);
}

type MapPaneProps = Omit<ComponentProps<typeof MapPanel>, 'model' | 'onHoverCity'> & {
  model: Unhovered<MapModel>;
  hover: HoverStore;
};

/** The map panel, told which city is hovered (in any view) and telling the store its own hover. */
export function HoverMapPanel({ model, hover, ...props }: MapPaneProps) {
  const withHover = useWithHover<MapModel>(model, hover);
  return <MapPanel {...props} model={withHover} onHoverCity={hover.set} />;
}

type GraphPaneProps = Omit<ComponentProps<typeof GraphPanel>, 'model' | 'onHoverCity'> & {
  model: Unhovered<GraphModel>;
  hover: HoverStore;
};

/** The graph panel, told which city is hovered (in any view) and telling the store its own hover. */
export function HoverGraphPanel({ model, hover, ...props }: GraphPaneProps) {
  const withHover = useWithHover<GraphModel>(model, hover);
  return <GraphPanel {...props} model={withHover} onHoverCity={hover.set} />;
}
