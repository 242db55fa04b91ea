/** Which input a CSV is (one of the three files, or a table of pairs), from its header or name. */
import { COLUMNS, mapHeaders } from './columns';
import { detectDelimiter } from './csv';
import { DATA_FILES, type DataFile, type InputKind } from './issues';
import { pairHeader } from './pairTable';

const NAME_HINTS: Record<DataFile, RegExp> = {
  cities: /cit(y|ies)|places?/i,
  workshops: /workshops?|trainings?|events?/i,
  partnerships: /partner(ship)?s?|pairs?|links?/i,
};

/**
 * The input kind of `name` with content `text`: `pairs` when the header gives two places with
 * their coordinates per row (whatever the name); else by a name such as `Cities (2).csv`, or else
 * by the header with the most of a file's required columns (all of them needed). Null when
 * nothing tells.
 */
export function identifyFile(name: string, text: string): InputKind | null {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? '';
  const headers = firstLine
    .split(detectDelimiter(firstLine))
    .map((h) => h.trim().replace(/^"|"$/g, ''));
  // A pair table names its ends' coordinates, which no file of the three has.
  if (pairHeader(headers)) return 'pairs';
  const byName = DATA_FILES.filter((file) => NAME_HINTS[file].test(name));
  if (byName.length === 1) return byName[0]!;
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
