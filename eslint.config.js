import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
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

// The folders of src/, each a layer; the blocks below say who may import whom (one way only).
const LAYERS = ['app', 'state', 'domain', 'io', 'i18n', 'map', 'graph', 'workers', 'ui', 'cli'];
const REACT = ['react', 'react-dom'];

/**
 * A `no-restricted-imports` setting: files of `layer` import only the folders in `allowed` (and
 * their own), none of the `packages`, nor what `extra` patterns forbid. Relative paths are matched
 * from any depth (`../app/x`, `../../app/x`), so a subfolder is held to its layer's rule too.
 */
function onlyImports(layer, allowed, packages = [], extra = []) {
  const banned = LAYERS.filter((folder) => folder !== layer && !allowed.includes(folder));
  const may = allowed.length > 0 ? `only ${allowed.map((f) => `${f}/`).join(', ')}` : 'nothing';
  return [
    'error',
    {
      patterns: [
        {
          regex: `^(\\.\\./)+(${banned.join('|')})(/|$)`,
          message: `${layer}/ imports ${may} of ours: the layers import one way, inwards.`,
        },
        ...packages.map((name) => ({
          group: [name, `${name}/*`],
          message: `${layer}/ does not use ${name}: it belongs to another layer.`,
        })),
        ...extra,
      ],
    },
  ];
}

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
  // Each folder imports only the layers beneath it, so a wrong import fails lint, not a review.
  {
    // The domain core is pure: no React, no DOM libraries, nothing from the outer layers.
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': onlyImports('domain', [], [...REACT, 'maplibre-gl']) },
  },
  {
    // The typed boundary: parses and writes files, for the browser and the CLI alike.
    files: ['src/io/**/*.ts'],
    rules: { 'no-restricted-imports': onlyImports('io', ['domain'], [...REACT, 'maplibre-gl']) },
  },
  {
    // The vocabulary, the reducer and the URL codec: pure, shared by app/ and ui/.
    files: ['src/state/**/*.ts'],
    rules: { 'no-restricted-imports': onlyImports('state', ['domain'], [...REACT, 'maplibre-gl']) },
  },
  {
    // MapLibre behind a lifecycle object: it translates the domain's encoding, knows no app state.
    files: ['src/map/**/*.ts'],
    rules: { 'no-restricted-imports': onlyImports('map', ['domain'], REACT) },
  },
  {
    // The graph view; its layout runs behind the one worker client.
    files: ['src/graph/**/*.ts'],
    rules: {
      'no-restricted-imports': onlyImports(
        'graph',
        ['domain', 'workers'],
        [...REACT, 'maplibre-gl'],
      ),
    },
  },
  {
    // Worker entry points and their client: pure work off the main thread. Not graph/: graph/
    // uses the client, so the layout worker's entry lives in graph/ (a folder cycle otherwise).
    files: ['src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': onlyImports('workers', ['domain', 'io'], [...REACT, 'maplibre-gl']),
    },
  },
  {
    // Components: they read the state's vocabulary and the domain, never the composition root;
    // MapLibre and the graph view only through their bridge panels.
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/MapPanel.tsx', 'src/ui/GraphPanel.tsx'],
    rules: {
      'no-restricted-imports': onlyImports(
        'ui',
        ['domain', 'state', 'io', 'i18n'],
        ['maplibre-gl'],
      ),
    },
  },
  {
    // The two bridges: each hosts its view object (map/ or graph/) in a React component.
    files: ['src/ui/MapPanel.tsx', 'src/ui/GraphPanel.tsx'],
    rules: {
      'no-restricted-imports': onlyImports(
        'ui',
        ['domain', 'state', 'io', 'i18n', 'map', 'graph'],
        ['maplibre-gl'],
      ),
    },
  },
  {
    // Every word a user sees comes from the catalogue (src/i18n), in English and Japanese: text in
    // JSX and the attributes people read or hear are never literal strings in a component.
    files: ['src/ui/**/*.tsx', 'src/app/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['aria-label', 'title', 'placeholder', 'alt', 'label'] },
        },
      ],
    },
  },
);
