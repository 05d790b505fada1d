import { defineContentScript } from 'wxt/utils/define-content-script';
import { CURATED_SITE_PATTERNS } from '../../utils/shared/curated-sites';
import { startCareLens } from '../../utils/page/session/care-lens';
import '../../utils/page/mark/highlights.css';

export default defineContentScript({
  matches: [...CURATED_SITE_PATTERNS],
  // Right after the document is parsed: marks are what the reader waits for (the bench's target is 50 ms after
  // DOMContentLoaded); the first slice runs promptly, and every slice stays short.
  runAt: 'document_end',
  // WXT's restart announcement goes by a DOM event only; its window.postMessage copy told every page our id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startCareLens(ctx);
  },
});
