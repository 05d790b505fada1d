import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { CARD_FRAME_PAGE_FILE, CARD_TEXT_FILE } from './utils/shared/packaged-files';
import { E2E_HOST_PATTERNS } from './utils/shared/curated-sites';
import { preactWithoutInnerHtml } from './scripts/build/preact-without-inner-html';

const isE2eBuild = process.env.CARE_LENS_E2E === '1';
const FIREFOX_HIGHLIGHTS_SOURCE = 'utils/page/mark/highlights.firefox.css';
const FIREFOX_HIGHLIGHTS_FILE = 'content-scripts/highlights-firefox.css';
/** Test hooks (scan reports, popup marks, the popup's target tab) exist in the e2e build only. */
const e2eHooksModule = resolve(isE2eBuild ? 'utils/shared/e2e/e2e-hooks.ts' : 'utils/shared/e2e/release-hooks.ts');

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports keep every module's dependencies visible to a reader.
  imports: false,
  alias: { '#e2e-hooks': e2eHooksModule },
  outDir: process.env.CARE_LENS_OUT_DIR ?? '.output',
  outDirTemplate: isE2eBuild ? 'e2e-{{browser}}-mv{{manifestVersion}}' : '{{browser}}-mv{{manifestVersion}}',
  // The Firefox store's sources zip: what a reviewer needs to rebuild, not local test results or screenshots.
  zip: { excludeSources: ['test-results/**', 'bench-results/**', 'docs/screenshots/**'] },
  vite: () => ({
    plugins: [preactWithoutInnerHtml()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: {
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    },
    // CARE_LENS_READABLE=1: an unminified build, for reading CPU profiles.
    build: process.env.CARE_LENS_READABLE === '1' ? { minify: false } : {},
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Care Review Lens',
    description:
      "Explains mentions of the 2022 children's social care review's proposals in news articles: what was asked, the response, what happened since.",
    // unlimitedStorage: the notes database is never evicted under disk pressure (no install warning).
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // MV2 has no optional_host_permissions (WXT drops the key): Firefox MV2 asks for origins this way.
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*', 'http://*/*'] } : {}),
    // The card frame's page, shown in an iframe on the pages the content script runs on. In Chromium only through
    // the per-session dynamic URL, so a page cannot probe a fixed address to learn that the extension is installed.
    // The card text it reads is not listed: only the extension's own pages read it (in Firefox a listed file is
    // readable by any page that learns the add-on's UUID).
    web_accessible_resources:
      manifestVersion === 2
        ? [CARD_FRAME_PAGE_FILE]
        : [{ resources: [CARD_FRAME_PAGE_FILE], matches: ['<all_urls>'], use_dynamic_url: true }],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next proposal marked on the page and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous proposal marked on the page and open its card',
      },
      // Chrome takes at most four suggested keys and no Ctrl+Alt; Ctrl+Shift with . and , is valid in Chrome and
      // Firefox alike (Ctrl is Command on a Mac).
      'next-any-mention': {
        suggested_key: { default: 'Ctrl+Shift+Period' },
        description: 'Go to the next mention, background items included, and open its card',
      },
      'previous-any-mention': {
        suggested_key: { default: 'Ctrl+Shift+Comma' },
        description: 'Go to the previous mention, background items included, and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'care-review-lens@care-review-lens.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The card text ships as a packaged file the card frame reads when it starts (see data/compiled-types.ts).
    'build:publicAssets': (wxt, files) => {
      files.push({ absoluteSrc: resolve('data/generated', CARD_TEXT_FILE), relativeDest: CARD_TEXT_FILE });
      if (wxt.config.browser === 'firefox') {
        files.push({ absoluteSrc: resolve(FIREFOX_HIGHLIGHTS_SOURCE), relativeDest: FIREFOX_HIGHLIGHTS_FILE });
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // Firefox paints highlights differently (see the file); its package adds the rules it needs after the others.
      if (wxt.config.browser === 'firefox') {
        for (const script of manifest.content_scripts ?? [])
          script.css = [...(script.css ?? []), FIREFOX_HIGHLIGHTS_FILE];
      }
      if (!isE2eBuild) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...E2E_HOST_PATTERNS];
      }
    },
  },
});
