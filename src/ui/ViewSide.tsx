import type { ReactNode, Ref } from 'react';
import type { LegendSide } from './useLegendPlacement';

interface Props {
  toolbar: ReactNode;
  /** The legend, or null when another view shows it. */
  legend: ReactNode;
  legendSide: LegendSide;
  /** The element holding the toolbar and, on the left, the legend. */
  sideRef?: Ref<HTMLDivElement>;
}

/**
 * A view's toolbar at its upper left, and its legend below the toolbar or in the lower right
 * corner, as the reader placed it (see imageExport.css).
 */
export function ViewSide({ toolbar, legend, legendSide, sideRef }: Props) {
  return (
    <>
      <div className="view-side" ref={sideRef}>
        {toolbar}
        {legendSide === 'left' && legend}
      </div>
      {legendSide === 'right' && legend && <div className="legend-corner">{legend}</div>}
    </>
  );
}
