/**
 * Every visible word of the app, by language and namespace. A namespace is one area of the app
 * (`shell`, `filters` …) in one file per language, so that areas grow apart without conflicts.
 * To add a namespace: write `en/NAME.ts` and `ja/NAME.ts` and list them below.
 */
import { shell as enShell } from './en/shell';
import { shell as jaShell } from './ja/shell';

/** English, the reference catalogue. */
export const EN = { shell: enShell } as const;

/** Japanese. */
export const JA = { shell: jaShell } as const;

/** Namespaces, in the order they are loaded. */
export const NAMESPACES = Object.keys(EN) as (keyof typeof EN)[];

/** Both catalogues, as i18next takes them. */
export const RESOURCES = { en: EN, ja: JA } as const;
