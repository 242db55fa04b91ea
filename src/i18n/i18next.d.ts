/** Typed keys: `t('shell:title')` is checked against the English catalogue at compile time. */
import 'i18next';
import type { EN } from './catalogue';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'shell';
    resources: typeof EN;
    returnNull: false;
  }
}
