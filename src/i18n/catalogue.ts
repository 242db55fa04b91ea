/**
 * Every visible word of the app, by language and namespace. A namespace is one area of the app
 * (`shell`, `filters` …) in one file per language, so that areas grow apart without conflicts.
 * To add a namespace: write `en/NAME.ts` and `ja/NAME.ts` and list them below.
 */
import { shell as enShell } from './en/shell';
import { shell as jaShell } from './ja/shell';
import { profile as enProfile } from './en/profile';
import { profile as jaProfile } from './ja/profile';
import { records as enRecords } from './en/records';
import { records as jaRecords } from './ja/records';
import { table as enTable } from './en/table';
import { table as jaTable } from './ja/table';
import { terms as enTerms } from './en/terms';
import { terms as jaTerms } from './ja/terms';
import { view as enView } from './en/view';
import { view as jaView } from './ja/view';
import { data as enData } from './en/data';
import { data as jaData } from './ja/data';
import { filters as enFilters } from './en/filters';
import { filters as jaFilters } from './ja/filters';
import { timeline as enTimeline } from './en/timeline';
import { timeline as jaTimeline } from './ja/timeline';
import { viewBar as enViewBar } from './en/viewBar';
import { viewBar as jaViewBar } from './ja/viewBar';
import { issues as enIssues } from './en/issues';
import { issues as jaIssues } from './ja/issues';
import { report as enReport } from './en/report';
import { report as jaReport } from './ja/report';
import { cli as enCli } from './en/cli';
import { cli as jaCli } from './ja/cli';
import { planner as enPlanner } from './en/planner';
import { planner as jaPlanner } from './ja/planner';
import { slice as enSlice } from './en/slice';
import { slice as jaSlice } from './ja/slice';
import { reach as enReach } from './en/reach';
import { reach as jaReach } from './ja/reach';
import { charts as enCharts } from './en/charts';
import { charts as jaCharts } from './ja/charts';
import { images as enImages } from './en/images';
import { images as jaImages } from './ja/images';
import { present as enPresent } from './en/present';
import { present as jaPresent } from './ja/present';

/** English, the reference catalogue. */
export const EN = {
  shell: enShell,
  terms: enTerms,
  view: enView,
  profile: enProfile,
  records: enRecords,
  table: enTable,
  filters: enFilters,
  data: enData,
  timeline: enTimeline,
  viewBar: enViewBar,
  issues: enIssues,
  report: enReport,
  cli: enCli,
  planner: enPlanner,
  slice: enSlice,
  reach: enReach,
  charts: enCharts,
  images: enImages,
  present: enPresent,
} as const;

/** Japanese. */
export const JA = {
  shell: jaShell,
  terms: jaTerms,
  view: jaView,
  profile: jaProfile,
  records: jaRecords,
  table: jaTable,
  filters: jaFilters,
  data: jaData,
  timeline: jaTimeline,
  viewBar: jaViewBar,
  issues: jaIssues,
  report: jaReport,
  cli: jaCli,
  planner: jaPlanner,
  slice: jaSlice,
  reach: jaReach,
  charts: jaCharts,
  images: jaImages,
  present: jaPresent,
} as const;

/** Namespaces, in the order they are loaded. */
export const NAMESPACES = Object.keys(EN) as (keyof typeof EN)[];

/** Both catalogues, as i18next takes them. */
export const RESOURCES = { en: EN, ja: JA } as const;
