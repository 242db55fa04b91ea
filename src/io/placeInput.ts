/** Which input a file is, from its name and bytes: a workbook, one of the CSV inputs, or none. */
import { decodeText } from './decode';
import { identifyFile } from './identify';
import type { InputKind } from './issues';
import { isWorkbook } from './workbook';

/** Where a file goes: a workbook (its sheets are known once it is opened), or a CSV input. */
export type InputPlace = { kind: 'workbook' } | { kind: InputKind };

/** Bytes decoded to read a CSV's header, all that tells its kind. */
const HEAD_BYTES = 65_536;

/**
 * The place of the file `name` with `bytes`, the same in drop, picker, `?data=` and the CLIs: a
 * workbook by its first bytes or its name (see `isWorkbook`), else the input its header or name
 * tells (see `identifyFile`); null when nothing tells.
 */
export function placeInput(name: string, bytes: Uint8Array): InputPlace | null {
  if (isWorkbook(name, bytes)) return { kind: 'workbook' };
  const kind = identifyFile(name, decodeText(bytes.subarray(0, HEAD_BYTES)).text);
  return kind ? { kind } : null;
}
