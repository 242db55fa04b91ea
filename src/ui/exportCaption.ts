/** What every exported image, chart and report states about itself, in the reader's language. */
export interface ExportCaption {
  /** The app's title, or the chart's. */
  title: string;
  /** The filters in words ("All records", "Theme: waste · 2016–2019"). */
  filter: string;
  /** Where the data comes from ("Data: bundled programme data"). */
  source: string;
  /** The day of the export, formatted in the language ("29 Nov 2026", "2026年11月29日"). */
  date: string;
}
