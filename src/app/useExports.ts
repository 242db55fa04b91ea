/**
 * What the app downloads: templates, the filtered data as CSV, the network as GeoJSON, and the
 * planner's drafts as partnership rows.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Dataset } from '../domain/dataset';
import type { Filters } from '../domain/filters';
import type { Network } from '../domain/network';
import { filteredDataset } from '../domain/subset';
import type { DataNotice } from '../i18n/issues';
import type { Draft } from '../domain/drafts';
import { draftsCsv, exportCsv, exportGeoJson } from '../io/export';
import { DATA_FILES } from '../io/issues';
import { templateCsv } from '../io/templates';
import { downloadText } from '../ui/download';

/** The downloads, and what the last GeoJSON export left out (for the network on screen). */
export interface Exports {
  downloadTemplates(): void;
  exportCsv(): void;
  exportGeoJson(): void;
  /** The drafts as `partnerships.csv` rows with `status=proposed`, which the loader reads back. */
  exportDrafts(drafts: readonly Draft[]): void;
  /** Links the last GeoJSON export left out (cities at one point); null when none or stale. */
  note: DataNotice | null;
}

/** The downloads of `dataset` as `filters` and `network` show it. */
export function useExports(dataset: Dataset, filters: Filters, network: Network): Exports {
  // Kept with the network it was made for: said only while that network is the one shown.
  const [geoJsonNote, setGeoJsonNote] = useState<{ network: Network; note: DataNotice | null }>();
  const downloadTemplates = useCallback(() => {
    const templates = templateCsv();
    for (const file of DATA_FILES) downloadText(`${file}.csv`, templates[file]);
  }, []);
  const csv = useCallback(() => {
    const files = exportCsv(filteredDataset(dataset, filters, network));
    for (const file of DATA_FILES) downloadText(`${file}.csv`, files[file]);
  }, [dataset, filters, network]);
  const geoJson = useCallback(() => {
    const collection = exportGeoJson(network, dataset);
    downloadText('network.geojson', JSON.stringify(collection), 'application/geo+json');
    const links = collection.omitted_links;
    setGeoJsonNote({ network, note: links.length > 0 ? { kind: 'omittedLinks', links } : null });
  }, [dataset, network]);
  const drafts = useCallback(
    (list: readonly Draft[]) => downloadText('partnerships-drafts.csv', draftsCsv(list, dataset)),
    [dataset],
  );
  const note = geoJsonNote?.network === network ? geoJsonNote.note : null;
  return useMemo(
    () => ({
      downloadTemplates,
      exportCsv: csv,
      exportGeoJson: geoJson,
      exportDrafts: drafts,
      note,
    }),
    [downloadTemplates, csv, geoJson, drafts, note],
  );
}
