/**
 * What the app downloads: templates, the filtered data as CSV, the network as GeoJSON, GEXF,
 * GraphML or locations + flows CSV, and the planner's drafts as partnership rows.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Dataset } from '../domain/dataset';
import type { Filters } from '../domain/filters';
import type { NetworkMetrics } from '../domain/metrics';
import type { Network } from '../domain/network';
import { filteredDataset } from '../domain/subset';
import type { DataNotice } from '../i18n/issues';
import type { Draft } from '../domain/drafts';
import { DATA_FILES } from '../io/issues';
import { templateCsv } from '../io/templates';
import { datedFileName, downloadText } from '../ui/download';

/** The writers, fetched on the first export (see `io/writers`). */
const loadWriters = () => import('../io/writers');
type Writers = Awaited<ReturnType<typeof loadWriters>>;

/** Runs `write` once the writers are here; a failure to fetch them is logged, as no file is made. */
function withWriters(write: (writers: Writers) => void): void {
  loadWriters().then(write, (error: unknown) => console.error('Export failed:', error));
}

/** The downloads, and what the last GeoJSON export left out (for the network on screen). */
export interface Exports {
  downloadTemplates(): void;
  exportCsv(): void;
  exportGeoJson(): void;
  /** The shown network as GEXF 1.3, for Gephi. */
  exportGexf(): void;
  /** The shown network as GraphML, for Cytoscape, yEd, networkx. */
  exportGraphml(): void;
  /** The shown network as locations.csv and flows.csv, for flowmap.blue and kepler.gl. */
  exportFlows(): void;
  /** The drafts as `partnerships.csv` rows with `status=proposed`, which the loader reads back. */
  exportDrafts(drafts: readonly Draft[]): void;
  /** Links the last GeoJSON export left out (cities at one point); null when none or stale. */
  note: DataNotice | null;
}

/** What graph files say besides the network: its measures, and the filters in words. */
export interface GraphFileContext {
  metrics: NetworkMetrics;
  /** The filters and the data's source in words, for the file's description. */
  description: string;
}

/** The downloads of `dataset` as `filters` and `network` show it. */
export function useExports(
  dataset: Dataset,
  filters: Filters,
  network: Network,
  context: GraphFileContext,
): Exports {
  const { metrics, description } = context;
  // Kept with the network it was made for: said only while that network is the one shown.
  const [geoJsonNote, setGeoJsonNote] = useState<{ network: Network; note: DataNotice | null }>();
  const downloadTemplates = useCallback(() => {
    const templates = templateCsv();
    for (const file of DATA_FILES) downloadText(`${file}.csv`, templates[file]);
  }, []);
  const csv = useCallback(
    () =>
      withWriters(({ exportCsv }) => {
        const files = exportCsv(filteredDataset(dataset, filters, network));
        for (const file of DATA_FILES) downloadText(`${file}.csv`, files[file]);
      }),
    [dataset, filters, network],
  );
  const geoJson = useCallback(
    () =>
      withWriters(({ exportGeoJson }) => {
        const collection = exportGeoJson(network, dataset);
        downloadText('network.geojson', JSON.stringify(collection), 'application/geo+json');
        const links = collection.omitted_links;
        setGeoJsonNote({
          network,
          note: links.length > 0 ? { kind: 'omittedLinks', links } : null,
        });
      }),
    [dataset, network],
  );
  const gexf = useCallback(
    () =>
      withWriters(({ exportGexf }) => {
        const text = exportGexf(network, dataset, { metrics, description });
        downloadText(datedFileName('network', 'gexf'), text, 'application/xml');
      }),
    [dataset, network, metrics, description],
  );
  const graphml = useCallback(
    () =>
      withWriters(({ exportGraphml }) => {
        const text = exportGraphml(network, dataset, { metrics, description });
        downloadText(datedFileName('network', 'graphml'), text, 'application/xml');
      }),
    [dataset, network, metrics, description],
  );
  // Two downloads, as the CSV export makes three: no zip library, and each opens as it is.
  const flows = useCallback(
    () =>
      withWriters(({ exportFlows }) => {
        const files = exportFlows(network, dataset);
        downloadText(datedFileName('locations', 'csv'), files.locations);
        downloadText(datedFileName('flows', 'csv'), files.flows);
      }),
    [dataset, network],
  );
  const drafts = useCallback(
    (list: readonly Draft[]) =>
      withWriters(({ draftsCsv }) =>
        downloadText('partnerships-drafts.csv', draftsCsv(list, dataset)),
      ),
    [dataset],
  );
  const note = geoJsonNote?.network === network ? geoJsonNote.note : null;
  return useMemo(
    () => ({
      downloadTemplates,
      exportCsv: csv,
      exportGeoJson: geoJson,
      exportGexf: gexf,
      exportGraphml: graphml,
      exportFlows: flows,
      exportDrafts: drafts,
      note,
    }),
    [downloadTemplates, csv, geoJson, gexf, graphml, flows, drafts, note],
  );
}
