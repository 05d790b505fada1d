// Flat ESLint config: TypeScript-aware recommended rules everywhere; Prettier owns formatting. The zones below make
// the layout by runtime context a rule (see README "Architecture"); tests/unit/eslint.config.test.ts proves each fires.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Runs in the news page's content script (the page is hostile; no database, no notes, no card text). */
const PAGE = ['utils/page', 'entrypoints/content'];
/**
 * Runs only in the extension's origin: the service worker and the extension's own pages, the card frame among them
 * (it is shown on news pages, but in an iframe of the extension's origin that the page cannot read).
 */
const EXTENSION = [
  'utils/extension',
  'components/pages',
  'components/card',
  'entrypoints/background',
  'entrypoints/popup',
  'entrypoints/library',
  'entrypoints/card-frame',
  'entrypoints/welcome',
];
/** Pure code both sides use. */
const SHARED = ['utils/shared', 'components/shared'];
const PRODUCT = ['entrypoints', 'components', 'utils'];
const PRODUCT_FILES = PRODUCT.map((dir) => `${dir}/**/*.{ts,tsx}`);
const PAGE_AND_SHARED_FILES = [...PAGE, ...SHARED].map((dir) => `${dir}/**/*.{ts,tsx}`);

const noDexie = {
  name: 'dexie',
  message: 'Only the extension origin opens the database: IndexedDB opened from a content script belongs to the site.',
};

export default tseslint.config(
  {
    ignores: [
      '.output*/**',
      '.wxt/**',
      'node_modules/**',
      'data/generated/**',
      'dist/**',
      'bench-results/**',
      '.profile/**',
      '.profile-firefox/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Relative imports of .ts/.tsx files must resolve, or a zone rule would pass over them silently.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json', '.css'] })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: PRODUCT_FILES,
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: PAGE,
              from: EXTENSION,
              message:
                'Page code runs in the news site: it may not import extension-origin code (database, notes, pages, the card).',
            },
            {
              target: EXTENSION,
              from: PAGE,
              message: 'Extension-origin code may not import content-script code: share it through utils/shared.',
            },
            {
              target: SHARED,
              from: [...PAGE, ...EXTENSION],
              message: 'Shared code runs on both sides, so it may import only other shared code.',
            },
            {
              target: PRODUCT,
              from: ['tests', 'scripts'],
              message: 'Product code may not import tests or scripts: they are not part of the extension.',
            },
          ],
        },
      ],
      // An import the resolver cannot follow would slip past the zones: every one must resolve.
      'import-x/no-unresolved': ['error', { ignore: ['\\?inline$', '^#e2e-hooks$'] }],
      'import-x/no-nodejs-modules': 'error',
      // Functions a newcomer can hold in their head. Blank lines and comments do not count, so writing down a
      // reason never pushes a function over.
      'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true, IIFEs: true }],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // The dataset's build step (schema, validation, compile) stays out of the bundles; its types may be used.
              regex: '(^|/)data/(?!generated/)',
              allowTypeImports: true,
              message: 'Runtime code imports only types from data/ (and the compiled data/generated/*.json).',
            },
          ],
        },
      ],
    },
  },
  {
    // The harness (static server, browser launch, finding Chromium) is the scripts' own; tests import it, not the reverse.
    files: ['scripts/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [{ target: ['scripts'], from: ['tests'], message: 'Scripts may not import from tests/.' }] },
      ],
    },
  },
  {
    files: PAGE_AND_SHARED_FILES,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [noDexie],
          patterns: [
            { group: ['dexie/*'], message: noDexie.message },
            {
              regex: '(^|/)data/(?!generated/)',
              allowTypeImports: true,
              message: 'Runtime code imports only types from data/ (and the compiled data/generated/*.json).',
            },
          ],
        },
      ],
    },
  },
);
