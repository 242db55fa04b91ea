/** Which of the three files a CSV is, from its name or, failing that, its header. */
import { COLUMNS, mapHeaders } from './columns';
import { detectDelimiter } from './csv';
import { DATA_FILES, type DataFile } from './issues';

const NAME_HINTS: Record<DataFile, RegExp> = {
  cities: /cit(y|ies)|places?/i,
  workshops: /workshops?|trainings?|events?/i,
  partnerships: /partner(ship)?s?|pairs?|links?/i,
};

/**
 * The file kind of `name` with content `text`: by a name such as `Cities (2).csv`, or else by
 * the header with the most of a file's required columns (all of them needed). Null when neither
 * tells.
 */
export function identifyFile(name: string, text: string): DataFile | null {
  const byName = DATA_FILES.filter((file) => NAME_HINTS[file].test(name));
  if (byName.length === 1) return byName[0]!;
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? '';
  const headers = firstLine.split(detectDelimiter(firstLine)).map((h) => h.replace(/^"|"$/g, ''));
  let best: DataFile | null = null;
  let bestScore = 0;
  for (const file of DATA_FILES) {
    const matched = new Set(
      mapHeaders(file, headers).flatMap((match) => (match.kind === 'column' ? [match.column] : [])),
    );
    const required = COLUMNS[file].filter((c) => c.required);
    if (!required.every((c) => matched.has(c.name))) continue;
    if (matched.size > bestScore) {
      best = file;
      bestScore = matched.size;
    }
  }
  return best;
}
