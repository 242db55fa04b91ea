import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Text from data is rendered as text, never parsed as HTML.
const TEXT_NOT_HTML = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'Render text from data as text (textContent or React children).',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render text from data as text.',
  },
];

// Keys that come from data (ids, themes, countries, column names) must not index a plain object:
// "__proto__" or "constructor" would read or write its prototype. Use a Map, or, where a library
// needs a plain object, `Object.create(null)` or `Object.defineProperty` with `Object.hasOwn`, and
// an eslint-disable comment that says why.
const NO_STRING_KEYED_OBJECTS = [
  {
    selector:
      "TSTypeReference[typeName.name='Record'] > TSTypeParameterInstantiation > TSStringKeyword:first-child",
    message:
      'No Record<string, …>: keys from data can be "__proto__" or "constructor". Use a Map (or a Record over a literal union).',
  },
  {
    selector: 'TSIndexSignature > Identifier > TSTypeAnnotation > TSStringKeyword',
    message:
      'No { [key: string]: … }: keys from data can be "__proto__" or "constructor". Use a Map.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...TEXT_NOT_HTML],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...TEXT_NOT_HTML, ...NO_STRING_KEYED_OBJECTS] },
  },
  {
    // The domain core is pure: no React, no DOM libraries, nothing from the outer layers.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'maplibre-gl',
            '../io/*',
            '../app/*',
            '../ui/*',
            '../map/*',
            '../graph/*',
          ],
        },
      ],
    },
  },
  {
    files: ['src/io/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'maplibre-gl',
            '../app/*',
            '../ui/*',
            '../map/*',
            '../graph/*',
          ],
        },
      ],
    },
  },
);
